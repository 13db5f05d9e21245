import * as chrono from 'chrono-node';

/** "late January—early February", "between 1990 and 1995": two dates joined into one range. */
export class NewsRangeRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const merged: chrono.ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      const joined =
        previous &&
        !previous.start.isCertain('hour') &&
        !result.start.isCertain('hour') &&
        (/^\s*[—–]\s*$|^\s+-\s+$/.test(between) ||
          (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(context.text.slice(Math.max(0, previous.index - 9), previous.index))));
      if (!previous || !joined || previous.start.date() > result.start.date()) {
        merged.push(result);
        continue;
      }
      previous.end = result.end ?? result.start;
      previous.text = context.text.slice(previous.index, result.index + result.text.length);
      for (const tag of result.tags()) if (!tag.startsWith('news/timex')) previous.addTag(tag);
    }
    return merged;
  }
}
