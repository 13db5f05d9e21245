import * as chrono from 'chrono-node';
import { addDays, assignDay, isoWeek, mondayOf } from '../chrono/calendar.js';

/** "six weeks ago" is a week, as "two years ago" is a year: the unit named sets the granularity. */
export class WeeksAgoRefiner implements chrono.Refiner {
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
