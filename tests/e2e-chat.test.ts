/**
 * End to end: questions asked in chat (mention, direct message, reply to the bot, a listed channel, threads),
 * who is ignored, and the cooldown, through `startBot` against the fake Discord. One fake for the file and two
 * bots one after the other: the default settings, then ASK_CHANNELS with REPLY_IN_THREADS.
 */
import { ChannelType, GatewayIntentBits, MessageType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/answer/dossier.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import {
  answersTo,
  answerTo,
  bodyOf,
  chat,
  embedOf,
  expectAllSentMessagesSafe,
  expectSafeMessage,
  mention,
  openDossier,
  settle,
  startTestBot,
  type TestBot,
} from './helpers/bot-harness.js';

let fake: FakeDiscord;
let dossier: Dossier;
const bots: TestBot[] = [];

beforeAll(async () => {
  [fake, dossier] = await Promise.all([FakeDiscord.start(), openDossier()]);
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await fake?.close();
});

const BASE_INTENTS = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;

describe('default settings: mentions, direct messages and replies', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot(fake, dossier, { COOLDOWN_SECONDS: '60' });
    bots.push(bot);
  });

  afterAll(async () => {
    await bot.stop();
  });

  it('does not request the privileged Message Content intent', () => {
    const identify = fake.identifies.at(-1)!;
    expect(identify.accepted).toBe(true);
    expect(identify.intents & BASE_INTENTS).toBe(BASE_INTENTS);
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers a mention with a reply to the question: embed, message_reference, no pings', async () => {
    const asked = chat(fake, mention(fake, 'when did Biden and Putin talk?'));
    const request = await answerTo(fake, asked);
    const body = bodyOf(request);
    expect(request.path).toBe(`/channels/${fake.guild.textChannelId}/messages`);
    expect(body.message_reference).toMatchObject({ message_id: asked.id });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectSafeMessage(body);
    const embed = embedOf(body);
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expect(embed.footer?.text).toBe('/ask question:"when did Biden and Putin talk?"');
    const stored = fake.botMessages(fake.guild.textChannelId).at(-1)!;
    expect(stored.type).toBe(MessageType.Reply);
    expect(stored.referenced_message?.id).toBe(asked.id);
  });

  it('understands the nickname form of the mention (<@!id>)', async () => {
    const asked = chat(fake, `<@!${fake.botUser.id}> who is Ushakov?`);
    const embed = embedOf(bodyOf(await answerTo(fake, asked)));
    expect(embed.footer?.text).toBe('/ask question:"who is Ushakov?"');
    expect(embed.description).toContain('Yuri Ushakov');
  });

  it('answers a direct message in the DM channel', async () => {
    const member = fake.addUser();
    const asked = chat(fake, 'What did Ushakov say about sanctions?', { dm: true, authorId: member.id });
    const request = await answerTo(fake, asked);
    expect(request.path).toBe(`/channels/${fake.dmChannel(member.id).id}/messages`);
    expect(fake.getChannel(asked.channel_id)?.type).toBe(ChannelType.DM);
    expect(embedOf(bodyOf(request)).description).toMatch(/Ushakov/);
  });

  it('answers a reply to one of its messages (reply ping on, as Discord sends it by default)', async () => {
    const answer = fake.botMessages(fake.guild.textChannelId).at(-1)!;
    const asked = chat(fake, 'and how long did they talk?', { replyTo: answer.id, mentions: [fake.botUser.id] });
    expect(asked.content).toBe('and how long did they talk?'); // no mention in the text
    const request = await answerTo(fake, asked);
    expect(bodyOf(request).message_reference).toMatchObject({ message_id: asked.id });
    // A follow-up: the question it replies to gives "they" (the footer shows the question as understood).
    expect(embedOf(bodyOf(request)).footer?.text).toMatch(/^\/ask question:"how long did .+ talk\?"$/);
    expect(embedOf(bodyOf(request)).footer?.text).not.toContain('they');
  });

  it('explains how to ask when a reply without a ping reaches it with its content blanked', async () => {
    const answer = fake.botMessages(fake.guild.textChannelId).at(-1)!;
    const asked = chat(fake, 'and where was Biden?', { replyTo: answer.id });
    const note = bodyOf(await answerTo(fake, asked));
    expect(note.content).toMatch(/only read replies that mention me/);
    expect(note.embeds ?? []).toEqual([]);
    expectSafeMessage(note);
  });

  it('ignores other bots, its own messages and messages not addressed to it', async () => {
    const otherBot = fake.addUser({ bot: true, username: 'newsbot' });
    const fromBot = chat(fake, mention(fake, 'when did Biden and Putin talk?'), { authorId: otherBot.id });
    const fromItself = chat(fake, mention(fake, 'when did Biden and Putin talk?'), { authorId: fake.botUser.id });
    const notForIt = chat(fake, 'when did Biden and Putin talk?');
    const toSomeoneElse = chat(fake, `<@${fake.user.id}> when did Biden and Putin talk?`);
    await settle(fake);
    for (const message of [fromBot, fromItself, notForIt, toSomeoneElse]) expect(answersTo(fake, message)).toEqual([]);
  });

  it('cooldown: a second question within COOLDOWN_SECONDS gets one polite note, a third gets nothing', async () => {
    const member = fake.addUser();
    const first = chat(fake, mention(fake, 'who is Ushakov?'), { authorId: member.id });
    expect(embedOf(bodyOf(await answerTo(fake, first))).description).toContain('Ushakov');

    const second = chat(fake, mention(fake, 'when did Biden and Putin talk?'), { authorId: member.id });
    const note = bodyOf(await answerTo(fake, second));
    expect(note.content).toBe('One question at a time, please: you can ask again in 60 seconds.');
    expect(note.embeds ?? []).toEqual([]);
    expect(note.message_reference).toMatchObject({ message_id: second.id });
    expectSafeMessage(note);

    const third = chat(fake, mention(fake, 'what about sanctions?'), { authorId: member.id });
    await settle(fake);
    expect(answersTo(fake, third)).toEqual([]);
    expect(answersTo(fake, second)).toHaveLength(1);
  });
});

