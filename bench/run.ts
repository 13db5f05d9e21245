import { spawn } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpora, REUTERS, type BenchCorpus } from './corpora.js';
import { measureCorpus, measureStart, type CorpusResult, type MeasureOptions } from './measure-corpus.js';
import { askByKindTable, checkTargets, markdown, plain, tables } from './report.js';

/**
 * npm run bench [-- --sizes 1000,5000,all] [--quick] [--questions N] [--budget SECONDS]
 *
 * Runs each corpus in a child process of its own (clean heap, fresh JIT: memory and start-up figures are
 * not skewed by the corpus before), then starts each again from its snapshot in a second fresh process.
 * Prints the tables and writes bench/results/latest.json.
 */

const USAGE = `usage: npm run bench -- [--sizes 1000,5000,all] [--quick] [--questions N] [--budget SECONDS]
  --sizes      Reuters-21578 sizes (first N files by name; "all" = every file). Default 1000,5000,all.
  --quick      Sizes 1000 only and a 20 s budget per query path (unless given).
  --questions  Questions per corpus (default 600, at least 500 for the published figures).
  --budget     Seconds of timing per query path and corpus before it stops early (default 180).`;

const script = fileURLToPath(import.meta.url);

interface Args {
  sizes: number[];
  questions: number;
  budgetMs: number;
  child: { mode: 'build' | 'start'; name: string; dir: string; cache: string; out: string } | null;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = argv.includes('--quick');
  const sizes = (value('--sizes') ?? (quick ? '1000' : '1000,5000,all'))
    .split(',')
    .filter(Boolean)
    .map((x) => (x === 'all' ? Infinity : Number(x)));
  if (sizes.some((n) => !(n > 0))) throw new Error(`--sizes takes positive numbers or "all"\n${USAGE}`);
  const questions = Number(value('--questions') ?? 600);
  const budgetMs = Number(value('--budget') ?? (quick ? 20 : 180)) * 1000;
  const mode = value('--child') as 'build' | 'start' | undefined;
  const child = mode ? { mode, name: value('--name')!, dir: value('--dir')!, cache: value('--cache')!, out: value('--out')! } : null;
  return { sizes, questions, budgetMs, child };
}

async function runChild(args: Args): Promise<void> {
  const child = args.child!;
  const say = (line: string) => console.log(line);
  const options: MeasureOptions = { questions: args.questions, budgetMs: args.budgetMs };
  const result = child.mode === 'build' ? await measureCorpus(child.name, child.dir, child.cache, options, say) : await measureStart(child.dir, child.cache);
  await writeFile(child.out, JSON.stringify(result));
}

function spawnChild(args: Args, mode: 'build' | 'start', corpus: BenchCorpus, cache: string, out: string): Promise<number> {
  const argv = [
    ...process.execArgv.filter((a) => !a.startsWith('--cpu-prof')),
    '--expose-gc',
    '--max-old-space-size=8192',
    script,
    '--child', mode,
    '--name', corpus.name,
    '--dir', corpus.dir,
    '--cache', cache,
    '--out', out,
    '--questions', String(args.questions),
    '--budget', String(args.budgetMs / 1000),
  ];
  return new Promise((done) => {
    const proc = spawn(process.execPath, argv, { stdio: 'inherit' });
    proc.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return runChild(args);
  if (!(globalThis as { gc?: unknown }).gc) console.log('note: run with --expose-gc (npm run bench does) for memory figures after a full collection');

  const tmp = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  const failures: string[] = [];
  const results: CorpusResult[] = [];
  try {
    const corpora = await prepareCorpora(args.sizes, tmp, (line) => console.log(line));
    for (const corpus of corpora) {
      console.log(`\n== ${corpus.name} (${corpus.size} files) ==`);
      const cache = join(tmp, `cache-${corpus.name}`);
      const out = join(tmp, `${corpus.name}.json`);
      const code = await spawnChild(args, 'build', corpus, cache, out);
      if (code !== 0) {
        failures.push(`${corpus.name}: the measuring process failed (exit ${code})`);
        continue;
      }
      const result = JSON.parse(await readFile(out, 'utf8')) as CorpusResult;
      const startOut = join(tmp, `${corpus.name}.start.json`);
      if ((await spawnChild(args, 'start', corpus, cache, startOut)) === 0) {
        result.start = JSON.parse(await readFile(startOut, 'utf8'));
        console.log(`  start from snapshot ${result.start!.openMs} ms (reading the folder ${result.start!.readMs} ms), heap ${result.start!.afterStart.heapUsedMB} MB`);
      } else {
        failures.push(`${corpus.name}: the start-from-snapshot process failed`);
      }
      results.push(result);
      await rm(cache, { recursive: true, force: true });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const { build, latency, versus } = tables(results);
  const byKind = askByKindTable(results);
  const targets = checkTargets(results);
  const targetRows = [['target', 'measured', 'met'], ...targets.map((t) => [t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : 'NO'])];
  console.log(`\nBuild, memory, snapshot (seconds; heap and RSS after a full GC)\n${plain(build)}`);
  console.log(`\nLatency p50 / p95 / p99 (ms)\n${plain(latency)}`);
  console.log(`\nDossier / baseline (plain minisearch, same texts and questions, same process)\n${plain(versus)}`);
  console.log(`\nask by question kind (ms)\n${plain(byKind)}`);
  const partial = targets.length > 0 && !results.some((r) => r.dir === REUTERS);
  const note = partial ? '\n(The targets are set for all of Reuters-21578; these runs stop short of it, so they only indicate.)' : '';
  if (targets.length) console.log(`\nTargets\n${plain(targetRows)}${note}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`;
  console.log(`\nMarkdown (${machine}):\n\n${markdown(build)}\n\n${markdown(latency)}\n\n${markdown(versus)}\n\n${markdown(byKind)}${targets.length ? `\n\n${markdown(targetRows)}` : ''}\n`);

  const folder = resolve('bench/results');
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'latest.json');
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, options: { sizes: args.sizes.map(String), questions: args.questions, budgetMs: args.budgetMs }, results, targets, failures }, null, 2)}\n`,
  );
  console.log(`written to ${file}`);
  for (const failure of failures) console.error(failure);
  if (failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
