import * as chrono from 'chrono-node';
import { assignMonth, daysInMonth } from '../chrono/calendar.js';
import { LEFT, MONTH_NAMES } from '../chrono/patterns.js';

/** "April of this year", "March 7 last year": a month (and day) whose year is named relative to now. */
export class MonthOfRelativeYearParser implements chrono.Parser {
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
