/**
 * End to end: hostile or broken input through the production path (chat and slash commands): empty and
 * over-long questions, markdown and mention injection, invisible and right-to-left characters, emoji, and
 * punctuation only. Each must get a clear short reply (never an error id), never ping anyone, and leave the
 * bot running.
 */
import { InteractionResponseType, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeInteraction } from './helpers/fake-discord.js';
import {
  answerTo,
  bodyOf,
  chat,
  command,
  embedOf,
  expectAllSentMessagesSafe,
  expectSafeMessage,
  finalReply,
  isEphemeral,
  mention,
  sentMessages,
  startSuite,
  stopSuite,
  type TestBot,
} from './helpers/bot-harness.js';

let fake: FakeDiscord;
let bot: TestBot;

beforeAll(async () => {
  ({ fake, bot } = await startSuite());
});

afterAll(() => stopSuite({ fake, bot }));

const ROLE = '123456789012345678';
const INJECTION = `**bold** @everyone <@&${ROLE}> ||spoiler|| [link](https://evil.example)`;

/** The bot's answer to a chat question (mentioning it) from a fresh member. */
async function askInChat(question: string): Promise<Record<string, unknown>> {
  const asked = chat(fake, mention(fake, question));
  const body = bodyOf(await answerTo(fake, asked));
  expect(body.message_reference).toMatchObject({ message_id: asked.id });
  expectSafeMessage(body);
  return body;
}

/** A clear, short, plain note: no embed, no error id. */
function expectShortNote(body: { content?: unknown; embeds?: unknown }, pattern: RegExp): void {
  expect(body.content).toMatch(pattern);
  expect(String(body.content).length).toBeLessThan(200);
  expect(String(body.content)).not.toMatch(/error id|something went wrong/i);
  expect(body.embeds ?? []).toEqual([]);
}

/** Text shown to members (not the footer, which renders neither markdown nor mentions and must stay parseable). */
function shownText(embed: APIEmbed): string[] {
  return [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];
}

