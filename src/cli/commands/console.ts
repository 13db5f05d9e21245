import type { CliCommand } from '../command.js';
import { Terminal } from '../terminal.js';

export const consoleCommand: CliCommand = {
  name: 'console',
  summary: 'Try the bot offline: type slash commands and questions, see the answers as text',
  usage: 'dossier console',
  async run(ctx) {
    // The console loads the slash commands (and discord.js with them) only when it runs.
    const { runConsole } = await import('../console.js');
    await runConsole(await ctx.dossier(), new Terminal(ctx.stdin, ctx.stdout));
  },
};
