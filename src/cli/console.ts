import { createInterface } from 'node:readline';
import { COMMANDS } from '../../commands/index.js';
import type { Dossier } from '../answer/dossier.js';
import { QuestionError } from '../answer/types.js';
import { CommandLineError, parseCommandLine, type DossierCommand, type OptionValues } from '../bot/command.js';
import { answerReply } from '../bot/reply.js';
import { renderReply } from './render-text.js';

/**
 * The offline console: the bot's slash commands and plain questions typed in a terminal, answered
 * exactly as Discord would (same commands, same answer layer), drawn as text.
 */
export async function runConsole(dossier: Dossier, input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream): Promise<void> {
  const say = (text: string) => void output.write(`${text}\n`);
  say(`Dossier console: ${dossier.articles.length} articles loaded.`);
  say('Type a question, or a command such as /search sanctions, /quote speaker:Ushakov, /timeline, /help. "exit" quits.');
  const lines = createInterface({ input, output, terminal: Boolean(input.isTTY), prompt: '> ' });
  let last: { command: DossierCommand; options: OptionValues; page: number } | null = null;
  lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line) {
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
    lines.prompt();
  }
  lines.close();
}
