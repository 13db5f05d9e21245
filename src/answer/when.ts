import type { Article, Sentence } from '../corpus/types.js';
import { latestReference } from '../extract/dates/reference-time.js';
import { EVENT_FAMILIES, eventFamilies } from '../extract/events/event-words.js';
import type { DateMention, TimelineEntry } from '../extract/types.js';
import type { Knowledge } from '../index/knowledge.js';
import { isStopWord } from '../text/stopwords.js';
import { cite, uniqueCitations } from './evidence.js';
import { round } from './facts.js';
import type { Answer } from './types.js';

/** "7 December 2021", "9–10 January 2022", "January 2022", "10:07, 7 December 2021". */
export function formatDate(value: string, end: string | null = null): string {
  const single = (iso: string) => {
    const [date, time] = iso.split('T');
    const [y, m, d] = date!.split('-');
    const month = m ? MONTHS[Number(m) - 1] : undefined;
    const day = d ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : y!;
    return time ? `${time}, ${day}` : day;
  };
  if (!end || end === value) return single(value);
  const [a, b] = [value.split('-'), end.split('-')];
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1] && !value.includes('T')) {
    return `${Number(a[2])}–${Number(b[2])} ${MONTHS[Number(a[1]) - 1]} ${a[0]}`;
  }
  return `${single(value)} to ${single(end)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a "when" question asks about: plain data, so that any question analysis can fill it. */
export interface WhenFocus {
  /** Words that name the event ("call", "summit", "invaded"). */
  eventWords: string[];
  /** Names of those taking part ("Smith", "the Council"). */
  participants: string[];
  /** Other words that tell the event apart ("phone", "video", "second"). */
  words: string[];
  /** "When will…", "when is … scheduled": the question looks ahead of the articles. */
  future: boolean;
}

/** The words that frame a "when" question (chat greetings and shorthand too) without naming its event. */
const WHEN_FRAME = new Set(['hey', 'hi', 'hello', 'yo', 'ok', 'okay', 'bot', 'dossier', 'please', 'pls', 'r', 'u', 'whn', 'when', 'what', 'date', 'day', 'time', 'year', 'month', 'happen', 'happened', 'take', 'took', 'place', 'held', 'occur', 'occurred', 'exactly', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'will', 'going', 'scheduled', 'planned', 'expected', 'due', 'start', 'begin']);
const FUTURE = /\bwhen (?:will|are|is|r)\b|\b(?:will|are|is)\b.*\b(?:going to|scheduled|planned|next|expected|due)\b|\bnext\b|\bupcoming\b/i;

/** The event, its participants and other words, read from the question's own text. */
export function whenFocus(question: string): WhenFocus {
  const focus: WhenFocus = { eventWords: [], participants: [], words: [], future: FUTURE.test(question) };
  const tokens = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  tokens.forEach((token, position) => {
    const lower = token.toLowerCase().replace(/['’]s$/, '');
    if (WHEN_FRAME.has(lower) || isStopWord(lower)) return;
    if (/^\p{Lu}/u.test(token) && position > 0) focus.participants.push(token.replace(/['’]s$/, ''));
    else if (eventFamilies(lower).length > 0) focus.eventWords.push(lower);
    else focus.words.push(lower);
  });
  return focus;
}

/** A name, a word or an event word matched, in the text of a timeline entry. */
const PARTICIPANT_WEIGHT = 2;
const EVENT_WEIGHT = 2;
/** A match below this share of the focus is no answer. */
const MIN_MATCH = 0.5;

/**
 * "When did X happen?": the timeline entry that names the event (an event word of the same family), its
 * participants and the most of its other words, at its precision. When the articles report the event
 * but no entry dates it, the answer says so, with the latest date the reporting article mentions.
 */
export function answerWhen(kb: Knowledge, question: string, focus: WhenFocus = whenFocus(question)): Answer | null {
  let dated = bestEntry(kb, focus);
  const reported = bestReport(kb, focus);
  if (reported && (!dated || reported.score > dated.match)) {
    // "During the video call…": a report without a date names an event its article dates elsewhere.
    const entry = sameArticleEntry(kb, focus, reported);
    if (!entry) return undated(kb, question, reported);
    dated = { entry, score: reported.score, match: reported.score };
  }
  if (!dated) return null;
  const { entry } = dated;
  const when = formatDate(entry.value, entry.end) + (entry.time ? `, ${entry.time}` : '');
  const citations = uniqueCitations(entry.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)));
  return {
    question,
    answer: when,
    kind: 'when',
    confidence: round(dated.score),
    text: `${when}: ${entry.title}${citations.length > 1 ? `\n(${citations.length} articles report it.)` : ''}`,
    citations,
  };
}

/** Share of the focus a text's words hold, 0 to 1; 0 when a participant or the event is missing. */
function matchFocus(focus: WhenFocus, words: string[]): number {
  // "phone" finds "telephone", "talks" finds "talk".
  const has = (wanted: string) => words.some((word) => word.startsWith(stemOf(wanted)) || word.endsWith(wanted));
  const families = new Set(words.flatMap(eventFamilies));
  const participants = focus.participants.filter((name) => has(name.toLowerCase())).length;
  if (participants < focus.participants.length) return 0;
  const events = focus.eventWords.filter((word) => has(word) || eventFamilies(word).some((f) => families.has(f))).length;
  if (focus.eventWords.length > 0 && events === 0) return 0;
  const found = PARTICIPANT_WEIGHT * participants + EVENT_WEIGHT * events + focus.words.filter(has).length;
  const total = PARTICIPANT_WEIGHT * focus.participants.length + EVENT_WEIGHT * focus.eventWords.length + focus.words.length;
  return total === 0 ? 0 : found / total;
}

/** The entry that matches the focus best: `match` how much of the focus it holds, `score` with its date's fit. */
function bestEntry(kb: Knowledge, focus: WhenFocus): { entry: TimelineEntry; score: number; match: number } | null {
  let best: { entry: TimelineEntry; score: number; match: number } | null = null;
  const reference = latestReference(kb.references) ?? '';
  for (const entry of kb.timeline) {
    const match = matchFocus(focus, entryWords(entry));
    if (match < MIN_MATCH) continue;
    const ahead = entry.value.slice(0, 10) > reference.slice(0, 10);
    const tense = focus.future === ahead ? 1 : 0.8;
    const precision = entry.granularity === 'day' || entry.granularity === 'week' ? 1 : entry.granularity === 'month' ? 0.9 : 0.7;
    // An event several articles report is more likely the one meant than a passing mention.
    const score = match * tense * precision * (1 + 0.05 * Math.min(entry.sources.length - 1, 4));
    if (!best || score > best.score) best = { entry, score, match };
  }
  return best;
}

interface Report {
  article: Article;
  sentence: Sentence;
  score: number;
}

/** The sentence that reports the event best, when it holds no date of the event. */
function bestReport(kb: Knowledge, focus: WhenFocus): Report | null {
  if (focus.eventWords.length === 0) return null;
  // The event's other names find the reports that call it differently ("call" finds "conversation").
  const synonyms = focus.eventWords.flatMap((word) => eventFamilies(word).flatMap((family) => EVENT_FAMILIES[family] ?? []));
  const query = [...new Set([...focus.participants, ...focus.eventWords, ...focus.words, ...synonyms])].join(' ');
  let best: Report | null = null;
  for (const hit of kb.index.searchSentences(query, { limit: 40 })) {
    const match = matchFocus(focus, wordsOf(hit.sentence.text));
    if (match < MIN_MATCH || (best && match <= best.score)) continue;
    if (!datedSentences(kb).has(`${hit.article.id}:${hit.sentence.index}`)) best = { article: hit.article, sentence: hit.sentence, score: match };
  }
  return best;
}

/** Words that make an event another occurrence of its kind ("their previous conversation"). */
const ANOTHER_OCCURRENCE = /\b(?:previous|earlier|last|former|prior|next)\s+(?:\S+\s+)?$/i;

/** The dated entry of the report's article that names the focus's kind of event, not as another occurrence of it. */
function sameArticleEntry(kb: Knowledge, focus: WhenFocus, report: Report): TimelineEntry | null {
  const families = new Set(focus.eventWords.flatMap(eventFamilies));
  let best: { entry: TimelineEntry; score: number } | null = null;
  for (const entry of entriesOf(kb, report.article.id)) {
    const source = entry.sources.find((s) => s.articleId === report.article.id)!;
    if (entry.background) continue;
    const words = wordsOf(source.text);
    const eventAt = words.findIndex((word) => eventFamilies(word).some((f) => families.has(f)));
    if (eventAt < 0 || ANOTHER_OCCURRENCE.test(words.slice(0, eventAt).join(' ') + ' ')) continue;
    const match = matchFocus({ ...focus, words: [] }, wordsOf([entry.title, ...entry.participants, source.text].join(' ')));
    if (match < MIN_MATCH) continue;
    const score = match + 0.1 * entry.sources.length;
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry ?? null;
}

/** Each entry's words, found once: every "when" question reads every entry. */
const wordsByEntry = new WeakMap<TimelineEntry, string[]>();

function entryWords(entry: TimelineEntry): string[] {
  let words = wordsByEntry.get(entry);
  if (!words) {
    words = [...new Set(wordsOf([entry.title, ...entry.participants, ...entry.sources.map((s) => s.text)].join(' ')))];
    wordsByEntry.set(entry, words);
  }
  return words;
}

/** The entries citing each article, found once per timeline. */
const entriesByArticle = new WeakMap<TimelineEntry[], Map<string, TimelineEntry[]>>();

function entriesOf(kb: Knowledge, articleId: string): TimelineEntry[] {
  let byArticle = entriesByArticle.get(kb.timeline);
  if (!byArticle) {
    byArticle = new Map();
    for (const entry of kb.timeline) {
      for (const source of entry.sources) {
        const entries = byArticle.get(source.articleId);
        if (entries) entries.push(entry);
        else byArticle.set(source.articleId, [entry]);
      }
    }
    entriesByArticle.set(kb.timeline, byArticle);
  }
  return byArticle.get(articleId) ?? [];
}

/** The sentences that hold a date, found once per knowledge base. */
const datedByKnowledge = new WeakMap<DateMention[], Set<string>>();

function datedSentences(kb: Knowledge): Set<string> {
  let dated = datedByKnowledge.get(kb.dates);
  if (!dated) {
    dated = new Set(kb.dates.filter((m) => !m.timex?.endsWith('_REF')).map((m) => `${m.articleId}:${m.sentence}`));
    datedByKnowledge.set(kb.dates, dated);
  }
  return dated;
}

function undated(kb: Knowledge, question: string, report: Report): Answer {
  const written = kb.references.get(report.article.id)?.value.slice(0, 10) ?? '';
  const latest = kb.dates
    .filter((m) => m.articleId === report.article.id && !m.timex?.endsWith('_REF') && (!written || m.value.slice(0, 10) <= written))
    .reduce<DateMention | null>((last, m) => (!last || (m.end ?? m.value) > (last.end ?? last.value) ? m : last), null);
  const bound = latest ? `; after ${formatDate(latest.end ?? latest.value)}, the latest date the report mentions` : '';
  const answer = `not dated in the articles${bound}`;
  return {
    question,
    answer,
    kind: 'when',
    confidence: round(report.score),
    text: `The event is ${answer}: ${report.sentence.text}`,
    citations: [cite(report.article, report.sentence)],
  };
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Enough of a word to find its other forms: "talks" finds "talk", "invaded" finds "invade". */
function stemOf(word: string): string {
  return word.length > 5 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word.replace(/s$/, '');
}

/** "What happened on December 17?": the timeline entries on that date or within that range. */
export function answerOnDate(kb: Knowledge, question: string, range: { value: string; end: string | null }): Answer | null {
  const from = range.value;
  const to = range.end ?? range.value;
  const entries = kb.timeline.filter((e) => overlaps(e.value, e.end ?? e.value, from, to));
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 5);
  const citations = uniqueCitations(
    shown.flatMap((e) =>
      e.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)),
    ),
  );
  return {
    question,
    answer: shown.length === 1 ? shown[0]!.title : `${entries.length} events on ${formatDate(range.value, range.end)}`,
    kind: 'when',
    confidence: 0.9,
    text: shown.map((e) => `${formatDate(e.value, e.end)}: ${e.title}`).join('\n'),
    citations,
  };
}

/** Two ISO ranges overlap, comparing only as much precision as both have. */
export function overlaps(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  const n = (x: string, y: string) => Math.min(x.length, y.length, 10);
  return aFrom.slice(0, n(aFrom, bTo)) <= bTo.slice(0, n(aFrom, bTo)) && bFrom.slice(0, n(bFrom, aTo)) <= aTo.slice(0, n(bFrom, aTo));
}
