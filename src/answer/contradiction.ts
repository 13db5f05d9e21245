import { opposesWord } from '../text/opposites.js';

/** A question that asks about what did not happen ("when was the bridge not closed?"). */
const NEGATED_QUESTION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b/i;
/** Negations that leave the question's own claim standing: "not only", "whether or not", "if not". */
const NEGATION_NOT_DENYING = /\bnot\s+(?:only|just|merely|least|yet)\b|\b(?:or|if)\s+not\b|\bno\s+(?:longer|later|sooner|more|less|fewer)\s+than\b|\bno\.\s*\d/gi;
/** A sentence that denies, refuses or lacks something, in words or by a verb of refusal ("unless" is "if not"). */
const NEGATIVE_SENTENCE = /\b(?:not|no|never|none|nor|neither|nobody|nothing|without|unless|cannot|unable|refus\w*|fail\w*|lack\w*|den(?:y|ies|ied|ial)|reject\w*|absen\w*|declin(?:e|es|ed|ing)\s+to)\b|n['’]t\b/i;

/** A verb of refusal or failure in a question: it asks about what did not happen as "not" does ("when did they refuse to join?"). */
const REFUSAL_ASKED = /\b(?:refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|declin(?:e|es|ed|ing)\s+to)\b/i;

/** The same, to count them: every negation of a question, every denial of a sentence. */
const EVERY_NEGATION = new RegExp(`${NEGATED_QUESTION.source}|${REFUSAL_ASKED.source}`, 'gi');
const EVERY_DENIAL = new RegExp(NEGATIVE_SENTENCE.source, 'gi');

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A question about the least of something ("at least" is a figure's bound, not a degree). */
const LEAST_ASKED = /(?<!\bat\s)\bleast\b/i;
/** Words that place something low in degree, which a "least" question needs its sentence to hold. */
const LOW_DEGREE = /\b(?:least|less|fewer|fewest|lowest|smallest|minimum|minimal|minor|rarely|seldom|little|only|bottom|last)\b/i;

/**
 * Whether the sentence an answer rests on says otherwise than the question asks, so that it answers a
 * different question: the question is negated, or asks about a refusal or a failure, and the sentence denies
 * nothing ("when was the bridge not closed?", "when did the council reject the bridge?" over "the bridge
 * was closed in May", "the council approved the bridge"), or a word of the question that the sentence lacks has
 * its opposite there ("who agreed to sign?" over "the council refused to sign").
 */
export function contradicts(question: string, sentence: string): boolean {
  // "Which article does not state that services may not be obstructed?" over "Articles 106 and 107 provide
  // that services may not be obstructed": the question denies more than the sentence does.
  const denials = (question.replace(NEGATION_NOT_DENYING, ' ').match(EVERY_NEGATION) ?? []).length;
  if (denials > (sentence.match(EVERY_DENIAL) ?? []).length) return true;
  // "What is the least controversial aspect?" over "a controversial aspect is…": nothing there is least.
  if (LEAST_ASKED.test(question) && !LOW_DEGREE.test(sentence)) return true;
  const questionWords = question.toLowerCase().match(WORD) ?? [];
  const sentenceOrder = sentence.toLowerCase().match(WORD) ?? [];
  return opposesWord(questionWords, new Set(sentenceOrder), sentenceOrder);
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/**
 * Details a claim can get wrong: a month written as a date ("in June", "June 3", "3 June": not the verb
 * "march" or the "may" of "prices may rise"), a weekday, a year, a figure.
 */
const DETAIL = new RegExp(String.raw`(?<=\b(?:in|on|by|since|until|from|of|early|late|mid)\s+)(?:${MONTH})\b|\b(?:${MONTH})(?=\s+\d)|(?<=\d\s+)(?:${MONTH})\b|\b${WEEKDAY}\b|\b\d[\d,.]*\d\b|\b\d\b`, 'gi');

/** A detail as compared: lower case, a month or weekday by its first three letters, a figure without commas. */
function detailKey(detail: string): string {
  const lower = detail.toLowerCase().replace(/,/g, '');
  return /^\d/.test(lower) ? lower : lower.slice(0, 3);
}

/** What a detail is: a year conflicts only with another year, a weekday with another weekday. */
function detailKind(key: string): 'year' | 'figure' | 'weekday' | 'month' {
  if (/^(?:1[5-9]|20)\d\d$/.test(key)) return 'year';
  if (/^\d/.test(key)) return 'figure';
  return /^(?:mon|tue|wed|thu|fri|sat|sun)$/.test(key) ? 'weekday' : 'month';
}

/**
 * A month, weekday, year or figure of a claim that the words it is checked against give otherwise ("who
 * said the bridge would reopen in June?" over "will reopen on April 2"): the first such detail of the
 * claim, or null. A detail the text leaves out without giving another of its kind is no conflict.
 */
export function conflictingDetail(claim: string, text: string): string | null {
  const given = (text.match(DETAIL) ?? []).map(detailKey);
  const kinds = new Set(given.map(detailKind));
  return (claim.match(DETAIL) ?? []).find((detail) => !given.includes(detailKey(detail)) && kinds.has(detailKind(detailKey(detail)))) ?? null;
}
