// A worker thread's entry: extract each article it is sent on its own and say when done (see budget.ts).
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { extractPeople } from '../extract/people/people.js';
import { extractQuotes } from '../extract/quotes/quotes.js';
import { summarizeArticle } from '../extract/summaries/summarize.js';
import { datesAndTimeline } from './dates-build.js';

parentPort!.on('message', (article: Article) => {
  extractQuotes([article]);
  extractPeople([article]);
  summarizeArticle(article);
  datesAndTimeline([article]);
  parentPort!.postMessage(article.id);
});
