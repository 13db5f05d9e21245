import { MAX_QUESTION_LENGTH } from '../src/answer/question.js';
import { defineCommand } from '../src/present/command.js';
import { answerReply } from '../src/present/reply.js';

/** /ask question: any question about the articles, answered with its sources. */
export const ask = defineCommand({
  name: 'ask',
  description: 'Ask a question about the news articles',
  options: {
    question: { type: 'string', description: 'Your question, in your own words, e.g. Who announced the new rules?', required: true, maxLength: MAX_QUESTION_LENGTH },
  },
  defer: true,
  run: (dossier, options) => answerReply(dossier.ask(options.question)),
});
