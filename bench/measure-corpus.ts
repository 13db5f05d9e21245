import MiniSearch from 'minisearch';
import { synonymResources } from '../src/text/synonyms.js';
import { taggerResources } from '../src/text/pos.js';
import { Dossier } from '../src/answer/dossier.js';
import { buildCorpus, readCorpusFiles } from '../src/corpus/load.js';
import { buildKnowledge, knowledgeSettled, type BuildPhase } from '../src/index/build.js';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../src/index/snapshot.js';
import { measureIngest, type IngestResult } from './measure-ingest.js';
import { makeQuestions, type BenchQuestion, type QuestionKind } from './questions.js';
import { collect, measure, memory, round, summarize, time, type Latency, type Memory } from './stats.js';

/**
 * Everything measured for one corpus, in one process: the cold build by phase, memory, the snapshot,
 * the latency of each query path, and plain minisearch on the same texts and questions as the baseline.
 */
export interface CorpusResult {
  corpus: string;
  dir: string;
  files: number;
  articles: number;
  sentences: number;
  quotes: number;
  speakers: number;
  dates: number;
  timelineEntries: number;
  questions: number;
  build: { totalMs: number; phases: Record<'read' | 'clean' | BuildPhase | 'answerSetup', number> };
  memory: { before: Memory; afterBuild: Memory; heapDeltaMB: number };
  snapshot: { writeMs: number; loadMs: number; bytes: number; MB: number };
  latency: { ask: Latency; search: Latency; quotesBySpeaker: Latency; quotesAbout: Latency; timeline: Latency };
  askByKind: Partial<Record<QuestionKind, Latency>>;
  baseline: { buildMs: number; heapDeltaMB: number; query: Latency };
  ingest: IngestResult;
  /** Filled by the start-from-snapshot run, in a fresh process. */
  start?: StartResult;
}

export interface StartResult {
  /** Dossier.open from a saved snapshot: read and hash the folder, load the snapshot, set up. */
  openMs: number;
  /** Of which reading and hashing the folder (timed again, separately, with the files in the page cache). */
  readMs: number;
  loadedFromSnapshot: boolean;
  afterStart: Memory;
  firstAskMs: number;
}

export interface MeasureOptions {
  questions: number;
  /** Per query path: stop timing once this many milliseconds are spent. */
  budgetMs: number;
}

