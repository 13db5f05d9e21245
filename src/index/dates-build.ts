import type { Article } from '../corpus/types.js';
import { extractAllDates } from '../extract/dates/dates.js';
import { buildTimeline } from '../extract/dates/timeline.js';
import type { DateMention, ReferenceTime, TimelineEntry } from '../extract/types.js';

export interface DatesResult {
  references: Map<string, ReferenceTime>;
  mentions: DateMention[];
  timeline: TimelineEntry[];
  /** How long each part took, for the build's phase report. */
  ms: { dates: number; timeline: number };
}

/** Every article's dates and the merged timeline: one build step, run in a worker for large corpora. */
export function datesAndTimeline(articles: Article[]): DatesResult {
  let started = performance.now();
  const { references, mentions } = extractAllDates(articles);
  const dates = performance.now() - started;
  started = performance.now();
  const timeline = buildTimeline(articles, mentions, references);
  return { references, mentions, timeline, ms: { dates, timeline: performance.now() - started } };
}
