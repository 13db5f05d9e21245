import type { Article, Corpus } from '../corpus/types.js';
import type { Person } from '../extract/people/people.js';
import type { ArticleSummary, DateMention, Quote, QuoteSet, ReferenceTime, TimelineEntry } from '../extract/types.js';
import type { SearchIndex } from './search-index.js';

/** Everything Dossier knows about a corpus: the articles, the extracted facts and the search index. */
export interface Knowledge {
  corpus: Corpus;
  articleById: Map<string, Article>;
  index: SearchIndex;
  quotes: QuoteSet;
  /** Article id → its quotes, in text order. */
  quotesByArticle: Map<string, Quote[]>;
  people: Person[];
  references: Map<string, ReferenceTime>;
  dates: DateMention[];
  timeline: TimelineEntry[];
  /** Article id → its summary, computed once at build time. */
  summaries: Map<string, ArticleSummary>;
}
