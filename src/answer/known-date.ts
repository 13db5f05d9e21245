import type { Knowledge } from '../index/knowledge.js';
import { EVENT_FAMILIES, eventFamilies } from '../extract/events/event-words.js';
import { normalizeTerm, tokenize } from '../text/analyzer.js';
import { isPersonNoun } from './analysis.js';
import { cite } from './evidence.js';
import type { Answer } from './types.js';
import { answerWhen } from './when.js';

/** "Is the date of the next round known?", "has the date for the vote been set?": whether the articles give it. */
const ASKS_IF_KNOWN =
  /^(?:(?:is|was|are|were)\s+(?:the\s+)?(?:exact\s+)?(?:date|day)\s+(?:of|for)\s+(.+?)\s+(?:already\s+|yet\s+)?(?:known|set|fixed|announced|decided)|(?:has|have)\s+(?:the\s+)?(?:exact\s+)?(?:date|day)\s+(?:of|for)\s+(.+?)\s+been\s+(?:set|fixed|announced|decided))(?:\s+yet)?[\s?.!]*$/i;

/** A sentence saying a date is not known yet. */
const NOT_KNOWN = /\b(?:unknown|not (?:yet )?(?:known|set|fixed|announced|decided)|undecided|no date (?:has|had) been)\b/i;
const DATE_WORD = /\b(?:date|day|when)\b/i;
/** Words that single out a coming event among its kind. */
const AHEAD = /\b(?:next|new|upcoming|coming|following|further|future)\b/i;

/** The event a question asks the date of, when it asks whether that date is known. */
export function asksIfDateKnown(question: string): string | null {
  const match = ASKS_IF_KNOWN.exec(question.trim());
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * No, with the sentence saying the date is not known (it may name the event another way: "the new
 * dialogue" for "the next conversation"); else yes with the date the when-route finds; else no, as the
 * articles report the event without a date. Null when the articles do not report the event at all.
 */
export function answerDateKnown(kb: Knowledge, question: string, event: string): Answer | null {
  const words = tokenize(event);
  const terms = words.map((w) => normalizeTerm(w)).filter((t): t is string => t !== null);
  const kin = new Set(
    words.flatMap((w) => eventFamilies(w).flatMap((family) => EVENT_FAMILIES[family] ?? [])).map((w) => normalizeTerm(w)).filter((t): t is string => t !== null),
  );
  const hits = kb.index.searchSentences([...terms, ...kin, 'unknown', 'date'].join(' '), { limit: 30 });
  const undated = hits.find(({ sentence }) => {
    if (!NOT_KNOWN.test(sentence.text) || !DATE_WORD.test(sentence.text)) return false;
    const present = new Set(tokenize(sentence.text).map((w) => normalizeTerm(w)));
    const kinPresent = [...kin].some((t) => present.has(t));
    // The same event, named maybe another way: each word of the question's event is in the sentence, or
    // another word of its family is, or it is a role that the sentence's names may fill ("the presidents"),
    // or it looks ahead as the sentence does ("next" where the sentence says "new").
    return words.every((word) => {
      const term = normalizeTerm(word);
      if (term === null || present.has(term)) return true;
      if (kin.has(term)) return kinPresent;
      if (isPersonNoun(word)) return true;
      return AHEAD.test(word) && AHEAD.test(sentence.text);
    });
  });
  if (undated) {
    const citation = cite(undated.article, undated.sentence);
    return { question, answer: 'No', kind: 'yes-no', confidence: 0.8, text: `No, according to the articles: ${undated.sentence.text}`, citations: [citation] };
  }
  const when = answerWhen(kb, `When was ${event}?`);
  if (!when || when.answer === null) return null;
  if (when.answer.startsWith('not dated')) return { ...when, question, answer: 'No', kind: 'yes-no', text: `No: the articles report it without a date. ${when.text}` };
  return { ...when, question, answer: 'Yes', kind: 'yes-no', text: `Yes: ${when.answer}. ${when.text}` };
}
