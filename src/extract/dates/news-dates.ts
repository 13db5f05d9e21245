/**
 * Chrono for news text. Chrono's casual English reads most dates; news also writes bare years, decades,
 * quarters, seasons, "this week" and "late January", which the parsers here add, and uses words chrono
 * takes for dates but news does not ("the past 30 years" is a duration, "The Sun" a newspaper), which
 * the filter removes. Weekdays and months without a year resolve as news means them: past tense looks
 * back from the reference, future tense looks forward.
 */
import * as chrono from 'chrono-node';
import type { DateGranularity } from '../types.js';

export type Tense = 'past' | 'future' | 'present';

/** A date found in a text, with offsets into that text. */
export interface NewsDate {
  index: number;
  text: string;
  /** ISO value: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (a week: its Monday). */
  value: string;
  end: string | null;
  granularity: DateGranularity;
  /** True when the value depended on the reference (no year written). */
  relative: boolean;
  /** The TimeML value when it says more than `value`: 2021-Q3, 2021-SU, 199, 2021-W49, 2021-12-07TMO, PRESENT_REF. */
  timex?: string;
  /** "now", "recently", "the future": no date, only a direction from the reference. */
  vague: boolean;
  /** A clock time or part of day with no day of its own: the day comes from the dates before it. */
  timeOnly: boolean;
  /** The tense of the words around the date, when they show one. */
  tense: Tense | null;
}

export interface NewsDateOptions {
  /** 'tense' (default) resolves a weekday or a month without a year by tense; 'closest' takes the nearest. */
  resolve?: 'tense' | 'closest';
}

/** Every date in `text`, resolved against `reference` (the time the text was written). */
export function parseNewsDates(text: string, reference: Date, options: NewsDateOptions = {}): NewsDate[] {
  const parser = options.resolve === 'closest' ? CLOSEST_CHRONO : NEWS_CHRONO;
  const results = parser.parse(text, reference) as chrono.ParsingResult[];
  const dates: NewsDate[] = [];
  for (const result of results) {
    const date = describe(result, text);
    if (date) dates.push(date);
  }
  return dates;
}

/** A Date at noon, local time, for an ISO date or date-time (noon keeps day arithmetic clear of DST). */
export function referenceDate(iso: string): Date {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const [, year, month = '07', day = '01', hour, minute] = match;
  return new Date(Number(year), Number(month) - 1, Number(day), hour ? Number(hour) : 12, minute ? Number(minute) : 0);
}

// ---------------------------------------------------------------------------------------------------
// Calendar arithmetic on local dates at noon.

const DAY_MS = 86_400_000;

