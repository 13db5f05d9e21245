import type { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { startWorker } from './worker.js';

/**
 * The per-article time budget. Extraction is meant to be linear in an article's length, so the budget
 * is too: a fixed allowance plus so much per megabyte. An article that takes longer is one whose shape
 * some step handles worse than linearly; it is skipped with a warning instead of stalling the start.
 *
 * Synchronous extraction cannot be stopped from inside, so each large article is first extracted on its
 * own in a worker thread, which is terminated when the article's budget runs out. Short articles are
 * not tried: at every size below TRIAL_FROM_CHARS extraction takes a fraction of the fixed allowance.
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