describe('ASK_CHANNELS and REPLY_IN_THREADS', () => {
  let bot: TestBot;
  let listed: string;

  beforeAll(async () => {
    listed = fake.guild.secondTextChannelId;
    bot = await startTestBot(fake, dossier, { ASK_CHANNELS: listed, REPLY_IN_THREADS: 'true', COOLDOWN_SECONDS: '0' });
    bots.push(bot);
  });

  afterAll(async () => {
    await bot.stop();
  });

  it('requests the Message Content intent only now that a channel is listed', () => {
    const identify = fake.identifies.at(-1)!;
    expect(fake.identifies.filter((i) => i.accepted)).toHaveLength(2);
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    expect(identify.intents & BASE_INTENTS).toBe(BASE_INTENTS);
  });

  it('takes every message in a listed channel as a question and answers in a thread started from it', async () => {
    const since = fake.requests().length;
    const asked = chat(fake, 'When did Biden and Putin talk?', { channelId: listed });
    const posted = await answerTo(fake, asked);
    const thread = fake.requests({ method: 'POST', path: `/channels/${listed}/messages/${asked.id}/threads` });
    expect(thread).toHaveLength(1);
    expect(thread[0]?.status).toBe(201);
    expect(bodyOf(thread[0]!).name).toBe('When did Biden and Putin talk?');
    expect(posted.path).toBe(`/channels/${asked.id}/messages`);
    expect(fake.getChannel(asked.id)?.type).toBe(ChannelType.PublicThread);
    expect(embedOf(bodyOf(posted)).description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expectSafeMessage(bodyOf(posted));
    // Nothing in the channel itself: the thread holds the answer.
    expect(fake.requests({ method: 'POST', path: `/channels/${listed}/messages` }).filter((r) => r.index >= since)).toEqual([]);
  });

  it('takes a member\'s next question in the same channel as a follow-up of their last one', async () => {
    const member = fake.addUser();
    const first = chat(fake, 'What did Ushakov say about sanctions?', { channelId: listed, authorId: member.id });
    await answerTo(fake, first);
    const next = chat(fake, 'and when did he say that?', { channelId: listed, authorId: member.id });
    const footer = embedOf(bodyOf(await answerTo(fake, next))).footer?.text ?? '';
    expect(footer).toContain('Ushakov');
    // Another member's question stands alone.
    const other = chat(fake, 'and when did he say that?', { channelId: listed });
    expect(embedOf(bodyOf(await answerTo(fake, other))).footer?.text ?? '').not.toContain('Ushakov');
  });

  it('in an unlisted channel it still ignores plain messages but answers a reply to it without a ping', async () => {
    const plain = chat(fake, 'When did Biden and Putin talk?');
    const answer = fake.botMessages(fake.guild.textChannelId).find((m) => m.embeds.length > 0)!;
    const reply = chat(fake, 'Who is Ushakov?', { replyTo: answer.id });
    expect(reply.mentions).toEqual([]); // reply ping off: only message_reference points at the bot
    const posted = await answerTo(fake, reply);
    expect(embedOf(bodyOf(posted)).footer?.text).toBe('/ask question:"Who is Ushakov?"');
    await settle(fake, listed);
    expect(answersTo(fake, plain)).toEqual([]);
  });
});

describe('what Discord received', () => {
  it('every chat message the bot sent had allowed_mentions with an empty parse list; nothing was logged as an error', () => {
    expect(expectAllSentMessagesSafe(fake)).toBeGreaterThan(8);
    expect(bots.flatMap((b) => b.log.errors())).toEqual([]);
    expect(fake.requests().filter((r) => r.status >= 400)).toEqual([]);
  });
});
