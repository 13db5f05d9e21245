import type { Article } from '../corpus/types.js';
import { extractAllDates } from '../extract/dates/dates.js';
import { buildTimeline } from '../extract/dates/timeline.js';
import { extractPeople, type Person } from '../extract/people/people.js';
import { summarizeArticle } from '../extract/summaries/summarize.js';
import type { ArticleSummary, DateMention, ReferenceTime, TimelineEntry } from '../extract/types.js';

/**
 * The facts that need neither the quotes nor the index: built beside them, in a worker thread for large
 * corpora. The timeline, which needs the dates and only "when" questions and the timeline need, comes
 * after them (see `sideTimeline`).
 */
export interface SideFacts {
  references: Map<string, ReferenceTime>;
  mentions: DateMention[];
  people: Person[];
  summaries: Map<string, ArticleSummary>;
  /** How long each part took, for the build's phase report. */
  ms: { dates: number; people: number; summaries: number };
}

export interface SideInput {
  articles: Article[];
  summarySentences?: number;
}

/** Every article's dates, people and summary. */
export function sideFacts({ articles, summarySentences }: SideInput): SideFacts {
  const clock = stopwatch();
  const { references, mentions } = extractAllDates(articles);
  const dates = clock();
  const people = extractPeople(articles);
  const peopleMs = clock();
  const summaries = new Map(articles.map((a) => [a.id, summarizeArticle(a, summarySentences)] as const));
  return { references, mentions, people, summaries, ms: { dates, people: peopleMs, summaries: clock() } };
}

/** The events of every article, merged into one timeline. */
export function sideTimeline(articles: Article[], { mentions, references }: Pick<SideFacts, 'mentions' | 'references'>): TimelineEntry[] {
  return buildTimeline(articles, mentions, references);
}

/** Milliseconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}
