/**
 * The timeline: the events of all articles (see ../events), in order. Reports of the same date that name
 * the same kind of event (their event words share a family) and the same people or enough words are one
 * entry citing every article; different events of one day stay apart.
 */
import type { Article } from '../../corpus/types.js';
import { isReportingWord, predicateFamilies, predicateKey } from '../events/event-words.js';
import { isStopWord } from '../../text/stopwords.js';
import { extractEvents, type NewsEvent } from '../events/events.js';
import { parseNewsDates, referenceDate } from './news-dates.js';
import type { DateAttachment, DateGranularity, DateMention, ReferenceTime, TimelineEntry, TimelineSource } from '../types.js';

/** Share of the smaller word set two reports of one date must have in common, without a shared name, to be one event. */
const SAME_EVENT = 0.2;
/** A word shared by more events of one date than this is too common to suggest a candidate. */
const MAX_POSTINGS = 50;
/** Reports of an event compared with a new one: enough to recognise it, few enough to stay fast. */
const COMPARED_REPORTS = 20;
/** Events sharing the most uncommon words with a report, compared with it word for word. */
const CANDIDATES = 5;
/** Names listed on an entry, the most reported first. */
const MAX_PARTICIPANTS = 6;
/** The span of days whose events, taken together, are the articles' main story. */
const MAIN_PERIOD_DAYS = 31;

export interface TimelineFilter {
  /** ISO date, month or year: entries that end before it are left out. */
  from?: string;
  /** ISO date, month or year: entries that start after it are left out. */
  to?: string;
  /** Words that must all appear in the entry's title or sources (case-insensitive; "sanction" finds "sanctions"). */
  query?: string;
}

interface Report {
  event: NewsEvent;
  words: Set<string>;
  /** The participants' last words, lower case: "Smith" and "Anna Smith" are one name written shorter. */
  surnames: Set<string>;
}

interface Event {
  value: string;
  end: string | null;
  granularity: DateGranularity;
  reports: Report[];
}

/** The events of one date, with the events each word (or event family) appears in. */
interface DateEvents {
  events: Event[];
  postings: Map<string, Set<Event>>;
}

