import { phrasalAsOne, phrasalVerbsIn } from '../text/phrasal.js';
import type { Article, Sentence } from '../corpus/types.js';
import { latestReference } from '../extract/dates/reference-time.js';
import { parseDateQuery } from '../extract/dates/timeline.js';
import { EVENT_FAMILIES, eventFamilies, predicateKey } from '../extract/events/event-words.js';
import type { DateMention, ReferenceTime, TimelineEntry } from '../extract/types.js';
import type { Knowledge } from '../index/knowledge.js';
import { isPastTense, normalizeTerm } from '../text/analyzer.js';
import { isStopWord } from '../text/stopwords.js';
import { areOpposites } from '../text/opposites.js';
import { causeRelatives, isAdjective, isNoun, isVerb, synonymsOf } from '../text/synonyms.js';
import { kindredWords } from '../text/kindred.js';
import { remembered } from '../text/memo.js';
import { analyzeQuestion, isPersonNoun, plainQuestion, type DateConstraint, type QuestionAnalysis } from './analysis.js';
import { cite, outletArticles, uniqueCitations } from './evidence.js';
import { groupedList } from './grouped.js';
import { listChanges, type ListChanges } from '../extract/list-cache.js';
import { round } from './facts.js';
import type { Answer } from './types.js';

/** The seasons as the months they span, first month first (winter runs into the next year). */
const SEASONS: readonly [string, number, number][] = [
  ['spring', 3, 5],
  ['summer', 6, 8],
  ['autumn', 9, 11],
  ['winter', 12, 2],
];

/** "autumn 2026" for September to November 2026, as the articles say it; null for any other span. */
function seasonOf(value: string, end: string): string | null {
  const [from, to] = [/^(\d{4})-(\d{2})$/.exec(value), /^(\d{4})-(\d{2})$/.exec(end)];
  if (!from || !to) return null;
  const [fromYear, fromMonth, toYear, toMonth] = [Number(from[1]), Number(from[2]), Number(to[1]), Number(to[2])];
  const found = SEASONS.find(([, first, last]) => first === fromMonth && last === toMonth && toYear === fromYear + (last < first ? 1 : 0));
  if (!found) return null;
  return found[2] < found[1] ? `${found[0]} ${fromYear}–${toYear}` : `${found[0]} ${fromYear}`;
}

