import * as chrono from 'chrono-node';
import { CLOCK_AFTER, COUNT_AFTER, COUNT_BEFORE, YEAR, YEAR_LEFT } from '../chrono/patterns.js';

/** "2014", "in 1990", "fiscal 1989", "1990-91": a year. */
export class YearParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${YEAR_LEFT}(?:(fiscal|calendar)\s+)?(${YEAR})(?:\s*[-–]\s*(${YEAR}|\d\d))?(?![\p{L}\p{N}%]|[.,:]\d|-\d)`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const index = match.index!;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 24);
    const before = context.text.slice(Math.max(0, index - 16), index);
    if (COUNT_AFTER.test(after) && !/\b(?:in|since|of|by|until|from|before|after|during|the)\s*$/i.test(before)) return null;
    if (COUNT_BEFORE.test(before) || (!match[3] && CLOCK_AFTER.test(after))) return null;
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
