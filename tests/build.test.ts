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

describe('buildKnowledge under the time budget', () => {
  it('builds a corpus with a large article in a worker thread, and the knowledge is the same as built here', async () => {
    const corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
    const phases: BuildPhase[] = [];
    // Every default article is "large" for this run, so the guarded build in a worker is taken.
    const [guarded, inline] = await Promise.all([
      buildKnowledge(corpus, { budget: { trialFromChars: 1000 }, onPhase: (phase) => phases.push(phase) }),
      buildKnowledge(corpus, { budget: { trialFromChars: Infinity } }),
    ]);
    expect(guarded.quotes).toEqual(inline.quotes);
    expect(guarded.dates).toEqual(inline.dates);
    expect(guarded.summaries).toEqual(inline.summaries);
    expect(guarded.people).toEqual(inline.people);
    expect(guarded.index.searchSentences('sanctions pipeline', { limit: 5 }).map((h) => h.sentence.text)).toEqual(
      inline.index.searchSentences('sanctions pipeline', { limit: 5 }).map((h) => h.sentence.text),
    );
    expect([...phases].sort()).toEqual(['dates', 'index', 'people', 'quotes', 'summaries', 'timeline']);
  }, 60_000);
});
