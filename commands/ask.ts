import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answer/question.js';
import type { DossierCommand } from '../src/present/command.js';
import { answerReply } from '../src/present/reply.js';

/** /ask question: any question about the articles, answered with its sources. */
export const ask: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the news articles')
    .addStringOption((o) =>
      o.setName('question').setDescription('Your question, in your own words, e.g. Who announced the new rules?').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),
  defer: true,
  run: (dossier, options) => answerReply(dossier.ask(String(options.question ?? ''))),
};
