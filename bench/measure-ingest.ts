import type { Dossier } from '../src/answer/dossier.js';
import { parseArticleFile } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import type { BenchQuestion } from './questions.js';
import { collect, summarize, type Latency } from './stats.js';

/** Adding articles to a running Dossier, and what it does to answering meanwhile. */
export interface IngestResult {
  /** Articles added one at a time (each taken out first, so it is new to the corpus). */
  added: number;
  /** Clean, extract, index and merge one article: from its file's text to putArticle's return. */
  addMs: Latency;
  /** addMs plus a first search (the opening words of its first sentence), which must cite the new article: ready to answer. */
  readyMs: Latency;
  /** ask, same questions, same process: with no change, then with an article added after every ADD_EVERY questions. */
  askIdle: Latency;
  askWhileAdding: Latency;
}

/** Questions between two additions while asking. */
export const ADD_EVERY = 10;
const SAMPLES = 50;

/**
 * Take out an article, then time putting it back as a new file would come in; then time ask idle and
 * with additions interleaved. Asks are timed alone: one that arrives during an addition waits for it,
 * which readyMs bounds.
 */
export function measureIngest(dossier: Dossier, questions: readonly BenchQuestion[], budgetMs: number): IngestResult {
  const step = Math.max(1, Math.floor(dossier.articles.length / SAMPLES));
  const samples = dossier.articles.filter((a, i) => i % step === 0 && a.sentences.length > 0).slice(0, SAMPLES);
  const add = (article: Article) => {
    dossier.removeArticle(article.id);
    const started = performance.now();
    const change = dossier.putArticle(parseArticleFile(article.file, article.text));
    if (change.outcome !== 'added') throw new Error(`${article.file} was not added back (${change.outcome})`);
    return performance.now() - started;
  };

  const addMs: number[] = [];
  const readyMs: number[] = [];
  for (const article of samples) {
    const started = performance.now();
    addMs.push(add(article));
    const opening = article.sentences[0]!.text.split(/\s+/).slice(0, 12).join(' ');
    const found = dossier.search(opening, 10).some((c) => c.file === article.file);
    if (!found) throw new Error(`${article.file} was added but search does not find its first sentence`);
    readyMs.push(performance.now() - started);
  }

  const askIdle = timeAsks(dossier, questions, budgetMs, () => {});
  let next = 0;
  const askWhileAdding = timeAsks(dossier, questions, budgetMs, (i) => {
    if (i % ADD_EVERY === 0) add(samples[next++ % samples.length]!);
  });
  return { added: samples.length, addMs: summarize(addMs), readyMs: summarize(readyMs), askIdle, askWhileAdding };
}

function timeAsks(dossier: Dossier, questions: readonly BenchQuestion[], budgetMs: number, between: (i: number) => void): Latency {
  collect();
  const samples: number[] = [];
  const started = performance.now();
  for (const [i, question] of questions.entries()) {
    between(i);
    const t0 = performance.now();
    dossier.ask(question.text);
    samples.push(performance.now() - t0);
    if (performance.now() - started > budgetMs) break;
  }
  return summarize(samples);
}
