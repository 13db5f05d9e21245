/**
 * Event–date anchoring measured on TimeBank 1.2 + AQUAINT (../shared/eval/timeml-tbaq/). The gold pairs
 * are the (EVENT, TIMEX3) pairs a TLINK ties with a relation other than BEFORE or AFTER, the document's
 * creation time excluded. Both systems are given the gold EVENT and TIMEX3 spans (the creation time
 * aside) and decide only which event each date dates: Dossier's anchoring (src/extract/events/anchor.ts)
 * against a baseline that anchors every event to the nearest date in its sentence. Precision, recall
 * and F1 of the pairs, for the development and the held-out part (split by file-name hash).
 *
 * Usage: npm run eval:timeline [-- --errors]   (--errors lists the development part's misses and extras)
 */
import type { Article } from '../src/corpus/types.js';
import { anchorEvents, type TextSpan } from '../src/extract/events/anchor.js';
import { timemlArticle, timemlParts, type TimemlDocument } from './lib/timeml.js';

type Pair = `${string}|${string}`;

interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

const EXCLUDED_RELATIONS = new Set(['BEFORE', 'AFTER']);

function goldPairs(doc: TimemlDocument): Set<Pair> {
  return new Set(
    doc.links.filter((l) => l.timex !== doc.creationTimeId && !EXCLUDED_RELATIONS.has(l.relation)).map((l) => `${l.event}|${l.timex}` as Pair),
  );
}

function inputs(doc: TimemlDocument): { article: Article; dates: TimemlDocument['timexes']; events: TimemlDocument['events'] } {
  const byStart = <T extends TextSpan>(spans: T[]) => [...spans].sort((a, b) => a.start - b.start);
  return {
    article: timemlArticle(doc),
    dates: byStart(doc.timexes.filter((t) => t.id !== doc.creationTimeId)),
    events: byStart(doc.events),
  };
}

function dossierPairs(doc: TimemlDocument): Set<Pair> {
  const { article, dates, events } = inputs(doc);
  return new Set(anchorEvents(article.sentences, dates, events).map((a) => `${events[a.event]!.id}|${dates[a.date]!.id}` as Pair));
}

/** The baseline: every event takes the date nearest to it in its sentence, if the sentence has one. */
function nearestDatePairs(doc: TimemlDocument): Set<Pair> {
  const { article, dates, events } = inputs(doc);
  const pairs = new Set<Pair>();
  for (const sentence of article.sentences) {
    const inSentence = (span: TextSpan) => span.start >= sentence.start && span.start < sentence.end;
    const sentenceDates = dates.filter(inSentence);
    if (sentenceDates.length === 0) continue;
    for (const event of events.filter(inSentence)) {
      const distance = (date: TextSpan) => (date.start >= event.end ? date.start - event.end : event.start - date.end);
      const nearest = sentenceDates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
      pairs.add(`${event.id}|${nearest.id}`);
    }
  }
  return pairs;
}

function score(gold: Set<Pair>, predicted: Set<Pair>): Counts {
  let correct = 0;
  for (const pair of predicted) if (gold.has(pair)) correct++;
  return { gold: gold.size, predicted: predicted.size, correct };
}

function report(label: string, c: Counts): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const p = c.correct / (c.predicted || 1);
  const r = c.correct / (c.gold || 1);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(22)} gold ${String(c.gold).padStart(5)}  predicted ${String(c.predicted).padStart(5)}  correct ${String(c.correct).padStart(5)}  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}`;
}

function printErrors(doc: TimemlDocument, gold: Set<Pair>, predicted: Set<Pair>): void {
  const events = new Map(doc.events.map((e) => [e.id, e]));
  const timexes = new Map(doc.timexes.map((t) => [t.id, t]));
  const show = (pair: Pair) => {
    const [eventId, timexId] = pair.split("|") as [string, string];
    const e = events.get(eventId)!;
    const t = timexes.get(timexId)!;
    const from = Math.min(e.start, t.start);
    const to = Math.max(e.end, t.end);
    return `[${e.text}] [${t.text}] | ${doc.text.slice(Math.max(0, from - 40), to + 20).replace(/\s+/g, ' ')}`;
  };
  for (const pair of gold) if (!predicted.has(pair)) console.log(`MISS  ${show(pair)}`);
  for (const pair of predicted) if (!gold.has(pair)) console.log(`EXTRA ${show(pair)}`);
}

function main(): void {
  const parts = timemlParts();
  if (!parts) return;
  const showErrors = process.argv.includes('--errors');
  for (const { part, docs: partDocs } of parts) {
    const totals = { dossier: zero(), baseline: zero() };
    for (const doc of partDocs) {
      const gold = goldPairs(doc);
      const ours = dossierPairs(doc);
      add(totals.dossier, score(gold, ours));
      add(totals.baseline, score(gold, nearestDatePairs(doc)));
      if (showErrors && part === 'development') printErrors(doc, gold, ours);
    }
    console.log(`\n${part}: ${partDocs.length} TimeBank/AQUAINT documents, (event, date) pairs tied by a TLINK other than BEFORE/AFTER`);
    console.log(report('Dossier anchoring', totals.dossier));
    console.log(report('nearest date (baseline)', totals.baseline));
  }
}

function zero(): Counts {
  return { gold: 0, predicted: 0, correct: 0 };
}

function add(total: Counts, counts: Counts): void {
  total.gold += counts.gold;
  total.predicted += counts.predicted;
  total.correct += counts.correct;
}

main();
