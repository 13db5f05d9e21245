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
const ASKS_CONSEQUENCE = /^what\s+(?:would|will|could|might|is going to)\s+happen\s+(?:if|when|in case|should)\s+(.+?)[?.!]*$/i;

/** A condition and its consequence, either way round. */
const CONDITION_FIRST = /\b(?:if|should|in (?:the )?(?:event|case) of|unless)\b([^,;]+),\s*([^;]+)$/i;
const CONSEQUENCE_FIRST = /^(.+?)\s+(?:if|in (?:the )?(?:event|case) of|should)\b(.+)$/i;
/** What reports the consequence, before it: "Lind warned the council that …". */
const REPORTED = /^.*?\b(?:that|warned|said|told\s+\S+(?:\s+\S+)?)\s+/i;

/** How many sentences holding the condition's words are read. */
const SEARCHED = 30;
/** Share of the condition's words a sentence's condition must hold. */
const MIN_HELD = 0.5;

export function asksConsequence(question: string): string | null {
  return ASKS_CONSEQUENCE.exec(question)?.[1] ?? null;
}

export function answerConsequence(kb: Knowledge, question: string, condition: string, terms: QuestionTerms): Answer {
  const wanted = [...new Set(analyze(condition).map((t) => kb.index.resolve(t) ?? t))];
  let best: { answer: Answer; held: number } | null = null;
  for (const hit of kb.index.searchSentences(condition, { limit: SEARCHED })) {
    const text = hit.sentence.text;
    const split = CONDITION_FIRST.exec(text);
    const parts = split ? { condition: split[1]!, consequence: split[2]! } : ((m) => m && { condition: m[2]!, consequence: m[1]! })(CONSEQUENCE_FIRST.exec(text));
    if (!parts) continue;
    const present = termsIn(parts.condition);
    const held = wanted.length === 0 ? 0 : wanted.filter((t) => present.has(t)).length / wanted.length;
    if (held < MIN_HELD || (best && held <= best.held)) continue;
    const consequence = parts.consequence
      .replace(REPORTED, '')
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