function atNoon(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

function addDays(date: Date, days: number): Date {
  return atNoon(date.getFullYear(), date.getMonth() + 1, date.getDate() + days);
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Monday of the ISO week that holds `date`. */
function mondayOf(date: Date): Date {
  return addDays(date, -((date.getDay() + 6) % 7));
}

function isoWeek(monday: Date): string {
  const thursday = addDays(monday, 3);
  const firstThursday = atNoon(thursday.getFullYear(), 1, 4);
  const week = 1 + Math.round((mondayOf(thursday).getTime() - mondayOf(firstThursday).getTime()) / (7 * DAY_MS));
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function assignDay(components: chrono.ParsingComponents, date: Date): void {
  components.assign('year', date.getFullYear());
  components.assign('month', date.getMonth() + 1);
  components.assign('day', date.getDate());
}

function assignMonth(components: chrono.ParsingComponents, year: number, month: number): void {
  components.assign('year', year);
  components.assign('month', month);
  components.imply('day', 1);
}

/** The part of the reference's calendar a result spans: [first day, last day]. */
function spanOf(components: chrono.ParsingComponents, granularity: 'month' | 'day'): [Date, Date] {
  const year = components.get('year')!;
  const month = components.get('month')!;
  if (granularity === 'month') return [atNoon(year, month, 1), atNoon(year, month, daysInMonth(year, month))];
  const day = atNoon(year, month, components.get('day')!);
  return [day, day];
}

// ---------------------------------------------------------------------------------------------------
// Tense: the nearest word that shows one. Auxiliaries, common irregular verbs and "scheduled" are sure
// signs; modals and words in -ed are weaker ones, counted as a little further away than they are.

const SURE_FUTURE = String.raw`will|won['’]t|shall|['’]ll|going to|scheduled|slated|plans?|planning|expects?|expecting|upcoming|intends?|is to|are to|set to|as soon as|as early as`;
const WEAK_FUTURE = String.raw`would|could|can|might|should|must|hopes?|aims?|planned|expected|until`;
/** "had expected", "was scheduled": a past auxiliary makes the participle after it past. */
const PAST_PARTICIPLE = String.raw`(?:was|were|had|wasn['’]t|weren['’]t|hadn['’]t)\s+(?:not\s+)?(?:\w+ed|due|set)`;
const SURE_PAST =
  String.raw`${PAST_PARTICIPLE}|was|were|wasn['’]t|weren['’]t|had|hadn['’]t|did|didn['’]t|has|have|hasn['’]t|haven['’]t|['’]ve|ago|earlier|last|previously|` +
  String.raw`said|told|held|met|took|began|came|went|made|gave|spoke|saw|fell|rose|won|lost|left|sent|brought|bought|` +
  String.raw`sold|paid|kept|led|ran|wrote|became|chose|drew|flew|grew|knew|thought|found|struck|stood|broke|heard|` +
  String.raw`meant|sought|taught|threw|understood|felt|fought|spent|built|got|woke|wore|tore|shot|rang|sank|sat|slept|swore`;
const PRESENT = String.raw`is|are|am|isn['’]t|aren['’]t|says|remains|continues`;
const WEAK_PAST = String.raw`[a-z]{2,}ed`;
/** "could be organized", "will be held": a modal makes the participle after it future. */
const MODAL_PASSIVE = String.raw`(?:will|would|could|can|might|should|must|may)\s+(?:not\s+)?be\s+\w+ed`;
const TENSE_SIGN = new RegExp(
  String.raw`\b(?:(${MODAL_PASSIVE}|${SURE_FUTURE})|(${WEAK_FUTURE})|(${SURE_PAST})|(${PRESENT})|(${WEAK_PAST}))\b|(?<![\p{L}])(may)\b`,
  'giu',
);
/** How much further a weak sign counts, in characters. */
const WEAK_SIGN_PENALTY = 12;
const SIGNS: Array<{ tense: Tense; weak: boolean }> = [
  { tense: 'future', weak: false },
  { tense: 'future', weak: true },
  { tense: 'past', weak: false },
  { tense: 'present', weak: false },
  { tense: 'past', weak: true },
  { tense: 'future', weak: true },
];

/** The tense of the words nearest to text[start, end), or null when the sentence shows none. */
export function tenseAt(text: string, start: number, end: number): Tense | null {
  let best: { distance: number; tense: Tense } | null = null;
  for (const match of text.matchAll(TENSE_SIGN)) {
    const at = match.index;
    const to = at + match[0].length;
    if (to > start && at < end) continue;
    const group = match.findIndex((part, i) => i > 0 && part !== undefined) - 1;
    const sign = SIGNS[group]!;
    if (group === 4 && match[0] !== match[0].toLowerCase()) continue;
    if (group === 5 && match[0] !== 'may') continue;
    const distance = (at >= end ? at - end : start - to) + (sign.weak ? WEAK_SIGN_PENALTY : 0);
    if (!best || distance < best.distance) best = { distance, tense: sign.tense };
  }
  return best?.tense ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Parsers for what chrono does not read. Each returns a result whose components are final.

const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
const LEFT = String.raw`(?<![\p{L}\p{N}$£€¥#.,'’-])`;
/** A year or decade may follow "mid-", "early-", "late-". */
const YEAR_LEFT = String.raw`(?:(?<=\b(?:mid|early|late)-)|${LEFT})`;
/** Words before a number that make it a count ("some 2000 troops"). */
const COUNT_BEFORE = /\b(?:some|about|around|nearly|almost|over|than|up to|only|just|approximately|roughly|least|total of)\s*$/i;
/** Words after a number that make it a count ("2000 people"), or a measure. */
const COUNT_AFTER = /^\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff|feet|foot|metres|meters|km|miles|tons|tonnes|sq)\b|^\s*(?:%|percent|per cent)/;

/** "2014", "in 1990", "fiscal 1989", "1990-91": a year. */
class YearParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${YEAR_LEFT}(?:(fiscal|calendar)\s+)?(${YEAR})(?:\s*[-–]\s*(${YEAR}|\d\d))?(?![\p{L}\p{N}%]|[.,:]\d|-\d)`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const index = match.index!;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 24);
    const before = context.text.slice(Math.max(0, index - 16), index);
    if (COUNT_AFTER.test(after) && !/\b(?:in|since|of|by|until|from|before|after|during|the)\s*$/i.test(before)) return null;
    if (COUNT_BEFORE.test(before)) return null;
    const year = Number(match[2]);
    const result = context.createParsingResult(index, match[0], { year });
    if (match[3]) {
      const last = match[3].length === 2 ? Math.floor(year / 100) * 100 + Number(match[3]) : Number(match[3]);
      if (last <= year) return null;
      result.end = context.createParsingComponents({ year: last });
    }
    return result.addTag('news/year');
  }
}

/** "the 1990s", "the '90s": a decade. */
class DecadeParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${YEAR_LEFT}(?:((?:1[5-9]|20)\d)0|(?:(?<=the\s)|')([5-9])0)'?s(?![\p{L}\p{N}])`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    const decade = match[1] ? Number(match[1]) : 190 + Number(match[2]);
    const result = context.createParsingResult(match.index!, match[0], { year: decade * 10 });
    result.end = context.createParsingComponents({ year: decade * 10 + 9 });
    return result.addTag('news/decade');
  }
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * "the third quarter", "third-quarter", "the fourth quarter of 1998", "the latest quarter", "the year-ago
 * quarter" (or "period"), "the first half". A quarter without a year is the reference's year, or the year
 * before when it has not begun yet and the text speaks of the past; "the quarter" alone is the last one
 * reported, the one before the reference's.
 */
class QuarterParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(the|this|last|next|its|their|a)\s+)?` +
        String.raw`(?:(year-ago|year-earlier|latest|current|previous|prior|coming|${YEAR}|this year's|last year's|next year's)\s+)?` +
        String.raw`(?:(?:fiscal|calendar)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(quarter|half|period)` +
        String.raw`(?:\s+of\s+(?:fiscal\s+)?(${YEAR}|(?:this|last|next) year)|,?\s+(${YEAR}))?(?![\p{L}\p{N}-])`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, determiner = '', qualifier = '', ordinal, unit = '', ofYear, trailingYear] = match;
    const index = match.index!;
    const half = unit.toLowerCase() === 'half';
    const after = context.text.slice(index + text.length);
    // Earnings reports call the quarter "the latest period" and its twin "the year-ago period".
    if (unit.toLowerCase() === 'period' && (ordinal || !/latest|year-ago|year-earlier/i.test(qualifier))) return null;
    if (!ordinal && (half || !/^(the|this|last|next)$/i.test(determiner) && !qualifier)) return null;
    if (!ofYear && /^\s+of\b/i.test(after)) return null;
    if (determiner.toLowerCase() === 'a' && !qualifier) return null;

    const ref = context.reference.instant;
    const refPart = half ? (ref.getMonth() < 6 ? 1 : 2) : Math.floor(ref.getMonth() / 3) + 1;
    const parts = half ? 2 : 4;
    const lowered = `${determiner} ${qualifier}`.toLowerCase();
    const explicit = ofYear ?? trailingYear ?? (/\d{4}/.test(qualifier) ? qualifier : undefined);
    let year = ref.getFullYear();
    let part: number;
    if (ordinal) {
      part = ORDINALS[ordinal.toLowerCase()]!;
      if (explicit && /\d/.test(explicit)) year = Number(explicit);
      else if (/year-ago|year-earlier|last year/.test(lowered) || /last year/i.test(explicit ?? '')) year -= 1;
      else if (/next year/.test(lowered) || /next year/i.test(explicit ?? '')) year += 1;
      else if (!/this year/.test(lowered) && part > refPart && tenseAt(context.text, index, index + text.length) !== 'future') year -= 1;
    } else {
      const step = /current|this/.test(lowered) ? 0 : /next|coming/.test(lowered) ? 1 : -1;
      part = refPart + step;
      if (part < 1) [part, year] = [part + parts, year - 1];
      if (part > parts) [part, year] = [part - parts, year + 1];
      if (/year-ago|year-earlier/.test(lowered)) year -= 1;
      if (explicit) year = Number(explicit);
    }

    const months = 12 / parts;
    const result = context.createParsingResult(index, text);
    assignMonth(result.start, year, (part - 1) * months + 1);
    result.end = context.createParsingComponents();
    assignMonth(result.end, year, part * months);
    return result.addTag(half ? `news/timex:${year}-H${part}` : `news/timex:${year}-Q${part}`);
  }
}

