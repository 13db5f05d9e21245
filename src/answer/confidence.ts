import type { AnswerType } from './analysis.js';

/** What a candidate answer's confidence is made of. */
export interface ConfidenceFeatures {
  /** Weighted share of the question's terms the sentence holds (0 to 1). */
  coverage: number;
  /** Share of the question's adjacent word pairs that stand side by side in the sentence too. */
  phrase: number;
  /** Every name the question gives is in the sentence. */
  namesMatched: boolean;
  /** At least half the question's other words (or their synonyms) stand in the sentence. */
  focusMatched: boolean;
  /** The sentence denies what the question asserts, or asserts what it denies. */
  polarityAgrees: boolean;
  /** The question's rarest word stands in or just around the sentence. */
  rarestFound: boolean;
  /** A stretch of the expected type was found (always true for types that take the whole sentence). */
  typeFound: boolean;
  /** How well the chosen stretch fits: near the question's words, not one of them (about 0 to 1.3). */
  candidateScore: number;
  /** Words of the question the articles never use. */
  unknownWords: number;
  type: AnswerType;
}

/**
 * Below this confidence Dossier says the articles don't say. Set on the development half of the SQuAD
 * questions (`npm run eval:ask -- --split dev`): the threshold where right answers plus right refusals
 * peak among those that still answer at least half of the answerable questions.
 */
export const ANSWER_THRESHOLD = 0.6;

/** Types whose answer is a stretch of a kind a sentence either holds or does not. */
export const STRICT_TYPES: ReadonlySet<AnswerType> = new Set<AnswerType>(['date', 'time', 'duration', 'number', 'money', 'percentage', 'ordinal']);

/** One score from 0 to 1 for a candidate answer; the weights were set on development data. */
export function confidenceOf(f: ConfidenceFeatures): number {
  let score = 0.2 * f.phrase + 0.75 * f.coverage + 0.1 * Math.min(1, f.candidateScore) + (f.typeFound ? 0.1 : 0) + (f.namesMatched ? 0.05 : -0.2);
  // One word the articles lack costs little (it may be phrased differently); each more costs more.
  score -= f.unknownWords === 0 ? 0 : 0.05 + 0.1 * Math.min(3, f.unknownWords - 1);
  if (!f.polarityAgrees) score -= 0.15;
  if (!f.focusMatched) score -= 0.2;
  if (!f.rarestFound) score -= 0.15;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
