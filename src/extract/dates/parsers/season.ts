import * as chrono from 'chrono-node';
import { addDays, assignMonth, atNoon } from '../chrono/calendar.js';
import { LEFT, YEAR } from '../chrono/patterns.js';
import { tenseAt } from '../chrono/tense.js';

const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};

/** "last fall", "this summer", "in the winter of 1998": three months, starting in the season's year. */
export class SeasonParser implements chrono.Parser {
  private readonly regex = new RegExp(
      String.raw`${LEFT}(?:(this|last|next|past|coming)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(${YEAR}))?(?![\p{L}\p{N}-])`,
      'iu',
    );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const [text, modifier = '', word = '', explicitYear] = match;
    const index = match.index!;
    const before = context.text.slice(Math.max(0, index - 12), index);
    const named = /^\p{Lu}/u.test(word) && /^\s+\p{Lu}/u.test(context.text.slice(index + text.length));
    if (named && !explicitYear) return null;
    if (!modifier && !explicitYear && !/\b(?:in|during|the|this|by|until|since|over|through|early|late|mid)[\s-]*$/i.test(before)) return null;

    const season = SEASONS[word.toLowerCase()]!;
    const ref = context.reference.instant;
    const spanFor = (year: number): [Date, Date] => [atNoon(year, season.month, 1), addDays(atNoon(year, season.month + 3, 1), -1)];
    let year: number;
    if (explicitYear) {
      year = Number(explicitYear);
    } else {
      const candidates = [-2, -1, 0, 1].map((offset) => ref.getFullYear() + offset);
      const contains = candidates.find((y) => spanFor(y)[0] <= ref && ref <= spanFor(y)[1]);
      const lastBefore = candidates.filter((y) => spanFor(y)[1] < ref).at(-1)!;
      const firstAfter = candidates.find((y) => spanFor(y)[0] > ref)!;
      const mod = modifier.toLowerCase();
      const thisYear = season.code === 'WI' && ref.getMonth() < 2 ? ref.getFullYear() - 1 : ref.getFullYear();
      const future = tenseAt(context.text, index, index + text.length) === 'future';
      if (mod === 'last' || mod === 'past') year = lastBefore;
      else if (mod === 'next' || mod === 'coming') year = firstAfter;
      else if (mod === 'this') year = thisYear;
      else year = contains ?? (future ? firstAfter : lastBefore);
    }
    const [first, last] = spanFor(year);
    const result = context.createParsingResult(index, text);
    assignMonth(result.start, first.getFullYear(), first.getMonth() + 1);
    result.end = context.createParsingComponents();
    assignMonth(result.end, last.getFullYear(), last.getMonth() + 1);
    return result.addTag(`news/timex:${year}-${season.code}`);
  }
}