/** "7 March 2019", "9–10 January 2020", "January 2020", "autumn 2026", "10:07, 7 March 2019". */
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
  const season = seasonOf(value, end);
  if (season) return season;
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1] && !value.includes('T')) {
    return `${Number(a[2])}–${Number(b[2])} ${MONTHS[Number(a[1]) - 1]} ${a[0]}`;
  }
  return `${single(value)} to ${single(end)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a "when" question asks about: plain data, filled from the shared question analysis. */
export interface WhenFocus {
  /** Words that name the event ("call", "summit", "invaded"). */
  eventWords: string[];
  /** Names of those taking part ("Smith", "the Council"). */
  participants: string[];
  /** Other words that tell the event apart ("phone", "video"); one of them may be the event's verb ("reopen"). */
  words: string[];
  /** "When will…", "when is … scheduled": the question looks ahead of the articles. */
  future: boolean;
  /** "When will…", "next", "again": it surely does, and an event already past is rarely meant. */
  next: boolean;
  /** "When does the ferry stop?": the present of a timetable, which may be ahead of the articles or behind them. */
  timetable: boolean;
  /** "before March", "in 2019": what limits the date. */
  dates: DateConstraint[];
  /** "the second meeting" → 2, "the last call" → -1: which of several matching events, in date order. */
  ordinal: number | null;
  /** When no word of an event family names the event, the words that may be the question's verb ("reopen"), likeliest first; also among `words`. */
  verbs: string[];
  /** "When did the talks begin?": an event word names the event, and the question asks for its beginning. */
  beginning: boolean;
  /** "What time did the call start in Oslo?": the place whose clock the time is asked in, not a participant. */
  zone: string | null;
  /** "When could the leaders talk again?": people asked by a plural noun, not by name; any two named stand for them. */
  group: boolean;
  /** "According to the Gazette, when…": only the articles of that outlet date the event. */
  outlet?: ReadonlySet<string>;
}

/** The words that frame a "when" question (chat greetings and shorthand too) without naming its event. */
const WHEN_FRAME = new Set(['hey', 'hi', 'hello', 'yo', 'ok', 'okay', 'bot', 'dossier', 'please', 'pls', 'r', 'u', 'whn', 'when', 'what', 'date', 'day', 'time', 'year', 'month', 'happen', 'happened', 'take', 'took', 'place', 'held', 'occur', 'occurred', 'exactly', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'will', 'going', 'scheduled', 'planned', 'expected', 'due', 'start', 'begin',
  // Which occurrence is asked ("the next talks", "meet again") is `next`, not a word the event must hold.
  'next', 'again']);
const FUTURE = /\bwhen (?:will|are|is|r)\b|\b(?:will|are|is)\b.*\b(?:going to|scheduled|planned|next|expected|due)\b|\bnext\b|\bupcoming\b/i;
const TIMETABLE = /\bwhen\s+(?:does|do)\b/i;
const SURELY_FUTURE = /\b(?:will|shall|next|again|upcoming|going to)\b|\bwon['’]t\b/i;
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|final|\d+(?:st|nd|rd|th))$/;

/** The when-route's view of the shared question analysis: its event words, names, other words, dates and ordinal. */
export function whenFocus(question: string, analysis: QuestionAnalysis = analyzeQuestion(question)): WhenFocus {
  const dateWords = new Set(analysis.dates.flatMap((d) => wordsOf(d.text)));
  // "previous" and "next" say which occurrence relative to another; only a position in the series is an ordinal.
  const ordinal = analysis.ordinal !== null && (analysis.ordinal > 0 || analysis.ordinal === -1) ? analysis.ordinal : null;
  // "When could they talk again?" asks ahead as surely as "when will they"; "when did they meet again?" does not.
  // "When did the museum open again?" asks about the past: a past auxiliary makes "again" no sign of the future.
  const next = SURELY_FUTURE.test(question) && !/\b(?:did|was|were|had)\b/i.test(question);
  const future = FUTURE.test(question) || next;
  const timetable = !future && TIMETABLE.test(question);
  const focus: WhenFocus = { eventWords: [], participants: [], words: [], group: false, future, next, timetable, dates: analysis.dates, ordinal, verbs: [], beginning: false, zone: null };
  focus.zone = analysis.type === 'time' ? zoneAsked(question) : null;
  const zoneWords = new Set(focus.zone ? wordsOf(focus.zone) : []);
  // "According to the transport department, when…": whose account, not a word of the event.
  const sourceWords = new Set(analysis.according ? wordsOf(analysis.according) : []);
  focus.participants = analysis.names
    .map((name) => name.replace(/^the\s+/i, ''))
    .filter((name) => !dateWords.has(name.toLowerCase()) && !WHEN_FRAME.has(name.toLowerCase()) && !wordsOf(name).every((word) => zoneWords.has(word) || sourceWords.has(word)));
  const beginnings: string[] = [];
  let previousKept = false;
  for (const word of phrasalAsOne(analysis.focus)) {
    const lower = word.replace(/['’]s$/, '');
    if (BEGINNING.test(lower)) beginnings.push(lower);
    // "When is the investor day?": a day a word of the event names is the event, not a frame of the question.
    const namedDay = lower === 'day' && previousKept;
    previousKept = false;
    if ((WHEN_FRAME.has(lower) && !namedDay) || isStopWord(lower) || dateWords.has(lower) || (ordinal !== null && ORDINAL_WORD.test(lower))) continue;
    if (DATE_PREPOSITION.test(lower) || zoneWords.has(lower.toLowerCase()) || sourceWords.has(lower.toLowerCase())) continue;
    // "When could the leaders talk again?": people named by a plural noun only are whoever took part.
    if (/[^s]s$/.test(lower) && isPersonNoun(lower)) {
      focus.group = true;
      continue;
    }
    if (eventFamilies(lower).length > 0) focus.eventWords.push(lower);
    else focus.words.push(lower);
    previousKept = true;
  }
  // "When did the museum open again?" asks when it reopened, where English has the word ("meet again" has none).
  focus.eventWords = focus.eventWords.map((word) => (new RegExp(`\\b${word}\\s+again\\b`, 'i').test(question) && isVerb(`re${word}`) ? `re${word}` : word));
  // "become" is a function word, but "when did X become Y" asks when a role began: its family (named,
  // appointed, joined…) is the event, and Y a word that tells it apart.
  if (focus.eventWords.length === 0 && BECOME.test(question)) focus.eventWords.push('became');
  // "When did the talks start?" asks the talks' date; "when did the fire start?", where no event word names
  // the event, asks when it started.
  if (focus.eventWords.length === 0) focus.eventWords.push(...beginnings);
  else focus.beginning = beginnings.length > 0;
  if (focus.eventWords.length === 0) focus.verbs = questionVerbs(question, analysis.names).filter((verb) => focus.words.includes(verb));
  return focus;
}

/** "… in Oslo?", "… Oslo time?" closing a question of time: the clock it is asked by. */
const ZONE_ASKED = /\b(?:in|at)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)(?:\s+time)?\s*[?.!]*$|\b(\p{L}[\p{L}-]*)\s+time\s*[?.!]*$/iu;
const NOT_A_ZONE = /^(?:the|a|an|this|that|all|local|what|morning|afternoon|evening|night|noon|midnight|am|pm)\b/i;

function zoneAsked(question: string): string | null {
  const match = ZONE_ASKED.exec(question);
  const zone = match?.[1] ?? match?.[2];
  return zone && !NOT_A_ZONE.test(zone) ? zone : null;
}

const BECOME = /\b(?:become|becomes|became)\b/i;
/** Words of the question's frame ("when did the talks start") that name the event when nothing else does. */
const BEGINNING = /^(?:start(?:s|ed)?|begins?|began|begun)$/;
/** The predicates of a beginning: one asked with either verb is reported with either. */
const BEGINNING_KEYS = ['start', 'begin'];

/** Both predicates of a beginning when the question's event is one ("when did the fire begin"), else none. */
function beginningKeys(focus: WhenFocus): string[] {
  return focus.eventWords.some((word) => BEGINNING.test(word)) ? BEGINNING_KEYS : [];
}
const QUESTION_AUXILIARY = /^(?:did|does|do|will|would|can|could|should|shall|must|might|may|has|have|had|is|was|are|were)$/;
const COPULA = /^(?:is|was|are|were)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|each|every|no|whose)$/;

/**
 * The words that may be the verb of "when did/will <subject> <verb> …?", likeliest first: a word
 * after the subject (not after a determiner, not a name of the question) followed by a determiner or
 * a word of no content ("close the bridge", "meet with"), then one that ends the question ("reopen?"),
 * then any other ("resume service"). After "is" or "was" only a participle counts ("when is the bridge
 * reopening", "when was it closed"). Without a part-of-speech lexicon "cafe resume service" stays
 * ambiguous; the route tries the candidates against the articles.
 */
function questionVerbs(question: string, names: string[]): string[] {
  const tokens = plainQuestion(question).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const when = tokens.indexOf('when');
  const auxiliary = tokens[when + 1];
  if (when < 0 || !auxiliary || !QUESTION_AUXILIARY.test(auxiliary)) return [];
  const named = new Set(names.flatMap((name) => wordsOf(name)));
  const rest = tokens.slice(when + 2);
  const before: string[] = [];
  const last: string[] = [];
  const other: string[] = [];
  for (let i = 1; i < rest.length; i++) {
    const [previous, word, next] = [rest[i - 1]!, rest[i]!, rest[i + 1]];
    if (DETERMINER.test(previous) || named.has(word) || isStopWord(word) || WHEN_FRAME.has(word) || DATE_PREPOSITION.test(word)) continue;
    if (COPULA.test(auxiliary) && !/(?:ed|en|ing)$/.test(word)) continue;
    if (next === undefined) last.push(word);
    else if (DETERMINER.test(next) || isStopWord(next)) before.push(word);
    else other.push(word);
  }
  return [...new Set([...before, ...last, ...other])];
}

const DATE_PREPOSITION = /^(?:before|after|since|until)$/;

/** A name, a word or an event word matched, in the text of a timeline entry. */
const PARTICIPANT_WEIGHT = 2;
const EVENT_WEIGHT = 2;
/** What a question word found only as part of another word counts ("fire" in "firefighters"). */
const PART_OF_WORD = 0.75;
/** A match below this share of the focus is no answer. */
const MIN_MATCH = 0.5;
/** An entry whose own predicate is the question's event word ("reopen" for "will reopen") over one that only mentions it. */
const PREDICATE_BONUS = 1.25;
/** What an entry whose event word is of the asked word's family gains: enough to win a tie, no more. */
const FAMILY_BONUS = 1.05;
/** What naming several people counts for in an event asked of "the leaders", "the ministers". */
const GROUP_BONUS = 1.25;

/** Two or more people take part: listed so, or named side by side in the title ("Ada Lund and Ola Berg met…"). */
function namesSeveral(entry: TimelineEntry): boolean {
  return entry.participants.length >= 2 || /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+(?:and|&)\s+\p{Lu}\p{Ll}+/u.test(entry.title);
}
/** Weight of an entry whose reports say the event began, asked when it began: above the exact event word alone (PREDICATE_BONUS). */
const BEGINNING_BONUS = 1.3;
/** Entries scoring this share of the best still count as the event when an ordinal picks one of them. */
const ORDINAL_SHARE = 0.8;
/** Sentences the text index gives, whose articles' entries are also candidates. */
const SEARCHED_SENTENCES = 20;
/** A key held by more than this share of the timeline ("said") is too common to suggest candidates when others are given. */
const MAX_POSTINGS_SHARE = 0.2;
/** …unless it holds no more entries than this: reading a few thousand entries is cheap. */
const MIN_POSTINGS_CAP = 2000;

/**
 * "When did X happen?": the timeline entry that names the event (its own predicate, or an event word of
 * the same family), its participants and the most of its other words, at its precision. When the
 * articles report the event but no entry dates it, the answer says so, with the latest date the
 * reporting article mentions.
 */
export function answerWhen(kb: Knowledge, question: string, focus: WhenFocus = whenFocus(question)): Answer | null {
  focus = withPredicates(kb, withCorpusNames(kb, focus));
  const outlet = outletArticles(kb, analyzeQuestion(question).according);
  if (outlet) focus = { ...focus, outlet: outlet.articleIds };
  // "What happened in October?": no event, only a date; every event then is the answer.
  const [only] = focus.dates;
  if (only && focus.dates.length === 1 && (only.relation === 'in' || only.relation === 'on') && isEmpty(focus)) {
    const range = parseDateQuery(only.text, latestOf(kb) || undefined);
    return range ? answerOnDate(kb, question, range) : null;
  }
  let dated = bestEntry(kb, focus);
  const found = focus.dates.length === 0 && focus.ordinal === null ? reportOf(kb, focus) : null;
  const reported = found?.report ?? null;
  // An undated report names an event that has happened; asked what comes next, an event ahead stands.
  const aheadAsked = dated !== null && focus.future && dated.entry.value.slice(0, 10) > latestOf(kb).slice(0, 10);
  // "When was the boathouse repainted?": a report that holds the question's own verb names its event better than
  // an entry that holds only another verb of its family ("the talks began") or none.
  // The entry's own clauses, not its title: "the council said the boathouse was repainted long ago, but today
  // it is used as a gallery" dates the use.
  // Only a verb: "when was the election held?" is dated by "the vote on Sunday, 8 March", another name of the event.
  const closer =
    found !== null &&
    dated !== null &&
    found.focus.eventWords.some((word) => !isNoun(word)) &&
    holdsEventWord(found.focus, wordsOf(found.report.sentence.text)) &&
    !holdsEventWord(found.focus, wordsOf([dated.entry.event, ...dated.entry.sources.map((source) => source.text)].join(' ')));
  if (found && reported && !aheadAsked && (!dated || reported.score > dated.match || closer)) {
    // "During the video call…": a report without a date names an event its article dates elsewhere.
    const entry = sameArticleEntry(kb, found.focus, reported);
    // "When can the court uphold such measures?" over "the court cannot uphold measures which…": the report
    // denies the event, and says nothing of when it happens.
    if (!entry) return analyzeQuestion(question).polarity === 'positive' && deniesEvent(found.focus, reported.sentence.text) ? null : undated(kb, question, reported, found.focus.future);
    dated = { entry, score: reported.score, match: reported.score };
  }
  if (!dated) return null;
  const { entry } = dated;
  const when = formatDate(entry.value, entry.end) + (entry.time ? `, ${entry.time}` : '');
  // "When will the strike take place?" is not answered by a strike its articles report as past.
  if (focus.next && focus.ordinal === null && reportedAsPast(kb, entry)) {
    const citations = uniqueCitations(entry.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)));
    return { question, answer: null, kind: 'when', confidence: 0, text: `The articles date no such event to come. The latest they report: ${when}: ${entry.title}`, citations };
  }
  // "What time did the talks start?": the clock time is the answer, the date stays in the line below it.
  // "When did the talks start?": the day, with the time they started.
  const asked = !entry.time
    ? when
    : analyzeQuestion(question).type === 'time'
      ? (zonedTime(kb, entry, focus.zone) ?? clockTimeAsked(question, entry.time))
      : `${formatDate(entry.value, entry.end)}, ${clockTimeAsked(question, entry.time)}`;
  const citations = uniqueCitations(entry.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)));
  // "last November" in an article that gives no date of its own: the year is a guess, and says so.
  const guessed = estimatedFrom(kb, entry);
  // "on Thursday" in an article that names no day at all: there is no day to count from, so it is told as written.
  const asWritten = guessed !== null && kb.references.get(guessed.articleId)?.dayUnknown === true ? guessed.text.trim() : null;
  const caveat = asWritten
    ? `\n(“${asWritten}”: the articles give no date, nor any day to count it from.)`
    : guessed
      ? `\n(“${guessed.text.trim()}”: no article gives its own date, so ${guessed.granularity === 'day' ? 'the date' : 'the year'} is estimated from the dates they mention.)`
      : '';
  return {
    question,
    answer: asWritten ?? asked,
    kind: 'when',
    confidence: round(guessed ? Math.min(dated.score, ESTIMATED_CONFIDENCE) : dated.score),
    text: `${asWritten ?? when}: ${entry.title}${citations.length > 1 ? `\n(${citations.length} articles report it.)` : ''}${caveat}`,
    citations,
  };
}

/** Whether some article gives its own date (read afresh: articles added while running change the references in place). */
function anyArticleDated(references: ReadonlyMap<string, ReferenceTime>): boolean {
  for (const reference of references.values()) if (reference.from !== 'estimated') return true;
  return false;
}

/** The most a date resolved against an estimated reference is trusted. */
const ESTIMATED_CONFIDENCE = 0.5;

/**
 * The relative date mention an entry's dating stands on, when no article of the corpus gives its own date
 * (so every year is a guess); else null.
 */
function estimatedFrom(kb: Knowledge, entry: TimelineEntry): DateMention | null {
  if (anyArticleDated(kb.references)) return null;
  for (const source of entry.sources) {
    const mention = datesOf(kb, source.articleId).find((m) => m.relative && m.start >= source.start && m.stop <= source.end && m.value.startsWith(entry.value.slice(0, 7)));
    if (mention) return mention;
  }
  return null;
}

const STARTS = /\b(?:start|starts|started|begin|begins|began|open|opens|opened|commence[sd]?|kick(?:s|ed)? off)\b/i;
const ENDS = /\b(?:end|ends|ended|finish|finishes|finished|close|closes|closed|conclude[sd]?|wrap(?:s|ped)? up|over)\b/i;

/** A span of clock times ("10:07–12:08 ET") asked when it started is its first time, asked when it ended its last. */
function clockTimeAsked(question: string, time: string): string {
  const span = /^([^\s–]+)–(\S+)(.*)$/.exec(time);
  if (!span) return time;
  const [, from, to, zone] = span;
  if (STARTS.test(question)) return `${from}${zone}`;
  if (ENDS.test(question)) return `${to}${zone}`;
  return time;
}

/**
 * The time an entry's reports give by the clock asked for: "10:07 Eastern time (18:07 Moscow time)" asked
 * "in Moscow" is 18:07 Moscow time. Read in the sentences of its articles that give the entry's own time;
 * null when none gives it by that clock.
 */
function zonedTime(kb: Knowledge, entry: TimelineEntry, zone: string | null): string | null {
  const time = /(\d{1,2})[:.](\d{2})/.exec(entry.time ?? '');
  if (!zone || !time) return null;
  const clock = new RegExp(String.raw`\b0?${Number(time[1])}[:.]${time[2]}\b`);
  const written = zone.replace(/[-\s]+/g, '[-\\s]+');
  const pattern = new RegExp(String.raw`\b(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?:in\s+)?(${written})(?:\s+time)?\b`, 'i');
  for (const articleId of new Set(entry.sources.map((s) => s.articleId))) {
    for (const sentence of kb.articleById.get(articleId)?.sentences ?? []) {
      const found = clock.test(sentence.text) ? pattern.exec(sentence.text) : null;
      if (found) return `${found[1]} ${found[2]} time`;
    }
  }
  return null;
}

function isEmpty(focus: WhenFocus): boolean {
  return focus.eventWords.length === 0 && focus.words.length === 0 && focus.participants.length === 0;
}

/**
 * A question typed in lower case ("when did crimea join russia") names its participants all the same:
 * a word the articles write as a name is one.
 */
function withCorpusNames(kb: Knowledge, focus: WhenFocus): WhenFocus {
  const names = focus.words.filter((word) => {
    const term = normalizeTerm(word);
    return term !== null && kb.index.isName(term);
  });
  if (names.length === 0) return focus;
  return { ...focus, participants: [...focus.participants, ...names], words: focus.words.filter((word) => !names.includes(word)) };
}

/**
 * A question without a word of an event family names its event with a verb of its own ("reopen"): the
 * focus words that are some entry's predicate become its event words.
 */
function withPredicates(kb: Knowledge, focus: WhenFocus): WhenFocus {
  if (focus.eventWords.length > 0) return focus;
  const keys = eventIndex.of(kb.timeline);
  const known = (word: string) => keys.has(`p:${predicateKey(word)}`);
  const verb = focus.verbs.find(known);
  const predicates = verb ? [verb] : focus.words.filter(known);
  if (predicates.length === 0) return focus;
  return { ...focus, eventWords: predicates, words: focus.words.filter((word) => !predicates.includes(word)) };
}

/** A text's words with their event families and predicate keys, found once per entry. */
interface Bag {
  words: string[];
  families: Set<string>;
  keys: Set<string>;
}

const bags = new WeakMap<string[], Bag>();

function bagOf(words: string[]): Bag {
  let bag = bags.get(words);
  if (!bag) {
    // "The fire broke out" holds "start": a verb of two words counts as the one it stands for.
    const read = [...words, ...phrasalVerbsIn(words)];
    bags.set(words, (bag = { words: read, families: new Set(read.flatMap(eventFamilies)), keys: new Set(read.map(predicateKey)) }));
  }
  return bag;
}

/** Share of the focus a text's words hold, 0 to 1; 0 when a participant or the event is missing. */
function matchFocus(focus: WhenFocus, text: string[], titles: readonly string[] = []): number {
  const { words, families, keys } = bagOf(text);
  // "talks" finds "talk"; "phone" finds "telephone" and "fire" "wildfire", as part of a word, which counts less.
  const has = (wanted: string) => {
    const stem = stemOf(wanted);
    if (words.some((word) => stemOf(word) === stem)) return 1;
    return words.some((word) => word.startsWith(stem) || word.endsWith(wanted)) ? PART_OF_WORD : 0;
  };
  // "The company will hold its investor day…" in an article headed with the company's name: the article's subject takes part.
  const participants = focus.participants.filter((name) => wordsOf(name).every((word) => has(word) > 0 || titles.includes(word))).length;
  if (participants < focus.participants.length) return 0;
  const named = (word: string) => keys.has(predicateKey(word)) || (BEGINNING.test(word) && BEGINNING_KEYS.some((key) => keys.has(key))) || eventFamilies(word).some((f) => families.has(f));
  const events = focus.eventWords.reduce((sum, word) => sum + (named(word) ? 1 : has(word)), 0);
  if (focus.eventWords.length > 0 && events === 0) return 0;
  // "When was the fire contained?" names its event by a verb no entry keys: a text that holds neither the verb
  // nor a word for it ("the fire risk would stay extreme") dates something else of the fire's.
  // The verb in any form, or a word that stands for it by its key (a cheap look-up: thousands of entries are read).
  const verbHeld = (verb: string) => keys.has(predicateKey(verb)) || has(verb) > 0 || verbStandIns(verb).some((word) => keys.has(predicateKey(word)));
  if (focus.eventWords.length === 0 && focus.verbs.length > 0 && !focus.verbs.some(verbHeld)) return 0;
  const other = focus.words.reduce((sum, word) => sum + has(word), 0);
  // "When was the pipeline launch?": a text that holds only another word of the event's family ("joining
  // NATO") and nothing else the question names is about another event.
  const ownEvent = focus.eventWords.some((word) => keys.has(predicateKey(word)) || has(word) > 0);
  if (focus.words.length > 0 && other === 0 && participants === 0 && !ownEvent) return 0;
  const found = PARTICIPANT_WEIGHT * participants + EVENT_WEIGHT * events + other;
  const total = PARTICIPANT_WEIGHT * focus.participants.length + EVENT_WEIGHT * focus.eventWords.length + focus.words.length;
  return total === 0 ? 0 : found / total;
}

interface Scored {
  entry: TimelineEntry;
  score: number;
  match: number;
}

/**
 * The entry that matches the focus best: `match` how much of the focus it holds, `score` with its
 * date's fit. Only the entries the event index or the text index suggests are read, never the whole
 * timeline. An ordinal picks among the entries nearly as good as the best, in date order.
 */
function bestEntry(kb: Knowledge, focus: WhenFocus): Scored | null {
  const reference = latestOf(kb);
  const ranges = focus.dates.map((d) => ({ relation: d.relation, range: parseDateQuery(d.text, reference || undefined) }));
  // Only the word that names the event earns the bonus: "completed" in "when will the merger be completed" does not.
  const predicates = new Set([...focus.eventWords, ...focus.verbs].map(predicateKey));
  for (const key of beginningKeys(focus)) predicates.add(key);
  const askedFamilies = new Set(focus.eventWords.flatMap(eventFamilies));
  const scored: Scored[] = [];
  for (const entry of candidates(kb, focus)) {
    if (focus.outlet && !entry.sources.some((source) => focus.outlet!.has(source.articleId))) continue;
    if (!ranges.every(({ relation, range }) => !range || within(entry, relation, range))) continue;
    const match = matchFocus(focus, entryWords(entry), titleWords(kb, entry));
    if (match < MIN_MATCH) continue;
    if (opposesFocus(focus, entry)) continue;
    const ahead = entry.value.slice(0, 10) > reference.slice(0, 10);
    // "When will they talk next?" is rarely answered by a talk the articles report as done.
    const tense = focus.future === ahead || focus.timetable ? 1 : focus.next ? 0.5 : 0.8;
    // An entry whose own event is of the asked event's family ("stop" asked, "will end" dated) beats one that only
    // shares its sentence ("…, its operator said on Tuesday"); its own word beats that.
    const own = predicates.has(predicateKey(entry.event)) ? PREDICATE_BONUS : eventFamilies(entry.event).some((family) => askedFamilies.has(family)) ? FAMILY_BONUS : 1;
    // A vaguer date counts for less, but not against the entry whose own event is the one asked ("the line
    // should open in 2029" over "construction is due to start in autumn 2026", one sentence).
    const precision = own === PREDICATE_BONUS || entry.granularity === 'day' || entry.granularity === 'week' ? 1 : entry.granularity === 'month' ? 0.9 : 0.7;
    // "When did the talks begin?": the talks whose reports say when they began.
    const begun = focus.beginning && entryWords(entry).some((word) => BEGINNING.test(word)) ? BEGINNING_BONUS : 1;
    const people = focus.group && namesSeveral(entry) ? GROUP_BONUS : 1;
    // An event several articles report is more likely the one meant than a passing mention.
    const score = match * tense * precision * own * begun * people * (1 + 0.05 * Math.min(entry.sources.length - 1, 4));
    scored.push({ entry, score, match });
  }
  if (scored.length === 0) return null;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (focus.ordinal === null) return best;
  // A question in the past counts only what has happened: "when did it last reopen" is not next month's reopening.
  const happened = (s: Scored) => focus.future || s.entry.value.slice(0, 10) <= reference.slice(0, 10);
  const series = scored.filter((s) => s.score >= ORDINAL_SHARE * best.score && !s.entry.background && happened(s)).sort((a, b) => (a.entry.value < b.entry.value ? -1 : a.entry.value > b.entry.value ? 1 : 0));
  const picked = focus.ordinal > 0 ? series[focus.ordinal - 1] : series.at(-1);
  return picked ?? null;
}

/** True when the entry's date keeps the question's constraint ("before March 2023", "in 2019"). */
function within(entry: TimelineEntry, relation: DateConstraint['relation'], range: { value: string; end: string | null }): boolean {
  const from = entry.value;
  const to = entry.end ?? entry.value;
  switch (relation) {
    case 'before':
    case 'until':
      return compareDates(from, range.value) < 0 || (relation === 'until' && compareDates(from, range.end ?? range.value) <= 0);
    case 'after':
    case 'since':
      return compareDates(to, range.end ?? range.value) > 0 || (relation === 'since' && compareDates(to, range.value) >= 0);
    default:
      return overlaps(from, to, range.value, range.end ?? range.value);
  }
}

/**
 * Entries keyed by predicate ("p:reopen"), event family ("f:talks") and participant ("n:smith"). An entry
 * mentions other events than its own predicate ("held a video call"): each family it names finds it.
 */
const eventIndex = groupedList<TimelineEntry>((entry) => [
  `p:${predicateKey(entry.event)}`,
  ...phrasalVerbsIn(entryWords(entry)).map((verb) => `p:${predicateKey(verb)}`),
  ...entryWords(entry).flatMap((word) => eventFamilies(word).map((family) => `f:${family}`)),
  ...entry.participants.map((name) => `n:${nameKey(name)}`),
]);

function nameKey(name: string): string {
  return wordsOf(name).at(-1) ?? '';
}

/** The entries worth scoring: those holding the focus's predicate, event family or a participant, else those of the articles the text index finds. */
function candidates(kb: Knowledge, focus: WhenFocus): Set<TimelineEntry> {
  const byKey = eventIndex.of(kb.timeline);
  const keys = new Set<string>();
  for (const word of [...focus.eventWords, ...focus.words]) {
    keys.add(`p:${predicateKey(word)}`);
    for (const family of eventFamilies(word)) keys.add(`f:${family}`);
  }
  for (const word of focus.eventWords) for (const synonym of synonymsOf(word)) keys.add(`p:${predicateKey(synonym)}`);
  for (const key of beginningKeys(focus)) keys.add(`p:${key}`);
  for (const name of focus.participants) keys.add(`n:${nameKey(name)}`);
  const lists = [...keys].map((key) => byKey.get(key)).filter((list): list is TimelineEntry[] => list !== undefined);
  const found = new Set<TimelineEntry>();
  const cap = Math.max(MIN_POSTINGS_CAP, MAX_POSTINGS_SHARE * kb.timeline.length);
  const rare = lists.filter((list) => list.length <= cap);
  for (const list of rare.length > 0 ? rare : lists) for (const entry of list) found.add(entry);
  // Words of no event and no name ("the inspection") still find the articles that report them: the text
  // index is asked only when such a word found no entry by itself ("the dairy's investor day" finds the
  // dairy's entries by its name, not the investor day), a search costing more than reading the entries the keys give.
  const query = [...focus.participants, ...focus.eventWords, ...focus.words].join(' ');
  const unkeyed = focus.words.some((word) => !byKey.has(`p:${predicateKey(word)}`) && eventFamilies(word).every((family) => !byKey.has(`f:${family}`)));
  if (query && (found.size === 0 || unkeyed)) for (const hit of kb.index.searchSentences(query, { limit: SEARCHED_SENTENCES })) for (const entry of entriesOf(kb, hit.article.id)) found.add(entry);
  return found;
}

/** The corpus' latest reference time: a read of every article's, which is quick, and never out of date. */
/** Every article reporting the entry was written on or after its date: it is past in all of them. */
function reportedAsPast(kb: Knowledge, entry: TimelineEntry): boolean {
  return entry.sources.every((source) => {
    const written = kb.references.get(source.articleId)?.value;
    return written !== undefined && (entry.end ?? entry.value).slice(0, 10) <= written.slice(0, 10);
  });
}

function latestOf(kb: Knowledge): string {
  return latestReference(kb.references) ?? '';
}

interface Report {
  article: Article;
  sentence: Sentence;
  score: number;
  /** The report is the article's headline: its main event, done by the time the article was written. */
  headline?: true;
}

/** "When will the ferry resume?": with no event word, each of the question's possible verbs names the event in turn. */
function reportOf(kb: Knowledge, focus: WhenFocus): { report: Report; focus: WhenFocus } | null {
  if (focus.eventWords.length > 0) {
    const report = bestReport(kb, focus);
    return report && { report, focus };
  }
  for (const verb of focus.verbs) {
    const asEvent = { ...focus, eventWords: [verb], words: focus.words.filter((w) => w !== verb) };
    const report = bestReport(kb, asEvent);
    if (report) return { report, focus: asEvent };
  }
  return null;
}

/** The sentence that reports the event best, when it holds no date of the event. */
function bestReport(kb: Knowledge, focus: WhenFocus): Report | null {
  if (focus.eventWords.length === 0) return null;
  // The event's other names find the reports that call it differently ("call" finds "conversation").
  const synonyms = focus.eventWords.flatMap((word) => [...eventFamilies(word).flatMap((family) => EVENT_FAMILIES[family] ?? []), ...synonymsOf(word)]);
  const query = [...new Set([...focus.participants, ...focus.eventWords, ...focus.words, ...synonyms])].join(' ');
  let best: (Report & { ownWord: boolean }) | null = null;
  // Of two reports that match alike, the one with the question's own event word ("created", not "joining").
  const beats = (match: number, ownWord: boolean) => match >= MIN_MATCH && (!best || match > best.score || (match === best.score && !best.ownWord && ownWord));
  for (const hit of kb.index.searchSentences(query, { limit: 40, ...(focus.outlet ? { articleIds: focus.outlet } : {}) })) {
    const words = wordsOf(hit.sentence.text);
    const match = matchFocus(focus, words);
    const ownWord = holdsEventWord(focus, words);
    if (!beats(match, ownWord)) continue;
    if (!datesEvent(focus, datedSentences.of(kb.dates).get(`${hit.article.id}:${hit.sentence.index}`) ?? [])) best = { article: hit.article, sentence: hit.sentence, score: match, ownWord };
  }
  // A headline reports its article's main event ("Dock workers end strike"), which no sentence may tell again.
  for (const { article } of kb.index.searchArticles(query, HEADLINES_READ)) {
    if (focus.outlet && !focus.outlet.has(article.id)) continue;
    const headline = headlineOf(article);
    if (!headline) continue;
    const words = wordsOf(headline.text);
    const match = matchFocus(focus, words);
    const ownWord = holdsEventWord(focus, words);
    if (beats(match, ownWord)) best = { article, sentence: headline, score: match, ownWord, headline: true };
  }
  return best;
}

/** Articles whose headlines are read for a report of the event. */
const HEADLINES_READ = 5;

/** An article's headline as a sentence of its own, where the file writes it (for its citation); null for a title made up from the text. */
function headlineOf(article: Article): Sentence | null {
  if (article.titleFrom !== 'headline') return null;
  const start = article.text.indexOf(article.title);
  return start < 0 ? null : { index: -1, paragraph: -1, text: article.title, start, end: start + article.title.length };
}

/**
 * One of a sentence's dates stands in a clause that names the event or any of the question's other words
 * and names: "the boathouse was repainted long ago, but today it is a gallery" dates the gallery, not
 * the repainting. A date without its clause counts.
 */
function datesEvent(focus: WhenFocus, mentions: readonly DateMention[]): boolean {
  const families = new Set(focus.eventWords.flatMap(eventFamilies));
  const others = new Set([...focus.words, ...focus.participants.flatMap(wordsOf)].map(predicateKey));
  return mentions.some((mention) => {
    if (!mention.clause) return true;
    const words = wordsOf(mention.clause.text);
    return holdsEventWord(focus, words) || words.some((word) => others.has(predicateKey(word)) || eventFamilies(word).some((family) => families.has(family)));
  });
}

/** A negation just before one of the focus's event words: "cannot uphold", "did not meet", "may not be able to bring". */
function deniesEvent(focus: WhenFocus, sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.some((word, i) => {
    if (!focus.eventWords.some((event) => predicateKey(word) === predicateKey(event))) return false;
    return words.slice(Math.max(0, i - DENIAL_REACH), i).some((before) => /^(?:not|never|cannot|no)$|n't$/.test(before));
  });
}

/** Words a negation may stand before the event word it denies ("may not be able to bring"). */
const DENIAL_REACH = 4;

/** The words hold one of the focus's event words itself, in any of its forms, not only another word of its family. */
function holdsEventWord(focus: WhenFocus, words: readonly string[]): boolean {
  const held = [...words, ...phrasalVerbsIn(words)];
  return focus.eventWords.some((event) => held.some((word) => predicateKey(word) === predicateKey(event)));
}

/** Words that make an event another occurrence of its kind ("their previous conversation"). */
const ANOTHER_OCCURRENCE = /\b(?:previous|earlier|last|former|prior|next)\s+(?:\S+\s+)?$/i;

/** A verb in the past tense, regular or not: the sentence reports something done. */
function reportsDone(sentence: string): boolean {
  return wordsOf(sentence).some((word) => isPastTense(word) || word === 'was' || word === 'were');
}

/** The dated entry of the report's article that names the focus's kind of event, not as another occurrence of it. */
function sameArticleEntry(kb: Knowledge, focus: WhenFocus, report: Report): TimelineEntry | null {
  const families = new Set(focus.eventWords.flatMap(eventFamilies));
  const keys = new Set(focus.eventWords.map(predicateKey));
  // What the article reports as done happened by the time it was written: a date after that is another,
  // expected occurrence ("they can talk again as early as January").
  const written = kb.references.get(report.article.id)?.value.slice(0, 10);
  const done = !focus.future && reportsDone(report.sentence.text);
  let best: { entry: TimelineEntry; score: number } | null = null;
  for (const entry of entriesOf(kb, report.article.id)) {
    const source = entry.sources.find((s) => s.articleId === report.article.id)!;
    if (entry.background || opposesFocus(focus, entry)) continue;
    if (done && written && entry.value.slice(0, written.length) > written) continue;
    const words = wordsOf(source.text);
    const eventAt = words.findIndex((word) => keys.has(predicateKey(word)) || eventFamilies(word).some((f) => families.has(f)));
    if (eventAt < 0 || ANOTHER_OCCURRENCE.test(words.slice(0, eventAt).join(' ') + ' ')) continue;
    const match = matchFocus({ ...focus, words: [] }, wordsOf([entry.title, ...entry.participants, source.text].join(' ')));
    if (match < MIN_MATCH) continue;
    const score = match + 0.1 * entry.sources.length;
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry ?? null;
}

/** "When did the strike end?" is not answered by "the strike began on May 5": the entry's event is the opposite one. */
function opposesFocus(focus: WhenFocus, entry: TimelineEntry): boolean {
  return focus.eventWords.some((word) => areOpposites(predicateKey(word), predicateKey(entry.event)));
}

/** Each entry's words, found once: every "when" question reads every entry. */
const wordsByEntry = new WeakMap<TimelineEntry, string[]>();

function entryWords(entry: TimelineEntry): string[] {
  let words = wordsByEntry.get(entry);
  if (!words) {
    words = [...new Set(wordsOf([entry.title, ...entry.participants, ...entry.sources.map((s) => s.text)].map(withoutAttributives).join(' ')))];
    wordsByEntry.set(entry, words);
  }
  return words;
}

/**
 * The words of the titles of the articles that report the entry, when it names no one itself: "the company
 * will hold…" is the company of the headline. An entry that names its own parties has no others.
 */
function titleWords(kb: Knowledge, entry: TimelineEntry): string[] {
  if (entry.participants.length > 0) return [];
  let words = titleWordsByEntry.get(entry);
  if (!words) titleWordsByEntry.set(entry, (words = wordsOf(entry.sources.map((s) => kb.articleById.get(s.articleId)?.title ?? '').join(' '))));
  return words;
}

const titleWordsByEntry = new WeakMap<TimelineEntry, string[]>();

/**
 * The text without event words that stand as adjectives between a determiner and their noun: "an open
 * letter" names no opening, "the closed session" no closing. By WordNet's lists, not the tagger, which would
 * cost too much on the thousands of entries a question about a common event reads.
 */
function withoutAttributives(text: string): string {
  return text.replace(ATTRIBUTIVE, (whole, determiner: string, word: string, noun: string) =>
    isEventAdjective(word) && isNounWord(noun) ? `${determiner} ${' '.repeat(word.length)} ${noun}` : whole,
  );
}

/** How many words' answers are kept before the memory starts afresh. */
const WORDS_REMEMBERED = 50_000;

/** Words that stand for a verb: its synonyms, its kindred group, the verbs tied to it by cause. */
const verbStandIns = remembered((verb: string): string[] => [...synonymsOf(verb), ...kindredWords(verb), ...causeRelatives(verb)], WORDS_REMEMBERED);

/** WordNet's answers for the words entries hold, kept: a question about a common event reads thousands of entries. */
const isEventAdjective = remembered((word) => (eventFamilies(word).length > 0 || isVerb(word)) && isAdjective(word), WORDS_REMEMBERED);
const isNounWord = remembered(isNoun, WORDS_REMEMBERED);

/** A determiner, a word, and the noun it may modify. */
const ATTRIBUTIVE = /\b(a|an|the|its|their|his|her|this|that)\s+(\p{Ll}+)\s+(\p{Ll}{3,})\b/gu;

const entriesByArticle = groupedList<TimelineEntry>((entry) => entry.sources.map((s) => s.articleId));
const datesByArticle = groupedList<DateMention>((mention) => [mention.articleId]);
/** The sentences that hold a date, as "article:sentence"; "now" and "the past" date nothing. */
const datedSentences = groupedList<DateMention>((mention) => (mention.timex?.endsWith('_REF') ? [] : [`${mention.articleId}:${mention.sentence}`]));

/** The sentences that report the event a question names: the sources of the entry the when-route dates it by. */
export function eventReports(kb: Knowledge, question: string): { article: Article; sentence: Sentence }[] {
  const focus = withPredicates(kb, withCorpusNames(kb, whenFocus(question)));
  const entry = isEmpty(focus) ? null : bestEntry(kb, focus)?.entry;
  return (entry?.sources ?? []).flatMap((source) => {
    const article = kb.articleById.get(source.articleId);
    const sentence = article?.sentences.find((s) => s.start <= source.start && source.start < s.end);
    return article && sentence ? [{ article, sentence }] : [];
  });
}

/** The sentence names a date within the range: "they met on 7 March" for "who met on March 7?". */
export function datedWithin(kb: Knowledge, articleId: string, sentence: number, range: { value: string; end: string | null }): boolean {
  const mentions = datedSentences.of(kb.dates).get(`${articleId}:${sentence}`) ?? [];
  return mentions.some((m) => overlaps(m.value, m.end ?? m.value, range.value, range.end ?? range.value));
}

/** The entries citing an article. */
function entriesOf(kb: Knowledge, articleId: string): TimelineEntry[] {
  return entriesByArticle.of(kb.timeline).get(articleId) ?? [];
}

/** An article's date mentions. */
function datesOf(kb: Knowledge, articleId: string): DateMention[] {
  return datesByArticle.of(kb.dates).get(articleId) ?? [];
}

/**
 * The timeline and date lists before and after an article was added or removed: the lookups built for
 * the old lists are updated for the new ones, so that the next question does not build them afresh.
 */
export function carryWhenLookups(previous: Pick<Knowledge, 'timeline' | 'dates'>, next: Pick<Knowledge, 'timeline' | 'dates'>): void {
  let entries: ListChanges<TimelineEntry> | undefined;
  const entryChanges = () => (entries ??= listChanges(previous.timeline, next.timeline));
  eventIndex.carry(previous.timeline, next.timeline, entryChanges);
  entriesByArticle.carry(previous.timeline, next.timeline, entryChanges);
  let mentions: ListChanges<DateMention> | undefined;
  const mentionChanges = () => (mentions ??= listChanges(previous.dates, next.dates));
  datesByArticle.carry(previous.dates, next.dates, mentionChanges);
  datedSentences.carry(previous.dates, next.dates, mentionChanges);
}

/** How the when-route's answer opens when the articles report the event without a date. */
export const UNDATED = 'not dated in the articles';

/**
 * An event the articles report without a date, and what bounds it: an event reported as done happened
 * before the article that reports it, when the article gives its own date (one estimated from the dates
 * it mentions bounds nothing: those may be later than the event); one still to come happens after the
 * latest date its report mentions.
 */
function undated(kb: Knowledge, question: string, report: Report, future: boolean): Answer {
  const reference = kb.references.get(report.article.id);
  const written = reference?.value.slice(0, 10) ?? '';
  const latest = datesOf(kb, report.article.id)
    // A period still running when the article was written ("this decade") bounds nothing.
    .filter((m) => !m.timex?.endsWith('_REF') && (!written || (m.end ?? m.value).slice(0, 10) <= written))
    .reduce<DateMention | null>((last, m) => (!last || (m.end ?? m.value) > (last.end ?? last.value) ? m : last), null);
  const done = !future && (report.headline === true || reportsDone(report.sentence.text));
  const bound = done
    ? reference && reference.from !== 'estimated'
      ? `; ${report.headline ? 'by' : 'before'} ${formatDate(written)}, the date of the article that reports it`
      : ''
    : latest
      ? `; after ${formatDate(latest.end ?? latest.value)}, the latest date the report mentions`
      : '';
  const answer = `${UNDATED}${bound}`;
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

/** "When was X born?", "when did X die?": the end of a life the question asks about. */
const BIRTH = /\b(?:born|birth)\b/i;
const DEATH = /\b(?:die|died|dies|death)\b/i;
/** A life's years in brackets after a name: "Ada Lund (1931–2021)", "(b. 1950)" left out. */
const LIFE_SPAN = /^\s*\((?:c\.\s*)?(\d{3,4})\s*[–—-]\s*(?:c\.\s*)?(\d{2,4})\)/;

/**
 * "When did Ada Lund die?" over "the historians Ola Berg (1919–1980) and Ada Lund (1920–1999)": the year
 * in the brackets after the person's name that the question asks for, the first for a birth, the second
 * for a death (written short, "1862–90", it takes the century of the first). Null when the question asks
 * neither, or the sentence gives that person no such brackets.
 */
export function lifeYear(question: string, names: readonly string[], sentence: string): string | null {
  const asked = BIRTH.test(question) ? 1 : DEATH.test(question) ? 2 : 0;
  if (asked === 0) return null;
  const yearOf = (born: string, died: string) => (asked === 1 ? born : fullYear(born, died));
  for (const name of names) {
    const surname = wordsOf(name).at(-1);
    if (!surname) continue;
    for (const match of sentence.matchAll(new RegExp(`\\b${surname}\\b`, 'giu'))) {
      const span = LIFE_SPAN.exec(sentence.slice(match.index + match[0].length));
      if (!span) continue;
      return yearOf(span[1]!, span[2]!);
    }
  }
  return null;
}

/** A second year written short takes the first one's century: "1862–90" ends in 1890. */
function fullYear(first: string, second: string): string {
  return second.length < first.length ? first.slice(0, first.length - second.length) + second : second;
}

const BEGINNING_ASKED = /\b(?:begin|began|begun|start|started|found|founded|establish|established|rise|rose)\b/i;
const END_ASKED = /\b(?:end|ended|finish|finished|fall|fell|collapse|collapsed)\b/i;
/** A span of years as the short answer: "1754–1763", "between 1997 and 2002", "from 1294 to 1307". */
const YEAR_SPAN = /^(?:(?:between|from)\s+)?(\d{3,4})\s*(?:[–—-]|\s(?:and|to|until)\s)\s*(\d{2,4})$/i;

/** "When did the war end?" answered "1754–1763": the end asked for, 1763 (a beginning, 1754). Null for other answers. */
export function spanEndAsked(question: string, answer: string): string | null {
  const span = YEAR_SPAN.exec(answer.trim());
  if (!span) return null;
  if (BEGINNING_ASKED.test(question) || BIRTH.test(question)) return span[1]!;
  return END_ASKED.test(question) || DEATH.test(question) ? fullYear(span[1]!, span[2]!) : null;
}

/** "What happened on March 17?": the timeline entries on that date or within that range. */
/** How many events "what happened after X" lists. */
const AROUND_SHOWN = 5;

/**
 * "What happened after the call / before December 3?": the events dated after (or before) the one named,
 * nearest first, background years left out. Null when the articles date neither the event nor the day named.
 */
export function answerAround(kb: Knowledge, question: string, relation: 'before' | 'after', named: string): Answer | null {
  const day = parseDateQuery(named, latestOf(kb) || undefined);
  const anchor = day ? null : bestEntry(kb, withPredicates(kb, withCorpusNames(kb, whenFocus(`when was ${named}`))))?.entry;
  const from = day?.value ?? anchor?.value;
  if (!from) return null;
  const to = day?.end ?? anchor?.end ?? from;
  const entries = kb.timeline
    .filter((e) => !e.background && e !== anchor && (relation === 'after' ? compareDates(e.value, to) > 0 : compareDates(e.end ?? e.value, from) < 0))
    .sort((a, b) => (relation === 'after' ? a.value.localeCompare(b.value) : b.value.localeCompare(a.value)))
    .slice(0, AROUND_SHOWN);
  if (entries.length === 0) return null;
  const since = anchor ? `${anchor.title} (${formatDate(anchor.value, anchor.end)})` : formatDate(from, day?.end ?? null);
  return {
    question,
    answer: `${entries.length} event${entries.length === 1 ? '' : 's'} ${relation} ${formatDate(from, to === from ? null : to)}`,
    kind: 'when',
    confidence: 0.8,
    text: [`${relation === 'after' ? 'After' : 'Before'}: ${since}`, ...entries.map((e) => `${formatDate(e.value, e.end)}: ${e.title}`)].join('\n'),
    citations: uniqueCitations(entries.flatMap((e) => e.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)))),
  };
}

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
    answer: shown.length === 1 ? shown[0]!.title : `${entries.length} events ${/^\d{4}-\d{2}-\d{2}/.test(range.value) ? 'on' : 'in'} ${formatDate(range.value, range.end)}`,
    kind: 'when',
    confidence: 0.9,
    text: shown.map((e) => `${formatDate(e.value, e.end)}: ${e.title}`).join('\n'),
    citations,
  };
}

/** Two ISO dates in order, comparing only as much precision as both have ("2019-03" and "2019-03-07" are equal). */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 10);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/** Two ISO ranges overlap, comparing only as much precision as both have. */
export function overlaps(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  const n = (x: string, y: string) => Math.min(x.length, y.length, 10);
  return aFrom.slice(0, n(aFrom, bTo)) <= bTo.slice(0, n(aFrom, bTo)) && bFrom.slice(0, n(bFrom, aTo)) <= aTo.slice(0, n(bFrom, aTo));
}
