// A worker thread's entry: the whole build of the corpus it is given, sent back as plain data (see budget.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.js';
import { buildKnowledge, type BuildPhase } from './build.js';
import { toPortable } from './snapshot.js';

const { corpus, summarySentences, parallel } = workerData as { corpus: Corpus; summarySentences?: number; parallel?: boolean };
const phases: [BuildPhase, number][] = [];
const knowledge = await buildKnowledge(corpus, {
  summarySentences,
  parallel,
  // This build is the one under a budget: it must not start another.
  budget: { trialFromChars: Infinity },
  onPhase: (phase, ms) => phases.push([phase, ms]),
});
// The corpus is the one the parent sent, unchanged (no budget here skips an article): the parent keeps
// its own, and copying it back would cost a second copy of every article's text.
const { corpus: _same, ...built } = toPortable(knowledge);
parentPort!.postMessage({ portable: built, phases });
