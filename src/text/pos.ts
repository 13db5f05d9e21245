import { createRequire } from 'node:module';
import type { PartOfSpeech, WinkMethods } from 'wink-nlp';
import { remembered } from './memo.js';

/**
 * Parts of speech and lemmas from wink-nlp with its English lite model (chosen over compromise: about
 * fifteen times faster per sentence and more often right on the parts of speech; see README, Answers).
 * The model loads on first use, or when a running surface warms up (about 0.15-0.2 s, 17 MB of heap).
 */

/** One word of a text with its part of speech (Universal POS tags) and where it stands. */
export interface TaggedWord {
  text: string;
  pos: PartOfSpeech;
  lemma: string;
  start: number;
  end: number;
}

let tagger: { nlp: WinkMethods; its: WinkMethods['its'] } | null = null;
let loaded: { ms: number; bytes: number } | null = null;

function load(): NonNullable<typeof tagger> {
  if (!tagger) {
    const started = performance.now();
    const heap = process.memoryUsage().heapUsed;
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    // Only the tagger: entities, negation and sentiment cost time and the answer layer has its own.
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    tagger = { nlp, its: nlp.its };
    loaded = { ms: performance.now() - started, bytes: process.memoryUsage().heapUsed - heap };
  }
  return tagger;
}

/** Load the model now (a surface that has started), so the first question does not wait for it. */
export function loadTagger(): void {
  load();
}

/** Load time and the heap the model took (without a collection first, so roughly), for the benchmark; null before use. */
export function taggerResources(): { ms: number; bytes: number } | null {
  return loaded;
}

/** The words of a text with their parts of speech, lemmas and offsets; the same sentences come back question after question. */
export const tagWords: (text: string) => TaggedWord[] = remembered(tag, 20_000);

function tag(text: string): TaggedWord[] {
  const { nlp, its } = load();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  // The package's declarations type the lemma helper's arguments apart from the others; it works alike.
  const lemmas = tokens.out(its.lemma as typeof its.value);
  const words: TaggedWord[] = [];
  let at = 0;
  values.forEach((value, i) => {
    // Tokens are the text's own characters in order; a token the tokenizer rewrote is skipped.
    const start = text.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    words.push({ text: value, pos: pos[i]!, lemma: lemmas[i]!, start, end: at });
  });
  return words;
}