/** Nothing the member typed comes back as live markdown or as a mention. */
function expectNoLiveMarkup(embed: APIEmbed): void {
  for (const text of shownText(embed)) {
    expect(text).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
    expect(text).not.toMatch(/<@[!&]?\d+>|<#\d+>/);
    for (const raw of ['**bold**', '||spoiler||', '__what__', '~~gone~~']) expect(text).not.toContain(raw);
    expect(text).not.toMatch(/(^|[^\\])\[[^\]]*\]\(https:\/\/evil/); // a masked link, unless its "[" is escaped
  }
}

/** A deferred /ask that ends in a note: an ephemeral follow-up, the public placeholder removed. */
async function askNote(question: string): Promise<{ content: string; handle: FakeInteraction }> {
  const handle = command(fake, 'ask', { question });
  expect((await handle.waitForResponse()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  const [note] = await handle.waitForFollowUps(1, 3000);
  expect(isEphemeral(note!.flags)).toBe(true);
  expect(handle.original).toBeNull();
  return { content: note!.content, handle };
}

describe('chat', () => {
  it('only a mention: a short note asking for a question', async () => {
    expectShortNote(await askInChat(''), /^Ask a question about the articles/);
  });

  it('only spaces and zero-width characters: the same note', async () => {
    expectShortNote(await askInChat('  \u200b\u200d\u2060  '), /^Ask a question about the articles/);
  });

  it('a 4,000-character question: a short note with the limit, not an echo', async () => {
    const question = `when did they talk ${'and then '.repeat(500)}`.slice(0, 4000);
    expect(question).toHaveLength(4000);
    expectShortNote(await askInChat(question), /4000 characters.*500/);
  });

  it('only punctuation, or only emoji: a short note that there are no words', async () => {
    expectShortNote(await askInChat('?!?... ,;: !!'), /no words/);
    expectShortNote(await askInChat('🤔🤔🤔 🙏'), /no words/);
  });

  it('markdown and mention injection: answered, nothing pings, nothing typed renders as markup', async () => {
    const body = await askInChat(`${INJECTION} when did Biden and Putin talk?`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = embedOf(body);
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expectNoLiveMarkup(embed);
  });

  it('injection in a question the articles cannot answer: the echoed words are plain text', async () => {
    const embed = embedOf(await askInChat(`**Zorblax** @here <@&${ROLE}> __what__ did ~~gone~~ Zorblax say?`));
    expect(shownText(embed).join('\n')).toContain('Zorblax');
    expectNoLiveMarkup(embed);
  });

  it('zero-width and right-to-left characters inside the words: answered as if they were not there', async () => {
    const embed = embedOf(await askInChat('when\u200b did Bi\u200dden and Putin\u202e talk?\u2066\u200f'));
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expect(embed.title).toBe('when did Biden and Putin talk?');
  });

  it('emoji around the words: answered, emoji kept in the title', async () => {
    const embed = embedOf(await askInChat('🤔 when did Biden 🇺🇸 and Putin 🇷🇺 talk? 🙏'));
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expect(embed.title).toContain('🇺🇸');
  });
});

describe('slash commands', () => {
  it('/ask with a 600-character question (over the option’s 500 limit, as an unvalidated client sends it): an ephemeral note', async () => {
    const { content } = await askNote('x'.repeat(600));
    expectShortNote({ content }, /600 characters.*500/);
  });

  it('/ask with an empty question or only punctuation: an ephemeral note', async () => {
    expectShortNote({ content: (await askNote('')).content }, /^Ask a question about the articles/);
    expectShortNote({ content: (await askNote('?!?')).content }, /no words/);
  });

  it('the longest valid inputs are echoed within Discord’s embed limits (title cut to 256)', async () => {
    const question = `When did Biden and Putin talk ${'about sanctions, Ukraine, troops and the Minsk agreements '.repeat(9)}`.slice(0, 500).trim();
    expect(question.length).toBeGreaterThan(480);
    const asked = command(fake, 'ask', { question });
    const answer = embedOf(await finalReply(asked));
    expect(answer.title!.length).toBeLessThanOrEqual(256);
    expect(answer.title).toMatch(/…$/);
    expect(answer.footer?.text).toBe(`/ask question:${JSON.stringify(question)}`); // whole, so Sources can re-run it

    const query = `sanctions ${'"large-scale" **sanctions** against Russia '.repeat(8)}`.slice(0, 300);
    const searched = command(fake, 'search', { query, limit: 25 });
    expect((await searched.waitForResponse()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const embed = embedOf(searched.original!);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.footer?.text).toContain('limit:25');
    expectSafeMessage(searched.response!.data); // limits checked on what was sent
  });

  it('/ask with markdown and mention injection: the answer and its edit carry no live mention or markup', async () => {
    const handle = command(fake, 'ask', { question: `${INJECTION} when did Biden and Putin talk?` });
    const answer = await finalReply(handle);
    expectNoLiveMarkup(embedOf(answer));
    const patch = fake.requests({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/${handle.token}/messages/@original` })[0]!;
    expect(bodyOf(patch).allowed_mentions).toMatchObject({ parse: [] });
  });

  it('/search echoes the query in the title escaped, mentions broken', async () => {
    const handle = command(fake, 'search', { query: `${INJECTION} sanctions` });
    const response = await handle.waitForResponse();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expectSafeMessage(response.data);
    const embed = embedOf(handle.original!);
    expect(embed.title).toContain('bold');
    expect(embed.title).toContain('\u200b'); // @everyone and the role mention are broken
    expectNoLiveMarkup(embed);
  });

  it('/quote with an injected speaker name: a plain "not quoted" answer, the echoed link not clickable', async () => {
    expect(INJECTION.length).toBeLessThanOrEqual(100); // fits the speaker option
    const handle = command(fake, 'quote', { speaker: INJECTION });
    await handle.waitForResponse();
    const embed = embedOf(handle.original!);
    expect(embed.description).toMatch(/do not quote anyone called/);
    expect(embed.description).toContain('\\[link](https://evil.example)'); // descriptions render masked links
    expectNoLiveMarkup(embed);
  });
});

describe('afterwards', () => {
  it('the bot is still up and answering, and no reply carried an error id', async () => {
    const embed = embedOf(await askInChat('When did Biden and Putin talk?'));
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expect(sentMessages(fake).filter(({ body }) => /error id/.test(String(body.content ?? '')))).toEqual([]);
    expect(expectAllSentMessagesSafe(fake)).toBeGreaterThan(15);
    expect(bot.log.errors()).toEqual([]);
  });
});
