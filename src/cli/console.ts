import { COMMANDS } from '../../commands/index.js';
import type { Dossier } from '../answer/dossier.js';
import { QuestionError } from '../answer/types.js';
import { CommandLineError, parseCommandLine, type DossierCommand, type OptionValues } from '../present/command.js';
import { answerReply } from '../present/reply.js';
import { renderReply } from '../present/text.js';
import type { Terminal } from './terminal.js';

/**
 * The offline console: the bot's slash commands and plain questions typed in a terminal, answered
 * exactly as Discord would (same commands, same answer layer), drawn as text.
 */
export async function runConsole(dossier: Dossier, terminal: Terminal): Promise<void> {
  const say = (text: string) => terminal.say(text);
  say(`Dossier console: ${dossier.articles.length} articles loaded.`);
  const { speaker, topic } = dossier.examples();
  const examples = [topic && `/search ${topic}`, speaker && `/quote speaker:${speaker}`, '/timeline', '/help'].filter(Boolean).join(', ');
  say(`Type a question, or a command such as ${examples}. "exit" quits.`);
  // While the first question is typed.
  dossier.warmUp();
  let last: { command: DossierCommand; options: OptionValues; page: number } | null = null;
  for (let raw = await terminal.ask(); raw !== null; raw = await terminal.ask()) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (!line) continue;
    try {
      if (/^(next|prev|previous)$/i.test(line) && last) {
        last.page += /^next$/i.test(line) ? 1 : -1;
        const reply = last.command.run(dossier, last.options, last.page);
        last.page = reply.page?.index ?? 0;
        say(renderReply(reply));
      } else if (line.startsWith('/')) {
        const { command, options } = parseCommandLine(line, COMMANDS);
        last = { command, options, page: 0 };
        say(renderReply(command.run(dossier, options, 0)));
      } else {
        last = null;
        say(renderReply(answerReply(dossier.ask(line))));
      }
    } catch (error) {
      if (error instanceof QuestionError || error instanceof CommandLineError) say(error.message);
      else throw error;
    }
    say('');
  }
  terminal.close();
}