/** Events across all articles, sorted by date; a clock time counts as its day. */
export function buildTimeline(articles: Article[], mentions: DateMention[], references?: Map<string, ReferenceTime>): TimelineEntry[] {
  const byArticle = new Map<string, DateMention[]>();
  for (const mention of mentions) {
    const own = byArticle.get(mention.articleId);
    if (own) own.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  const byDate = new Map<string, DateEvents>();
  for (const article of articles) {
    const reference = references?.get(article.id)?.value ?? article.published ?? '';
    for (const event of extractEvents(article, byArticle.get(article.id) ?? [], reference)) {
      const key = entryKey(event);
      const sentence = article.sentences[event.sentence]?.text ?? event.source.text;
      const words = contentWords(`${sentence} ${article.title}`);
      let group = byDate.get(key);
      if (!group) byDate.set(key, (group = { events: [], postings: new Map() }));
      const report = reportOf(event, words);
      let entry = sameEvent(group, report);
      if (!entry) group.events.push((entry = { value: event.value, end: event.end, granularity: event.granularity, reports: [] }));
      entry.reports.push(report);
      for (const term of [...words, ...event.families.map((f) => `#${f}`)]) {
        const events = group.postings.get(term) ?? new Set<Event>();
        group.postings.set(term, events.add(entry));
      }
    }
  }
  const entries = [...byDate.values()].flatMap((group) => group.events).map(toEntry);
  return entries.sort(inOrder);
}

/**
 * The timeline with one more article's events, without grouping the rest again (a busy date has
 * thousands of reports): each event joins the entry of its date that names the same kind of event and
 * shares the most words with it, if enough, else starts an entry of its own. The order of arrival can
 * group a little differently than a full build.
 */
export function addToTimeline(timeline: TimelineEntry[], article: Article, mentions: DateMention[], reference: string): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) {
    const key = entryKey(entry);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  // An entry that gains a report is copied: the timeline's entry → its latest copy.
  const replaced = new Map<TimelineEntry, TimelineEntry>();
  const originOf = new Map<TimelineEntry, TimelineEntry>();
  const added: TimelineEntry[] = [];
  // The article's reports each entry holds: only entries this call made or grew hold any.
  const own = new Map<TimelineEntry, Report[]>();
  for (const event of extractEvents(article, mentions, reference)) {
    const key = entryKey(event);
    const words = contentWords(`${article.sentences[event.sentence]?.text ?? event.source.text} ${article.title}`);
    const report = reportOf(event, words);
    const entries = byKey.get(key) ?? [];
    let best: TimelineEntry | null = null;
    let bestScore = SAME_EVENT;
    for (const entry of entries) {
      if (!predicateFamilies(entry.event).some((family) => event.families.includes(family))) continue;
      if (own.get(entry)?.some((other) => apartInArticle(report, other))) continue;
      const score = overlap(words, reportWords(entry));
      if (score >= bestScore) [best, bestScore] = [entry, score];
    }
    if (!best) {
      const entry = toEntry({ value: event.value, end: event.end, granularity: event.granularity, reports: [report] });
      added.push(entry);
      own.set(entry, [report]);
      byKey.set(key, [...entries, entry]);
    } else if (!best.sources.some((s) => s.articleId === article.id)) {
      const grown = { ...best, sources: [...best.sources, event.source].sort((a, b) => compare(a.file, b.file)) };
      const origin = originOf.get(best) ?? best;
      if (!added.includes(origin)) replaced.set(origin, grown);
      else added[added.indexOf(origin)] = grown;
      originOf.set(grown, origin);
      own.set(grown, [report]);
      byKey.set(key, entries.map((e) => (e === best ? grown : e)));
    } else own.get(best)?.push(report);
  }
  return [...timeline.map((entry) => replaced.get(entry) ?? entry), ...added].sort(inOrder);
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

function entryKey(entry: { value: string; end: string | null; granularity: DateGranularity }): string {
  return `${entry.value}|${entry.end ?? ''}|${entry.granularity}`;
}

function inOrder(a: TimelineEntry, b: TimelineEntry): number {
  return compare(a.value, b.value) || compare(a.end ?? '', b.end ?? '') || compare(a.title, b.title);
}

/** The event of this date that names the same kind of event, with a shared name or enough shared words. */
function sameEvent(group: DateEvents, report: Report): Event | null {
  const shared = new Map<Event, number>();
  for (const term of [...report.words, ...report.event.families.map((f) => `#${f}`)]) {
    const events = group.postings.get(term);
    if (events && events.size <= MAX_POSTINGS) for (const event of events) shared.set(event, (shared.get(event) ?? 0) + 1);
  }
  const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([event]) => event);
  let best: Event | null = null;
  let bestScore = 0;
  for (const event of candidates) {
    const compared = event.reports.slice(0, COMPARED_REPORTS);
    if (compared.some((other) => apartInArticle(report, other))) continue;
    for (const other of compared) {
      if (!report.event.families.some((f) => other.event.families.includes(f))) continue;
      const names = [...report.surnames].some((name) => other.surnames.has(name));
      const score = overlap(report.words, other.words) + (names ? SAME_EVENT : 0);
      if (score >= SAME_EVENT && score > bestScore) [best, bestScore] = [event, score];
    }
  }
  return best;
}

/**
 * Two reports of one date in one article that are two events. Both name who acts and no one in common,
 * with the same event word: two events of one kind ("the mayor met …", "the council met …"); a writer who
 * reports one event twice names its actors again, or none, and a different word may name only whoever
 * reports it. One names no actor: two events ("a canal was opened", "a youth centre was opened"), unless
 * they share the event word and what it acts on, or one refers back to the other ("the talks", "that call").
 */
function apartInArticle(one: Report, other: Report): boolean {
  const a = one.event;
  const b = other.event;
  if (a.articleId !== b.articleId) return false;
  if (one.surnames.size > 0 && other.surnames.size > 0) return a.predicate === b.predicate && differentActors(one.surnames, other.surnames);
  if (a.refersBack || b.refersBack) return false;
  return a.object === null || a.object !== b.object || predicateKey(a.predicate) !== predicateKey(b.predicate);
}

/** Both reports name who acts, and no one in common. */
function differentActors(one: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  return one.size > 0 && other.size > 0 && ![...one].some((name) => other.has(name));
}

function reportOf(event: NewsEvent, words: Set<string>): Report {
  return { event, words, surnames: surnamesOf(event.participants) };
}

