import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { loadCorpus } from '../src/corpus/load.js';
import { buildKnowledge, workersFor, type BuildPhase } from '../src/index/build.js';
import { WarmWorkers } from '../src/index/worker.js';

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
    // The timeline comes after the rest: read here, it is waited for.
    expect(guarded.timeline).toEqual(inline.timeline);
    expect(guarded.timeline.length).toBeGreaterThan(5);
    expect(guarded.index.searchSentences('sanctions pipeline', { limit: 5 }).map((h) => h.sentence.text)).toEqual(
      inline.index.searchSentences('sanctions pipeline', { limit: 5 }).map((h) => h.sentence.text),
    );
    expect([...phases].sort()).toEqual(['dates', 'index', 'people', 'quotes', 'summaries', 'timeline']);
  }, 60_000);
});

describe('workers started ahead of the build', () => {
  /** The worker started ahead for `name`, looked at from outside. */
  const startedAhead = (warm: WarmWorkers, name: string) => (warm as unknown as { waiting: Map<string, { worker: Worker }> }).waiting.get(name)!.worker;

  it('are the ones the build will ask for: both for a large article, the side-facts one for a large corpus', () => {
    expect(workersFor(['short', 'x'.repeat(20_000)])).toEqual(['quotes-worker', 'side-worker']);
    expect(workersFor(['short', 'x'.repeat(20_000)], { budget: { trialFromChars: Infinity } })).toEqual([]);
    expect(workersFor(Array.from({ length: 2500 }, () => 'a short article'))).toEqual(['side-worker']);
    expect(workersFor(['a short article'], { parallel: true })).toEqual(['side-worker']);
    expect(workersFor(['a short article'])).toEqual([]);
  });

  it('are taken by the build, which gives what it gives without them; those not taken are stopped', async () => {
    const corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
    const warm = new WarmWorkers(['quotes-worker', 'side-worker', 'trial-worker']);
    const exits: number[] = [];
    startedAhead(warm, 'trial-worker').once('exit', (code) => exits.push(code));
    const [withWarm, without] = await Promise.all([
      buildKnowledge(corpus, { budget: { trialFromChars: 1000 }, warm }),
      buildKnowledge(corpus, { budget: { trialFromChars: Infinity } }),
    ]);
    await warm.release();
    expect(withWarm.quotes).toEqual(without.quotes);
    expect(withWarm.timeline).toEqual(without.timeline);
    expect(exits).toHaveLength(1);
  }, 60_000);

  it('are replaced when one stopped before it was asked for', async () => {
    const warm = new WarmWorkers(['side-worker']);
    await startedAhead(warm, 'side-worker').terminate();
    const corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
    const knowledge = await buildKnowledge(corpus, { parallel: true, warm });
    expect(knowledge.dates.length).toBeGreaterThan(20);
  }, 60_000);
});
