import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { loadCorpus } from '../src/corpus/load.js';
import { buildKnowledge, type BuildPhase } from '../src/index/build.js';

describe('buildKnowledge', () => {
  it('gives the same dates and timeline whether they are extracted in a worker thread or not', async () => {
    const corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
    const phases: BuildPhase[] = [];
    const [inWorker, inline] = await Promise.all([
      buildKnowledge(corpus, { parallel: true, onPhase: (phase) => phases.push(phase) }),
      buildKnowledge(corpus, { parallel: false }),
    ]);
    expect(inWorker.dates).toEqual(inline.dates);
    expect(inWorker.timeline).toEqual(inline.timeline);
    expect(inWorker.references).toEqual(inline.references);
    expect(inWorker.references).toBeInstanceOf(Map);
    expect(inWorker.dates.length).toBeGreaterThan(20);
    expect([...phases].sort()).toEqual(['dates', 'index', 'people', 'quotes', 'summaries', 'timeline']);
  });
});
