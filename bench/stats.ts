/** Small measuring helpers: clocks, percentiles, memory after a full collection, a seeded random source. */

export interface Latency {
  /** Calls measured (a budget may stop before every input ran). */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Calls that threw (timed all the same). */
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samples: readonly number[], errors = 0): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, x) => total + x, 0);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(sorted.length ? sum / sorted.length : NaN),
    errors,
  };
}

/**
 * Time `run` once per input, after a short untimed warm-up, stopping when `budgetMs` is spent (the
 * count measured is reported). A call that throws is timed and counted as an error.
 */
export function measure<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  options: { warmup?: number; budgetMs?: number; onSample?: (input: T, ms: number) => void } = {},
): Latency {
  const { warmup = 20, budgetMs = Infinity, onSample } = options;
  for (const input of inputs.slice(0, warmup)) {
    try {
      run(input);
    } catch {
      // counted in the timed pass
    }
  }
  collect();
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (const input of inputs) {
    const t0 = performance.now();
    try {
      run(input);
    } catch {
      errors++;
    }
    const ms = performance.now() - t0;
    samples.push(ms);
    onSample?.(input, ms);
    if (performance.now() - started > budgetMs) break;
  }
  return summarize(samples, errors);
}

export async function time<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: round(performance.now() - started) };
}

/** A full garbage collection when node runs with --expose-gc (npm run bench does). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export interface Memory {
  heapUsedMB: number;
  rssMB: number;
}

export function memory(): Memory {
  collect();
  const usage = process.memoryUsage();
  return { heapUsedMB: mb(usage.heapUsed), rssMB: mb(usage.rss) };
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** mulberry32: a small seeded generator, so every run asks the same questions. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
