import { ABBREVIATIONS } from '../text/abbreviations.js';
import type { Span } from './types.js';

/**
 * Sentence boundaries inside one paragraph, as spans of the original text.
 *
 * A boundary is terminal punctuation (. ! ? …), any closing quotes or brackets after it, then white space
 * and the start of a new sentence. It is refused after an abbreviation or an initial, and inside a
 * quotation that closes within the paragraph (so a quoted statement of several sentences stays one unit
 * with its attribution). A heading glued to the next sentence ("...Town HallMayor Moll") is a
 * boundary too.
 */
export function splitSentences(text: string, from = 0, to = text.length, words: () => ReadonlyMap<string, number> = () => wordCounts(text)): Span[] {
  const quoteClosers = matchQuotations(text, from, to);
  const spans: Span[] = [];
  let start = skipSpace(text, from, to);
  let insideQuoteUntil = -1;
  // The last character of the open quotation that is not terminal punctuation: before it, a stop is inside.
  let lastWordInQuote = -1;
  for (let i = from; i < to; i++) {
    const closer = quoteClosers.size > 0 ? quoteClosers.get(i) : undefined;
    if (closer !== undefined && closer - i <= MAX_UNSPLIT_QUOTATION && closer > insideQuoteUntil) {
      insideQuoteUntil = closer;
      lastWordInQuote = closer - 1;
      while (lastWordInQuote >= i && isTerminal(text.charCodeAt(lastWordInQuote))) lastWordInQuote--;
    }
    // Inside a quotation only its last full stop can end the sentence: '... politics.” According to him'.
    if (i <= lastWordInQuote) continue;

    let boundaryEnd = -1;
    if (isTerminal(text.charCodeAt(i)) && !isFalseStop(text, i, start)) {
      let j = i + 1;
      while (j < to && (isTerminal(text.charCodeAt(j)) || CLOSERS.test(text[j]!))) j++;
      const next = skipSpace(text, j, to);
      if (next > j && next < to && STARTS_SENTENCE.test(text[next]!)) boundaryEnd = j;
      if (next >= to) boundaryEnd = -1;
    } else if (isGluedHeading(text, i, from) && isGlueArtefact(text, i, words())) {
      boundaryEnd = i + 1;
    }
    if (boundaryEnd > 0) {
      pushBounded(spans, text, start, boundaryEnd);
      start = skipSpace(text, boundaryEnd, to);
      i = start - 1;
    }
  }
  const end = trimEnd(text, start, to);
  if (end > start) pushBounded(spans, text, start, end);
  return spans;
}

/**
 * No sentence is longer than this. Real sentences stay far below it; a text without punctuation (a
 * list of names, a run-on transcript) is cut into pieces of this size, so that every step that looks
 * at a whole sentence at a time stays linear in the article's length.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Push [start, end) as one sentence, or cut it into pieces at clause breaks or spaces when it is too long. */
function pushBounded(spans: Span[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    spans.push({ start, end: trimEnd(text, start, cut) });
    start = skipSpace(text, cut, end);
  }
  if (end > start) spans.push({ start, end });
}

/** Where to cut a piece that must end by `limit`: after the last clause break or space in its second half. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + MAX_SENTENCE_CHARS / 2;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const ch = text[i - 1]!;
    if ((ch === ';' || ch === ',' || ch === ':') && /\s/.test(text[i] ?? '')) return i;
    if (space < 0 && /\s/.test(ch)) space = i;
  }
  if (space > 0) return space;
  // No space at all: cut between two code points, never inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? '') ? limit - 1 : limit;
}

/** A quotation longer than this is split like running text: it is a speech, not a sentence. */
const MAX_UNSPLIT_QUOTATION = 600;

/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
const CLOSERS = /["'”’»)\]]/;
const STARTS_SENTENCE = /[\p{Lu}\p{N}"'“‘«(\[]/u;

const MAX_ABBREVIATION_CHARS = 12;

/** A full stop that does not end the sentence: after an abbreviation, an initial, or inside a number. */
function isFalseStop(text: string, i: number, sentenceStart: number): boolean {
  if (text[i] !== '.') return false;
  if (/\d/.test(text[i + 1] ?? '')) return true;
  // Abbreviations and dotted acronyms are short: looking further back would make a dotted run quadratic.
  let w = i;
  const floor = Math.max(sentenceStart, i - MAX_ABBREVIATION_CHARS);
  while (w > floor && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter: an initial ("J. Smith") or a dotted acronym ("U.S.").
  if (/^\p{Lu}$/u.test(text.slice(w, i)) || /^(\p{L}\.)+\p{L}$/u.test(text.slice(w, i))) return true;
  return false;
}

/**
 * "HousePresident": a lower-case letter directly followed by an upper-case one that starts a word of at
 * least four letters, after a run of at least three lower-case letters. Camel-case names (TimeWarner,
 * PolitiFact) have the same shape: `isGlueArtefact` tells them apart.
 */
export function isGluedHeading(text: string, i: number, from = 0): boolean {
  // Runs for every character of every sentence: a cheap test on the two code units comes first.
  const here = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (here < 128 && !(here >= 97 && here <= 122)) return false;
  if (next < 128 && !(next >= 65 && next <= 90)) return false;
  if (Number.isNaN(next) || !/\p{Lu}/u.test(text[i + 1]!) || !/\p{Ll}/u.test(text[i]!)) return false;
  if (i - 2 < from || !/^\p{Ll}{3}$/u.test(text.slice(i - 2, i + 1))) return false;
  return /^\p{Lu}\p{Ll}{3,}/u.test(text.slice(i + 1, i + 6));
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}

/**
 * Pairs quotation marks inside [from, to): for each opening mark, where its quotation ends. Curly quotes
 * pair by nesting; straight double quotes pair in order of appearance. An unpaired mark opens nothing.
 */
function matchQuotations(text: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const curly: number[] = [];
  let straight = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«') curly.push(i);
    else if ((ch === '”' || ch === '»') && curly.length > 0) pairs.set(curly.pop()!, i);
    else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        pairs.set(straight, i);
        straight = -1;
      }
    }
  }
  return pairs;
}

/** How often each word (a run of letters, case kept) occurs in a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * A joint at i is glue when both halves are words the text also writes on their own ("House",
 * "President") and the joined word occurs once: a name repeats whole and its halves are not words.
 */
function isGlueArtefact(text: string, i: number, words: ReadonlyMap<string, number>): boolean {
  let start = i;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  let end = i + 1;
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
  const joined = text.slice(start, end);
  const left = /\p{Lu}?\p{Ll}+$/u.exec(text.slice(start, i + 1))![0];
  const right = /^\p{Lu}\p{Ll}+/u.exec(text.slice(i + 1, end))![0];
  return (words.get(joined) ?? 0) <= 1 && (words.get(left) ?? 0) > 0 && (words.get(right) ?? 0) > 0;
}
