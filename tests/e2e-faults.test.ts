/**
 * End to end: what the bot does when Discord misbehaves (rate limits, 5xx, missing permissions, a dropped
 * gateway) and when it cannot start (bad or missing token). One fake and one bot for the file; every fault
 * is followed by a question that must still be answered.
 */
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/answer/dossier.js';
import { startBot, StartError } from '../src/bot/run.js';
import { createLogger } from '../src/log.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import {
  answersTo,
  answerTo,
  bodyOf,
  botSettings,
  chat,
  command,
  embedOf,
  expectAllSentMessagesSafe,
  finalReply,
  isEphemeral,
  LEVEL,
  LogCapture,
  mention,
  startSuite,
  stopSuite,
  type TestBot,
} from './helpers/bot-harness.js';

let fake: FakeDiscord;
let dossier: Dossier;
let bot: TestBot;

beforeAll(async () => {
  ({ fake, dossier, bot } = await startSuite({ LOG_LEVEL: 'info', COOLDOWN_SECONDS: '0' }));
});

afterAll(() => stopSuite({ fake, bot }));

const CHANNEL_REPLY = () => `/channels/${fake.guild.textChannelId}/messages`;

/** The bot still answers: a /ask is acknowledged and answered with an embed. */
async function expectStillAnswering(): Promise<void> {
  const handle = command(fake, 'ask', { question: 'When did Biden and Putin talk?' });
  expect((await handle.waitForResponse()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  expect(embedOf(await finalReply(handle)).description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
}

describe('REST faults', () => {
  it('429 with Retry-After on a chat reply: discord.js waits and the reply still arrives', async () => {
    fake.rateLimitNext(CHANNEL_REPLY(), { method: 'POST', retryAfterSeconds: 0.3 });
    const asked = chat(fake, mention(fake, 'when did Biden and Putin talk?'));
    const delivered = await answerTo(fake, asked);
    const attempts = answersTo(fake, asked);
    expect(attempts.map((a) => [a.status, a.injected])).toEqual([
      [429, true],
      [200, false],
    ]);
    expect(delivered.time - attempts[0]!.time).toBeGreaterThanOrEqual(290);
    expect(embedOf(bodyOf(delivered)).description).toMatch(/7 December 2021/);
  });

  it('429 on an interaction acknowledgement and on the answer edit: both retried, answered within the deadline', async () => {
    fake.rateLimitNext('/interactions/:id/:token/callback', { method: 'POST', retryAfterSeconds: 0.2 });
    fake.rateLimitNext(`/webhooks/${fake.applicationId}/:token/messages/@original`, { method: 'PATCH', retryAfterSeconds: 0.2 });
    const handle = command(fake, 'ask', { question: 'Who is Ushakov?' });
    expect((await handle.waitForResponse(3000)).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(embedOf(await finalReply(handle)).description).toContain('Yuri Ushakov');
    const callbacks = fake.requests({ path: `/interactions/${handle.id}/:token/callback` });
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    const edits = fake.requests({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/${handle.token}/messages/@original` });
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
  });

  it('500 four times on a chat reply: logged as an error, the bot stays up and answers the next question', async () => {
    fake.failNext({ method: 'POST', pathPattern: CHANNEL_REPLY(), status: 500, times: 4 });
    const lost = chat(fake, mention(fake, 'who is Ushakov?'));
    const [entry] = await bot.log.waitFor(fake, 'chat answer failed');
    expect(entry?.level).toBe(LEVEL.error);
    expect(entry?.message).toBe(lost.id);
    expect(answersTo(fake, lost).map((r) => r.status)).toEqual([500, 500, 500, 500]);

    const next = chat(fake, mention(fake, 'who is Ushakov?'));
    expect(embedOf(bodyOf(await answerTo(fake, next))).description).toContain('Yuri Ushakov');
  });

  it('500 four times on an /ask answer: logged with an error id, the member is told, the next /ask is answered', async () => {
    fake.failNext({ method: 'PATCH', pathPattern: `/webhooks/${fake.applicationId}/:token/messages/@original`, status: 500, times: 4 });
    const handle = command(fake, 'ask', { question: 'When did Biden and Putin talk?' });
    const [entry] = await bot.log.waitFor(fake, 'interaction failed');
    expect(entry?.level).toBe(LEVEL.error);
    expect(entry?.interaction).toMatchObject({ id: handle.id, command: 'ask' });
    const errorId = String(entry?.errorId);
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    // The member hears about it (the only place an error id is shown), in a message only they can see.
    const told = await fake.waitUntil(
      () => [handle.original, ...handle.followUps].find((m) => m?.content.includes(errorId)) ?? undefined,
      3000,
      () => `the member was not told about error ${errorId}\n${fake.describeRequests()}`,
    );
    expect(isEphemeral(told.flags)).toBe(true);
    expect(handle.original).toBeNull(); // the public "thinking…" placeholder is gone, not left hanging
    await expectStillAnswering();
  });

  it('403 Missing Permissions when replying in a channel: a warning, no crash; a question elsewhere is answered', async () => {
    fake.failNext({ method: 'POST', pathPattern: CHANNEL_REPLY(), status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const errorsBefore = bot.log.errors().length;
    const blocked = chat(fake, mention(fake, 'when did Biden and Putin talk?'));
    const [warning] = await bot.log.waitFor(fake, 'no permission to reply in this channel');
    expect(warning).toMatchObject({ level: LEVEL.warn, code: 50013, channel: fake.guild.textChannelId, guild: fake.guild.id });
    expect(answersTo(fake, blocked).map((r) => r.status)).toEqual([403]);

    const elsewhere = chat(fake, mention(fake, 'who is Ushakov?'), { channelId: fake.guild.secondTextChannelId });
    expect(embedOf(bodyOf(await answerTo(fake, elsewhere))).description).toContain('Yuri Ushakov');
    expect(bot.log.errors()).toHaveLength(errorsBefore);
  });
});

describe('gateway', () => {
  it('closed with 4000: the bot resumes (no new IDENTIFY), gets what it missed and keeps answering', async () => {
    const identifies = fake.identifies.length;
    await fake.closeGateway(4000);
    const missed = chat(fake, mention(fake, 'when did Biden and Putin talk?'));
    const resume = await fake.waitForResume(1, 5000);
    expect(resume.accepted).toBe(true);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect(fake.identifies).toHaveLength(identifies);
    expect(embedOf(bodyOf(await answerTo(fake, missed))).description).toMatch(/7 December 2021/);
    await bot.log.waitFor(fake, 'gateway resumed');
    await expectStillAnswering();
  });
});

describe('start-up failures', () => {
  it('an invalid token: startBot rejects with a StartError saying Discord rejected it; nothing connects', async () => {
    const wrong = `${Buffer.from(fake.applicationId).toString('base64url')}.Fake99.${'x'.repeat(38)}`;
    const log = new LogCapture();
    const connections = fake.gatewayConnections.length;
    const attempt = startBot(botSettings(fake, { DISCORD_TOKEN: wrong }), createLogger('warn', log.stream), dossier);
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/rejected DISCORD_TOKEN \(invalid token\)/);
    expect(fake.requests({ path: '/gateway/bot', status: 401 })).toHaveLength(1);
    expect(fake.gatewayConnections).toHaveLength(connections);
    expect(fake.identifies.filter((i) => i.token === wrong)).toEqual([]);
  });

  it('a missing token: StartError naming DISCORD_TOKEN, before any request', async () => {
    const requests = fake.requests().length;
    const attempt = startBot(botSettings(fake, { DISCORD_TOKEN: '' }), createLogger('silent'), dossier);
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/DISCORD_TOKEN is not set/);
    expect(fake.requests()).toHaveLength(requests);
  });

  it('a token that is not shaped like one: StartError naming DISCORD_TOKEN', async () => {
    await expect(startBot(botSettings(fake, { DISCORD_TOKEN: 'paste-your-token-here' }), createLogger('silent'), dossier)).rejects.toThrow(
      /DISCORD_TOKEN does not look like a bot token/,
    );
  });

  it('the running bot was not disturbed by the failed starts', async () => {
    await expectStillAnswering();
  });
});

describe('what Discord received', () => {
  it('every message the bot sent, retries and error notes included, had allowed_mentions with an empty parse list', () => {
    expect(expectAllSentMessagesSafe(fake)).toBeGreaterThan(10);
  });
});

describe('what the log holds', () => {
  it('never the token, through faults, retries and errors', () => {
    expect(bot.log.entries.length).toBeGreaterThanOrEqual(5);
    expect(bot.log.errors().length).toBeGreaterThan(0);
    expect(JSON.stringify(bot.log.entries)).not.toContain(fake.botToken);
  });
});
