// A worker thread's entry: the facts of the corpus it is given, the quotes first (see budget.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.js';
import { extractQuotes } from '../extract/quotes/quotes.js';
import { startSideFacts } from './build.js';

const { corpus, summarySentences, parallel } = workerData as { corpus: Corpus; summarySentences?: number; parallel?: boolean };
const side = startSideFacts(corpus, { summarySentences, parallel });
const started = performance.now();
const quotes = extractQuotes(corpus.articles);
// The index needs only the quotes: the parent builds it while the side facts are still being extracted.
parentPort!.postMessage({ quotes, quotesMs: performance.now() - started });
parentPort!.postMessage({ side: await side });
