import { once } from 'node:events';
import { createLogger } from '../../log.js';
import type { CliCommand } from '../command.js';
import { Terminal } from '../terminal.js';

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Run the Discord bot (npm start); --sharded runs it under the sharding manager',
  usage: 'dossier start [--sharded]',
  options: { sharded: { type: 'boolean' } },
  details: ['Needs DISCORD_TOKEN (see .env.example). Without one, in a terminal, it offers the offline console.'],
  async run(ctx, { values }) {
    const { settings } = ctx;
    const log = createLogger(settings.logLevel);
    if (!settings.discordToken) {
      ctx.warn('DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token in it (README: "Running the bot").');
      if (!ctx.stdin.isTTY) return 1;
      const terminal = new Terminal(ctx.stdin, ctx.stdout);
      try {
        if (!(await offlineWanted(terminal))) {
          terminal.say('Not starting. Set DISCORD_TOKEN and run "dossier start" again, or run "dossier console".');
          return 1;
        }
        const { runConsole } = await import('../console.js');
        await runConsole(await ctx.dossier(), terminal);
        return 0;
      } finally {
        // Also after a start-up error (no articles): an open terminal would keep the process waiting.
        terminal.close();
      }
    }
    // discord.js loads only when the bot runs, so the other commands start fast.
    const { StartError, startBot } = await import('../../bot/run.js');
    try {
      if (values.sharded) {
        const { startShards } = await import('../../bot/shards.js');
        const manager = await startShards(settings, log);
        await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
        for (const shard of manager.shards.values()) shard.kill();
        return 0;
      }
      const bot = await startBot(settings, log, await ctx.dossier());
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      log.info('shutting down');
      await bot.stop();
      return 0;
    } catch (error) {
      if (error instanceof StartError) {
        ctx.warn(error.message);
        return 1;
      }
      throw error;
    }
  },
};

/** Yes (the default) or no to the offline console; anything else is asked again. End of input is no. */
async function offlineWanted(terminal: Terminal): Promise<boolean> {
  let prompt = 'Try Dossier offline in the console instead? [Y/n] ';
  for (;;) {
    const answer = await terminal.ask(prompt);
    if (answer === null) return false;
    const wanted = answer.trim().toLowerCase();
    if (wanted === '' || wanted === 'y' || wanted === 'yes') return true;
    if (wanted === 'n' || wanted === 'no') return false;
    prompt = 'Please answer y or n: ';
  }
}
