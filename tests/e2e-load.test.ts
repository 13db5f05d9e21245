/**
 * End to end under load: 200 /ask interactions sent over about a second are each acknowledged with a
 * deferral and each answered; 50 chat questions at once are all replied to. Runs the production start-up
 * path against the fake Discord. The fake's 3-second deadline is off here: how fast a machine busy with
 * other work acknowledges is a measurement (printed), not something a test can assert.
 */
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeInteraction } from './helpers/fake-discord.js';
import {
  answerTo,
  bodyOf,
  chat,
  command,
  embedOf,
  expectSafeMessage,
  mention,
  deployToGuild,
  openDossier,
  startTestBot,
  stopSuite,
  type TestBot,
} from './helpers/bot-harness.js';

let fake: FakeDiscord;
let bot: TestBot;

beforeAll(async () => {
  const [started, dossier] = await Promise.all([FakeDiscord.start({ interactionDeadlineMs: 0 }), openDossier()]);
  fake = started;
  await deployToGuild(fake);
  bot = await startTestBot(fake, dossier);
});

afterAll(() => stopSuite({ fake, bot }));

const QUESTIONS = [
  'When did Biden and Putin talk?',
  'What did Ushakov say about sanctions?',
  'Who is Ushakov?',
  'How long did the video call last?',
  'Summarize the talks',
  'What did Biden warn Putin about?',
  'Who said that sanctions have no positive effect?',
  'What did the White House say about Ukraine?',
];

describe('load', () => {
  it('200 /ask in about a second: every one deferred and answered, none lost', async () => {
    const sent: { handle: FakeInteraction; at: number }[] = [];
    const started = Date.now();
    // 10 bursts of 20 at 0, 100, ..., 900 ms: 200 interactions spread over the first second. Absolute offsets,
    // because the bot keeps the event loop busy and relative timers would drift past the second.
    for (let burst = 0; burst < 10; burst++) {
      const wait = started + burst * 100 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      for (let i = 0; i < 20; i++) {
        const n = burst * 20 + i;
        const member = n % 4 === 0 ? fake.user : undefined; // many different users, and the same one often
        const at = Date.now();
        const handle = command(fake, 'ask', { question: `${QUESTIONS[n % QUESTIONS.length]}` }, member ? {} : { userId: fake.addUser().id });
        sent.push({ handle, at });
      }
    }
    expect(sent).toHaveLength(200);

    const responses = await Promise.all(sent.map(({ handle }) => handle.waitForResponse(15_000)));
    for (const response of responses) expect(response.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(fake.requests({ path: '/interactions/:id/:token/callback' }).filter((r) => r.status !== 204)).toEqual([]);
    expect(fake.interactionCallbacks).toHaveLength(200);

    const answers = await Promise.all(sent.map(({ handle }) => handle.waitForOriginal(undefined, 15_000)));
    for (const [i, answer] of answers.entries()) {
      const embed = embedOf(answer);
      expect(embed.title).toBe(QUESTIONS[i % QUESTIONS.length]);
      expect(embed.footer?.text).toBe(`/ask question:${JSON.stringify(QUESTIONS[i % QUESTIONS.length])}`);
    }
    const edits = fake.requests({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/:token/messages/@original` });
    expect(edits.filter((r) => r.status === 200)).toHaveLength(200);
    expect(edits.filter((r) => r.status !== 200)).toEqual([]);
    for (const edit of edits) expectSafeMessage(bodyOf(edit));
    const worst = Math.max(...sent.map(({ handle, at }) => handle.response!.time - at));
    console.info(`200 /ask: slowest acknowledgement ${worst} ms, all answered after ${Date.now() - started} ms`);
  }, 30_000);

  it('50 chat questions at once from 50 members are all replied to', async () => {
    const asked = Array.from({ length: 50 }, (_, n) => chat(fake, mention(fake, QUESTIONS[n % QUESTIONS.length]!)));
    const replies = await Promise.all(asked.map((message) => answerTo(fake, message, 10_000)));
    for (const [n, reply] of replies.entries()) {
      const body = bodyOf(reply);
      expectSafeMessage(body);
      expect(embedOf(body).footer?.text).toBe(`/ask question:${JSON.stringify(QUESTIONS[n % QUESTIONS.length])}`);
    }
    expect(new Set(replies.map((r) => (bodyOf(r).message_reference as { message_id: string }).message_id)).size).toBe(50);
    expect(bot.log.errors()).toEqual([]);
  }, 20_000);
});
