import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Settings } from '../config.js';
import type { Logger } from '../log.js';
import { checkToken, openLogged } from './run.js';

/**
 * Run the bot under discord.js' ShardingManager, one process per shard. The knowledge is built (or its
 * snapshot checked) here first, so every shard loads the same snapshot instead of building its own.
 * SHARD_COUNT and SHARD_IDS let several machines share one bot: same total, distinct shard lists.
 */
export async function startShards(settings: Settings, log: Logger): Promise<ShardingManager> {
  const token = checkToken(settings.discordToken);
  await openLogged(settings, log);
  const manager = new ShardingManager(fileURLToPath(new URL('./shard.js', import.meta.url)), {
    token,
    totalShards: settings.shardCount,
    ...(settings.shardIds ? { shardList: settings.shardIds } : {}),
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'shard launched'));
  await manager.spawn();
  return manager;
}
