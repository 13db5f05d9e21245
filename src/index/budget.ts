import type { Worker } from 'node:worker_threads';
import type { Article, Corpus } from '../corpus/types.js';
import type { BuildOptions, BuildPhase } from './build.js';
import type { Knowledge } from './knowledge.js';
import { fromPortable, type PortableKnowledge } from './snapshot.js';
import { startWorker } from './worker.js';

/**
 * The per-article time budget. Extraction is meant to be linear in an article's length, so the budget
 * is too: a fixed allowance plus so much per megabyte. An article that takes longer is one whose shape
 * some step handles worse than linearly; it is skipped with a warning instead of stalling the start.
 *
 * Synchronous extraction cannot be stopped from inside, so a corpus with a large article is built in a
 * worker thread, terminated if the budget of all its text runs out. Only then is each large article
 * extracted on its own in a worker, under its own budget, to find the ones to skip. Short articles are
 * never tried: at every size below TRIAL_FROM_CHARS extraction takes a fraction of the fixed allowance.
 */
export interface BudgetOptions {
  /** Allowance of every article, in ms. */
  baseMs?: number;
  /** Further allowance per megabyte (million characters) of text, in ms. */
  msPerMB?: number;
  /** Articles shorter than this are not tried. */
  trialFromChars?: number;
}

export const ARTICLE_BUDGET = { baseMs: 10_000, msPerMB: 12_000, trialFromChars: 16_000 };

export function articleBudgetMs(chars: number, options: BudgetOptions = {}): number {
  const { baseMs, msPerMB } = { ...ARTICLE_BUDGET, ...options };
  return baseMs + (msPerMB * chars) / 1_000_000;
}

/** Whether any article is large enough to need the budget. */
export function needsBudget(articles: readonly Article[], options: BudgetOptions = {}): boolean {
  const trialFrom = options.trialFromChars ?? ARTICLE_BUDGET.trialFromChars;
  return articles.some((a) => a.text.length >= trialFrom);
}

/** The whole build in a worker thread; null when it ran over the budget of all the text, or failed. */
export async function buildInWorker(corpus: Corpus, options: BuildOptions): Promise<Knowledge | null> {
  const chars = corpus.articles.reduce((sum, a) => sum + a.text.length, 0);
  const worker = startWorker('build-worker', { corpus, summarySentences: options.summarySentences, parallel: options.parallel });
  const outcome = await new Promise<{ portable: Omit<PortableKnowledge, 'corpus'>; phases: [BuildPhase, number][] } | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), articleBudgetMs(chars, options.budget));
    worker.once('message', (message) => {
      clearTimeout(timer);
      resolve(message);
    });
    // An error, or an exit without a message (out of memory): the trials find the article to blame.
    const failed = () => {
      clearTimeout(timer);
      resolve(null);
    };
    worker.once('error', failed);
    worker.once('exit', failed);
  });
  await worker.terminate();
  if (!outcome) return null;
  for (const [phase, ms] of outcome.phases) options.onPhase?.(phase, ms);
  // The worker sends back what it built, not the corpus it was given: this thread's copy is the same.
  return fromPortable({ ...outcome.portable, corpus });
}

/** The articles that extract within their budget, and a warning for each that does not. */
export async function screenArticles(articles: readonly Article[], options: BudgetOptions = {}): Promise<{ kept: Article[]; warnings: string[] }> {
  const trialFrom = options.trialFromChars ?? ARTICLE_BUDGET.trialFromChars;
  const tried = articles.filter((a) => a.text.length >= trialFrom);
  if (tried.length === 0) return { kept: [...articles], warnings: [] };
  const skipped = new Map<Article, string>();
  let worker: Worker | null = null;
  try {
    for (const article of tried) {
      worker ??= startWorker('trial-worker', null);
      const budget = articleBudgetMs(article.text.length, options);
      const outcome = await trial(worker, article, budget);
      if (outcome === 'done') continue;
      skipped.set(
        article,
        outcome === 'late' ? `extracting its facts took over ${Math.round(budget / 1000)} s, the budget for its size` : `extraction failed (${outcome.message})`,
      );
      await worker.terminate();
      worker = null;
    }
  } finally {
    await worker?.terminate();
  }
  return {
    kept: articles.filter((a) => !skipped.has(a)),
    warnings: [...skipped].map(([article, why]) => `${article.file}: skipped: ${why}`),
  };
}

/** Send one article to the worker: done within `budgetMs`, late, or the error it stopped with. */
function trial(worker: Worker, article: Article, budgetMs: number): Promise<'done' | 'late' | Error> {
  return new Promise((resolve) => {
    const finish = (outcome: 'done' | 'late' | Error) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(outcome);
    };
    const onMessage = () => finish('done');
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(() => finish('late'), budgetMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(article);
  });
}
