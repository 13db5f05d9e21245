import * as chrono from 'chrono-node';
import { DAY_MS, addDays, assignDay, atNoon, spanOf } from '../chrono/calendar.js';
import { type Tense, tenseAt } from '../chrono/tense.js';

/**
 * A weekday, or a month without a year, is the occurrence the tense points to: back from the reference
 * for the past (news reports what happened), forward for the future, the nearest for the present.
 */
export class TenseRefiner implements chrono.Refiner {
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
