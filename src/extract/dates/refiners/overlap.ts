import * as chrono from 'chrono-node';

/** After spans grew, the longer of two overlapping results stays. */
export class OverlapRefiner implements chrono.Refiner {
  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const kept: chrono.ParsingResult[] = [];
    for (const result of [...results].sort((a, b) => a.index - b.index)) {
      const previous = kept.at(-1);
      if (previous && result.index < previous.index + previous.text.length) {
        if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  }
}
