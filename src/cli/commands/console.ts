import { runConsole } from '../console.js';
import type { CliCommand } from '../command.js';

export const consoleCommand: CliCommand = {
  name: 'console',
  summary: 'Try the bot offline: type slash commands and questions, see the answers as text',
  usage: 'dossier console',
  async run(ctx) {
    await runConsole(await ctx.dossier(), ctx.stdin, ctx.stdout);
  },
};
