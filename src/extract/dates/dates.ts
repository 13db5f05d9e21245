/**
 * Date mentions: every date an article names, normalised against the article's reference time and tied
 * to the clause it dates.
 */
import type { Article, Sentence } from '../../corpus/types.js';
import { parseNewsDates, referenceDate, type NewsDate } from './news-dates.js';
import { referenceTimes } from './reference-time.js';
import { mayHoldDate } from './cue.js';
import type { DateMention, ReferenceTime } from '../types.js';
import { collapseSpace } from '../../text/words.js';

export { latestReference, referenceTimes } from './reference-time.js';
export { buildTimeline, filterTimeline, parseDateQuery, type TimelineFilter } from './timeline.js';

export interface ExtractDateOptions {
  /**
   * Also return "now", "recently", "the future" (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF in `timex`),
   * with the reference's day as `value`. Off by default: they date nothing a reader can ask about.
   */
  vague?: boolean;
}

/** A clock time with no day of its own takes the day of a date at most this many sentences before it. */
const ANCHOR_REACH = 3;

/**
 * Days named from the day before them: "the next day", "two days later", "the day before", "the same
 * day", "on the eve of". A count followed by an event ("two days before the vote") leans on that event,
 * not on the last date, and is left alone.
 */
const ANAPHORIC =
  /\b(?:(?:on\s+)?the\s+(next|following|previous|preceding|same)\s+day|the\s+day\s+(before|after)(?!\s+\p{L})|(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(later|earlier|after|before)(?!\s+\p{L})|(?:on\s+)?the\s+eve\s+of\s+(?:the\s+|their\s+|its\s+)?(\p{L}+))\b/giu;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** Every date the article names, in text order. */
export function extractDates(article: Article, reference: ReferenceTime, options: ExtractDateOptions = {}): DateMention[] {
  const ref = referenceDate(reference.value);
  const mentions: DateMention[] = [];
  let anchor: { day: string; sentence: number } | null = null;
  for (const sentence of article.sentences) {
    const raw = article.text.slice(sentence.start, sentence.end);
    if (!mayHoldDate(raw, options)) continue;
    const near: string | null = anchor && sentence.index - anchor.sentence <= ANCHOR_REACH ? anchor.day : null;
    const dates: NewsDate[] = [...parseNewsDates(raw, ref), ...anaphoricDates(raw, near, mentions)].sort((a, b) => a.index - b.index);
    for (const date of dates) {
      if (date.vague && !options.vague) continue;
      if (date.timeOnly) {
        onDay(date, near ?? reference.value.slice(0, 10));
        // A clock time on the day before it keeps that day in view for the sentences after it.
        if (near) anchor = { day: near, sentence: sentence.index };
      } else if ((date.granularity === 'day' || date.granularity === 'time') && !date.vague) {
        anchor = { day: date.value.slice(0, 10), sentence: sentence.index };
      }
      mentions.push(toMention(article, sentence, date));
    }
  }
  return mentions;
}

/** Reference times for every article, then every article's dates. */
export function extractAllDates(
  articles: Article[],
  options: ExtractDateOptions = {},
): { references: Map<string, ReferenceTime>; mentions: DateMention[] } {
  const references = referenceTimes(articles);
  const mentions = articles.flatMap((article) => extractDates(article, references.get(article.id)!, options));
  return { references, mentions };
}

/**
 * The days a sentence names from `day`, the last date before them; "the eve of the talks" names the day
 * before the last date the article gave the talks.
 */
function anaphoricDates(text: string, day: string | null, earlier: DateMention[]): NewsDate[] {
  const dates: NewsDate[] = [];
  for (const match of text.matchAll(ANAPHORIC)) {
    const [words, whichDay, dayBeforeAfter, count, direction, eventWord] = match;
    let from = day;
    let offset: number;
    if (whichDay) offset = /next|following/i.test(whichDay) ? 1 : /same/i.test(whichDay) ? 0 : -1;
    else if (dayBeforeAfter) offset = /after/i.test(dayBeforeAfter) ? 1 : -1;
    else if (count) offset = (COUNTS[count.toLowerCase()] ?? Number(count)) * (/later|after/i.test(direction!) ? 1 : -1);
    else {
      const word = new RegExp(`\\b${eventWord!.replace(/s$/i, '')}`, 'i');
      from = earlier.findLast((m) => m.granularity === 'day' && word.test(m.clause.text))?.value.slice(0, 10) ?? null;
      offset = -1;
    }
    if (!from) continue;
    const value = shiftDay(from, offset);
    dates.push({ index: match.index, text: words, value, end: null, granularity: 'day', relative: true, vague: false, timeOnly: false, tense: null });
  }
  return dates;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Moves a clock time (and its part of day) to `day`. */
function onDay(date: NewsDate, day: string): void {
  date.value = day + date.value.slice(10);
  if (date.end) date.end = day + date.end.slice(10);
  if (date.timex) date.timex = day + date.timex.slice(10);
}

function toMention(article: Article, sentence: Sentence, date: NewsDate): DateMention {
  const written = date.text.replace(/[\s,–—-]+$/, '');
  const start = sentence.start + date.index;
  const stop = start + written.length;
  return {
    text: written.replace(/\s+/g, ' '),
    value: date.value,
    end: date.end,
    granularity: date.granularity,
    relative: date.relative,
    ...(date.timex ? { timex: date.timex } : {}),
    file: article.file,
    articleId: article.id,
    sentence: sentence.index,
    start,
    stop,
    clause: clauseOf(article.text, sentence, start, stop),
  };
}

/** Where a sentence breaks into clauses: semicolons, colons, dashes, commas, brackets. */
const CLAUSE_BREAK = /;\s|:\s|\s[—–-]\s|—|,\s|[()]/g;
/** A clause shorter than this, the date aside, is an opening phrase ("On December 24,"): it joins its neighbour. */
const MIN_CLAUSE_WORDS = 3;
const RELATIVE_START = /^(?:which|who|whom|whose|where|when)\b/i;
const LEADING_CONJUNCTION = /^(?:but|and|or|so|yet)\s+/i;

/** The clause that holds text[start, stop): the words the date belongs to. */
export function clauseOf(text: string, sentence: Sentence, start: number, stop: number): DateMention['clause'] {
  const raw = text.slice(sentence.start, sentence.end);
  const cuts: Array<{ from: number; to: number }> = [];
  for (const match of raw.matchAll(CLAUSE_BREAK)) {
    const from = sentence.start + match.index;
    const to = from + match[0].length;
    if (to > start && from < stop) continue;
    cuts.push({ from, to });
  }
  const segments: Array<{ start: number; end: number }> = [];
  let at = sentence.start;
  for (const cut of cuts) {
    segments.push({ start: at, end: cut.from });
    at = cut.to;
  }
  segments.push({ start: at, end: sentence.end });

  let first = segments.findIndex((s) => s.end >= stop && s.start <= start);
  if (first < 0) first = 0;
  let last = first;
  const words = (from: number, to: number) => (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const dateWords = words(start, stop);
  while (words(segments[first]!.start, segments[last]!.end) - dateWords < MIN_CLAUSE_WORDS) {
    if (last + 1 < segments.length) last += 1;
    else if (first > 0) first -= 1;
    else break;
  }
  // A relative clause ("which are scheduled for January 9-10") needs the words it refers to.
  if (first > 0 && RELATIVE_START.test(text.slice(segments[first]!.start, segments[first]!.end).trimStart())) first -= 1;
  return trimClause(text, segments[first]!.start, segments[last]!.end);
}

function trimClause(text: string, from: number, to: number): DateMention['clause'] {
  while (from < to && /[\s"“”'‘’.,;:—–-]/.test(text[from]!)) from++;
  while (to > from && /[\s"“”'‘’.,;:—–-]/.test(text[to - 1]!)) to--;
  const conjunction = LEADING_CONJUNCTION.exec(text.slice(from, to));
  if (conjunction) from += conjunction[0].length;
  return { text: collapseSpace(text.slice(from, to)), start: from, end: to };
}
