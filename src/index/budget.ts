import type { Worker } from 'node:worker_threads';
import type { Article, Corpus } from '../corpus/types.js';
import type { QuoteSet, TimelineEntry } from '../extract/types.js';
import type { BuildOptions } from './build.js';
import type { Later } from './later.js';
import type { SideFacts } from './side-build.js';
import { startWorker, workerWith, type SideWorker } from './worker.js';

/**
 * The per-article time budget. Extraction is meant to be linear in an article's length, so the budget
 * is too: a fixed allowance plus so much per megabyte. An article that takes longer is one whose shape
 * some step handles worse than linearly; it is skipped with a warning instead of stalling the start.
 *
 * Synchronous extraction cannot be stopped from inside, so a corpus with a large article is extracted in
 * a worker thread, terminated if the budget of all its text runs out. Only then is each large article
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

/** What the workers extracted, and what was built here meanwhile. */
export interface GuardedExtraction<T> {
  quotes: QuoteSet;
  quotesMs: number;
  side: SideFacts;
  /** Sent after the side facts: a question that needs no timeline is answered without waiting for it. */
  timeline: Later<TimelineEntry[]>;
  during: T;
}

/**
 * Every article's facts extracted in two worker threads, the quotes in one and the side facts (dates,
 * people, summaries, then the timeline) in the other; null when that ran over the budget of all the text,
 * or failed. The quotes come first, and `meanwhile` (the index, which needs them) runs here while the side
 * facts are still being extracted; its time is not extraction's, and does not count against the budget.
 * `startSide` starts the side worker, whose timeline must come by the deadline it is given.
 */
export async function extractInWorkers<T>(
  corpus: Corpus,
  options: BuildOptions,
  meanwhile: (quotes: QuoteSet) => T,
  startSide: (deadline: number) => SideWorker,
): Promise<GuardedExtraction<T> | null> {
  const chars = corpus.articles.reduce((sum, a) => sum + a.text.length, 0);
  const budgetMs = articleBudgetMs(chars, options.budget);
  const started = performance.now();
  const quoteWorker = workerWith('quotes-worker', corpus.articles, options.warm);
  const side = startSide(started + budgetMs);
  const [quoting, siding] = [new Inbox(quoteWorker), new Inbox(side.worker)];
  let timelinePending = false;
  try {
    const extracted = (await quoting.next(budgetMs)) as { quotes: QuoteSet; quotesMs: number } | null;
    if (!extracted) return null;
    const spent = performance.now() - started;
    const during = meanwhile(extracted.quotes);
    const facts = (await siding.next(budgetMs - spent)) as SideFacts | null;
    if (!facts) return null;
    // The timeline is still to come: the worker is left to finish it, and keeps no process alive for it.
    timelinePending = true;
    side.worker.unref();
    return { ...extracted, side: facts, timeline: side.timeline, during };
  } finally {
    await quoteWorker.terminate();
    if (!timelinePending) await side.worker.terminate();
  }
}

/**
 * A worker's messages, one at a time, each waited for at most so long. An error, or an exit without a
 * message (out of memory), ends them: the trials then find the article to blame.
 */
class Inbox {
  private readonly waiting: unknown[] = [];
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(worker: Worker) {
    worker.on('message', (message: unknown) => {
      this.waiting.push(message);
      this.wake?.();
    });
    const close = () => {
      this.closed = true;
      this.wake?.();
    };
    worker.once('error', close);
    worker.once('exit', close);
  }

  /** The next message, or null when none came within `timeoutMs` or none will come. */
  async next(timeoutMs: number): Promise<unknown> {
    if (this.waiting.length === 0 && !this.closed && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
    return this.waiting.shift() ?? null;
  }
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
      worker ??= startWorker('trial-worker');
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
