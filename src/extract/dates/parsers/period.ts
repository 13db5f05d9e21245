import * as chrono from 'chrono-node';
import { addDays, assignDay, assignMonth, atNoon, isoWeek, mondayOf } from '../chrono/calendar.js';
import { LEFT } from '../chrono/patterns.js';
import { tenseAt } from '../chrono/tense.js';
import { century } from './century.js';

/**
 * "this week", "last month", "next year", "the weekend", "year-earlier": periods counted from the
 * reference, with their own granularity (chrono gives "last week" a day and "this week" nothing).
 */
export class PeriodParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(?:(this past|this|last|next|coming|current|the current|the coming|over the|the)\s+)(week|weekend|month|year|decade|century)|(year-(?:ago|earlier)))(?![\p{L}\p{N}]|-(?:old|long))`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, rawModifier = '', rawUnit = '', yearAgo] = match;
    const index = match.index!;
    const ref = context.reference.instant;
    const result = context.createParsingResult(index, text);
    if (yearAgo) {
      result.start.assign('year', ref.getFullYear() - 1);
      return result;
    }
    if (index > 0 && /^\p{Lu}\S*\s+\p{Lu}/u.test(text) && /\S/.test(context.text.slice(0, index))) return null;
    const modifier = rawModifier.toLowerCase();
    const unit = rawUnit.toLowerCase();
    const bare = modifier === 'the' || modifier === 'over the';
    if (bare && unit !== 'weekend') return null;
    const step = /last|past/.test(modifier) ? -1 : /next|coming/.test(modifier) ? 1 : 0;

    if (unit === 'week' || unit === 'weekend') {
      let monday = addDays(mondayOf(ref), 7 * step);
      if (unit === 'weekend' && bare) {
        const saturday = addDays(mondayOf(ref), 5);
        const future = tenseAt(context.text, index, index + text.length) === 'future';
        monday = saturday > ref && !future ? addDays(mondayOf(ref), -7) : mondayOf(ref);
      }
      const first = unit === 'week' ? monday : addDays(monday, 5);
      assignDay(result.start, first);
      result.end = context.createParsingComponents();
      assignDay(result.end, addDays(monday, 6));
      return result.addTag(unit === 'week' ? `news/week:${isoWeek(monday)}` : `news/timex:${isoWeek(monday)}-WE`);
    }
    if (unit === 'month') {
      const month = atNoon(ref.getFullYear(), ref.getMonth() + 1 + step, 1);
      assignMonth(result.start, month.getFullYear(), month.getMonth() + 1);
      return result;
    }
    if (unit === 'decade') {
      const decade = Math.floor(ref.getFullYear() / 10) + step;
      result.start.assign('year', decade * 10);
      result.end = context.createParsingComponents({ year: decade * 10 + 9 });
      return result.addTag('news/decade');
    }
    if (unit === 'century') return century(context, result, Math.floor(ref.getFullYear() / 100) + step);
    result.start.assign('year', ref.getFullYear() + step);
    return result;
  }
}
