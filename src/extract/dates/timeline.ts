/**
 * The timeline: the dated events of all articles, in order. Mentions of the same date that speak of the
 * same thing (their sentences and article titles share enough words) are one event citing every article.
 */
import type { Article } from '../../corpus/types.js';
import { parseNewsDates, referenceDate } from './news-dates.js';
import type { DateGranularity, DateMention, TimelineEntry, TimelineSource } from '../types.js';

/** Share of the smaller word set two mentions of one date must have in common to be one event. */
const SAME_EVENT = 0.2;
const MAX_TITLE_LENGTH = 110;
/** A word shared by more events of one date than this is too common to suggest a candidate. */
const MAX_POSTINGS = 50;
/** Reports of an event compared with a new mention: enough to recognise it, few enough to stay fast. */
const COMPARED_REPORTS = 20;
/** Events sharing the most uncommon words with a mention, compared with it word for word. */
const CANDIDATES = 5;

export interface TimelineFilter {
  /** ISO date, month or year: entries that end before it are left out. */
  from?: string;
  /** ISO date, month or year: entries that start after it are left out. */
  to?: string;
  /** Words that must all appear in the entry's title or sources (case-insensitive; "sanction" finds "sanctions"). */
  query?: string;
}

interface Event {
  value: string;
  end: string | null;
  granularity: DateGranularity;
  mentions: Array<{ mention: DateMention; words: Set<string> }>;
}

/** The events of one date, with the events each word appears in. */
interface DateEvents {
  events: Event[];
  postings: Map<string, Set<Event>>;
}

/** Events across all articles, sorted by date; a clock time counts as its day. */
export function buildTimeline(articles: Article[], mentions: DateMention[]): TimelineEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const byDate = new Map<string, DateEvents>();
  for (const mention of mentions) {
    if (mention.timex?.endsWith('_REF')) continue;
    const article = byId.get(mention.articleId);
    if (!article) continue;
    const { value, end, granularity } = filedUnder(mention);
    const key = mentionKey(mention);
    const sentence = article.sentences[mention.sentence]?.text ?? mention.clause.text;
    const words = contentWords(`${sentence} ${article.title}`);
    let group = byDate.get(key);
    if (!group) byDate.set(key, (group = { events: [], postings: new Map() }));
    let event = sameEvent(group, words);
    if (!event) group.events.push((event = { value, end, granularity, mentions: [] }));
    event.mentions.push({ mention, words });
    for (const word of words) {
      const events = group.postings.get(word) ?? new Set<Event>();
      group.postings.set(word, events.add(event));
    }
  }
  const entries = [...byDate.values()].flatMap((group) => group.events).map(toEntry);
  return entries.sort(inOrder);
}

/**
 * The timeline with one more article's mentions, without grouping the rest again (a busy date, a year,
 * has thousands of reports): each mention joins the entry of its date whose words it shares most, if
 * enough, else starts an entry of its own. The order of arrival can group a little differently than a
 * full build.
 */
export function addToTimeline(timeline: TimelineEntry[], article: Article, mentions: DateMention[]): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) {
    const key = dateKey(entry);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  // An entry that gains a report is copied: the timeline's entry → its latest copy, and back.
  const replaced = new Map<TimelineEntry, TimelineEntry>();
  const originOf = new Map<TimelineEntry, TimelineEntry>();
  const added: TimelineEntry[] = [];
  for (const mention of mentions) {
    if (mention.timex?.endsWith('_REF')) continue;
    const words = contentWords(`${article.sentences[mention.sentence]?.text ?? mention.clause.text} ${article.title}`);
    const entries = byKey.get(mentionKey(mention)) ?? [];
    let best: TimelineEntry | null = null;
    let bestScore = SAME_EVENT;
    for (const entry of entries) {
      const score = overlap(words, reportWords(entry));
      if (score >= bestScore) [best, bestScore] = [entry, score];
    }
    const source: TimelineSource = { file: mention.file, articleId: mention.articleId, text: mention.clause.text, start: mention.clause.start, end: mention.clause.end };
    if (!best) {
      const entry = toEntry({ ...filedUnder(mention), mentions: [{ mention, words }] });
      added.push(entry);
      byKey.set(mentionKey(mention), [...entries, entry]);
    } else if (!best.sources.some((s) => s.articleId === mention.articleId)) {
      const grown = { ...best, sources: [...best.sources, source].sort((a, b) => compare(a.file, b.file)) };
      const origin = originOf.get(best) ?? best;
      replaced.set(origin, grown);
      originOf.set(grown, origin);
      byKey.set(mentionKey(mention), entries.map((e) => (e === best ? grown : e)));
    }
  }
  return [...timeline.map((entry) => replaced.get(entry) ?? entry), ...added.map((entry) => replaced.get(entry) ?? entry)].sort(inOrder);
}

