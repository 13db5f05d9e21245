import * as chrono from 'chrono-node';
import { assignMonth } from '../chrono/calendar.js';
import { LEFT, MONTH_NAMES } from '../chrono/patterns.js';

/**
 * "last May", "this September", "next March": last is the latest such month before the reference's
 * month, next the first after it, this the one in the reference's year.
 */
export class RelativeMonthParser implements chrono.Parser {
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