function surnamesOf(participants: readonly string[]): Set<string> {
  return new Set(participants.map((name) => name.split(' ').at(-1)!.toLowerCase()));
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
 * The date a question or option names: "March 17", "from:2019-03-01", "last week". A month or day
 * without a year resolves against `reference` (the corpus' latest reference time; today by default).
 */
export function parseDateQuery(
  text: string,
  reference?: string,
): { value: string; end: string | null; granularity: DateGranularity } | null {
  const iso = /\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b/.exec(text);
  // "March 2019" and "March 17, 2019" are a month and a day, not the year alone.
  if (iso && !/\d(?:st|nd|rd|th)?,?\s*$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*$/i.test(text.slice(0, iso.index))) {
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
  for (const { event: report } of event.reports) {
    if (cited.has(report.articleId)) continue;
    cited.add(report.articleId);
    sources.push(report.source);
  }
  sources.sort((a, b) => compare(a.file, b.file));
  const central = centralReport(event.reports).event;
  // The fullest clock time: a span with its zone says more than a start.
  const time = event.reports.map((r) => r.event.time ?? '').reduce((a, b) => (b.length > a.length ? b : a), '');
  return {
    value: event.value,
    end: event.end,
    granularity: event.granularity,
    ...(time ? { time } : {}),
    title: central.title,
    event: central.predicate,
    participants: mostNamed(event.reports.map((r) => r.event.participants)),
    attached: ATTACHMENTS.find((a) => event.reports.some((r) => r.event.attached === a))!,
    ...(event.granularity === 'year' ? { background: true } : {}),
    sources,
  };
}

/** The surest way an entry's reports found its date. */
const ATTACHMENTS: DateAttachment[] = ['explicit', 'relative', 'dateline'];

/**
 * A title whose subject is only a pronoun or a demonstrative ("That was…", "This line…" left unresolved):
 * another report of the event may name it.
 */
const PRONOUN_SUBJECT = /^(?:it|he|she|they|we|i|this|that|these|those)\s/i;

/** The report that shares the most words with the other (first) reports of the event, one titled with a noun for its subject first. */
function centralReport(reports: Report[]): Report {
  const compared = reports.slice(0, COMPARED_REPORTS);
  let best = compared[0]!;
  let bestScore = -Infinity;
  for (const candidate of compared) {
    const shared = compared.reduce((sum, other) => sum + (other === candidate ? 0 : overlap(candidate.words, other.words)), 0);
    const score = PRONOUN_SUBJECT.test(candidate.event.title) ? shared - compared.length : shared;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** Names by how many reports give them, the longest spelling of each. */
function mostNamed(lists: string[][]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of lists.flat()) {
    const key = name.split(' ').at(-1)!.toLowerCase();
    const seen = counts.get(key) ?? { name, count: 0 };
    counts.set(key, { name: name.length > seen.name.length ? name : seen.name, count: seen.count + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, MAX_PARTICIPANTS).map((c) => c.name);
}

/**
 * The entries in reading order: the main story first (the span of days the most reports fall in, oldest
 * first), then the other dated events, then the background years. Each entry says which part it is in.
 */
export function mainEventsFirst(entries: TimelineEntry[]): Array<TimelineEntry & { section: TimelineSection }> {
  const dated = entries.filter((e) => !e.background && e.granularity !== 'month').sort((a, b) => compare(a.value, b.value));
  // A window sliding over the dated entries in date order: the reports of the span starting at each.
  let best = { from: '', to: '', reports: -1 };
  let reports = 0;
  let last = 0;
  for (const [first, start] of dated.entries()) {
    const to = addDays(start.value.slice(0, 10), MAIN_PERIOD_DAYS - 1);
    while (last < dated.length && dated[last]!.value.slice(0, 10) <= to) reports += dated[last++]!.sources.length;
    if (reports > best.reports) best = { from: start.value, to, reports };
    reports -= dated[first]!.sources.length;
  }
  const sectionOf = (e: TimelineEntry): TimelineSection =>
    e.background ? 'background' : e.granularity !== 'month' && e.value >= best.from && e.value.slice(0, 10) <= best.to ? 'main' : 'other';
  const order: TimelineSection[] = ['main', 'other', 'background'];
  return entries.map((e) => ({ ...e, section: sectionOf(e) })).sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}

export type TimelineSection = 'main' | 'other' | 'background';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Too common to tell events apart: function words and the verbs that report them. */
function isCommonWord(word: string): boolean {
  return isStopWord(word) || isReportingWord(word);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-case words of three letters or more, without function words, a plural -s dropped. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 3 || isCommonWord(word) || /^\d+$/.test(word)) continue;
    words.add(word.length > 4 ? word.replace(/s$/, '') : word);
  }
  return words;
}

function queryTerms(query: string): string[] {
  return wordsOf(query)
    .filter((word) => !isCommonWord(word))
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

/** The first day an ISO value covers: "2019" → "2019-01-01", "2019-03" → "2019-03-01". */
function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value.slice(0, 10);
}

/** The last day an ISO value covers: "2019" → "2019-12-31", "2019-02" → "2019-02-28". */
function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number);
    return `${value}-${String(new Date(year!, month!, 0).getDate()).padStart(2, '0')}`;
  }
  return value.slice(0, 10);
}
