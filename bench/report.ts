import type { CorpusResult } from './measure-corpus.js';
import type { Latency } from './stats.js';

/** The benchmark's tables (plain text for the terminal, Markdown for the README) and the target checks. */

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : '–');
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}${l.n < 500 && l.n > 0 ? ` (n=${l.n})` : ''}`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '–');

export function tables(results: readonly CorpusResult[]): { build: string[][]; latency: string[][]; versus: string[][] } {
  const build = [
    ['corpus', 'articles', 'sentences', 'cold build s', 'read', 'clean', 'quotes', 'dates', 'index', 'people', 'timeline', 'summaries', 'heap MB', 'RSS MB', 'snapshot MB', 'save s', 'load s', 'start s', 'baseline build s', 'baseline heap MB'],
    ...results.map((r) => {
      const p = r.build.phases;
      return [
        r.corpus,
        String(r.articles),
        String(r.sentences),
        s(r.build.totalMs),
        s(p.read),
        s(p.clean),
        s(p.quotes),
        s(p.dates),
        s(p.index),
        s(p.people),
        s(p.timeline),
        s(p.summaries),
        r.memory.afterBuild.heapUsedMB.toFixed(0),
        r.memory.afterBuild.rssMB.toFixed(0),
        r.snapshot.MB.toFixed(1),
        s(r.snapshot.writeMs),
        s(r.snapshot.loadMs),
        r.start ? s(r.start.openMs) : '–',
        s(r.baseline.buildMs),
        r.baseline.heapDeltaMB.toFixed(0),
      ];
    }),
  ];
  const latency = [
    ['corpus', 'ask p50/p95/p99 ms', 'search', 'quotes by speaker', 'quotes about', 'timeline about', 'baseline query'],
    ...results.map((r) => [
      r.corpus,
      lat(r.latency.ask),
      lat(r.latency.search),
      lat(r.latency.quotesBySpeaker),
      lat(r.latency.quotesAbout),
      lat(r.latency.timeline),
      lat(r.baseline.query),
    ]),
  ];
  const versus = [
    ['corpus', 'ask p50', 'ask p99', 'search p50', 'search p99', 'index build', 'cold build', 'heap Δ (all knowledge vs index)'],
    ...results.map((r) => [
      r.corpus,
      ratio(r.latency.ask.p50, r.baseline.query.p50),
      ratio(r.latency.ask.p99, r.baseline.query.p99),
      ratio(r.latency.search.p50, r.baseline.query.p50),
      ratio(r.latency.search.p99, r.baseline.query.p99),
      ratio(r.build.phases.index, r.baseline.buildMs),
      ratio(r.build.totalMs, r.baseline.buildMs),
      ratio(r.memory.heapDeltaMB, r.baseline.heapDeltaMB),
    ]),
  ];
  return { build, latency, versus };
}

export function askByKindTable(results: readonly CorpusResult[]): string[][] {
  const kinds = ['topic', 'who-is', 'when', 'what-said', 'typo'] as const;
  return [
    ['corpus', ...kinds.map((k) => `ask ${k} p50/p99`)],
    ...results.map((r) => [r.corpus, ...kinds.map((k) => (r.askByKind[k] ? `${ms(r.askByKind[k]!.p50)} / ${ms(r.askByKind[k]!.p99)}` : '–'))]),
  ];
}

/** The issue's targets, checked on the largest Reuters run (growth: against the smallest). */
export function checkTargets(results: readonly CorpusResult[]): Target[] {
  const reuters = results.filter((r) => r.corpus.startsWith('reuters-')).sort((a, b) => a.articles - b.articles);
  const largest = reuters.at(-1);
  if (!largest) return [];
  const smallest = reuters[0]!;
  const label = `${largest.corpus}`;
  const ask = largest.latency.ask;
  const base = largest.baseline.query;
  const targets: Target[] = [
    { target: `ask p99 ≤ 50 ms (${label})`, measured: `${ms(ask.p99)} ms`, met: ask.p99 <= 50 },
    { target: `ask p99 ≤ 3× baseline p99 (${label})`, measured: `${ms(ask.p99)} vs ${ms(base.p99)} ms = ${ratio(ask.p99, base.p99)}`, met: ask.p99 <= 3 * base.p99 },
    {
      target: `start from snapshot ≤ 3 s (${label})`,
      measured: largest.start ? `${s(largest.start.openMs)} s (of which reading the folder ${s(largest.start.readMs)} s)` : 'not measured',
      met: largest.start ? largest.start.openMs <= 3000 : null,
    },
    { target: `cold build ≤ 30 s (${label})`, measured: `${s(largest.build.totalMs)} s`, met: largest.build.totalMs <= 30_000 },
    { target: `heap ≤ 1 GB (${label})`, measured: `${largest.memory.afterBuild.heapUsedMB.toFixed(0)} MB`, met: largest.memory.afterBuild.heapUsedMB <= 1024 },
  ];
  const { readyMs, askIdle, askWhileAdding } = largest.ingest;
  targets.push(
    { target: `one article added, ready to answer ≤ 1 s (${label})`, measured: `p50 ${ms(readyMs.p50)} ms, max ${ms(readyMs.max)} ms (n=${readyMs.n})`, met: readyMs.max <= 1000 },
    {
      target: `ask p99 while adding ≤ 1.5× idle (${label})`,
      measured: `${ms(askWhileAdding.p99)} vs ${ms(askIdle.p99)} ms = ${ratio(askWhileAdding.p99, askIdle.p99)}`,
      met: askWhileAdding.p99 <= 1.5 * askIdle.p99,
    },
  );
  if (smallest !== largest) {
    const growth = (big: number, small: number) => big / small;
    const ours50 = growth(largest.latency.ask.p50, smallest.latency.ask.p50);
    const ours99 = growth(largest.latency.ask.p99, smallest.latency.ask.p99);
    const theirs50 = growth(largest.baseline.query.p50, smallest.baseline.query.p50);
    const theirs99 = growth(largest.baseline.query.p99, smallest.baseline.query.p99);
    targets.push({
      target: `ask latency growth ${smallest.corpus} → ${largest.corpus} ≤ baseline's`,
      measured: `p50 ×${ours50.toFixed(1)} vs ×${theirs50.toFixed(1)}; p99 ×${ours99.toFixed(1)} vs ×${theirs99.toFixed(1)}`,
      met: ours50 <= theirs50 && ours99 <= theirs99,
    });
  }
  return targets;
}

export function markdown(rows: readonly string[][]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function plain(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}
