// A worker thread's entry: the quotes of the articles it is sent, under the build's budget (see budget.ts).
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { extractQuotes } from '../extract/quotes/quotes.js';

parentPort!.once('message', (articles: Article[]) => {
  const started = performance.now();
  const quotes = extractQuotes(articles);
  parentPort!.postMessage({ quotes, quotesMs: performance.now() - started });
});
