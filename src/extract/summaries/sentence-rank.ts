import type { Article, Sentence } from '../../corpus/types.js';
import { wordCount } from '../../text/words.js';
import { cosine, type TermVector } from '../../text/similarity.js';
import type { SummarySentence } from '../types.js';

/**
 * What summaries are built from: which sentences may stand in one, and the similarity-graph ranking
 * (personalised PageRank) that both article and topic summaries use.
 */

const MIN_WORDS = 6;
/** Shorter than this and without a full stop, a sentence is a label or a heading run into the text. */
const MIN_UNTERMINATED_WORDS = 10;
const CLOSING_MARKS = /["'”’»)\]]+$/u;
const CAPTION_OR_LINK = /(^|\s)(photo|image|picture|illustration|video|credit)s?\s*(:|by\b)|https?:\/\/|www\.|\S@\S+\.\w/i;
/** Opening words that lean on the sentence before: out of context they read as a non sequitur. */
const LEANS_BACK = /^(he|she|it|they|this|these|that|those|but|and|so|however|also)\b/i;

/** Ends with a full stop, "!" or "…" (before any closing quotes or brackets). */
export function isTerminated(text: string): boolean {
  return /[.!…]$/.test(text.replace(CLOSING_MARKS, ''));
}

export function leansBack(text: string): boolean {
  return LEANS_BACK.test(text);
}

/**
 * Whether a sentence can stand in a summary: body or block-quote text (never a heading or a signature
 * line), at least six words, not a question, not a caption or a link, mostly words rather than figures,
 * and a full stop unless it is long enough to be a sentence that merely lost it.
 */
export function isSummarySentence(article: Article, sentence: Sentence): boolean {
  const kind = article.paragraphs[sentence.paragraph]?.kind;
  if (kind === 'heading' || kind === 'signature') return false;
  const text = sentence.text;
  const words = wordCount(text);
  if (words < MIN_WORDS) return false;
  if (text.replace(CLOSING_MARKS, '').endsWith('?')) return false;
  if (!isTerminated(text) && words < MIN_UNTERMINATED_WORDS) return false;
  if (CAPTION_OR_LINK.test(text)) return false;
  return letterShare(text) >= 0.6;
}

/** Letters among the non-space characters (a loop: this runs on every sentence of every article). */
function letterShare(text: string): number {
  let letters = 0;
  let visible = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue;
    visible++;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 128 && /\p{L}/u.test(ch))) letters++;
  }
  return visible > 0 ? letters / visible : 0;
}

export function summarySentence(article: Article, sentence: Sentence): SummarySentence {
  return { text: sentence.text, file: article.file, articleId: article.id, start: sentence.start, end: sentence.end };
}

/** Pairwise cosines of unit vectors, zero on the diagonal. */
export function similarityMatrix(vectors: readonly TermVector[]): Float64Array[] {
  const rows = vectors.map(() => new Float64Array(vectors.length));
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const similarity = cosine(vectors[i]!, vectors[j]!);
      rows[i]![j] = similarity;
      rows[j]![i] = similarity;
    }
  }
  return rows;
}

const DAMPING = 0.85;

/**
 * Personalised PageRank: a walk along weighted edges that restarts on `restart`, so a node ranks high
 * when it is like many others (centrality) and favoured by the prior. Returns a distribution.
 */
export function pageRank(weights: readonly Float64Array[], restart: readonly number[], iterations = 50): number[] {
  const n = restart.length;
  const start = normalise(restart);
  // Each node's out-edges as (target, share of its weight): the walk only visits non-zero similarities.
  const edges = weights.map((row) => {
    const total = row.reduce((sum, w) => sum + w, 0);
    const targets: number[] = [];
    const shares: number[] = [];
    row.forEach((w, j) => {
      if (w > 0) {
        targets.push(j);
        shares.push(w / total);
      }
    });
    return { targets, shares };
  });
  let rank = start.slice();
  for (let step = 0; step < iterations; step++) {
    const next = start.map((p) => (1 - DAMPING) * p);
    let stranded = 0;
    for (let i = 0; i < n; i++) {
      const { targets, shares } = edges[i]!;
      if (targets.length === 0) {
        stranded += rank[i]!;
        continue;
      }
      const flow = DAMPING * rank[i]!;
      for (let k = 0; k < targets.length; k++) next[targets[k]!]! += flow * shares[k]!;
    }
    // A node that shares nothing with the others hands its weight back to the prior.
    let change = 0;
    for (let j = 0; j < n; j++) {
      next[j]! += DAMPING * stranded * start[j]!;
      change += Math.abs(next[j]! - rank[j]!);
    }
    rank = next;
    if (change < 1e-7) break;
  }
  return rank;
}

/** Scale to sum 1; all zeros become uniform. */
export function normalise(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 1 / values.length);
}
