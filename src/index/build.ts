import { CorpusError } from '../corpus/load.js';
import type { Article, Corpus } from '../corpus/types.js';
import { extractQuotes } from '../extract/quotes/quotes.js';
import type { Quote, QuoteSet, TimelineEntry } from '../extract/types.js';
import { ARTICLE_BUDGET, extractInWorkers, needsBudget, screenArticles, type BudgetOptions } from './budget.js';
import type { Later } from './later.js';
import { sideFacts, sideTimeline, type SideFacts, type SideInput } from './side-build.js';
import type { Knowledge } from './knowledge.js';
import { SearchIndex, type TextIndex } from './search-index.js';
import { startSideWorker, type SideWorker, type WarmWorkers, type WorkerName } from './worker.js';

export interface BuildOptions {
  summarySentences?: number;
  /** Told how long each extraction and index phase took (for the benchmark); never changes what is built. */
  onPhase?: (phase: BuildPhase, ms: number) => void;
  /**
   * Extract dates, the timeline, people and summaries in a worker thread, beside quotes and the index: on by default from
   * PARALLEL_FROM articles or PARALLEL_FROM_CHARS characters of text, where the second core saves more
   * than copying the articles costs.
   */
  parallel?: boolean;
  /** The per-article time budget (see budget.ts); an article over it is skipped with a warning. */
  budget?: BudgetOptions;
  /** Told of each article skipped for its budget. */
  onWarning?: (line: string) => void;
  /** Workers started ahead, while the corpus was cleaned (see `workersFor`); the caller releases those left. */
  warm?: WarmWorkers;
}

export type BuildPhase = 'quotes' | 'dates' | 'index' | 'people' | 'timeline' | 'summaries';

export const PARALLEL_FROM = 2000;
/**
 * One article of a megabyte takes seconds to date, and the dates worker costs a fraction of a second
 * to start and to copy it: a few large articles are worth the second core as much as many small ones.
 */
export const PARALLEL_FROM_CHARS = 1_000_000;

/**
 * Extract every fact from a corpus and index it: the cold build, done once and then saved. Dates, the
 * timeline, people and summaries (about half the work) run in a worker thread for a large corpus, while
 * this thread extracts quotes and builds the index.
 *
 * A corpus with a large article is extracted in a worker thread under the time budget of all its text
 * (see budget.ts), and indexed here as soon as its quotes are in; only when the budget runs out is each
 * large article tried alone, those over their own budget skipped with a warning, and the rest built here.
 */
export async function buildKnowledge(loaded: Corpus, options: BuildOptions = {}): Promise<Knowledge> {
  if (!needsBudget(loaded.articles, options.budget)) return buildAll(loaded, options);
  let text: { index: TextIndex; ms: number } | null = null;
  const extracting = extractInWorkers(
    loaded,
    options,
    (quotes) => indexCorpus(loaded, quotes, options, text!),
    (deadline) => sideWorker(loaded, options, deadline),
  );
  // The workers have their articles: while they extract, this thread indexes the sentences, which need no quotes.
  const started = performance.now();
  text = { index: SearchIndex.buildText(loaded), ms: performance.now() - started };
  const guarded = await extracting;
  if (guarded) {
    options.onPhase?.('quotes', guarded.quotesMs);
    return knowledgeOf(loaded, guarded.quotes, guarded.during, guarded.side, guarded.timeline, options);
  }
  return buildAll(await withinBudget(loaded, options), options);
}

/** The build itself, on this thread (the side facts in a worker for a large corpus), of every article given. */
async function buildAll(corpus: Corpus, options: BuildOptions): Promise<Knowledge> {
  const side = startSideFacts(corpus, options);
  const started = performance.now();
  const quotes = extractQuotes(corpus.articles);
  options.onPhase?.('quotes', performance.now() - started);
  const indexed = indexCorpus(corpus, quotes, options);
  const { facts, timeline } = await side;
  return knowledgeOf(corpus, quotes, indexed, facts, timeline, options);
}

/**
 * The workers a build of these texts will ask for, judged before cleaning (which only shortens them), so
 * that the caller can start them while it cleans: both for a corpus with a large article, the side-facts
 * worker for a large corpus.
 */
export function workersFor(texts: readonly string[], options: Pick<BuildOptions, 'parallel' | 'budget'> = {}): WorkerName[] {
  const trialFrom = options.budget?.trialFromChars ?? ARTICLE_BUDGET.trialFromChars;
  if (texts.some((text) => text.length >= trialFrom)) return ['quotes-worker', 'side-worker'];
  return options.parallel ?? largeCorpus(texts) ? ['side-worker'] : [];
}

function largeCorpus(texts: readonly string[]): boolean {
  return texts.length >= PARALLEL_FROM || texts.reduce((sum, text) => sum + text.length, 0) >= PARALLEL_FROM_CHARS;
}

/** Dates, people and summaries, then the timeline: in a worker thread for a large corpus, else here. */
function startSideFacts(corpus: Corpus, options: BuildOptions): Promise<{ facts: SideFacts; timeline: TimelineEntry[] | Later<TimelineEntry[]> }> {
  const parallel = options.parallel ?? largeCorpus(corpus.articles.map((a) => a.text));
  if (parallel) return sideFactsInWorker(sideWorker(corpus, options, Infinity));
  const facts = sideFacts({ articles: corpus.articles, summarySentences: options.summarySentences });
  const started = performance.now();
  const timeline = sideTimeline(corpus.articles, facts);
  options.onPhase?.('timeline', performance.now() - started);
  return Promise.resolve({ facts, timeline });
}

