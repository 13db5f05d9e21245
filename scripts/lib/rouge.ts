import { stemmer } from 'stemmer';

/**
 * ROUGE (Lin, 2004) as the official ROUGE-1.5.5 scores single-reference summaries: text lower-cased, every
 * run of characters other than a-z and 0-9 a separator, optionally Porter-stemmed (ROUGE's `-m`), no stop
 * words removed. ROUGE-L is the summary-level score (union LCS over the reference's sentences, "ROUGE-Lsum").
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export interface RougeOptions {
  /** Porter-stem every token longer than three letters, as rouge-score's `use_stemmer` (default true). */
  stem?: boolean;
}

export function rougeTokens(text: string, { stem = true }: RougeOptions = {}): string[] {
  const tokens = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return stem ? tokens.map((token) => (token.length > 3 ? stemmer(token) : token)) : tokens;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate summary against a reference, both given as sentences. */
export function rouge(candidate: readonly string[], reference: readonly string[], options: RougeOptions = {}): RougeScores {
  const candidateSentences = candidate.map((s) => rougeTokens(s, options));
  const referenceSentences = reference.map((s) => rougeTokens(s, options));
  const candidateTokens = candidateSentences.flat();
  const referenceTokens = referenceSentences.flat();
  return {
    rouge1: rougeN(candidateTokens, referenceTokens, 1),
    rouge2: rougeN(candidateTokens, referenceTokens, 2),
    rougeL: rougeLsum(candidateSentences, referenceSentences),
  };
}

/** Clipped n-gram overlap: an n-gram counts as often as it occurs in both. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candidateGrams = nGramCounts(candidate, n);
  const referenceGrams = nGramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/**
 * Summary-level ROUGE-L: for each reference sentence, the union of its LCS with every candidate sentence;
 * a token counts at most as often as it occurs on either side, so repeats are not rewarded twice.
 */
export function rougeLsum(candidate: readonly string[][], reference: readonly string[][]): RougeScore {
  const candidateLeft = tokenCounts(candidate.flat());
  const referenceLeft = tokenCounts(reference.flat());
  let hits = 0;
  for (const referenceSentence of reference) {
    const union = new Set<number>();
    for (const candidateSentence of candidate) {
      for (const position of lcsPositions(referenceSentence, candidateSentence)) union.add(position);
    }
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = referenceSentence[position]!;
      if ((candidateLeft.get(token) ?? 0) > 0 && (referenceLeft.get(token) ?? 0) > 0) {
        hits++;
        candidateLeft.set(token, candidateLeft.get(token)! - 1);
        referenceLeft.set(token, referenceLeft.get(token)! - 1);
      }
    }
  }
  return score(hits, candidate.flat().length, reference.flat().length);
}

/** Positions in `a` of one longest common subsequence of `a` and `b`. */
export function lcsPositions(a: readonly string[], b: readonly string[]): number[] {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i * width + j] =
        a[i - 1] === b[j - 1]
          ? table[(i - 1) * width + j - 1]! + 1
          : Math.max(table[(i - 1) * width + j]!, table[i * width + j - 1]!);
    }
  }
  const positions: number[] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * width + j]! >= table[i * width + j - 1]!) i--;
    else j--;
  }
  return positions.reverse();
}

function nGramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function tokenCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal > 0 ? overlap / candidateTotal : 0;
  const recall = referenceTotal > 0 ? overlap / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Sentences of a reference written without spaces between them ("...$10.9bn.For the full-year..."), as
 * extractive data sets store them: every known sentence (the article's) found in the text is one piece,
 * longest first; what is left is split after a full stop, "!" or "?" (and any closing quote) that is
 * followed by a capital or an opening quote.
 */
export function splitRunTogether(reference: string, knownSentences: readonly string[]): string[] {
  const text = reference.replace(/\s+/g, ' ').trim();
  const found: { start: number; end: number }[] = [];
  for (const sentence of [...new Set(knownSentences)].sort((a, b) => b.length - a.length)) {
    if (sentence.length === 0) continue;
    for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
      const end = at + sentence.length;
      if (found.some((f) => at < f.end && f.start < end)) continue;
      found.push({ start: at, end });
      break;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  const splitRest = (rest: string) => {
    let carried = '';
    for (const part of rest.split(/(?<=[.!?]["'”’]?)(?=["“'‘]?[A-Z])/)) {
      // A lone quotation mark between two sentences closes the one before when that one has an odd count.
      if (!/[A-Za-z0-9]/.test(part)) {
        const previous = pieces.at(-1);
        if (previous !== undefined && (previous.match(/["“”]/g) ?? []).length % 2 === 1) pieces[pieces.length - 1] = previous + part.trim();
        else carried += part.trim();
        continue;
      }
      pieces.push(carried + part.trim());
      carried = '';
    }
  };
  let position = 0;
  for (const f of found) {
    splitRest(text.slice(position, f.start));
    pieces.push(text.slice(f.start, f.end));
    position = f.end;
  }
  splitRest(text.slice(position));
  return pieces;
}
