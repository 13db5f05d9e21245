// One shard's process, started by the ShardingManager (see shards.ts); discord.js passes the shard ids.
import { loadEnvFile, readSettings } from '../config.js';
import { createLogger } from '../log.js';
import { StartError, startBot } from './run.js';

loadEnvFile();
const settings = readSettings();
const log = createLogger(settings.logLevel).child({ shard: process.env.SHARDS });
const bot = await startBot(settings, log).catch((error: unknown) => {
  // One line the manager's console shows, not a stack: the shard cannot run without Discord.
  if (!(error instanceof StartError)) throw error;
  process.stderr.write(`shard ${process.env.SHARDS}: ${error.message}\n`);
  process.exit(1);
});
const stop = () => void bot.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