const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};

/** "last fall", "this summer", "in the winter of 1998": three months, starting in the season's year. */
class SeasonParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(this|last|next|past|coming)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(${YEAR}))?(?![\p{L}\p{N}-])`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, modifier = '', word = '', explicitYear] = match;
    const index = match.index!;
    const before = context.text.slice(Math.max(0, index - 12), index);
    const named = /^\p{Lu}/u.test(word) && /^\s+\p{Lu}/u.test(context.text.slice(index + text.length));
    if (named && !explicitYear) return null;
    if (!modifier && !explicitYear && !/\b(?:in|during|the|this|by|until|since|over|through|early|late|mid)[\s-]*$/i.test(before)) return null;

    const season = SEASONS[word.toLowerCase()]!;
    const ref = context.reference.instant;
    const spanFor = (year: number): [Date, Date] => [atNoon(year, season.month, 1), addDays(atNoon(year, season.month + 3, 1), -1)];
    let year: number;
    if (explicitYear) {
      year = Number(explicitYear);
    } else {
      const candidates = [-2, -1, 0, 1].map((offset) => ref.getFullYear() + offset);
      const contains = candidates.find((y) => spanFor(y)[0] <= ref && ref <= spanFor(y)[1]);
      const lastBefore = candidates.filter((y) => spanFor(y)[1] < ref).at(-1)!;
      const firstAfter = candidates.find((y) => spanFor(y)[0] > ref)!;
      const mod = modifier.toLowerCase();
      const thisYear = season.code === 'WI' && ref.getMonth() < 2 ? ref.getFullYear() - 1 : ref.getFullYear();
      const future = tenseAt(context.text, index, index + text.length) === 'future';
      if (mod === 'last' || mod === 'past') year = lastBefore;
      else if (mod === 'next' || mod === 'coming') year = firstAfter;
      else if (mod === 'this') year = thisYear;
      else year = contains ?? (future ? firstAfter : lastBefore);
    }
    const [first, last] = spanFor(year);
    const result = context.createParsingResult(index, text);
    assignMonth(result.start, first.getFullYear(), first.getMonth() + 1);
    result.end = context.createParsingComponents();
    assignMonth(result.end, last.getFullYear(), last.getMonth() + 1);
    return result.addTag(`news/timex:${year}-${season.code}`);
  }
}

/**
 * "this week", "last month", "next year", "the weekend", "year-earlier": periods counted from the
 * reference, with their own granularity (chrono gives "last week" a day and "this week" nothing).
 */
class PeriodParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(?:(this past|this|last|next|coming|current|the current|the coming|over the|the)\s+)(week|weekend|month|year|decade|century)|(year-(?:ago|earlier)))(?![\p{L}\p{N}]|-(?:old|long))`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, rawModifier = '', rawUnit = '', yearAgo] = match;
    const index = match.index!;
    const ref = context.reference.instant;
    const result = context.createParsingResult(index, text);
    if (yearAgo) {
      result.start.assign('year', ref.getFullYear() - 1);
      return result;
    }
    if (index > 0 && /^\p{Lu}\S*\s+\p{Lu}/u.test(text) && /\S/.test(context.text.slice(0, index))) return null;
    const modifier = rawModifier.toLowerCase();
    const unit = rawUnit.toLowerCase();
    const bare = modifier === 'the' || modifier === 'over the';
    if (bare && unit !== 'weekend') return null;
    const step = /last|past/.test(modifier) ? -1 : /next|coming/.test(modifier) ? 1 : 0;

    if (unit === 'week' || unit === 'weekend') {
      let monday = addDays(mondayOf(ref), 7 * step);
      if (unit === 'weekend' && bare) {
        const saturday = addDays(mondayOf(ref), 5);
        const future = tenseAt(context.text, index, index + text.length) === 'future';
        monday = saturday > ref && !future ? addDays(mondayOf(ref), -7) : mondayOf(ref);
      }
      const first = unit === 'week' ? monday : addDays(monday, 5);
      assignDay(result.start, first);
      result.end = context.createParsingComponents();
      assignDay(result.end, addDays(monday, 6));
      return result.addTag(unit === 'week' ? `news/week:${isoWeek(monday)}` : `news/timex:${isoWeek(monday)}-WE`);
    }
    if (unit === 'month') {
      const month = atNoon(ref.getFullYear(), ref.getMonth() + 1 + step, 1);
      assignMonth(result.start, month.getFullYear(), month.getMonth() + 1);
      return result;
    }
    if (unit === 'decade') {
      const decade = Math.floor(ref.getFullYear() / 10) + step;
      result.start.assign('year', decade * 10);
      result.end = context.createParsingComponents({ year: decade * 10 + 9 });
      return result.addTag('news/decade');
    }
    if (unit === 'century') return century(context, result, Math.floor(ref.getFullYear() / 100) + step);
    result.start.assign('year', ref.getFullYear() + step);
    return result;
  }
}

