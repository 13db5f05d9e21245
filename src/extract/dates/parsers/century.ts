import * as chrono from 'chrono-node';
import { pad } from '../chrono/calendar.js';
import { LEFT } from '../chrono/patterns.js';

/** The years of a century counted from zero: the 20th century is 1900–1999, TimeML's "19". */
export function century(context: chrono.ParsingContext, result: chrono.ParsingResult, hundreds: number): chrono.ParsingResult {
  result.start.assign('year', hundreds * 100);
  result.end = context.createParsingComponents({ year: hundreds * 100 + 99 });
  return result.addTag(`news/timex:${pad(hundreds)}`);
}

/** "the 20th century", "the 19th-century". */
export class CenturyParser implements chrono.Parser {
  private readonly regex = new RegExp(String.raw`${LEFT}(?:the\s+)?(1\d|20|21)(?:st|nd|rd|th)[\s-]century(?![\p{L}\p{N}])`, 'iu');

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    return century(context, context.createParsingResult(match.index!, match[0]), Number(match[1]) - 1);
  }
}
