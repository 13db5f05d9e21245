/**
 * npm run start:sharded as production runs it: the ShardingManager builds the snapshot once, then launches
 * one process per shard; each loads the snapshot, identifies with its own shard id and answers the
 * interactions of its guilds.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startShards } from '../src/bot/shards.js';
import { readSettings } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { LogCapture } from './helpers/bot-harness.js';

let fake: FakeDiscord;
let manager: ShardingManager;
let cacheDir: string;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await FakeDiscord.start({ shardCount: 2, maxConcurrency: 2, guildCount: 2 });
  cacheDir = await mkdtemp(join(tmpdir(), 'dossier-shards-'));
  // The manager checks the snapshot before launching; a copy of the run's saves it a cold build.
  await cp(inject('snapshotDir'), cacheDir, { recursive: true });
  // The shard processes read their settings from the environment, as in production.
  Object.assign(process.env, {
    DISCORD_TOKEN: fake.botToken,
    DISCORD_API_URL: fake.apiUrl,
    CACHE_DIR: cacheDir,
    SHARD_COUNT: '2',
    LOG_LEVEL: 'warn',
  });
  delete process.env.SHARD_IDS;
  delete process.env.ARTICLES_DIR;
  manager = await startShards(readSettings(process.env), createLogger('warn', new LogCapture().stream), { spawnDelayMs: 100 });
}, 60_000);

afterAll(async () => {
  for (const shard of manager?.shards.values() ?? []) shard.kill();
  await fake?.close();
  process.env = saved;
});

describe('sharded bot', () => {
  it('keeps one snapshot, checked before launching the shards', async () => {
    expect(await readdir(cacheDir)).toEqual(['knowledge.snapshot']);
    expect(manager.shards.size).toBe(2);
  });

  it('identifies once per shard, with the total the settings give', async () => {
    await fake.waitUntil(() => (fake.identifies.filter((i) => i.accepted).length >= 2 ? true : undefined), 20_000, () => 'two shards identified');
    const shards = fake.identifies.filter((i) => i.accepted).map((i) => i.shard);
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers an interaction in each guild from the shard that holds it', async () => {
    for (const guild of fake.guilds) {
      const interaction = fake.interaction({ type: 'command', name: 'articles', channelId: guild.textChannelId });
      const response = await interaction.waitForResponse(10_000);
      expect(response.type).toBe(4);
      expect(JSON.stringify(response.data)).toContain('5 articles');
    }
  });
});