/** The years of a century counted from zero: the 20th century is 1900–1999, TimeML's "19". */
function century(context: chrono.ParsingContext, result: chrono.ParsingResult, hundreds: number): chrono.ParsingResult {
  result.start.assign('year', hundreds * 100);
  result.end = context.createParsingComponents({ year: hundreds * 100 + 99 });
  return result.addTag(`news/timex:${pad(hundreds)}`);
}

/** "the 20th century", "the 19th-century". */
class CenturyParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${LEFT}(?:the\s+)?(1\d|20|21)(?:st|nd|rd|th)[\s-]century(?![\p{L}\p{N}])`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    return century(context, context.createParsingResult(match.index!, match[0]), Number(match[1]) - 1);
  }
}

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * "last May", "this September", "next March": last is the latest such month before the reference's
 * month, next the first after it, this the one in the reference's year.
 */
class RelativeMonthParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${LEFT}(last|this|next|this past|this coming)\s+(${MONTH_NAMES})(?![\p{L}\p{N}]|\s+\d)`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    const modifier = match[1]!.toLowerCase();
    const month = MONTH_NAMES.split('|').indexOf(match[2]!.toLowerCase()) + 1;
    const ref = context.reference.instant;
    const current = ref.getMonth() + 1;
    let year = ref.getFullYear();
    // "Last February" said in March is a year back: the month just gone would be "last month".
    if ((modifier === 'last' || modifier === 'this past') && month >= current - 1) year -= 1;
    if ((modifier === 'next' || modifier === 'this coming') && month <= current) year += 1;
    const result = context.createParsingResult(match.index!, match[0]);
    assignMonth(result.start, year, month);
    return result;
  }
}

