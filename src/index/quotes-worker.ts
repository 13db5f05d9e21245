// A worker thread's entry: the quotes of the articles it is given, under the build's budget (see budget.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { extractQuotes } from '../extract/quotes/quotes.js';

const started = performance.now();
const quotes = extractQuotes(workerData as Article[]);
parentPort!.postMessage({ quotes, quotesMs: performance.now() - started });
