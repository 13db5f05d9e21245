import type { Knowledge } from '../index/knowledge.js';
import { analyze } from '../text/analyzer.js';
import { cite, termsIn, type QuestionTerms } from './evidence.js';
import { round } from './facts.js';
import { noAnswer } from './nothing.js';
import type { Answer } from './types.js';

/**
 * "What would happen if the union struck?": the consequence a sentence gives for that condition ("if the
 * union strikes, the port will close"; "the port will close in the event of a strike"), not any phrase of
 * a sentence that shares the question's words.
 */
const ASKS_CONSEQUENCE = /^what\s+(?:(?:would|will|could|might|is going to)\s+happen|happens)\s+(?:if|when|in case|should)\s+(.+?)[?.!]*$/i;

/** A condition and its consequence, either way round. */
const CONDITION_FIRST = /\b(if|should|in (?:the )?(?:event|case) of|unless)\b([^,;]+),\s*([^;]+)$/i;
const CONSEQUENCE_FIRST = /^(.+?)\s+(if|unless|in (?:the )?(?:event|case) of|should)\b(.+)$/i;
/** A condition that is denied: "if the deadline is not met", "should the talks fail to start". */
const DENIED = /\b(?:not|never|no|neither|nor)\b|n['’]t\b|\bfail(?:s|ed)?\s+to\b/i;
/** What reports a consequence written before its condition: "Lind warned the council that …". */
const REPORTED = /^.*?\b(?:said|says|warned|warns|stated|added|told\s+\S+(?:\s+\S+)?)\s+(?:that\s+)?/i;

/** A closing clause that only reports the sentence: ", officials said.", ", the mayor added." */
const REPORTING_TAIL = /,\s*(?:\S+\s+){0,4}(?:said|says|added|warned|told\s+\S+|stated)[.!]?\s*$/i;

/** How many sentences holding the condition's words are read. */
const SEARCHED = 30;
/** Share of the condition's words a sentence's condition must hold. */
const MIN_HELD = 0.5;

export function asksConsequence(question: string): string | null {
  return ASKS_CONSEQUENCE.exec(question)?.[1] ?? null;
}

export function answerConsequence(kb: Knowledge, question: string, condition: string, terms: QuestionTerms): Answer {
  const wanted = [...new Set(analyze(condition).map((t) => kb.index.resolve(t) ?? t))];
  const denied = DENIED.test(condition);
  let best: { answer: Answer; held: number } | null = null;
  for (const hit of kb.index.searchSentences(condition, { limit: SEARCHED })) {
    const text = hit.sentence.text;
    const parts = conditionAndConsequence(text);
    // "What happens if the deadline is met?" is not answered by what follows if it is not.
    if (!parts || parts.denied !== denied) continue;
    const present = termsIn(parts.condition);
    const held = wanted.length === 0 ? 0 : wanted.filter((t) => present.has(t)).length / wanted.length;
    if (held < MIN_HELD || (best && held <= best.held)) continue;
    const consequence = parts.consequence
      .replace(/^(?:that|then)\s+/i, '')
      .replace(/[.!?"”]+$/, '')
      .trim();
    if (consequence.split(/\s+/).length < 3) continue;
    const at = hit.sentence.start + text.indexOf(consequence);
    best = {
      held,
      answer: {
        question,
        answer: consequence,
        kind: 'passages',
        confidence: round(held),
        text: `${consequence.charAt(0).toUpperCase()}${consequence.slice(1)}. ${text}`,
        citations: [cite(hit.article, hit.sentence), cite(hit.article, { start: at, end: at + consequence.length })],
      },
    };
  }
  return best?.answer ?? noAnswer(kb, question, terms, 'The articles say nothing of what would follow that.');
}

/**
 * A sentence's condition and its consequence. Only a consequence written first can open with the words
 * that report it; after "if X," the consequence stands alone (its own "that" is a relative clause).
 */
function conditionAndConsequence(text: string): { condition: string; consequence: string; denied: boolean } | null {
  // "Y if X, officials said.": what follows the comma only says who said it.
  const said = REPORTING_TAIL.exec(text);
  const told = said ? text.slice(0, said.index) : text;
  // "Unless X" is "if not X".
  const deniedBy = (conjunction: string, condition: string) => DENIED.test(condition) !== (conjunction.toLowerCase() === 'unless');
  const first = CONDITION_FIRST.exec(told);
  if (first) return { condition: first[2]!, consequence: first[3]!, denied: deniedBy(first[1]!, first[2]!) };
  const after = CONSEQUENCE_FIRST.exec(told);
  return after ? { condition: after[3]!, consequence: after[1]!.replace(REPORTED, ''), denied: deniedBy(after[2]!, after[3]!) } : null;
}
