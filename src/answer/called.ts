import type { Knowledge } from '../index/knowledge.js';
import { normalizeTerm, tokenize } from '../text/analyzer.js';
import { cite, type QuestionTerms } from './evidence.js';
import type { Answer, AnswerKind } from './types.js';

/** "What did Lind call the ferry plan?": who names, the naming verb, and what was named. */
const ASKS_NAME_GIVEN = /^what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:call|name|label|dub|term|brand)\s+(.+?)(?:\s+as)?[\s?.!]*$/i;
/** The naming verb in a sentence, in any form. */
const NAMING = String.raw`(?:call(?:s|ed|ing)?|name[sd]?|label(?:l?ed|s)?|dub(?:bed|s)?|term(?:ed|s)?|brand(?:ed|s)?)`;
/** Where the name given ends: a new clause or an aside. */
const NAME_END = /\s+[-–—]\s+|\s+(?:and|but|while|because|since|although)\s+|\s*[,;:.!?()]/;
/** A stretch after the thing named that goes on naming it ("against Vessmark", "of the council"). */
const PREPOSITION = /^(?:of|against|on|in|for|from|about|with|by|to)\s/i;
/** Where the name given starts after such words: at a quotation mark, else at an article. */
const QUOTED_START = /["“].*/u;
const ARTICLE_START = /\b(?:an?|the)\s.*/iu;
/** How many words a name given may have; longer is a clause, not a name. */
const MAX_NAME_WORDS = 8;
/** How many sentences are read for the naming. */
const SEARCHED = 20;

/**
 * "What did Lind call the ferry plan?" is answered by what follows the thing named in a sentence where
 * it is called so ("Lind called the plan a dead end" → "a dead end"), not by a phrase that repeats the
 * thing ("plan dead end"). The thing may be named shorter than the question names it ("the plan" for
 * "the ferry plan"): its last word suffices. Null when no sentence holds the naming with the question's names.
 */
export function answerNameGiven(kb: Knowledge, question: string, terms: QuestionTerms): Answer | null {
  const asked = ASKS_NAME_GIVEN.exec(question.trim());
  if (!asked) return null;
  const head = asked[2]!.trim().split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '');
  if (head.length < 2) return null;
  // Who names must be in the sentence; the thing named may be named there in other words.
  const namer = terms.names.filter((name) => tokenize(asked[1]!).some((word) => normalizeTerm(word) === name));
  const naming = new RegExp(String.raw`\b${NAMING}\s+(?:[\p{L}'’-]+\s+){0,4}?${head}s?\s+(?:as\s+)?([^,;.!?]+)`, 'iu');
  for (const hit of kb.index.searchSentences(terms.terms.join(' '), { limit: SEARCHED })) {
    const present = new Set(tokenize(hit.sentence.text).map((w) => normalizeTerm(w)));
    if (!namer.every((name) => present.has(name))) continue;
    const found = naming.exec(hit.sentence.text);
    if (!found) continue;
    // "called the sanctions against Vessmark a mistake": the words that go on naming the thing are not its name.
    const stated = PREPOSITION.test(found[1]!) ? (QUOTED_START.exec(found[1]!)?.[0] ?? ARTICLE_START.exec(found[1]!)?.[0] ?? '') : found[1]!;
    const name = stated.split(NAME_END)[0]!.replace(/^["'“‘]+|["'”’]+$/g, '').trim();
    if (name.length === 0 || name.split(/\s+/).length > MAX_NAME_WORDS) continue;
    const at = hit.sentence.start + found.index + found[0].indexOf(name);
    return {
      question,
      answer: name,
      kind: 'passages',
      confidence: 0.8,
      text: `${name.charAt(0).toUpperCase()}${name.slice(1)}. ${hit.sentence.text}`,
      citations: [cite(hit.article, hit.sentence), cite(hit.article, { start: at, end: at + name.length })],
    };
  }
  return null;
}

/** An ordinal in words or figures. */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))`;

/**
 * "Which meeting since the election was this?": where a sentence says the noun asked about is "the
 * fifth", that ordinal answers (not the adjective beside the noun, "current meeting").
 */
export function answerWhichInOrder(kb: Knowledge, question: string, head: string | null, terms: QuestionTerms, kind: AnswerKind): Answer | null {
  if (!head || !/^which\b/i.test(question.trim()) || !/\b(?:this|that|it)(?:\s+one)?[\s?.!]*$/i.test(question)) return null;
  const inOrder = new RegExp(String.raw`\b${head}s?\s+(?:is|was|were|are)\s+(?:the\s+|their\s+|its\s+)?(${ORDINAL})\b[^,;.!?]*`, 'iu');
  for (const hit of kb.index.searchSentences(terms.terms.join(' '), { limit: SEARCHED })) {
    const found = inOrder.exec(hit.sentence.text);
    if (!found) continue;
    const phrase = `the ${found[0]!.slice(found[0]!.indexOf(found[1]!))}`.trim();
    const at = hit.sentence.start + found.index + found[0].indexOf(found[1]!);
    return {
      question,
      answer: phrase,
      kind,
      confidence: 0.7,
      text: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}. ${hit.sentence.text}`,
      citations: [cite(hit.article, hit.sentence), cite(hit.article, { start: at, end: at + found[0].length - found[0].indexOf(found[1]!) })],
    };
  }
  return null;
}