/** The timeline without an article's reports: entries left with no report go. */
export function removeFromTimeline(timeline: TimelineEntry[], articleId: string): TimelineEntry[] {
  return timeline.flatMap((entry) => {
    if (!entry.sources.some((s) => s.articleId === articleId)) return [entry];
    const sources = entry.sources.filter((s) => s.articleId !== articleId);
    return sources.length > 0 ? [{ ...entry, sources }] : [];
  });
}

/** The words of an entry's title and first reports, counted once per entry. */
const wordsOfReports = new WeakMap<TimelineEntry, Set<string>>();

function reportWords(entry: TimelineEntry): Set<string> {
  let words = wordsOfReports.get(entry);
  if (!words) {
    words = contentWords([entry.title, ...entry.sources.slice(0, COMPARED_REPORTS).map((s) => s.text)].join(' '));
    wordsOfReports.set(entry, words);
  }
  return words;
}

/** The date an event is filed under: a clock time counts as its day, a range ending on its start as no range. */
function filedUnder(mention: DateMention): { value: string; end: string | null; granularity: DateGranularity } {
  const time = mention.granularity === 'time';
  const value = time ? mention.value.slice(0, 10) : mention.value;
  const end = mention.end && time ? mention.end.slice(0, 10) : mention.end;
  return { value, end: end === value ? null : end, granularity: time ? 'day' : mention.granularity };
}

function mentionKey(mention: DateMention): string {
  return dateKey(filedUnder(mention));
}

function dateKey({ value, end, granularity }: { value: string; end: string | null; granularity: DateGranularity }): string {
  return `${value}|${end ?? ''}|${granularity}`;
}

function inOrder(a: TimelineEntry, b: TimelineEntry): number {
  return compare(a.value, b.value) || compare(a.end ?? '', b.end ?? '') || compare(a.title, b.title);
}

/** The event of this date whose reports share the most words with `words`, if enough. */
function sameEvent(group: DateEvents, words: Set<string>): Event | null {
  const shared = new Map<Event, number>();
  for (const word of words) {
    const events = group.postings.get(word);
    if (events && events.size <= MAX_POSTINGS) for (const event of events) shared.set(event, (shared.get(event) ?? 0) + 1);
  }
  const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([event]) => event);
  let best: Event | null = null;
  let bestScore = SAME_EVENT;
  for (const event of candidates) {
    for (const report of event.mentions.slice(0, COMPARED_REPORTS)) {
      const score = overlap(words, report.words);
      if (score >= bestScore) [best, bestScore] = [event, score];
    }
  }
  return best;
}

