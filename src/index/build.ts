import type { Corpus } from '../corpus/types.js';
import { extractAllDates } from '../extract/dates.js';
import { extractPeople } from '../extract/entities.js';
import { extractQuotes } from '../extract/quotes.js';
import { summarizeArticle } from '../extract/summarize.js';
import { buildTimeline } from '../extract/timeline.js';
import type { Quote } from '../extract/types.js';
import type { Knowledge } from './knowledge.js';
import { SearchIndex } from './search-index.js';

export interface BuildOptions {
  summarySentences?: number;
  /** Told how long each extraction and index phase took (for the benchmark); never changes what is built. */
  onPhase?: (phase: BuildPhase, ms: number) => void;
}

export type BuildPhase = 'quotes' | 'dates' | 'index' | 'people' | 'timeline' | 'summaries';

/** Extract every fact from a corpus and index it: the cold build, done once and then saved. */
export function buildKnowledge(corpus: Corpus, options: BuildOptions = {}): Knowledge {
  const timed = <T>(phase: BuildPhase, work: () => T): T => {
    if (!options.onPhase) return work();
    const started = performance.now();
    const result = work();
    options.onPhase(phase, performance.now() - started);
    return result;
  };
  const quotes = timed('quotes', () => extractQuotes(corpus.articles));
  const quotesByArticle = groupQuotes(quotes.quotes);
  const { references, mentions } = timed('dates', () => extractAllDates(corpus.articles));
  // The speakers quoted in a sentence are indexed with it: "what did Ushakov say" finds "he added".
  const index = timed('index', () =>
    SearchIndex.build(corpus, (article, sentence) =>
      (quotesByArticle.get(article.id) ?? [])
        .filter((q) => q.speaker && q.start < sentence.end && q.end > sentence.start)
        .map((q) => q.speaker)
        .join(' '),
    ),
  );
  const people = timed('people', () => extractPeople(corpus.articles));
  const timeline = timed('timeline', () => buildTimeline(corpus.articles, mentions));
  const summaries = timed(
    'summaries',
    () => new Map(corpus.articles.map((a) => [a.id, summarizeArticle(a, options.summarySentences)] as const)),
  );
  return {
    corpus,
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    index,
    quotes,
    quotesByArticle,
    people,
    references,
    dates: mentions,
    timeline,
    summaries,
  };
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
