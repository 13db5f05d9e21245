import * as chrono from 'chrono-node';
import { LEFT } from '../chrono/patterns.js';

/** Holidays news dates things by, on fixed days: [words, month, day]. */
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/^christmas\s+eve$/i, 12, 24],
  [/^christmas(?:\s+day)?$/i, 12, 25],
  [/^boxing\s+day$/i, 12, 26],
  [/^new\s+year['’]?s?\s+eve$/i, 12, 31],
  [/^new\s+year['’]?s?(?:\s+day)?$/i, 1, 1],
  [/^valentine['’]?s\s+day$/i, 2, 14],
  [/^halloween$/i, 10, 31],
];

/**
 * "Christmas", "Christmas Eve", "New Year's Eve": a day without a year, which the tense refiner places
 * as it places "December 24".
 */
export class HolidayParser implements chrono.Parser {
  private readonly regex = new RegExp(
    String.raw`${LEFT}(?:christmas(?:\s+(?:eve|day))?|boxing\s+day|new\s+year['’]?s?(?:\s+(?:eve|day))?|valentine['’]?s\s+day|halloween)(?![\p{L}\p{N}])`,
    'iu',
  );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const holiday = HOLIDAYS.find(([words]) => words.test(match[0]));
    // "New Year" alone is a holiday only as a day ("on New Year"), not in "the New Year holidays".
    if (!holiday || /^\s+(?:holidays?|period|season|celebrations?|party|message|address)\b/i.test(context.text.slice(match.index! + match[0].length))) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.start.assign('month', holiday[1]).assign('day', holiday[2]).imply('year', context.reference.instant.getFullYear());
    return result.addTag('news/holiday');
  }
}
