import type { Knowledge } from '../index/knowledge.js';
import { cite, coverage, holdsAllNames, termsIn, type QuestionTerms } from './evidence.js';
import type { Answer } from './types.js';

/**
 * "What was the vote?", "how many votes did the motion get?", "was the vote unanimous?": the count of a
 * vote as the articles give it ("by 31 votes to 6", "voted 12-3", "a 5-4 vote"). Null when the question
 * asks no such thing, or no sentence on its topic gives a count.
 */

/** A question about the count of a vote. */
const TALLY_ASKED = /\b(?:vote|votes|voting|ballot)\s+(?:count|tally|result|outcome|margin|split|score|breakdown)\b|^\s*(?:and\s+)?what\s+(?:was|is)\s+the\s+(?:final\s+)?vote\b|\bhow\s+many\s+votes\b|\b(?:by\s+)?what\s+margin\b.*\b(?:passed|approved|adopted|rejected|backed|carried|won|voted|elected)\b/i;
/** "Was the vote on the aid unanimous?": a yes or no, which the count settles. */
const UNANIMITY_ASKED = /\bunanimous(?:ly)?\b/i;
const VOTE_WORD = /\b(?:vote|voted|votes|motion|ballot|decision|approved|passed|rejected)\b/i;

const COUNT = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|none|nil)`;
/** "by 31 votes to 6", "voted 12 to 3", "a 5-4 vote", "passed 9–0". */
const TALLY = new RegExp(
  String.raw`\b(?:by\s+${COUNT}\s+votes?\s+to\s+${COUNT}(?:\s+votes?)?|${COUNT}\s+votes?\s+(?:to|against)\s+${COUNT}|(?:voted|passed|approved|rejected|carried|defeated)\s+(?:by\s+)?${COUNT}\s*(?:to|[-–])\s*${COUNT}|${COUNT}\s*[-–]\s*${COUNT}\s+(?:vote|decision|majority|ruling))\b`,
  'i',
);
/** The two counts of a tally: the second is the votes against. */
const COUNTS = new RegExp(String.raw`(${COUNT})\D+?(${COUNT})`, 'i');
const UNANIMOUS = /\bunanimous(?:ly)?\b/i;

/** How many sentences on the question's topic are read for a count. */
const SEARCHED = 20;
/** How much of the question a sentence with a count must hold. */
const MIN_COVERAGE = 0.4;

export function answerTally(kb: Knowledge, question: string, terms: QuestionTerms): Answer | null {
  const asked = TALLY_ASKED.test(question) || (UNANIMITY_ASKED.test(question) && VOTE_WORD.test(question));
  if (!asked || terms.terms.length === 0) return null;
  const hits = kb.index.searchSentences([...terms.terms, 'vote'].join(' '), { limit: SEARCHED });
  // "The council voted to release aid. The motion passed by 31 votes to 6.": the sentence before says what was voted on.
  const context = (hit: (typeof hits)[number]) => `${hit.article.title} ${hit.article.sentences[hit.sentence.index - 1]?.text ?? ''} ${hit.sentence.text}`;
  const found = hits
    .map((hit) => {
      const tally = TALLY.exec(hit.sentence.text)?.[0] ?? null;
      const around = context(hit);
      return { hit, tally, around, cover: tally === null ? 0 : coverage(terms, around) };
    })
    .find(({ tally, around, cover }) => tally !== null && cover >= MIN_COVERAGE && holdsAllNames(terms, termsIn(around)));
  if (!found?.tally) return null;
  const { hit, tally, cover } = found;
  const citations = [cite(hit.article, hit.sentence)];
  const confidence = Math.round(Math.min(1, 0.5 + cover / 2) * 100) / 100;
  if (UNANIMITY_ASKED.test(question)) {
    const against = COUNTS.exec(tally)?.[2]?.toLowerCase();
    const unanimous = UNANIMOUS.test(hit.sentence.text) || against === '0' || against === 'none' || against === 'nil';
    const verdict = unanimous ? 'Yes' : 'No';
    return { question, answer: verdict, kind: 'yes-no', confidence, text: `${verdict}: the vote was ${tally.replace(/^by\s+/i, '')}. ${hit.sentence.text}`, citations };
  }
  const count = tally.replace(/^(?:by|voted|passed|approved|rejected|carried|defeated)\s+(?:by\s+)?/i, '');
  return { question, answer: count, kind: 'passages', confidence, text: `${count}. ${hit.sentence.text}`, citations };
}
