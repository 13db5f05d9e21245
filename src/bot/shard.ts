// One shard's process, started by the ShardingManager (see shards.ts); discord.js passes the shard ids.
import { loadEnvFile, readSettings } from '../config.js';
import { createLogger } from '../log.js';
import { startBot } from './run.js';

loadEnvFile();
const settings = readSettings();
const log = createLogger(settings.logLevel).child({ shard: process.env.SHARDS });
const bot = await startBot(settings, log);
const stop = () => void bot.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
