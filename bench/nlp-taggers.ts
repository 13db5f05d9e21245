/**
 * Which POS tagger and lemmatizer the answer layer could use: wink-nlp with its English lite model, or
 * compromise. Each runs in a process of its own (so the memory is its own) and is measured for: load
 * time and memory held, time to analyse 1,000 Reuters-21578 sentences (POS, lemmas, entities: what an
 * answer would ask of it for the sentences it reads), and what it gives that Dossier's analyzer lacks
 * (lemmas of irregular forms, the question's focus noun and verb, entity types for typed answers).
 *
 * Usage: node --expose-gc dist/bench/nlp-taggers.js [--sentences N]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../src/corpus/load.js';
import { tagWords } from '../src/text/pos.js';
import { REUTERS } from './corpora.js';

/** wink-nlp with its whole pipeline, compromise, and wink-nlp as Dossier runs it (parts of speech only). */
type Library = 'wink-nlp' | 'compromise' | 'dossier-tagger';

/** What one library says about a text: POS per word, lemma per word, typed entities. */
interface Analysis {
  words: { text: string; pos: string; lemma: string }[];
  entities: { text: string; type: string }[];
}

type Analyse = (text: string) => Analysis;

const IRREGULAR = ['held', 'met', 'took', 'was', 'fought', 'children', 'better', 'sought', 'bought', 'mice', 'rose', 'wrote'];
const QUESTIONS = [
  'When did the council meet the union leaders?',
  'What did the Normans hold in southern Italy?',
  'Which company bought the brewery in Leeds?',
  'who won the election in france last year',
];
const ENTITY_SENTENCES = [
  'Anna Berg, chief executive of Northwind Holdings, met Prime Minister Tony Blair in London on March 3.',
  'The Bank of Japan said it bought 200 mln dlrs in Tokyo, about 15 pct of the total.',
  'Toyota Motor Corp will build a plant in Kentucky, Governor Martha Collins told reporters in Frankfort.',
];

async function loadWink(): Promise<Analyse> {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const words = tokens.out(its.value).map((value, i) => ({ text: value, pos: tokens.itemAt(i).out(its.pos), lemma: tokens.itemAt(i).out(its.lemma) }));
    const entities = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
    return { words, entities: entities.map((e) => ({ text: e.value, type: e.type })) };
  };
}

/** The part of wink-nlp's API used here. */
interface WinkNlp {
  its: Record<'value' | 'pos' | 'lemma' | 'detail', unknown>;
  readDoc(text: string): {
    tokens(): { out(f: unknown): string[]; itemAt(i: number): { out(f: unknown): string } };
    entities(): { out(f: unknown): unknown[] };
  };
}

async function loadDossierTagger(): Promise<Analyse> {
  return (text) => ({ words: tagWords(text).map((w) => ({ text: w.text, pos: w.pos, lemma: w.lemma })), entities: [] });
}

async function loadCompromise(): Promise<Analyse> {
  const nlp = (await import('compromise')).default;
  return (text) => {
    const doc = nlp(text);
    doc.compute('root');
    const terms = (doc.json() as { terms: { text: string; tags: string[]; root?: string; normal: string }[] }[]).flatMap((s) => s.terms);
    const words = terms.map((t) => ({ text: t.text, pos: t.tags.join('|'), lemma: t.root ?? t.normal }));
    const typed = (view: { out(f: 'array'): string[] }, type: string) => view.out('array').map((value) => ({ text: value, type }));
    const entities = [...typed(doc.people(), 'PERSON'), ...typed(doc.organizations(), 'ORG'), ...typed(doc.places(), 'PLACE')];
    return { words, entities };
  };
}

function reutersSentences(count: number): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(REUTERS).filter((f) => f.endsWith('.md')).sort()) {
    const article = parseArticleFile(join(REUTERS, file), readFileSync(join(REUTERS, file), 'utf8'));
    for (const sentence of article.sentences) {
      sentences.push(sentence.text);
      if (sentences.length >= count) return sentences;
    }
  }
  return sentences;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Runs in the child: one library, its figures as one JSON line. */
async function measure(library: Library, count: number): Promise<void> {
  const sentences = reutersSentences(count);
  const [heapBefore, rssBefore] = [heapMb(), process.memoryUsage().rss / 1e6];
  const started = performance.now();
  const analyse = library === 'wink-nlp' ? await loadWink() : library === 'compromise' ? await loadCompromise() : await loadDossierTagger();
  analyse('Warm up.');
  const loadMs = performance.now() - started;
  const [heapAfter, rssAfter] = [heapMb(), process.memoryUsage().rss / 1e6];
  const timed = performance.now();
  let words = 0;
  for (const sentence of sentences) words += analyse(sentence).words.length;
  const perThousand = ((performance.now() - timed) / sentences.length) * 1000;
  const lemmas = Object.fromEntries(IRREGULAR.map((w) => [w, analyse(w).words[0]?.lemma ?? '']));
  const questions = QUESTIONS.map((q) => analyse(q).words.map((w) => `${w.text}/${w.pos}`).join(' '));
  const entities = ENTITY_SENTENCES.map((s) => analyse(s).entities.map((e) => `${e.text}:${e.type}`).join('; '));
  console.log(
    JSON.stringify({ library, loadMs, heapMb: heapAfter - heapBefore, rssMb: rssAfter - rssBefore, sentences: sentences.length, words, msPer1000Sentences: perThousand, lemmas, questions, entities }),
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const countAt = args.indexOf('--sentences');
  const count = countAt >= 0 ? Number(args[countAt + 1]) : 3000;
  const libraryAt = args.indexOf('--library');
  if (libraryAt >= 0) {
    void measure(args[libraryAt + 1] as Library, count);
    return;
  }
  for (const library of ['wink-nlp', 'compromise', 'dossier-tagger'] as const) {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--library', library, '--sentences', String(count)], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.error(`${library} failed: ${child.stderr}`);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    console.log(`\n${library}: loaded in ${r.loadMs.toFixed(0)} ms, heap +${r.heapMb.toFixed(1)} MB, RSS +${r.rssMb.toFixed(1)} MB`);
    console.log(`  ${r.sentences} Reuters sentences (${r.words} tokens): ${r.msPer1000Sentences.toFixed(0)} ms per 1,000 sentences`);
    console.log(`  lemmas: ${Object.entries(r.lemmas).map(([w, l]) => `${w}->${l}`).join(' ')}`);
    for (const q of r.questions) console.log(`  POS: ${q}`);
    for (const e of r.entities) console.log(`  entities: ${e}`);
  }
}

main();
