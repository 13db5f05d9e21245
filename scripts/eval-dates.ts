/**
 * Date extraction measured on TimeBank 1.2 + AQUAINT (TempEval-3 "TBAQ-cleaned", ../shared/eval/timeml-tbaq/).
 * Each document's creation time is its reference, as front matter would give it. Scores DATE and TIME
 * TIMEX3s: span precision/recall/F1 (relaxed: a prediction that overlaps a gold span matches it), value
 * accuracy among matched spans, and value F1 (found and normalised right), as TempEval-3 reports them,
 * for the development part and the held-out part (split by file-name hash, see lib/timeml.ts).
 *
 * Usage: npm run eval:dates [-- --errors]   (--errors lists every miss and wrong value of the development part)
 */
import { extractDates } from '../src/extract/dates/dates.js';
import type { DateMention, ReferenceTime } from '../src/extract/types.js';
import { timemlArticle, timemlParts, type Timex, type TimemlDocument as Document } from './lib/timeml.js';

type TimexType = 'DATE' | 'TIME';

interface Prediction {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  text: string;
}

/** "from 1991 to 1997": TimeML marks each end of a range written with a word between as a TIMEX3 of its own. */
const RANGE_WORDS = /^(.*?\p{L}.*?|.*?\d{4})(\s+(?:to|through|until|till|and)\s+|\s*[—–]\s*)(.+)$/u;

function timexesOf(mention: DateMention): Prediction[] {
  const value = mention.timex ?? mention.value;
  const parts = mention.end ? RANGE_WORDS.exec(mention.text) : null;
  if (!parts || !/\p{L}|\d{4}/u.test(parts[3]!)) return [prediction(mention.start, mention.stop, value, mention.text)];
  const secondStart = mention.start + parts[1]!.length + parts[2]!.length;
  return [
    prediction(mention.start, mention.start + parts[1]!.length, value, parts[1]!),
    prediction(secondStart, mention.stop, mention.end!, parts[3]!),
  ];
}

function prediction(start: number, end: number, value: string, text: string): Prediction {
  const type: TimexType = /T(?:\d|[A-Z]{2}$)/.test(value) ? 'TIME' : 'DATE';
  return { start, end, type, value: sameWeekNotation(value), text };
}

/** TimeBank writes some weeks without the leading zero ("2000-W7"); ISO writes "2000-W07". Both sides are read the same. */
function sameWeekNotation(value: string): string {
  return value.replace(/-W0(\d)/, '-W$1');
}

interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  correct: number;
}

/** One-to-one relaxed matching: each gold span takes the unmatched prediction that overlaps it most. */
function score(gold: Timex[], predicted: Prediction[], onPair?: (g: Timex | null, p: Prediction | null) => void): Counts {
  const used = new Set<Prediction>();
  let matched = 0;
  let correct = 0;
  for (const g of gold) {
    let best: Prediction | null = null;
    let bestOverlap = 0;
    for (const p of predicted) {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0 && !used.has(p) && overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
    }
    if (best) {
      used.add(best);
      matched++;
      if (best.value === g.value) correct++;
    }
    onPair?.(g, best);
  }
  for (const p of predicted) if (!used.has(p)) onPair?.(null, p);
  return { gold: gold.length, predicted: predicted.length, matched, correct };
}

function add(total: Counts, counts: Counts): void {
  total.gold += counts.gold;
  total.predicted += counts.predicted;
  total.matched += counts.matched;
  total.correct += counts.correct;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function report(label: string, c: Counts): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const p = c.matched / (c.predicted || 1);
  const r = c.matched / (c.gold || 1);
  const vp = c.correct / (c.predicted || 1);
  const vr = c.correct / (c.gold || 1);
  return (
    `${label.padEnd(8)} gold ${String(c.gold).padStart(5)}  predicted ${String(c.predicted).padStart(5)}  ` +
    `span P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))}  value accuracy ${pct(c.correct / (c.matched || 1))}  ` +
    `value P ${pct(vp)} R ${pct(vr)} F1 ${pct(f1(vp, vr))}`
  );
}

function main(): void {
  const parts = timemlParts();
  if (!parts) return;
  const showErrors = process.argv.includes('--errors');
  for (const { part, docs: partDocs } of parts) {
    for (const vague of [true, false]) {
      const totals = { ALL: zero(), DATE: zero(), TIME: zero() };
      const started = performance.now();
      for (const doc of partDocs) {
        const gold = doc.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME').map((t) => ({ ...t, value: sameWeekNotation(t.value) }));
        const reference: ReferenceTime = { articleId: doc.id, value: doc.creationTime, from: 'front-matter', basis: 'TimeML DCT' };
        const predicted = extractDates(timemlArticle(doc), reference, { vague }).flatMap(timexesOf);
        const print = showErrors && vague && part === 'development' ? errorPrinter(doc) : undefined;
        add(totals.ALL, score(gold, predicted, print));
        for (const type of ['DATE', 'TIME'] as const) {
          add(totals[type], score(gold.filter((t) => t.type === type), predicted.filter((p) => p.type === type)));
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `\n${part}: ${partDocs.length} TimeBank/AQUAINT documents, ${vague ? 'with' : 'without'} vague references (now, recently, the future → PRESENT_REF, PAST_REF, FUTURE_REF); ${seconds} s`,
      );
      for (const [label, counts] of Object.entries(totals)) console.log(report(label, counts));
    }
  }
  console.log('\nPublished (TempEval-3 platinum test, value F1): HeidelTime 77.6, NavyTime 71.0, SUTime 67.4.');
}

function zero(): Counts {
  return { gold: 0, predicted: 0, matched: 0, correct: 0 };
}

function errorPrinter(doc: Document): (g: Timex | null, p: Prediction | null) => void {
  const context = (start: number, end: number) => doc.text.slice(Math.max(0, start - 60), end + 40).replace(/\s+/g, ' ');
  return (g, p) => {
    if (g && p && g.value === p.value) return;
    const dct = doc.creationTime.slice(0, 10);
    if (g && p) console.log(`VALUE ${dct} gold ${g.value} [${g.text}] got ${p.value} [${p.text}] | ${context(g.start, g.end)}`);
    else if (g) console.log(`MISS  ${dct} ${g.type} ${g.value} [${g.text}] | ${context(g.start, g.end)}`);
    else if (p) console.log(`EXTRA ${dct} ${p.value} [${p.text}] | ${context(p.start, p.end)}`);
  };
}

main();
