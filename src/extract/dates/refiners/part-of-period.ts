import * as chrono from 'chrono-node';
import { assignMonth, daysInMonth } from '../chrono/calendar.js';
import { granularityOf, valueOf } from '../chrono/values.js';

/**
 * "late January", "mid-May", "end of 1990", "the beginning of the year". "End", "start", "beginning" and "middle" need
 * their "of": in "the route will end on 31 May" the verb ends nothing of May.
 */
const MODIFIER_BEFORE =
  /(?:\b(early|earlier|late|later|mid)(?:\s+of(?:\s+the)?)?[\s-]*|\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?)$/i;

/**
 * Part of a period, in thirds: early = days 1–10 of a month (January–April of a year, years 0–3 of a
 * decade), mid = 11–20 (May–August, 4–6), late and end = 21 to the last day (September–December, 7–9).
 */
const THIRDS: Record<string, 0 | 1 | 2> = { early: 0, beginning: 0, start: 0, mid: 1, middle: 1, late: 2, end: 2 };

/** "late January", "early next year", "the end of 1990", "earlier this week": the modifier joins the date. */
export class PartOfPeriodRefiner implements chrono.Refiner {
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
