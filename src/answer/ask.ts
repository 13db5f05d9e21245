import type { Knowledge } from '../index/knowledge.js';
import { parseDateQuery } from '../extract/dates/dates.js';
import { questionTerms } from './evidence.js';
import { answerFact } from './facts.js';
import { noAnswer } from './nothing.js';
import { normalizeQuestion, routeQuestion } from './question.js';
import { answerWhatSaid, answerWhoSaid } from './quotes.js';
import { answerSummary } from './summary.js';
import type { Answer } from './types.js';
import { answerOnDate, answerWhen } from './when.js';
import { answerWhoIs } from './who.js';

/**
 * A question in, an answer with citations out. The question's shape decides the route; every route
 * either finds text that covers the question or returns the honest "the articles don't say".
 * Throws a QuestionError for input that is not a question (empty, only punctuation, too long).
 */
export function ask(kb: Knowledge, rawQuestion: string, latestReference: string): Answer {
  const question = normalizeQuestion(rawQuestion);
  const intent = routeQuestion(question);
  const terms = questionTerms(kb.index, question);

  // A name the articles never use cannot be answered about, whatever the route.
  // (An article is named by its outlet or title, which the sentences need not contain.)
  const namesArticle = intent.kind === 'summary' && intent.article !== null;
  if (terms.unknownNames.length > 0 && intent.kind !== 'who-said' && !namesArticle) return noAnswer(kb, question, terms);

  let answer: Answer | null = null;
  switch (intent.kind) {
    case 'summary':
      answer = answerSummary(kb, question, intent);
      break;
    case 'who-said':
      return answerWhoSaid(kb, question, intent.words, intent.claimedSpeaker);
    case 'what-said':
      // Someone never quoted may still be reported ("Zakharova called the publication propaganda").
      answer = answerWhatSaid(kb, question, intent.speaker, intent.topic) ?? answerFact(kb, question, 'passages', terms);
      break;
    case 'who-is':
      answer = answerWhoIs(kb, question, intent.name);
      break;
    case 'when': {
      const range = intent.date ? parseDateQuery(intent.date, latestReference) : null;
      answer = range ? answerOnDate(kb, question, range) : answerWhen(kb, question);
      if (!answer && range) return noAnswer(kb, question, terms, `The articles report nothing dated ${intent.date}.`);
      break;
    }
    default:
      answer = answerFact(kb, question, intent.kind, terms);
  }
  if (!answer && intent.kind !== 'passages' && intent.kind !== 'summary') answer = answerFact(kb, question, 'passages', terms);
  return answer ?? noAnswer(kb, question, terms);
}
