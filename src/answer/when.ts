import type { DateMention, TimelineEntry } from '../extract/types.js';
import type { Knowledge } from '../index/knowledge.js';
import { bestSentences, cite, hasAllNames, uniqueCitations, type QuestionTerms } from './evidence.js';
import { round } from './facts.js';
import type { Answer, Citation } from './types.js';

/** "7 December 2021", "9–10 January 2022", "January 2022", "10:07, 7 December 2021". */
export function formatDate(value: string, end: string | null = null): string {
  const single = (iso: string) => {
    const [date, time] = iso.split('T');
    const [y, m, d] = date!.split('-');
    const month = m ? MONTHS[Number(m) - 1] : undefined;
    const day = d ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : y!;
    return time ? `${time}, ${day}` : day;
  };
  if (!end || end === value) return single(value);
  const [a, b] = [value.split('-'), end.split('-')];
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1] && !value.includes('T')) {
    return `${Number(a[2])}–${Number(b[2])} ${MONTHS[Number(a[1]) - 1]} ${a[0]}`;
  }
  return `${single(value)} to ${single(end)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The dates a found sentence carries, and the timeline entry each date belongs to: indexed once, so a
 * "when" question looks both up instead of scanning every mention and every entry. A mention's entry is
 * found on first need, among the entries of its date only: the index is built again whenever an article
 * is added while running, so building it must stay linear.
 */
export class DateIndex {
  private readonly bySentence = new Map<string, DateMention[]>();
  private readonly byValue = new Map<string, TimelineEntry[]>();
  private readonly entries = new Map<DateMention, TimelineEntry | undefined>();

  constructor(dates: DateMention[], timeline: TimelineEntry[]) {
    for (const entry of timeline) {
      const list = this.byValue.get(entry.value);
      if (list) list.push(entry);
      else this.byValue.set(entry.value, [entry]);
    }
    for (const mention of dates) {
      const key = `${mention.articleId}:${mention.sentence}`;
      const list = this.bySentence.get(key);
      if (list) list.push(mention);
      else this.bySentence.set(key, [mention]);
    }
  }

  mentionsIn(articleId: string, sentence: number): DateMention[] {
    return this.bySentence.get(`${articleId}:${sentence}`) ?? [];
  }

  /** The timeline entry that cites this mention's words. */
  entryFor(mention: DateMention): TimelineEntry | undefined {
    if (!this.entries.has(mention)) {
      const entry = this.byValue
        .get(mention.value)
        ?.find((e) => e.sources.some((s) => s.articleId === mention.articleId && s.start <= mention.start && s.end >= mention.stop));
      this.entries.set(mention, entry);
    }
    return this.entries.get(mention);
  }
}

/**
 * "When did X happen?": the best sentences about X that carry a date; the date of the clause that
 * matches X best; every article reporting the same event on the same date is cited. A question in the
 * future tense ("when are the talks") prefers dates after the article was written.
 */
export function answerWhen(kb: Knowledge, question: string, terms: QuestionTerms, dates: DateIndex): Answer | null {
  const future = /\b(will|are|is)\b.*\b(going to|scheduled|planned|next|expected|due)\b|\bwhen (will|are|is|r)\b|\bnext\b|\bupcoming\b/i.test(question);
  const hits = bestSentences(kb.index, terms, 40).filter((h) => h.coverage >= 0.5 && hasAllNames(terms, h.sentence.text));
  let best: { mention: DateMention; score: number; coverage: number } | null = null;
  for (const [rank, hit] of hits.entries()) {
    const mentions = dates.mentionsIn(hit.article.id, hit.sentence.index).filter((m) => m.granularity !== 'year' || hits.length === 1);
    for (const mention of mentions) {
      const reference = kb.references.get(mention.articleId)?.value ?? '';
      const ahead = mention.value.slice(0, 10) > reference.slice(0, 10);
      const tense = future === ahead ? 1 : 0.6;
      const precision = mention.granularity === 'day' || mention.granularity === 'time' ? 1 : 0.8;
      // An event several articles report is more likely the one meant than a passing mention.
      const reports = dates.entryFor(mention)?.sources.length ?? 1;
      const score = (hit.coverage * tense * precision * (1 + 0.1 * Math.min(reports - 1, 5))) / (1 + rank * 0.02);
      if (!best || score > best.score) best = { mention, score, coverage: hit.coverage };
    }
  }
  if (!best) return null;
  const { mention } = best;
  const entry = dates.entryFor(mention);
  const citations = uniqueCitations([
    citeMention(kb, mention),
    ...(entry?.sources ?? [])
      .filter((s) => s.articleId !== mention.articleId)
      .map((s) => {
        return cite(kb.articleById.get(s.articleId)!, s);
      }),
  ]);
  const when = formatDate(mention.value, mention.end);
  const clause = mention.clause.text;
  return {
    question,
    answer: when,
    kind: 'when',
    confidence: round(best.score),
    text: `${when}: ${clause}${citations.length > 1 ? `\n(${citations.length} articles report it.)` : ''}`,
    citations,
  };
}

/** "What happened on December 17?": the timeline entries on that date or within that range. */
export function answerOnDate(kb: Knowledge, question: string, range: { value: string; end: string | null }): Answer | null {
  const from = range.value;
  const to = range.end ?? range.value;
  const entries = kb.timeline.filter((e) => overlaps(e.value, e.end ?? e.value, from, to));
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 5);
  const citations = uniqueCitations(
    shown.flatMap((e) =>
      e.sources.map((s) => cite(kb.articleById.get(s.articleId)!, s)),
    ),
  );
  return {
    question,
    answer: shown.length === 1 ? shown[0]!.title : `${entries.length} events on ${formatDate(range.value, range.end)}`,
    kind: 'when',
    confidence: 0.9,
    text: shown.map((e) => `${formatDate(e.value, e.end)}: ${e.title}`).join('\n'),
    citations,
  };
}

/** Two ISO ranges overlap, comparing only as much precision as both have. */
export function overlaps(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  const n = (x: string, y: string) => Math.min(x.length, y.length, 10);
  return aFrom.slice(0, n(aFrom, bTo)) <= bTo.slice(0, n(aFrom, bTo)) && bFrom.slice(0, n(bFrom, aTo)) <= aTo.slice(0, n(bFrom, aTo));
}

function citeMention(kb: Knowledge, mention: DateMention): Citation {
  const article = kb.articleById.get(mention.articleId)!;
  return cite(article, article.sentences[mention.sentence]!);
}
