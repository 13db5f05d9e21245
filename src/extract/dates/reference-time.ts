/**
 * The reference time of each article: when it was written, against which "on Tuesday" and "last month"
 * resolve. A dateline or front matter gives it; otherwise it is estimated from the article and the corpus.
 */
import type { Article } from '../../corpus/types.js';
import { parseNewsDates, referenceDate, type NewsDate } from './news-dates.js';
import { isReportingWord } from '../events/event-words.js';
import { isStopWord } from '../../text/stopwords.js';
import type { ReferenceTime } from '../types.js';
import { mayHoldDate, mayHoldYear } from './cue.js';
import { datelineMonthDay } from '../../corpus/metadata.js';

/** Two articles whose content words overlap this much (Jaccard) are taken to report the same events. */
const SAME_EVENTS = 0.12;
/**
 * The sentences an estimate reads: far more than a news article holds. A longer text (a digest, a wire
 * dump) is estimated from its opening, where news puts the latest facts, so that its size does not
 * multiply the parses of its dates.
 */
const ESTIMATE_SENTENCES = 200;

interface PastDate {
  value: string;
  text: string;
}

/**
 * Reference times by article id. An article without a dateline or front matter is estimated: an article
 * is written on or after the latest day it reports in the past tense, and on or after the latest such day
 * of a dated article that reports the same events. The year of a date without one comes from that
 * article, else from the years the article names, else from the corpus.
 */
export function referenceTimes(articles: Article[]): Map<string, ReferenceTime> {
  const references = new Map<string, ReferenceTime>();
  const dated = articles.filter((article) => article.published);
  for (const article of dated) references.set(article.id, given(article));
  const undated = articles.filter((article) => !article.published);
  if (undated.length === 0) return references;

  // Words are compared only with dated articles: with none, no article's words are needed.
  const words = new Map(dated.length === 0 ? [] : articles.map((article) => [article.id, contentWords(article)]));
  const latestPastOf = new Map<string, PastDate | null>();
  const years = new Map(undated.map((article) => [article.id, namedYears(article)]));
  // A year the article's weekdays fix counts as one it names, for it and for the articles loaded with it.
  const pins = new Map<string, PinnedYear>();
  for (const article of undated) {
    const named = years.get(article.id)!;
    const pinned = weekdayYear(article, latestYear(named.filter((y) => y.past)) ?? latestYear(named), datelineMonth(article));
    if (!pinned) continue;
    pins.set(article.id, pinned);
    named.push({ year: pinned.year, past: true });
  }
  const ofCorpus = corpusYear(dated) ?? sharedYear([...years.values()]) ?? namedByMost([...years.values()]);
  for (const article of undated) {
    const similar = mostSimilar(words.get(article.id), dated, words);
    let similarPast: PastDate | null = null;
    if (similar) {
      if (!latestPastOf.has(similar.id)) latestPastOf.set(similar.id, latestPastDate(similar, referenceDate(similar.published!), 'tense'));
      similarPast = latestPastOf.get(similar.id)!;
    }
    references.set(article.id, estimate(article, similar, similarPast, years.get(article.id)!, pins.get(article.id) ?? null, ofCorpus));
  }
  return references;
}

/** The latest of the references, the "now" of a corpus: questions without a year resolve against it. */
export function latestReference(references: Map<string, ReferenceTime>): string | null {
  let latest: string | null = null;
  for (const reference of references.values()) if (!latest || reference.value > latest) latest = reference.value;
  return latest;
}

function given(article: Article): ReferenceTime {
  const dateline = article.dropped.find((dropped) => dropped.reason === 'dateline');
  const from = article.publishedFrom ?? 'front-matter';
  return {
    articleId: article.id,
    value: article.published!,
    from,
    basis: from === 'front-matter' ? `front matter: published ${article.published}` : dateline ? `dateline "${dateline.text}"` : 'the dateline that opens the text',
  };
}

