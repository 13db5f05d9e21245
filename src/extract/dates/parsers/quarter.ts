import * as chrono from 'chrono-node';
import { assignMonth } from '../chrono/calendar.js';
import { LEFT, YEAR } from '../chrono/patterns.js';
import { tenseAt } from '../chrono/tense.js';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * "the third quarter", "third-quarter", "the fourth quarter of 1998", "the latest quarter", "the year-ago
 * quarter" (or "period"), "the first half". A quarter without a year is the reference's year, or the year
 * before when it has not begun yet and the text speaks of the past; "the quarter" alone is the last one
 * reported, the one before the reference's.
 */
export class QuarterParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(the|this|last|next|its|their|a)\s+)?` +
        String.raw`(?:(year-ago|year-earlier|latest|current|previous|prior|coming|${YEAR}|this year's|last year's|next year's)\s+)?` +
        String.raw`(?:(?:fiscal|calendar)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(quarter|half|period)` +
        String.raw`(?:\s+of\s+(?:fiscal\s+)?(${YEAR}|(?:this|last|next) year)|,?\s+(${YEAR}))?(?![\p{L}\p{N}-])`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, determiner = '', qualifier = '', ordinal, unit = '', ofYear, trailingYear] = match;
    const index = match.index!;
    const half = unit.toLowerCase() === 'half';
    const after = context.text.slice(index + text.length);
    // Earnings reports call the quarter "the latest period" and its twin "the year-ago period".
    if (unit.toLowerCase() === 'period' && (ordinal || !/latest|year-ago|year-earlier/i.test(qualifier))) return null;
    if (!ordinal && (half || !/^(the|this|last|next)$/i.test(determiner) && !qualifier)) return null;
    if (!ofYear && /^\s+of\b/i.test(after)) return null;
    if (determiner.toLowerCase() === 'a' && !qualifier) return null;

    const ref = context.reference.instant;
    const refPart = half ? (ref.getMonth() < 6 ? 1 : 2) : Math.floor(ref.getMonth() / 3) + 1;
    const parts = half ? 2 : 4;
    const lowered = `${determiner} ${qualifier}`.toLowerCase();
    const explicit = ofYear ?? trailingYear ?? (/\d{4}/.test(qualifier) ? qualifier : undefined);
    let year = ref.getFullYear();
    let part: number;
    if (ordinal) {
      part = ORDINALS[ordinal.toLowerCase()]!;
      if (explicit && /\d/.test(explicit)) year = Number(explicit);
      else if (/year-ago|year-earlier|last year/.test(lowered) || /last year/i.test(explicit ?? '')) year -= 1;
      else if (/next year/.test(lowered) || /next year/i.test(explicit ?? '')) year += 1;
      else if (!/this year/.test(lowered) && part > refPart && tenseAt(context.text, index, index + text.length) !== 'future') year -= 1;
    } else {
      const step = /current|this/.test(lowered) ? 0 : /next|coming/.test(lowered) ? 1 : -1;
      part = refPart + step;
      if (part < 1) [part, year] = [part + parts, year - 1];
      if (part > parts) [part, year] = [part - parts, year + 1];
      if (/year-ago|year-earlier/.test(lowered)) year -= 1;
      if (explicit) year = Number(explicit);
    }

    const months = 12 / parts;
    const result = context.createParsingResult(index, text);
    assignMonth(result.start, year, (part - 1) * months + 1);
    result.end = context.createParsingComponents();
    assignMonth(result.end, year, part * months);
    return result.addTag(half ? `news/timex:${year}-H${part}` : `news/timex:${year}-Q${part}`);
  }
}
