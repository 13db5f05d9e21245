/**
 * Chrono for news text. Chrono's casual English reads most dates; news also writes bare years, decades,
 * quarters, seasons, "this week" and "late January", which the parsers here add, and uses words chrono
 * takes for dates but news does not ("the past 30 years" is a duration, "The Sun" a newspaper), which
 * the filter removes. Weekdays and months without a year resolve as news means them: past tense looks
 * back from the reference, future tense looks forward.
 */
import * as chrono from 'chrono-node';
import type { DateValue } from '../types.js';
import { tenseAt, type Tense } from './chrono/tense.js';
import { granularityOf, valueOf } from './chrono/values.js';
import { CenturyParser } from './parsers/century.js';
import { DecadeParser } from './parsers/decade.js';
import { HolidayParser } from './parsers/holiday.js';
import { MonthOfRelativeYearParser } from './parsers/month-of-relative-year.js';
import { PeriodParser } from './parsers/period.js';
import { QuarterParser } from './parsers/quarter.js';
import { RelativeMonthParser } from './parsers/relative-month.js';
import { SeasonParser } from './parsers/season.js';
import { VagueParser } from './parsers/vague.js';
import { YearParser } from './parsers/year.js';
import { NewsFilterRefiner } from './refiners/news-filter.js';
import { MonthBeforeCountRefiner } from './refiners/month-before-count.js';
import { NewsRangeRefiner } from './refiners/news-range.js';
import { OverlapRefiner } from './refiners/overlap.js';
import { PartOfDayRefiner } from './refiners/part-of-day.js';
import { PartOfPeriodRefiner } from './refiners/part-of-period.js';
import { TenseRefiner } from './refiners/tense.js';
import { WeeksAgoRefiner } from './refiners/weeks-ago.js';

/** A date found in a text, with offsets into that text. */
export interface NewsDate extends DateValue {
  index: number;
  text: string;
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
      new HolidayParser(),
      ...base.parsers,
    ],
    refiners: [
      new MonthBeforeCountRefiner(),
      // Before chrono's overlap removal, so that a dropped duration ("in the quarter") does not hide a date in it.
      new NewsFilterRefiner(),
      ...refiners,
      new PartOfDayRefiner(),
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