/** "April of this year", "December 7 last year": a month (and day) whose year is named relative to now. */
class MonthOfRelativeYearParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${LEFT}(${MONTH_NAMES})(?:\s+(\d{1,2}))?,?\s+(?:of\s+)?(this|last|next)\s+year(?![\p{L}\p{N}])`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, name = '', day, relative = ''] = match;
    const month = MONTH_NAMES.split('|').indexOf(name.toLowerCase()) + 1;
    const offset = { this: 0, last: -1, next: 1 }[relative.toLowerCase() as 'this' | 'last' | 'next'];
    const year = context.reference.instant.getFullYear() + offset;
    const result = context.createParsingResult(match.index!, text);
    if (day) {
      if (Number(day) > daysInMonth(year, month)) return null;
      result.start.assign('year', year).assign('month', month).assign('day', Number(day));
    } else {
      assignMonth(result.start, year, month);
    }
    return result;
  }
}

/**
 * Words for the time around the reference, without a date (TimeML's *_REF). Words that order events
 * against each other ("previously", "soon", "eventually") are not among them.
 */
const VAGUE: Array<[RegExp, string]> = [
  [/^(?:(?:right )?now|currently|current|nowadays|presently|at present|the present|these days|to date)$/i, 'PRESENT_REF'],
  [/^(?:recently|more recently|lately|the past|in the past|recent (?:years|months|weeks|days)|(?:a few|several|many) \w+ ago)$/i, 'PAST_REF'],
  [/^(?:(?:in )?the (?:near |distant )?future)$/i, 'FUTURE_REF'],
];
const VAGUE_WORDS = String.raw`(?:a few|several|many) (?:years|months|weeks|days|decades) ago|(?:right )?now|currently|current|nowadays|presently|at present|the present|these days|to date|(?:more )?recently|recent (?:years|months|weeks|days)|lately|(?:in )?the past|(?:in )?the (?:near |distant )?future`;

/** "now", "recently", "the future": no date, but a direction from the reference. */
class VagueParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:${VAGUE_WORDS})(?![\p{L}\p{N}-]|\s+(?:\d+|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|hours?|days?|weeks?|months?|years?|decades?|quarters?)\b)`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const text = match[0];
    const vague = VAGUE.find(([words]) => words.test(text));
    if (!vague) return null;
    const result = context.createParsingResult(match.index!, text);
    assignDay(result.start, context.reference.instant);
    return result.addTag(`news/vague:${vague[1]}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Refiners.

/** Chrono relative results kept: "two years ago", "a year earlier". Other counts are durations or lean on another date. */
const KEPT_RELATIVE = /\bago$|^(?:a|one|\w+) years? earlier$/i;
const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** A clock time says so: "10:07", "6 a.m.", "5 pm", "9 o'clock" ("$2.50 a share" and "from 16" do not). */
const CLOCK_TIME = /\d[:.]\d\d\s*(?:[ap]\.?m\b\.?)|\d:\d\d|\d\s*[ap]\.?m\b\.?|o['’]?clock/i;
const MONTH_ONLY_PREPOSITION = /\b(?:in|since|until|till|by|of|from|to|through|during|before|after|last|this|next|early|mid|late|and|or|between)[\s-]*$/i;

/** Removes what chrono reads as a date but news means otherwise. */
class NewsFilterRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => {
      const { text, start } = result;
      const tags = result.tags();
      if (!start.isValidDate() || (result.end && !result.end.isValidDate())) return false;
      if (/^\d*(?:\.\d*)?$/.test(text.replace(' ', '')) && !tags.has('news/year')) return false;
      if (tags.has('result/relativeDate') && !KEPT_RELATIVE.test(text.trim())) return false;
      if (WEEKDAY_ABBREVIATION.test(text.trim().replace(/[,)]$/, '')) && context.text[result.index + text.trim().length] !== '.') return false;
      if (tags.has('parser/SlashDateFormatParser') && !start.isCertain('year')) return false;
      if (tags.has('parser/ENTimeExpressionParser') && !CLOCK_TIME.test(text)) return false;
      if (/[$£€¥]\s*$/.test(context.text.slice(0, result.index))) return false;
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      if (/\b(?:each|every)\s+$/i.test(before)) return false;
      // "Good evening", "$55 a night": a part of the day that dates nothing.
      if (start.isOnlyTime() && !start.isCertain('hour') && /\b(?:good|a|per)\s+$/i.test(before)) return false;
      if (tags.has('parser/ENMonthNameParser') && !start.isCertain('year')) {
        if (/^\p{Ll}/u.test(text)) return false;
        const words = context.text.slice(Math.max(0, result.index - 12), result.index);
        if (/^(?:may|march)$/i.test(text) && !MONTH_ONLY_PREPOSITION.test(words)) return false;
      }
      return true;
    });
  }
}

/** "six weeks ago" is a week, as "two years ago" is a year: the unit named sets the granularity. */
class WeeksAgoRefiner implements chrono.Refiner {
  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      if (!result.tags().has('result/relativeDate') || !/\bweeks?\s+ago$/i.test(result.text)) continue;
      const monday = mondayOf(result.start.date());
      result.addTag(`news/week:${isoWeek(monday)}`);
      assignDay(result.start, monday);
      result.end = result.start.clone();
      assignDay(result.end, addDays(monday, 6));
    }
    return results;
  }
}

const MODIFIER_BEFORE =
  /(?:\b(early|earlier|late|later|mid|middle|end|beginning|start)(?:\s+of(?:\s+the)?)?[\s-]*|\bthe\s+(end|beginning|start|middle)\s+of\s+(?:the\s+)?)$/i;
/**
 * Part of a period, in thirds: early = days 1–10 of a month (January–April of a year, years 0–3 of a
 * decade), mid = 11–20 (May–August, 4–6), late and end = 21 to the last day (September–December, 7–9).
 */
const THIRDS: Record<string, 0 | 1 | 2> = { early: 0, beginning: 0, start: 0, mid: 1, middle: 1, late: 2, end: 2 };

/** "late January", "early next year", "the end of 1990", "earlier this week": the modifier joins the date. */
class PartOfPeriodRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      const before = context.text.slice(Math.max(0, result.index - 24), result.index);
      const match = MODIFIER_BEFORE.exec(before);
      if (!match || [...result.tags()].some((tag) => tag.startsWith('news/vague'))) continue;
      result.index -= match[0].length;
      result.text = match[0] + result.text;
      const third = THIRDS[(match[1] ?? match[2] ?? '').toLowerCase()];
      if (third === undefined || (result.end && !result.tags().has('news/decade'))) continue;
      const timex = valueOf(result.start, granularityOf(result));
      narrow(context, result, third);
      result.addTag(`news/timex:${timex}`);
    }
    return results;
  }
}

function narrow(context: chrono.ParsingContext, result: chrono.ParsingResult, third: 0 | 1 | 2): void {
  const { start } = result;
  const year = start.get('year')!;
  const granularity = granularityOf(result);
  if (granularity === 'month') {
    const month = start.get('month')!;
    const days = daysInMonth(year, month);
    start.assign('day', [1, 11, 21][third]!);
    result.end = context.createParsingComponents({ year, month, day: [10, 20, days][third]! });
  } else if (granularity === 'year' && result.tags().has('news/decade')) {
    const decade = Math.floor(year / 10) * 10;
    start.assign('year', decade + [0, 4, 7][third]!);
    result.end = context.createParsingComponents({ year: decade + [3, 6, 9][third]! });
  } else if (granularity === 'year') {
    assignMonth(start, year, [1, 5, 9][third]!);
    result.end = context.createParsingComponents();
    assignMonth(result.end, year, [4, 8, 12][third]!);
  }
}

/**
 * A weekday, or a month without a year, is the occurrence the tense points to: back from the reference
 * for the past (news reports what happened), forward for the future, the nearest for the present.
 */
class TenseRefiner implements chrono.Refiner {
  constructor(private readonly byTense: boolean) {}

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const ref = context.reference.instant;
    const today = atNoon(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
    for (const result of results) {
      const { start } = result;
      const found = this.byTense ? tenseAt(context.text, result.index, result.index + result.text.length) : 'present';
      if (start.isOnlyWeekdayComponent() && !/\b(?:last|next|this|past|coming)\b/i.test(result.text)) {
        // News reports what happened: a weekday with no sign of tense is the last one.
        const tense = found ?? 'past';
        const weekday = start.get('weekday')!;
        const back = (today.getDay() - weekday + 7) % 7;
        const forward = (weekday - today.getDay() + 7) % 7;
        const days = tense === 'past' ? -back : tense === 'future' ? forward : forward < back ? forward : -back;
        shift(result, addDays(today, days));
      } else if (start.isCertain('month') && !start.isCertain('year')) {
        const granularity = start.isCertain('day') ? 'day' : 'month';
        const delta = pickYear(today, found ?? 'present', (y) => spanOf(withYear(start, y), granularity)) - start.get('year')!;
        for (const components of [start, result.end]) components?.assign('year', components.get('year')! + delta);
      }
    }
    return results;
  }
}

function withYear(components: chrono.ParsingComponents, year: number): chrono.ParsingComponents {
  return components.clone().assign('year', year);
}

/** Past tense may move a date this many days ahead of the reference back a year (future: behind, forward). */
const TENSE_FLIP_DAYS = 90;

/**
 * The year of a month or day named without one: the occurrence nearest the reference, unless it lies
 * more than three months on the side the tense denies ("in April" said in December of the past).
 */
function pickYear(today: Date, tense: Tense, spanIn: (year: number) => [Date, Date]): number {
  const years = [today.getFullYear() - 1, today.getFullYear(), today.getFullYear() + 1];
  const signed = (y: number) => {
    const [first, last] = spanIn(y);
    return today < first ? (first.getTime() - today.getTime()) / DAY_MS : today > last ? -(today.getTime() - last.getTime()) / DAY_MS : 0;
  };
  const nearest = years.reduce((best, y) => (Math.abs(signed(y)) < Math.abs(signed(best)) ? y : best));
  if (tense === 'past' && signed(nearest) > TENSE_FLIP_DAYS) return nearest - 1;
  if (tense === 'future' && signed(nearest) < -TENSE_FLIP_DAYS) return nearest + 1;
  return nearest;
}

/** Moves a weekday result (and its range end by the same days) to `date`. */
function shift(result: chrono.ParsingResult, date: Date): void {
  const before = result.start.date();
  assignDay(result.start, date);
  if (result.end) {
    const days = Math.round((date.getTime() - before.getTime()) / DAY_MS);
    assignDay(result.end, addDays(result.end.date(), days));
  }
}

/** "late January—early February", "between 1990 and 1995": two dates joined into one range. */
class NewsRangeRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const merged: chrono.ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      const joined =
        previous &&
        !previous.start.isCertain('hour') &&
        !result.start.isCertain('hour') &&
        (/^\s*[—–]\s*$|^\s+-\s+$/.test(between) ||
          (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(context.text.slice(Math.max(0, previous.index - 9), previous.index))));
      if (!previous || !joined || previous.start.date() > result.start.date()) {
        merged.push(result);
        continue;
      }
      previous.end = result.end ?? result.start;
      previous.text = context.text.slice(previous.index, result.index + result.text.length);
      for (const tag of result.tags()) if (!tag.startsWith('news/timex')) previous.addTag(tag);
    }
    return merged;
  }
}

/** After spans grew, the longer of two overlapping results stays. */
class OverlapRefiner implements chrono.Refiner {
  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const kept: chrono.ParsingResult[] = [];
    for (const result of [...results].sort((a, b) => a.index - b.index)) {
      const previous = kept.at(-1);
      if (previous && result.index < previous.index + previous.text.length) {
        if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  }
}

function newsChrono(byTense: boolean): chrono.Chrono {
  const base = chrono.casual.clone();
  // Chrono's UnlikelyFormatFilter drops every all-digit result, bare years too: NewsFilterRefiner does its work.
  const refiners = base.refiners.filter((refiner) => refiner.constructor.name !== 'UnlikelyFormatFilter');
  return new chrono.Chrono({
    parsers: [
      new VagueParser(),
      new PeriodParser(),
      new MonthOfRelativeYearParser(),
      new RelativeMonthParser(),
      new CenturyParser(),
      new QuarterParser(),
      new SeasonParser(),
      new DecadeParser(),
      new YearParser(),
      ...base.parsers,
    ],
    refiners: [
      // Before chrono's overlap removal, so that a dropped duration ("in the quarter") does not hide a date in it.
      new NewsFilterRefiner(),
      ...refiners,
      new NewsFilterRefiner(),
      new WeeksAgoRefiner(),
      new TenseRefiner(byTense),
      new PartOfPeriodRefiner(),
      new NewsRangeRefiner(),
      new OverlapRefiner(),
    ],
  });
}

const NEWS_CHRONO = newsChrono(true);
const CLOSEST_CHRONO = newsChrono(false);

// ---------------------------------------------------------------------------------------------------
// From chrono's components to ISO values.

function granularityOf(result: chrono.ParsingResult): DateGranularity | null {
  const { start } = result;
  if ([...result.tags()].some((tag) => tag.startsWith('news/week'))) return 'week';
  if (start.isCertain('hour')) return 'time';
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

function valueOf(components: chrono.ParsingComponents, granularity: DateGranularity | null): string {
  const year = String(components.get('year')).padStart(4, '0');
  const date = `${year}-${pad(components.get('month')!)}-${pad(components.get('day')!)}`;
  if (granularity === 'year') return year;
  if (granularity === 'month') return date.slice(0, 7);
  if (granularity === 'time') return `${date}T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`;
  return date;
}

const PARTS_OF_DAY: Array<[RegExp, string]> = [
  [/night/i, 'NI'],
  [/evening/i, 'EV'],
  [/afternoon/i, 'AF'],
  [/morning/i, 'MO'],
];

function describe(result: chrono.ParsingResult, text: string): NewsDate | null {
  const tags = [...result.tags()];
  const tagValue = (prefix: string) => tags.find((tag) => tag.startsWith(prefix))?.slice(prefix.length);
  const partOfDay = result.start.isCertain('minute') ? undefined : PARTS_OF_DAY.find(([words]) => words.test(result.text))?.[1];
  let granularity = granularityOf(result);
  if (!granularity && partOfDay) granularity = 'day';
  if (!granularity) return null;
  if (partOfDay && granularity === 'time' && !result.start.isCertain('minute')) granularity = 'day';

  const value = valueOf(result.start, granularity);
  const end = result.end ? valueOf(result.end, granularity === 'time' && !result.end.isCertain('hour') ? 'day' : granularity) : null;
  const vague = tagValue('news/vague:');
  let timex = vague ?? tagValue('news/timex:') ?? tagValue('news/week:');
  if (tags.includes('news/decade') && !timex) timex = value.slice(0, 3);
  if (partOfDay && granularity === 'day') timex = `${value}T${partOfDay}`;
  const start = result.start;
  const timeOnly =
    (start.isCertain('hour') || Boolean(partOfDay)) &&
    !start.isCertain('day') &&
    !start.isCertain('weekday') &&
    !start.isCertain('month') &&
    !/\b(?:this|tonight|today)\b/i.test(result.text);
  return {
    index: result.index,
    text: result.text.replace(/[\s,–—-]+$/, ''),
    value,
    end: end === value ? null : end,
    granularity,
    relative: !/\d{4}|'\d0s/.test(result.text),
    ...(timex && timex !== value ? { timex } : {}),
    vague: vague !== undefined,
    timeOnly,
    tense: tenseAt(text, result.index, result.index + result.text.length),
  };
}
