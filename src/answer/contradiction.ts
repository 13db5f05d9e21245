import { opposesWord } from '../text/opposites.js';

/** A question that asks about what did not happen ("when was the bridge not closed?"). */
const NEGATED_QUESTION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b/i;
/** Negations that leave the question's own claim standing: "not only", "whether or not", "if not". */
const NEGATION_NOT_DENYING = /\bnot\s+(?:only|just|merely|least|yet)\b|\b(?:or|if)\s+not\b|\bno\s+(?:longer|later|sooner|more|less|fewer)\s+than\b|\bno\.\s*\d/gi;
/** A sentence that denies, refuses or lacks something, in words or by a verb of refusal. */
const NEGATIVE_SENTENCE = /\b(?:not|no|never|none|nor|neither|nobody|nothing|without|cannot|unable|refus\w*|fail\w*|lack\w*|den(?:y|ies|ied|ial)|reject\w*|absen\w*)\b|n['’]t\b/i;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Whether the sentence an answer rests on says otherwise than the question asks, so that it answers a
 * different question: the question is negated and the sentence denies nothing ("when was the bridge not
 * closed?" over "the bridge was closed in May"), or a word of the question that the sentence lacks has
 * its opposite there ("who agreed to sign?" over "the council refused to sign").
 */
export function contradicts(question: string, sentence: string): boolean {
  const negated = NEGATED_QUESTION.test(question.replace(NEGATION_NOT_DENYING, ' '));
  if (negated && !NEGATIVE_SENTENCE.test(sentence)) return true;
  const questionWords = question.toLowerCase().match(WORD) ?? [];
  const sentenceOrder = sentence.toLowerCase().match(WORD) ?? [];
  return opposesWord(questionWords, new Set(sentenceOrder), sentenceOrder);
}