/** The entries that overlap [from, to] and mention every query word. */
export function filterTimeline(entries: TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const from = filter.from ? firstDay(filter.from) : null;
  const to = filter.to ? lastDay(filter.to) : null;
  const terms = filter.query ? queryTerms(filter.query) : [];
  return entries.filter((entry) => {
    if (from && lastDay(entry.end ?? entry.value) < from) return false;
    if (to && firstDay(entry.value) > to) return false;
    if (terms.length === 0) return true;
    const words = entryWords(entry);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

/** Each entry's distinct words, found once: a topic filter runs over every entry for every query. */
const wordsByEntry = new WeakMap<TimelineEntry, string[]>();

function entryWords(entry: TimelineEntry): string[] {
  let words = wordsByEntry.get(entry);
  if (!words) {
    words = [...new Set(wordsOf([entry.title, ...entry.sources.map((s) => s.text)].join(' ')))];
    wordsByEntry.set(entry, words);
  }
  return words;
}

/**
 * The date a question or option names: "December 17", "from:2021-12-01", "last week". A month or day
 * without a year resolves against `reference` (the corpus' latest reference time; today by default).
 */
export function parseDateQuery(
  text: string,
  reference?: string,
): { value: string; end: string | null; granularity: DateGranularity } | null {
  const iso = /\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b/.exec(text);
  if (iso && !/\d\s*$/.test(text.slice(0, iso.index))) {
    const [value, , month, day] = iso;
    const granularity: DateGranularity = day ? 'day' : month ? 'month' : 'year';
    if (!Number.isNaN(Date.parse(`${value}${day ? '' : month ? '-01' : '-01-01'}`))) return { value, end: null, granularity };
  }
  const ref = reference ? referenceDate(reference) : new Date();
  const date = parseNewsDates(text, ref).find((d) => !d.vague);
  if (!date) return null;
  return date.timeOnly ? null : { value: date.value, end: date.end, granularity: date.granularity };
}

function toEntry(event: Event): TimelineEntry {
  const sources: TimelineSource[] = [];
  const cited = new Set<string>();
  for (const { mention } of event.mentions) {
    if (cited.has(mention.articleId)) continue;
    cited.add(mention.articleId);
    sources.push({ file: mention.file, articleId: mention.articleId, text: mention.clause.text, start: mention.clause.start, end: mention.clause.end });
  }
  sources.sort((a, b) => compare(a.file, b.file));
  return { value: event.value, end: event.end, granularity: event.granularity, title: titleOf(event), sources };
}

/** The clause that shares the most words with the other (first) reports of the event, cut to a short line. */
function titleOf(event: Event): string {
  const reports = event.mentions.slice(0, COMPARED_REPORTS);
  let best = reports[0]!;
  let bestScore = -1;
  for (const candidate of reports) {
    const score = reports.reduce((sum, other) => sum + (other === candidate ? 0 : overlap(candidate.words, other.words)), 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  const clause = best.mention.clause.text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  if (clause.length <= MAX_TITLE_LENGTH) return clause;
  const cut = clause.lastIndexOf(' ', MAX_TITLE_LENGTH);
  return `${clause.slice(0, cut > 40 ? cut : MAX_TITLE_LENGTH).replace(/[,;:–—-]+$/, '')}…`;
}

const FUNCTION_WORDS = new Set(
  'the and for that this with from have has had were was are been their they them there which would will about after also said says than then these those when what while into over more most some such only other very just could should being does where your because before under between during against its his her our who how not but all any can may per via'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-case words of three letters or more, without function words, a plural -s dropped. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 3 || FUNCTION_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.add(word.length > 4 ? word.replace(/s$/, '') : word);
  }
  return words;
}

function queryTerms(query: string): string[] {
  return wordsOf(query)
    .filter((word) => !FUNCTION_WORDS.has(word))
    .map((word) => (word.length > 4 ? word.replace(/s$/, '') : word));
}

/** Shared words over the smaller set: a short clause can still match a long report. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day an ISO value covers: "2021" → "2021-01-01", "2021-12" → "2021-12-01". */
function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value.slice(0, 10);
}

/** The last day an ISO value covers: "2021" → "2021-12-31", "2021-02" → "2021-02-28". */
function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number);
    return `${value}-${String(new Date(year!, month!, 0).getDate()).padStart(2, '0')}`;
  }
  return value.slice(0, 10);
}