export async function measureCorpus(name: string, dir: string, cacheDir: string, options: MeasureOptions, say: (line: string) => void): Promise<CorpusResult> {
  const before = memory();
  const phases = {} as CorpusResult['build']['phases'];

  const read = await time(() => readCorpusFiles(dir));
  phases.read = read.ms;
  const corpus = await time(() => buildCorpus(read.result));
  phases.clean = corpus.ms;
  say(`  read ${read.ms} ms, clean/segment ${corpus.ms} ms`);
  // The whole build, the timeline that comes after the other facts included.
  const knowledge = await time(async () => {
    const built = await buildKnowledge(corpus.result, { summarySentences: 3, onPhase: (phase, ms) => ((phases[phase] = round(ms)), say(`  ${phase} ${round(ms, 0)} ms`)) });
    await knowledgeSettled(built);
    return built;
  });
  const setup = await time(() => new Dossier(knowledge.result, 3));
  phases.answerSetup = setup.ms;
  const dossier = setup.result;
  const totalMs = round(read.ms + corpus.ms + knowledge.ms + setup.ms);
  const afterBuild = memory();
  say(`  built in ${round(totalMs / 1000, 1)} s; heap ${afterBuild.heapUsedMB} MB, rss ${afterBuild.rssMB} MB`);

  const key = await snapshotKey(read.result.hash, { summarySentences: 3 });
  const saved = await time(async () => (await saveSnapshot(cacheDir, key, knowledge.result))!);
  collect();
  const loaded = await time(async () => 'knowledge' in (await loadSnapshot(cacheDir, key)));
  if (!loaded.result) throw new Error('the snapshot just saved did not load');
  collect();
  say(`  snapshot ${round(saved.result.bytes / 1024 / 1024, 1)} MB: write ${saved.ms} ms, load ${loaded.ms} ms`);

  const kb = knowledge.result;
  const firstArticles = kb.corpus.articles.slice(0, 1000);
  const questions = makeQuestions(firstArticles, kb.quotes.speakers, options.questions);
  // Quote and timeline lookups take a speaker or topic from each question; cycled to as many as there are questions.
  const withSpeaker = cycle(questions.filter((q) => q.speaker), questions.length);
  const withTopic = cycle(questions.filter((q) => q.about), questions.length);
  const budget = { budgetMs: options.budgetMs };

  const byKind = new Map<QuestionKind, number[]>();
  const onSample = (q: BenchQuestion, ms: number) => {
    const samples = byKind.get(q.kind);
    if (samples) samples.push(ms);
    else byKind.set(q.kind, [ms]);
  };
  // As the bot does once it is up: the asks timed below do not include loading WordNet and the tagger.
  dossier.warmUp();
  const lexicon = synonymResources();
  if (lexicon) say(`  WordNet synonyms: read when warming up in ${lexicon.ms.toFixed(1)} ms, ${(lexicon.bytes / 1e6).toFixed(1)} MB held`);
  const tagger = taggerResources();
  if (tagger) say(`  part-of-speech model: loaded when warming up in ${tagger.ms.toFixed(1)} ms, about ${(tagger.bytes / 1e6).toFixed(1)} MB of heap`);
  const ask = measure(questions, (q) => dossier.ask(q.text), { ...budget, onSample });
  say(`  ask p50/p95/p99 ${ask.p50}/${ask.p95}/${ask.p99} ms (${ask.n})`);
  const search = measure(questions, (q) => dossier.search(q.text), budget);
  const quotesBySpeaker = measure(withSpeaker, (q) => dossier.quotes({ speaker: q.speaker!, about: q.kind === 'what-said' ? q.about : undefined }), budget);
  const quotesAbout = measure(withTopic, (q) => dossier.quotes({ about: q.about }), budget);
  const timeline = measure(withTopic, (q) => dossier.timeline({ about: q.about }), budget);
  say(`  search p99 ${search.p99}, quotes(speaker) p99 ${quotesBySpeaker.p99}, quotes(about) p99 ${quotesAbout.p99}, timeline p99 ${timeline.p99} ms`);
  const askByKind: CorpusResult['askByKind'] = {};
  for (const [kind, samples] of byKind) askByKind[kind] = summarize(samples);

  const ingest = measureIngest(dossier, questions, options.budgetMs);
  say(
    `  add one article p50/max ${ingest.addMs.p50}/${ingest.addMs.max} ms, ready ${ingest.readyMs.p50}/${ingest.readyMs.max} ms; ` +
      `ask p99 idle ${ingest.askIdle.p99} ms, while adding ${ingest.askWhileAdding.p99} ms`,
  );
  const baseline = measureBaseline(kb.corpus.articles, questions, options.budgetMs);
  say(`  baseline build ${baseline.buildMs} ms, +${baseline.heapDeltaMB} MB, query p50/p95/p99 ${baseline.query.p50}/${baseline.query.p95}/${baseline.query.p99} ms`);

  return {
    corpus: name,
    dir,
    files: read.result.files.length,
    articles: kb.corpus.articles.length,
    sentences: kb.corpus.articles.reduce((n, a) => n + a.sentences.length, 0),
    quotes: kb.quotes.quotes.length,
    speakers: kb.quotes.speakers.length,
    dates: kb.dates.length,
    timelineEntries: kb.timeline.length,
    questions: questions.length,
    build: { totalMs, phases },
    memory: { before, afterBuild, heapDeltaMB: round(afterBuild.heapUsedMB - before.heapUsedMB, 1) },
    snapshot: { writeMs: saved.ms, loadMs: loaded.ms, bytes: saved.result.bytes, MB: round(saved.result.bytes / 1024 / 1024, 1) },
    latency: { ask, search, quotesBySpeaker, quotesAbout, timeline },
    askByKind,
    baseline,
    ingest,
  };
}

/** Plain minisearch, default options, over the same cleaned article texts, asked the question text as typed. */
function measureBaseline(articles: readonly { title: string; sentences: { text: string }[] }[], questions: readonly BenchQuestion[], budgetMs: number): CorpusResult['baseline'] {
  const docs = articles.map((a, id) => ({ id, title: a.title, text: a.sentences.map((s) => s.text).join(' ') }));
  const before = memory().heapUsedMB;
  const started = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'text'] });
  mini.addAll(docs);
  const buildMs = round(performance.now() - started);
  const heapDeltaMB = round(memory().heapUsedMB - before, 1);
  const query = measure(questions, (q) => mini.search(q.text), { budgetMs });
  return { buildMs, heapDeltaMB, query };
}

/** Dossier.open as a fresh process starts it when the snapshot is already saved. */
export async function measureStart(dir: string, cacheDir: string): Promise<StartResult> {
  let loadedFromSnapshot = false;
  const open = await time(() =>
    Dossier.open({ articlesDir: dir, cacheDir, onProgress: (event) => (loadedFromSnapshot ||= event.step === 'snapshot-loaded') }),
  );
  const afterStart = memory();
  const first = await time(() => open.result.ask('What happened?'));
  const read = await time(() => readCorpusFiles(dir));
  return { openMs: open.ms, readMs: read.ms, loadedFromSnapshot, afterStart, firstAskMs: first.ms };
}

function cycle<T>(items: readonly T[], length: number): T[] {
  return items.length === 0 ? [] : Array.from({ length }, (_, i) => items[i % items.length]!);
}