function estimate(
  article: Article,
  similar: Article | null,
  similarPast: PastDate | null,
  named: NamedYear[],
  pinned: PinnedYear | null,
  ofCorpus: number | null,
): ReferenceTime {
  const ofSimilar = similar ? ` (${similar.id}, dated ${similar.published!.slice(0, 10)}, reports the same events)` : '';
  let base: Date;
  let yearBasis: string;
  let year: number | null = null;
  if (similar) {
    base = referenceDate(similar.published!);
    yearBasis = `year from ${similar.id}, which reports the same events`;
  } else {
    // An article is written in or after the latest year it reports, and with the articles it is loaded with: an
    // obituary that names only 1945 and 1979 is not dated 1979 when the others report 2005. A year only planned
    // ("could decide in 2012") is no lower bound: it counts only when nothing else tells the year.
    const past = latestYear(named.filter((y) => y.past));
    const own = past ?? (ofCorpus === null ? latestYear(named) : null);
    const ownYear = own !== null && (ofCorpus === null || own >= ofCorpus);
    year = ownYear ? own : ofCorpus;
    base = year ? referenceDate(`${year}-07-01`) : new Date();
    const source = pinned?.year === year ? `in which "${pinned.text}" falls on that weekday` : 'named in the article';
    yearBasis = year ? `year ${year} ${ownYear ? source : 'of the corpus'}` : 'year unknown';
  }

  // "ORRIN, Aug 12 (Reuters) -": a dateline without its year gives the day; only the year is estimated.
  const dateline = datelineOf(article);
  const day = dateline ? datelineMonthDay(dateline.text) : null;
  const datelineYear = similar ? Number(similar.published!.slice(0, 4)) : year;
  if (dateline && day && datelineYear) {
    const value = `${datelineYear}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    return { articleId: article.id, value, from: 'estimated', basis: `dateline "${dateline.text.trim()}" (${yearBasis})` };
  }
  // Counted from a year's middle, a day of that year is the closest; counted from today, the last one past.
  let ownPast = latestPastDate(article, base, year === null && !similar ? 'tense' : 'closest');
  // A day before the year the article is written in or after is history it recalls ("on 27 October, 1920").
  if (ownPast && year !== null && Number(ownPast.value.slice(0, 4)) < year) ownPast = null;
  const latest = [ownPast, similarPast].filter((d): d is PastDate => d !== null).sort((a, b) => (a.value < b.value ? 1 : -1))[0];
  let value: string;
  let basis: string;
  if (latest) {
    value = latest.value.slice(0, 10);
    basis = latest === ownPast ? `latest past date it reports: "${latest.text}" (${yearBasis})` : `latest past date in ${similar!.id}: "${latest.text}"${ofSimilar}`;
    // "on Thursday" counted from a guessed base (a year's middle, or today) is a Thursday of the guess.
    if (latest === ownPast && similar === null && !MONTH_OR_FIGURE.test(latest.text)) return { articleId: article.id, value, from: 'estimated', basis, dayUnknown: true };
  } else if (similar) {
    value = similar.published!.slice(0, 10);
    basis = `date of ${similar.id}${ofSimilar}`;
  } else {
    value = isoDay(base);
    basis = yearBasis === 'year unknown' ? 'no date in the article or the corpus: today assumed' : `no day named; ${yearBasis}`;
    // No day to count from: "on Thursday" resolves to a day of the guessed year's middle, or of today.
    return { articleId: article.id, value, from: 'estimated', basis, dayUnknown: true };
  }
  return { articleId: article.id, value, from: 'estimated', basis };
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A weekday written with its day and month and no year: "Thursday, March 6", "on Friday 7 March". */
const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY_NAMES.join('|')})day,?\\s+(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`,
  'gi',
);
/** How far from the estimated year a weekday may move it: every weekday and date meet within that many years. */
const WEEKDAY_YEARS = 11;

function datelineOf(article: Article): { text: string } | undefined {
  return article.dropped.find((dropped) => dropped.reason === 'dateline');
}

function datelineMonth(article: Article): number | null {
  const dateline = datelineOf(article);
  return dateline ? (datelineMonthDay(dateline.text)?.month ?? null) : null;
}

interface PinnedYear {
  year: number;
  /** The date that fixed it ("Thursday, March 6"). */
  text: string;
}

/**
 * The year in which every weekday the article writes with a day and month ("Thursday, March 6") falls on
 * that day: the first such year from the estimate on, else before it; with no estimate, the latest up to
 * now, as news reports the past. A month half a year from the dateline's is of the next or last year
 * (a December article's "Friday, January 3"). Null when the article writes no such date or no year fits.
 */
function weekdayYear(article: Article, estimate: number | null, datelineMonth: number | null): PinnedYear | null {
  const written: { weekday: number; month: number; day: number; text: string }[] = [];
  for (const match of article.text.matchAll(WEEKDAY_DATE)) {
    const month = (match[2] ?? match[5])!.toLowerCase().slice(0, 3);
    written.push({ weekday: WEEKDAY_NAMES.indexOf(match[1]!.toLowerCase()), month: MONTH_NAMES.indexOf(month), day: Number(match[3] ?? match[4]), text: match[0] });
  }
  if (written.length === 0) return null;
  const fits = (year: number) =>
    written.every(({ weekday, month, day }) => {
      const shift = datelineMonth === null ? 0 : month + 1 < datelineMonth - 6 ? 1 : month + 1 > datelineMonth + 6 ? -1 : 0;
      return new Date(Date.UTC(year + shift, month, day)).getUTCDay() === weekday;
    });
  const now = new Date().getFullYear();
  const candidates =
    estimate === null
      ? Array.from({ length: 2 * WEEKDAY_YEARS }, (_, i) => now - i)
      : [...Array.from({ length: WEEKDAY_YEARS }, (_, i) => estimate + i), ...Array.from({ length: WEEKDAY_YEARS }, (_, i) => estimate - 1 - i)];
  const year = candidates.find(fits);
  return year === undefined ? null : { year, text: written[0]!.text };
}

/** The latest day the article reports in the past tense. */
function latestPastDate(article: Article, reference: Date, resolve: 'tense' | 'closest'): PastDate | null {
  let latest: PastDate | null = null;
  const limit = isoDay(reference);
  for (const sentence of article.sentences.slice(0, ESTIMATE_SENTENCES)) {
    const text = article.text.slice(sentence.start, sentence.end);
    if (!mayHoldDate(text)) continue;
    for (const date of parseNewsDates(text, reference, { resolve })) {
      if (!isPastDay(date)) continue;
      const day = date.value.slice(0, 10);
      if (resolve === 'tense' && day > limit) continue;
      if (!latest || day > latest.value) latest = { value: day, text: date.text.trim() };
    }
  }
  return latest;
}

/** A date written with its month's name or in figures, not a weekday or "yesterday". */
const MONTH_OR_FIGURE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;

function isPastDay(date: NewsDate): boolean {
  return (date.granularity === 'day' || date.granularity === 'time') && !date.vague && !date.timeOnly && !date.end && date.tense === 'past';
}

interface NamedYear {
  year: number;
  past: boolean;
}

/** A year after these words is a deadline or a bound ("by 2008", "until 2010"), not when something was reported. */
const BOUND_BEFORE = /\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$/i;

/** The years the article names with a written year, each with whether its clause is in the past tense. */
function namedYears(article: Article): NamedYear[] {
  const years: NamedYear[] = [];
  const now = new Date();
  for (const sentence of article.sentences.slice(0, ESTIMATE_SENTENCES)) {
    const text = article.text.slice(sentence.start, sentence.end);
    // A date with a year written out is the only kind kept here: a sentence without one is not parsed.
    if (!mayHoldYear(text)) continue;
    for (const date of parseNewsDates(text, now, { resolve: 'closest' })) {
      if (date.relative || date.vague || BOUND_BEFORE.test(text.slice(Math.max(0, date.index - 24), date.index))) continue;
      const year = Number(date.value.slice(0, 4));
      if (year <= now.getFullYear()) years.push({ year, past: date.tense === 'past' });
    }
  }
  return years;
}

function latestYear(years: NamedYear[]): number | null {
  return years.length ? years.reduce((latest, y) => Math.max(latest, y.year), -Infinity) : null;
}

/**
 * The year undated articles loaded together are written in or after: the latest year at least two of them
 * report in the past tense, or, when later, the middle one of the latest past years each names. Articles on
 * unrelated subjects often share only a year of history ("founded in 1990"), while most name a recent one;
 * neither way does one article's misread year move them all. Null when neither is known.
 */
function sharedYear(years: NamedYear[][]): number | null {
  const articlesNaming = new Map<number, number>();
  for (const named of years) for (const year of new Set(named.filter((y) => y.past).map((y) => y.year))) articlesNaming.set(year, (articlesNaming.get(year) ?? 0) + 1);
  let latest: number | null = null;
  for (const [year, count] of articlesNaming) if (count >= 2 && (latest === null || year > latest)) latest = year;
  const latestEach = years.map((named) => latestYear(named.filter((y) => y.past))).filter((year): year is number => year !== null).sort((a, b) => a - b);
  // The lower middle of three or more: two articles are no majority.
  const middle = latestEach.length >= MIDDLE_FROM ? latestEach[Math.floor((latestEach.length - 1) / 2)]! : null;
  return latest === null ? middle : middle === null ? latest : Math.max(latest, middle);
}

/**
 * With no past year shared, the lower middle of the latest year each undated article names in any tense,
 * when two or more name one: an article that names no year was more likely written with them than today.
 */
function namedByMost(years: NamedYear[][]): number | null {
  const latestEach = years.map(latestYear).filter((year): year is number => year !== null).sort((a, b) => a - b);
  return latestEach.length >= 2 ? latestEach[Math.floor((latestEach.length - 1) / 2)]! : null;
}

/** How many undated articles must name a past year before the middle one stands for them all. */
const MIDDLE_FROM = 3;

/** The median year of the corpus' dated articles. */
function corpusYear(dated: Article[]): number | null {
  const years = dated.map((article) => Number(article.published!.slice(0, 4))).sort((a, b) => a - b);
  return years.length ? years[Math.floor(years.length / 2)]! : null;
}

function mostSimilar(words: Set<string> | undefined, dated: Article[], wordsOf: Map<string, Set<string>>): Article | null {
  if (!words) return null;
  let best: { article: Article; score: number } | null = null;
  for (const article of dated) {
    const other = wordsOf.get(article.id)!;
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    const score = shared / (words.size + other.size - shared || 1);
    if (score >= SAME_EVENTS && (!best || score > best.score)) best = { article, score };
  }
  return best?.article ?? null;
}

function contentWords(article: Article): Set<string> {
  const words = new Set<string>();
  for (const sentence of article.sentences) {
    for (const word of sentence.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!isStopWord(word) && !isReportingWord(word)) words.add(word);
  }
  return words;
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
