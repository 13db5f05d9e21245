import * as chrono from 'chrono-node';
import { assignDay } from '../chrono/calendar.js';
import { LEFT } from '../chrono/patterns.js';

/**
 * Words for the time around the reference, without a date (TimeML's *_REF). Words that order events
 * against each other ("previously", "soon", "eventually") are not among them.
 */
const VAGUE: Array<[RegExp, string]> = [
  [/^(?:(?:right )?now|currently|current|nowadays|presently|at present|the present|these days|to date)$/i, 'PRESENT_REF'],
  [/^(?:recently|more recently|lately|the past|in the past|recent (?:years|months|weeks|days)|(?:a few|several|many) \w+ ago)$/i, 'PAST_REF'],
  [/^(?:(?:in )?the (?:near |distant )?future)$/i, 'FUTURE_REF'],
];

const VAGUE_WORDS = String.raw`(?:a few|several|many) (?:years|months|weeks|days|decades) ago|(?:right )?now|currently|current|nowadays|presently|at present|the present|these days|to date|(?:more )?recently|recent (?:years|months|weeks|days)|lately|(?:in )?the past|(?:in )?the (?:near |distant )?future`;

/** "now", "recently", "the future": no date, but a direction from the reference. */
export class VagueParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:${VAGUE_WORDS})(?![\p{L}\p{N}-]|\s+(?:\d+|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|hours?|days?|weeks?|months?|years?|decades?|quarters?)\b)`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const text = match[0];
    const vague = VAGUE.find(([words]) => words.test(text));
    if (!vague) return null;
    const result = context.createParsingResult(match.index!, text);
    assignDay(result.start, context.reference.instant);
    return result.addTag(`news/vague:${vague[1]}`);
  }
}
