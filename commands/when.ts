import { SlashCommandBuilder } from 'discord.js';
import type { DossierCommand } from '../src/present/command.js';
import { answerReply } from '../src/present/reply.js';

/** /when event: the date of an event, with the sentence that dates it. */
export const when: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('when')
    .setDescription('When did something happen? Gives the date and the sentence that says so')
    .addStringOption((o) => o.setName('event').setDescription('e.g. the video call, the Geneva talks').setRequired(true).setMaxLength(300)),
  defer: true,
  run: (dossier, options) => {
    const event = String(options.event ?? '').trim();
    const question = /^(when|what date)\b/i.test(event) ? event : `When did ${event} happen?`;
    return { ...answerReply(dossier.ask(question)), title: `When: ${event}` };
  },
};
