import * as chrono from 'chrono-node';

/** A month and a number, nothing after the number: "January 25". */
const MONTH_AND_NUMBER = /^(\p{L}+\.?)\s+\d{1,2}$/u;
/** After the number, words that make it a count: "25 people", "25 of the". */
const COUNTED = /^\s+(?:people|persons|of\s+(?:the|them|those|whom|these))\b/i;
/** After the number, a plural noun that is the subject of a verb: "25 protesters were", "25 workers who". */
const COUNTED_SUBJECT = /^\s+\p{Ll}{3,}[^s\W]s\s+(?:who|were|are|have|had|was|will|would|could|died|\p{Ll}+ed)\b/u;

/**
 * "In January 25 people were hurt": a month, then a count of what follows, not a day. Read only where the words
 * after the number are people or "of the", or (after "in", which dates a month, not a day) a plural noun that a
 * verb follows; "on January 25 talks began" stays a day. The result keeps the month alone.
 */
export class MonthBeforeCountRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      const month = MONTH_AND_NUMBER.exec(result.text);
      // Chrono may read the number as a day or as a year written in two digits: either way, it is the count.
      if (!month || !result.start.isCertain('month')) continue;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 40);
      const inMonth = /\bin\s+$/i.test(context.text.slice(Math.max(0, result.index - 4), result.index));
      if (!COUNTED.test(after) && !(inMonth && COUNTED_SUBJECT.test(after))) continue;
      result.text = month[1]!;
      result.start.delete(['day', 'year']);
      result.start.imply('day', 1);
      result.start.imply('year', context.refDate.getFullYear());
    }
    return results;
  }
}
