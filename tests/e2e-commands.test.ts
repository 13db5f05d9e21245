/**
 * End to end: every slash command, autocomplete, the paging and Sources buttons, and command deployment,
 * through the production start-up path (`startBot`) against the fake Discord. One fake and one bot for the
 * whole file; the last test restarts the bot to press a button on an old message.
 */
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import type { Dossier } from '../src/answer/dossier.js';
import { deployCommands } from '../src/bot/deploy.js';
import { StartError } from '../src/bot/run.js';
import { FakeDiscord, type FakeMessage } from './helpers/fake-discord.js';
import {
  botSettings,
  buttons,
  command,
  embedOf,
  expectAllSentMessagesSafe,
  expectSafeMessage,
  finalReply,
  isEphemeral,
  sentMessages,
  startSuite,
  startTestBot,
  stopSuite,
  type TestBot,
} from './helpers/bot-harness.js';

let fake: FakeDiscord;
let dossier: Dossier;
let bot: TestBot;
/** Every bot started in this file (the restart test starts a second one). */
const bots: TestBot[] = [];

beforeAll(async () => {
  ({ fake, dossier, bot } = await startSuite());
  bots.push(bot);
});

afterAll(() => stopSuite({ fake, bot }));

/** A reply sent with callback type 4 (not deferred): the message as Discord stored it. */
async function immediateReply(name: string, options: Record<string, string | number> = {}): Promise<FakeMessage> {
  const handle = command(fake, name, options);
  const response = await handle.waitForResponse();
  expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(isEphemeral(response.data.flags)).toBe(false);
  expectSafeMessage(response.data);
  return handle.original!;
}

