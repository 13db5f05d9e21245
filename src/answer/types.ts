import type { AnswerType } from './analysis.js';

/** A pointer to the words an answer rests on. */
export interface Citation {
  file: string;
  title: string;
  source: string | null;
  published: string | null;
  text: string;
  start: number;
  end: number;
}

export type AnswerKind =
  | 'when'
  | 'who-said'
  | 'what-said'
  | 'who-is'
  | 'where'
  | 'how-long'
  | 'how-many'
  | 'which'
  | 'yes-no'
  | 'summary'
  | 'passages'
  | 'none';

export interface Answer {
  question: string;
  /** The short direct answer, or null when the articles hold none. */
  answer: string | null;
  kind: AnswerKind;
  /** The type of answer the question expects (date, person, number…), from the question analysis. */
  type?: AnswerType;
  /** 0 to 1: how well the cited text covers the question. */
  confidence: number;
  /** The reply in plain text: the answer first, then the supporting sentences (no citations, no markup). */
  text: string;
  citations: Citation[];
  /** When there is no answer: topics the articles do cover that are nearest to the question. */
  suggestions?: string[];
}

/** A question Dossier will not try to answer, with what to do instead. */
export class QuestionError extends Error {
  override name = 'QuestionError';
}
