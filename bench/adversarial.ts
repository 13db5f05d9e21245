import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dossier } from '../src/answer/dossier.js';
import { REUTERS } from './corpora.js';
import { SHAPES } from './shapes.js';
import { mb, round } from './stats.js';

/**
 * npm run bench:adversarial [-- --sizes 64,256,1024] [--shapes a,b] [--targets]
 *
 * For each pathological shape and size (KB), a fresh process writes the article to a folder, opens it
 * cold (read, clean, extract, index; no snapshot, and no time-budget trial, so that extraction alone is
 * timed) and asks one question. Prints time
 * and peak memory against size, and the slope of log(time) against log(size), the fixed cost of a 1 KB
 * article taken off: 1 is linear, 2 quadratic.
 * --targets also measures the targets: 3,000 quotation marks, and 5 MB and 20 MB articles, of
 * invented words and, when Reuters-21578 is there, of real newswire (its bodies run together, undated).
 */

/** Not a shape of shapes.ts: Reuters-21578 bodies, one after another, as one undated article. */
const NEWSWIRE = 'newswire';

function newswire(bytes: number): string {
  const files = readdirSync(REUTERS).filter((f) => f.endsWith('.md')).sort();
  const parts = ['Markets, trade and industry\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const body = readFileSync(join(REUTERS, files[i % files.length]!), 'utf8').replace(/^---[\s\S]*?---\n/, '').trim();
    parts.push(`${body}\n\n`);
    size += body.length + 2;
  }
  return parts.join('');
}

const USAGE = `usage: npm run bench:adversarial -- [--sizes 64,256,1024] [--shapes ${SHAPES.map((s) => s.name).join(',')}] [--targets]`;
const script = fileURLToPath(import.meta.url);

interface Point {
  shape: string;
  kb: number;
  openMs: number;
  askMs: number;
  maxRssMB: number;
  articles: number;
}

/** `budgeted`: open as a user would, each large article first tried within its time budget (see budget.ts). */
async function measureOne(shapeName: string, bytes: number, budgeted: boolean): Promise<Point> {
  const shape =
    shapeName === NEWSWIRE
      ? { name: NEWSWIRE, text: newswire, question: 'What did the company say about the dividend?' }
      : SHAPES.find((s) => s.name === shapeName)!;
  const dir = await mkdtemp(join(tmpdir(), 'dossier-adversarial-'));
  try {
    await writeFile(join(dir, `${shape.name}.txt`), shape.text(bytes));
    const started = performance.now();
    const budget = budgeted ? {} : { trialFromChars: Infinity };
    const dossier = await Dossier.open({ articlesDir: dir, maxArticleBytes: 1024 * 1024 * 1024, cacheDir: null, budget });
    const opened = performance.now();
    dossier.ask(shape.question);
    return {
      shape: shape.name,
      kb: Math.round(bytes / 1024),
      openMs: round(opened - started, 0),
      askMs: round(performance.now() - opened, 0),
      maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
      articles: dossier.articles.length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each point in a process of its own: a clean heap, and peak memory that is the point's alone. */
function inChild(shape: string, bytes: number, budgeted = false): Point {
  const run = spawnSync(process.execPath, [script, '--child', shape, String(bytes), String(budgeted)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${shape} at ${bytes} bytes failed: ${run.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(run.stdout) as Point;
}

/** Least-squares slope of log(time) against log(size). */
export function slope(points: readonly { kb: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.kb));
  const ys = points.map((p) => Math.log(Math.max(1, p.ms)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? NaN : num / den;
}

function row(p: Point): string {
  const total = p.openMs + p.askMs;
  return `  ${String(p.kb).padStart(7)} KB  ${String(total).padStart(7)} ms (open ${p.openMs}, ask ${p.askMs})  ${String(p.maxRssMB).padStart(7)} MB peak${p.articles === 1 ? '' : '  NOT LOADED'}`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(await measureOne(argv[1]!, Number(argv[2]), argv[3] === 'true')));
    return;
  }
  if (argv.includes('--help')) return void console.log(USAGE);
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const sizes = (value('--sizes') ?? '64,256,1024').split(',').map(Number);
  const shapes = (value('--shapes') ?? SHAPES.map((s) => s.name).join(',')).split(',');
  if (sizes.some((n) => !(n > 0)) || shapes.some((name) => !SHAPES.some((s) => s.name === name))) throw new Error(USAGE);

  for (const shape of shapes) {
    console.log(`${shape}: ${SHAPES.find((s) => s.name === shape)!.about}`);
    // The fixed cost (a worker's start, the first parse) is what a 1 KB article of the shape takes: the
    // slope is of the time above it, which is what grows with the article.
    const base = inChild(shape, 1024);
    const fixed = base.openMs + base.askMs;
    const points = sizes.map((kb) => inChild(shape, kb * 1024));
    for (const point of points) console.log(row(point));
    const growth = points.map((p) => ({ kb: p.kb, ms: p.openMs + p.askMs - fixed }));
    console.log(`  slope ${slope(growth).toFixed(2)} of the time above ${fixed} ms at 1 KB (1 = linear, 2 = quadratic)\n`);
  }
  if (argv.includes('--targets')) {
    console.log('targets (cold start as a user has it: read, time-budget trial, extract, index, one question)');
    // The quotation shape writes two marks per 45 or so characters: 3,000 marks in about 68 KB.
    const quoteMarks = SHAPES.find((s) => s.name === 'quotation-marks')!.text(68 * 1024).split('"').length - 1;
    const targets: [string, string, number, number][] = [
      [`${quoteMarks} quotation marks`, 'quotation-marks', 68 * 1024, 20_000],
      ['5 MB article', 'ordinary-long', 5 * 1024 * 1024, 10_000],
      ['20 MB article', 'ordinary-long', 20 * 1024 * 1024, 60_000],
    ];
    if (existsSync(REUTERS)) {
      targets.push(['5 MB of newswire', NEWSWIRE, 5 * 1024 * 1024, 10_000], ['20 MB of newswire', NEWSWIRE, 20 * 1024 * 1024, 60_000]);
    }
    for (const [label, shape, bytes, limit] of targets) {
      const point = inChild(shape, bytes, true);
      const total = point.openMs + point.askMs;
      console.log(`  ${label.padEnd(22)} ${String(total).padStart(7)} ms  ${point.maxRssMB} MB peak  target < ${limit / 1000} s: ${total < limit ? 'met' : 'MISSED'}`);
    }
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