/** A deferred reply: callback type 5 first, then the answer as a PATCH of @original. */
async function deferredReply(name: string, options: Record<string, string | number>): Promise<FakeMessage> {
  const handle = command(fake, name, options);
  expect((await handle.waitForResponse()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  const message = await finalReply(handle);
  const patch = await fake.waitFor({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/${handle.token}/messages/@original` });
  expect(patch.status).toBe(200);
  expectSafeMessage(patch.body as Record<string, unknown>);
  return message;
}

describe('command deployment (deployCommands)', () => {
  it('PUTs every command to the guild route when DISCORD_GUILD_ID is set', async () => {
    const put = fake.requests({ method: 'PUT', path: `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands` });
    expect(put).toHaveLength(1);
    expect(put[0]?.status).toBe(200);
    const names = COMMANDS.map((c) => c.data.name);
    expect(put[0]?.body).toEqual(JSON.parse(JSON.stringify(COMMANDS.map((c) => c.data.toJSON()))));
    expect(fake.commands(fake.guild.id).map((c) => c.name).sort()).toEqual([...names].sort());
    expect(fake.commands()).toEqual([]); // nothing global
  });

  it('PUTs to the global route without DISCORD_GUILD_ID and reports the scope', async () => {
    const result = await deployCommands(botSettings(fake), COMMANDS);
    expect(result).toEqual({ scope: 'global', count: COMMANDS.length });
    const put = fake.requests({ method: 'PUT', path: `/applications/${fake.applicationId}/commands` });
    expect(put).toHaveLength(1);
    expect((put[0]?.body as unknown[]).length).toBe(COMMANDS.length);
    expect(fake.commands().map((c) => c.name).sort()).toEqual(COMMANDS.map((c) => c.data.name).sort());
  });

  it('a token Discord rejects is a StartError, not a crash', async () => {
    const wrong = `${Buffer.from(fake.applicationId).toString('base64url')}.Fake99.${'x'.repeat(38)}`;
    const attempt = deployCommands(botSettings(fake, { DISCORD_TOKEN: wrong, DISCORD_GUILD_ID: fake.guild.id }), COMMANDS);
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/rejected DISCORD_TOKEN/);
    expect(fake.requests({ method: 'PUT', status: 401 })).toHaveLength(1);
  });

  it('a missing client id is a StartError naming DISCORD_CLIENT_ID', async () => {
    await expect(deployCommands(botSettings(fake, { DISCORD_CLIENT_ID: '' }), COMMANDS)).rejects.toThrow(/DISCORD_CLIENT_ID/);
  });
});

describe('slash commands', () => {
  it('/ask defers (type 5), then edits @original with the answer, its sources and a Sources button', async () => {
    const message = await deferredReply('ask', { question: 'When did Biden and Putin talk?' });
    const embed = embedOf(message);
    expect(embed.title).toBe('When did Biden and Putin talk?');
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
    expect(embed.fields?.[0]?.name).toMatch(/^Sources?$/);
    expect(embed.footer?.text).toBe('/ask question:"When did Biden and Putin talk?"');
    expect([...buttons(message).keys()]).toEqual(['Sources']);
    expect(message.content).toBe('');
  });

  it('/search honours limit: 3 results on one page, 12 results on three pages with Previous/Next', async () => {
    const few = embedOf(await immediateReply('search', { query: 'sanctions', limit: 3 }));
    expect(few.description).toContain('**3 matching sentences**');
    expect(few.description).toContain('\n> 3. ');
    expect(few.description).not.toContain('\n> 4. ');
    expect(few.footer?.text).toBe('/search query:"sanctions" limit:3');

    const many = await immediateReply('search', { query: 'sanctions', limit: 12 });
    expect(embedOf(many).description).toContain('**12 matching sentences**');
    expect(embedOf(many).footer?.text).toBe('Page 1 of 3 · /search query:"sanctions" limit:12');
    const row = buttons(many);
    expect([...row.keys()]).toEqual(['Previous', 'Next', 'Sources']);
    expect(row.get('Previous')?.disabled).toBe(true);
    expect(row.get('Next')?.disabled).toBe(false);
  });

  it('/quote with speaker and about lists that speaker’s quotes on the topic', async () => {
    const embed = embedOf(await immediateReply('quote', { speaker: 'Ushakov', about: 'sanctions' }));
    expect(embed.title).toBe('Quotes by Ushakov about sanctions');
    expect(embed.description).toMatch(/^\*\*Yuri Ushakov, aide to the President of Russia\*\*/);
    expect(embed.description).toMatch(/sanctions/);
    // Quotations and then statements may run to more than one page.
    expect(embed.footer?.text).toMatch(/(^|· )\/quote speaker:"Ushakov" about:"sanctions"$/);
  });

  it('/quote for someone never quoted says so instead of failing', async () => {
    const embed = embedOf(await immediateReply('quote', { speaker: 'Napoleon Bonaparte' }));
    expect(embed.description).toContain('do not quote anyone called Napoleon Bonaparte');
  });

  it('/when is deferred and answers with the date', async () => {
    const embed = embedOf(await deferredReply('when', { event: 'the video call' }));
    expect(embed.title).toBe('When: the video call');
    expect(embed.description).toMatch(/^\*\*7 December 2021, 10:07–12:08 ET\*\*/);
  });

  it('/timeline with from, to and about lists only dated events in that range', async () => {
    const embed = embedOf(await immediateReply('timeline', { from: '2021-12-01', to: '2021-12-31', about: 'talks' }));
    expect(embed.title).toBe('Timeline about talks from 2021-12-01 to 2021-12-31');
    expect(embed.description).toMatch(/^\*\*\d+ dated events?\*\*/);
    const lines = (embed.description ?? '').split('\n').filter((l) => l.startsWith('> '));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^> \d{1,2} December 2021/);
  });

  it('/timeline with a date it cannot read answers with a short ephemeral note', async () => {
    const handle = command(fake, 'timeline', { from: 'the day after never' });
    const response = await handle.waitForResponse();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(response.data.flags)).toBe(true);
    expect(response.data.content).toContain('"the day after never"');
    expect(response.data.content).toMatch(/try 2020-03-01/);
    expect(response.data.content).not.toMatch(/error id/);
  });

  it('/summary of an article (the id autocomplete gives) is deferred and titled with the article', async () => {
    const article = dossier.articles[3]!;
    const embed = embedOf(await deferredReply('summary', { article: article.id }));
    expect(embed.title).toBe(article.title);
    expect(embed.fields?.[0]?.value).toContain('US and Russia to proceed talking');
  });

  it('/summary about a topic summarizes across articles', async () => {
    const embed = embedOf(await deferredReply('summary', { about: 'sanctions' }));
    expect(embed.title).toBe('What the articles say about sanctions');
    expect(embed.description).toMatch(/sanctions/);
    expect((embed.fields?.[0]?.value ?? '').split('\n').length).toBeGreaterThan(1); // several articles cited
  });

  it('/articles lists every article with its id', async () => {
    const embed = embedOf(await immediateReply('articles'));
    expect(embed.description).toMatch(/^\*\*5 articles\*\*/);
    for (const article of dossier.articles) expect(embed.description?.replace(/\\/g, '')).toContain(article.id);
  });

  it('/help names every command', async () => {
    const embed = embedOf(await immediateReply('help'));
    for (const c of COMMANDS.filter((c) => c.data.name !== 'help')) expect(embed.description).toContain(`> /${c.data.name}`);
  });

  it('a command Dossier no longer has gets an ephemeral note', async () => {
    const handle = command(fake, 'retired');
    const response = await handle.waitForResponse();
    expect(isEphemeral(response.data.flags)).toBe(true);
    expect(response.data.content).toContain('no longer available');
  });
});

describe('autocomplete', () => {
  it('/quote speaker: type 8, at most 25 choices with names of at most 100 characters; typed text filters', async () => {
    const all = await fake.interaction({ type: 'autocomplete', name: 'quote', options: { speaker: '' }, focused: 'speaker' }).waitForResponse();
    expect(all.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = all.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }

    const typed = await fake
      .interaction({ type: 'autocomplete', name: 'quote', options: { speaker: 'ush', about: 'sanctions' }, focused: 'speaker' })
      .waitForResponse();
    const names = (typed.data.choices as { name: string }[]).map((c) => c.name);
    expect(names[0]).toBe('Yuri Ushakov');
    expect(names.length).toBeLessThan(choices.length);
  });

  it('/summary article: type 8, choices are article ids named by title and outlet', async () => {
    const response = await fake.interaction({ type: 'autocomplete', name: 'summary', options: { article: 'tass' }, focused: 'article' }).waitForResponse();
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = response.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: expect.stringMatching(/ — TASS$/), value: '001_a87e524d68e45ef3' });
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);

    const all = await fake.interaction({ type: 'autocomplete', name: 'summary', focused: 'article' }).waitForResponse();
    expect((all.data.choices as unknown[]).length).toBe(dossier.articles.length);
  });
});

describe('buttons', () => {
  let paged: FakeMessage;

  it('Next and Previous update the message in place (type 7): the page changes, the footer keeps the command', async () => {
    paged = await immediateReply('search', { query: 'sanctions', limit: 12 });
    const next = fake.interaction({ type: 'button', customId: buttons(paged).get('Next')!.customId, message: paged.id });
    const nextResponse = await next.waitForResponse();
    expect(nextResponse.type).toBe(InteractionResponseType.UpdateMessage);
    expectSafeMessage(nextResponse.data);
    const page2 = fake.getMessage(paged.id)!;
    expect(embedOf(page2).footer?.text).toBe('Page 2 of 3 · /search query:"sanctions" limit:12');
    expect(embedOf(page2).description).toContain('\n> 6. ');
    expect(embedOf(page2).description).not.toContain('\n> 5. ');
    expect(buttons(page2).get('Previous')?.disabled).toBe(false);

    await fake.interaction({ type: 'button', customId: buttons(page2).get('Next')!.customId, message: paged.id }).waitForResponse();
    const page3 = fake.getMessage(paged.id)!;
    expect(embedOf(page3).footer?.text).toBe('Page 3 of 3 · /search query:"sanctions" limit:12');
    expect(buttons(page3).get('Next')?.disabled).toBe(true);

    const back = fake.interaction({ type: 'button', customId: buttons(page3).get('Previous')!.customId, message: paged.id });
    expect((await back.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(embedOf(fake.getMessage(paged.id)!).footer?.text).toBe('Page 2 of 3 · /search query:"sanctions" limit:12');
  });

  it('someone else pressing Next gets an ephemeral note and the message is unchanged', async () => {
    const before = structuredClone(fake.getMessage(paged.id)!);
    const stranger = fake.addUser({ username: 'stranger' });
    const press = fake.interaction({ type: 'button', customId: buttons(before).get('Next')!.customId, message: paged.id, userId: stranger.id });
    const response = await press.waitForResponse();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.data.flags).toBe(MessageFlags.Ephemeral);
    expect(response.data.content).toContain('Only the person who asked');
    expect(fake.getMessage(paged.id)).toEqual(before);
  });

  it('Sources answers with an ephemeral embed of the cited passages', async () => {
    const question = 'What did Ushakov say about sanctions?';
    const answer = await deferredReply('ask', { question });
    const press = fake.interaction({ type: 'button', customId: buttons(answer).get('Sources')!.customId, message: answer.id });
    const response = await press.waitForResponse();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(response.data.flags)).toBe(true);
    expectSafeMessage(response.data);
    const embed = (response.data.embeds as { title: string; description: string }[])[0]!;
    expect(embed.title).toBe('Cited passages');
    const shown = embed.description.replace(/\\/g, '');
    const citations = dossier.ask(question).citations;
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations.slice(0, 3)) {
      expect(shown).toContain(citation.file);
      expect(shown).toContain(citation.text.slice(0, 50));
    }
  });

  it('a button pressed after the bot restarted still works (state lives in the message)', async () => {
    const before = fake.getMessage(paged.id)!;
    const nextId = buttons(before).get('Next')!.customId;
    await bot.stop();
    bot = await startTestBot(fake, dossier);
    bots.push(bot);
    expect(fake.identifies.filter((i) => i.accepted)).toHaveLength(2);

    const press = fake.interaction({ type: 'button', customId: nextId, message: paged.id });
    expect((await press.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(embedOf(fake.getMessage(paged.id)!).footer?.text).toBe('Page 3 of 3 · /search query:"sanctions" limit:12');
  });
});

describe('what Discord received', () => {
  it('every message had allowed_mentions with an empty parse list and embeds within limits; nothing failed', () => {
    const count = expectAllSentMessagesSafe(fake);
    expect(count).toBeGreaterThan(15);
    expect(sentMessages(fake).filter(({ body }) => /error id/.test(String(body.content ?? '')))).toEqual([]);
    expect(fake.requests({ path: '/interactions/:id/:token/callback' }).filter((r) => r.status >= 400)).toEqual([]);
    expect(fake.unhandledRequests()).toEqual([]);
    expect(bots.flatMap((b) => b.log.errors())).toEqual([]);
  });
});