/**
 * The side-facts worker for a corpus, its timeline due by `deadline`. A timeline that does not come is
 * left out with a warning, which a warm start from the snapshot repeats.
 */
function sideWorker(corpus: Corpus, options: BuildOptions, deadline: number): SideWorker {
  return startSideWorker({ articles: corpus.articles, summarySentences: options.summarySentences }, options.warm, {
    deadline,
    late: (why) => {
      const line = `the timeline was left out (${why}): "when" answers and the timeline have no events`;
      corpus.warnings.push(line);
      options.onWarning?.(line);
      return [];
    },
    onSettled: (ms) => {
      if (ms !== null) options.onPhase?.('timeline', ms);
    },
  });
}

interface Indexed {
  index: SearchIndex;
  quotesByArticle: Map<string, Quote[]>;
}

/**
 * The search index, each sentence with the speakers quoted in it: "what did Lindqvist say" finds "he added".
 * `text`: the sentences already indexed, and how long that took.
 */
function indexCorpus(corpus: Corpus, quotes: QuoteSet, options: BuildOptions, text?: { index: TextIndex; ms: number }): Indexed {
  const started = performance.now() - (text?.ms ?? 0);
  const quotesByArticle = groupQuotes(quotes.quotes);
  let speakers: { articleId: string; bySentence: string[] } | null = null;
  const index = (text?.index ?? SearchIndex.buildText(corpus)).withContext((article, sentence) => {
    if (speakers?.articleId !== article.id) speakers = { articleId: article.id, bySentence: speakersBySentence(article, quotesByArticle.get(article.id) ?? []) };
    return speakers.bySentence[sentence.index]!;
  });
  options.onPhase?.('index', performance.now() - started);
  return { index, quotesByArticle };
}

function knowledgeOf(
  corpus: Corpus,
  quotes: QuoteSet,
  { index, quotesByArticle }: Indexed,
  side: SideFacts,
  timeline: TimelineEntry[] | Later<TimelineEntry[]>,
  options: BuildOptions,
): Knowledge {
  const { references, mentions, people, summaries, ms } = side;
  for (const [phase, took] of Object.entries(ms)) options.onPhase?.(phase as BuildPhase, took);
  const knowledge: Knowledge = {
    corpus,
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    index,
    quotes,
    quotesByArticle,
    people,
    references,
    dates: mentions,
    timeline: Array.isArray(timeline) ? timeline : [],
    summaries,
  };
  if (!Array.isArray(timeline)) timelineLater(knowledge, timeline);
  return knowledge;
}

/** Knowledge whose timeline is still coming → its arrival. */
const pendingTimelines = new WeakMap<Knowledge, Later<TimelineEntry[]>>();

/**
 * The knowledge's timeline read from `later`: waited for by the first reader, until someone sets another.
 * It is an accessor, so reading the knowledge's facts (a snapshot's save) reads it too.
 */
function timelineLater(knowledge: Knowledge, later: Later<TimelineEntry[]>): void {
  let replaced: TimelineEntry[] | null = null;
  pendingTimelines.set(knowledge, later);
  Object.defineProperty(knowledge, 'timeline', {
    enumerable: true,
    configurable: true,
    get: () => replaced ?? later.value,
    set: (timeline: TimelineEntry[]) => (replaced = timeline),
  });
}

/** Resolves once every fact of the knowledge is in: the timeline of a large corpus comes after the rest. */
export async function knowledgeSettled(knowledge: Knowledge): Promise<void> {
  await pendingTimelines.get(knowledge)?.settled();
}

/** The corpus without the articles that run over their time budget; their warnings join the corpus's. */
async function withinBudget(corpus: Corpus, options: BuildOptions): Promise<Corpus> {
  const { kept, warnings } = await screenArticles(corpus.articles, options.budget);
  if (warnings.length === 0) return corpus;
  for (const line of warnings) options.onWarning?.(line);
  if (kept.length === 0) throw new CorpusError(`No article in ${corpus.dir} could be loaded (${warnings.join('; ')}).`);
  return { ...corpus, articles: kept, warnings: [...corpus.warnings, ...warnings] };
}

/** The side facts from the side worker's first message; its timeline comes after. */
function sideFactsInWorker({ worker, timeline }: SideWorker): Promise<{ facts: SideFacts; timeline: Later<TimelineEntry[]> }> {
  return new Promise((resolve, reject) => {
    worker.once('message', (facts: SideFacts) => {
      worker.unref();
      resolve({ facts, timeline });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the side-facts worker stopped with exit code ${code}`));
    });
  });
}

/**
 * For each sentence of an article, the speakers of the quotes that overlap it, in quote order. Found
 * from each quote's first sentence on (by binary search), not by testing every quote against every
 * sentence: that was quadratic in an article of thousands of quotes.
 */
function speakersBySentence(article: Article, quotes: readonly Quote[]): string[] {
  const { sentences } = article;
  const names: string[][] = sentences.map(() => []);
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sentences[middle]!.end <= quote.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < sentences.length && sentences[i]!.start < quote.end; i++) names[i]!.push(quote.speaker);
  }
  return names.map((list) => list.join(' '));
}

export function groupQuotes(quotes: Quote[]): Map<string, Quote[]> {
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const list = byArticle.get(quote.articleId);
    if (list) list.push(quote);
    else byArticle.set(quote.articleId, [quote]);
  }
  return byArticle;
}
