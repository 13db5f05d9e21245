// A worker thread's entry: extract each article it is sent on its own and say when done (see budget.ts).
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { extractQuotes } from '../extract/quotes/quotes.js';
import { sideFacts, sideTimeline } from './side-build.js';

parentPort!.on('message', (article: Article) => {
  extractQuotes([article]);
  sideTimeline([article], sideFacts({ articles: [article] }));
  parentPort!.postMessage(article.id);
});
