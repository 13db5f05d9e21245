import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';

/** A word: letters and digits, with inner apostrophes ("Norway's", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a text that carry its topic: lower-cased, possessive "'s" dropped, function words and single
 * letters left out, each reduced to its Porter stem ("sanctions" and "sanctioned" both give "sanction").
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [match] of text.toLowerCase().matchAll(WORD)) {
    const apostrophe = match[match.length - 2];
    const word = (apostrophe === "'" || apostrophe === '’') && match.endsWith('s') ? match.slice(0, -2) : match;
    if (word.length < 2 || isStopWord(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** Sparse term weights; a vector built by `unitVector` has length 1, so the dot product is the cosine. */
export type TermVector = Map<string, number>;

/** Inverse document frequency, ln(1 + N / df), over a set of documents given as term lists. */
export function inverseDocumentFrequency(documents: readonly string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, df] of frequency) idf.set(term, Math.log(1 + documents.length / df));
  return idf;
}

/** TF-IDF vector of unit length; a term missing from `idf` (seen in no document) weighs 1. */
export function unitVector(terms: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, count] of vector) {
    const weight = count * (idf.get(term) ?? 1);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine of two unit vectors: walks the smaller one. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [term, weight] of a) {
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}
