import { defineCommand } from '../src/present/command.js';
import { answerReply } from '../src/present/reply.js';

/** /when event: the date of an event, with the sentence that dates it. */
export const when = defineCommand({
  name: 'when',
  description: 'When did something happen? Gives the date and the sentence that says so',
  options: {
    event: { type: 'string', description: 'The event, e.g. the summit, the vote, the strike', required: true, maxLength: 300 },
  },
  defer: true,
  run: (dossier, options) => {
    const event = options.event.trim();
    const question = /^(when|what date)\b/i.test(event) ? event : `When did ${event} happen?`;
    return { ...answerReply(dossier.ask(question)), title: `When: ${event}` };
  },
});
