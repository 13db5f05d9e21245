/**
 * Two shard processes, as npm run start:sharded runs them: an article added with /article in a guild of
 * one shard is answered in a guild of the other, which learns of it from the articles folder it watches.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShards } from '../src/bot/shards.js';
import { DEFAULT_ARTICLES_DIR, readSettings } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { FakeDiscord, type FakeInteraction } from './helpers/fake-discord.js';
import { deployToGuild, LogCapture } from './helpers/bot-harness.js';

let fake: FakeDiscord;
let manager: ShardingManager;
const saved = { ...process.env };

beforeAll(async () => {
  // Eight guilds, so that each of the two shards holds at least one (guilds go to shard (id >> 22) % 2).
  fake = await FakeDiscord.start({ shardCount: 2, maxConcurrency: 2, guildCount: 8 });
  const articlesDir = await mkdtemp(join(tmpdir(), 'dossier-shard-articles-'));
  await cp(DEFAULT_ARTICLES_DIR, articlesDir, { recursive: true });
  // The shard processes read their settings from the environment, as in production.
  Object.assign(process.env, {
    DISCORD_TOKEN: fake.botToken,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_CLIENT_ID: fake.applicationId,
    CACHE_DIR: await mkdtemp(join(tmpdir(), 'dossier-shard-cache-')),
    ARTICLES_DIR: articlesDir,
    SHARD_COUNT: '2',
    LOG_LEVEL: 'warn',
  });
  delete process.env.SHARD_IDS;
  await deployToGuild(fake);
  manager = await startShards(readSettings(process.env), createLogger('warn', new LogCapture().stream), { spawnDelayMs: 100 });
  await fake.waitUntil(() => (fake.identifies.filter((i) => i.accepted).length >= 2 ? true : undefined), 30_000, () => 'two shards identified');
}, 90_000);

afterAll(async () => {
  for (const shard of manager?.shards.values() ?? []) shard.kill();
  await fake?.close();
  process.env = saved;
});

/** The final text of a deferred reply. */
async function finalText(handle: FakeInteraction): Promise<string> {
  return JSON.stringify((await handle.waitForOriginal(undefined, 20_000)).embeds);
}

describe('an article added through one shard', () => {
  it('is answered from the other shard too', async () => {
    const shardOf = (id: string) => Number((BigInt(id) >> 22n) % 2n);
    const first = fake.guilds.find((g) => shardOf(g.id) === 0)!;
    const second = fake.guilds.find((g) => shardOf(g.id) === 1)!;
    const text = 'The Marrow Bay ferry terminal will close for repairs on October 4, the port company said on Monday. "The ramps are forty years old," said Ilse Varga, the terminal manager.';
    const added = fake.interaction({ type: 'command', name: 'article', subcommand: 'add', options: { text, title: 'Marrow Bay terminal to close' }, channelId: first.textChannelId });
    expect(await finalText(added)).toContain('Added: Marrow Bay terminal to close');

    // The other shard knows the article once its folder watch has picked the file up: ask until it answers.
    let answer = '';
    for (const started = Date.now(); !answer.includes('The ramps are forty years old') && Date.now() - started < 20_000; ) {
      answer = await finalText(fake.interaction({ type: 'command', name: 'quote', options: { speaker: 'Ilse Varga' }, channelId: second.textChannelId }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(answer).toContain('The ramps are forty years old');
  }, 60_000);
});
