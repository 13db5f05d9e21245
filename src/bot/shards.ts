import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Settings } from '../config.js';
import type { Logger } from '../log.js';
import { checkToken, openLogged, unreachable } from './run.js';

/** Discord allows one IDENTIFY per 5 s per bucket: the manager waits this long between shard launches. */
const DEFAULT_SPAWN_DELAY_MS = 5500;

/**
 * Run the bot under discord.js' ShardingManager, one process per shard. The knowledge is built (or its
 * snapshot checked) here first, so every shard loads the same snapshot instead of building its own.
 * SHARD_COUNT and SHARD_IDS let several machines share one bot: same total, distinct shard lists.
 */
export async function startShards(settings: Settings, log: Logger, options: { spawnDelayMs?: number } = {}): Promise<ShardingManager> {
  const token = checkToken(settings.discordToken);
  // Every shard loads the snapshot: it must be on disk before the first one starts.
  await (await openLogged(settings, log)).saved;
  // Compiled, the shard entry is shard.js; run from source (tests), it is shard.ts loaded through tsx.
  const fromSource = import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(new URL(fromSource ? './shard.ts' : './shard.js', import.meta.url)), {
    token,
    totalShards: settings.shardCount,
    ...(settings.shardIds ? { shardList: settings.shardIds } : {}),
    respawn: true,
    ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}),
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'shard launched'));
  try {
    // With SHARD_COUNT=auto the manager first asks Discord how many shards to run.
    await manager.spawn({ delay: options.spawnDelayMs ?? DEFAULT_SPAWN_DELAY_MS });
  } catch (error) {
    for (const shard of manager.shards.values()) shard.kill();
    // The manager asks discord.com itself, whatever DISCORD_API_URL says.
    throw unreachable(error, { discordApiUrl: null }) ?? error;
  }
  return manager;
}
