import * as chrono from 'chrono-node';
import { YEAR_LEFT } from '../chrono/patterns.js';

/** "the 1990s", "the '90s": a decade. */
export class DecadeParser implements chrono.Parser {
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
