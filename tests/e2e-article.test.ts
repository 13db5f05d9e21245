/**
 * End to end: /article add (an attachment served by a loopback web server, a web page, pasted text), then
 * /ask about the new article; /article remove, then the article is gone from answers; bad input gets an
 * ephemeral reason and changes nothing; a plain member is refused, a member with an ADMIN_ROLES role is not.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType, type APIAttachment } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../commands/articles.js';
import { Dossier } from '../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { FakeDiscord, type FakeInteraction, type RecordedRequest } from './helpers/fake-discord.js';
import { deployToGuild, embedOf, expectAllSentMessagesSafe, expectSafeMessage, finalReply, isEphemeral, startTestBot, type TestBot } from './helpers/bot-harness.js';
import { GLASSWORKS, LIGHTHOUSE_PAGE, ORCHARD_PAGE } from './helpers/new-articles.js';
import { WebServer } from './helpers/web-server.js';

let fake: FakeDiscord;
let web: WebServer;
let articlesDir: string;
let dossier: Dossier;
let bot: TestBot;
let editorRole: string;
let announcement: RecordedRequest;

beforeAll(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-articles-'));
  await cp(DEFAULT_ARTICLES_DIR, articlesDir, { recursive: true });
  [fake, web, dossier] = await Promise.all([FakeDiscord.start(), WebServer.start(), Dossier.open({ articlesDir, cacheDir: null })]);
  editorRole = fake.addRole('Editors');
  const page = web.page('/courier/orchard', { body: ORCHARD_PAGE });
  const feed = web.page('/courier.xml', {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title><item><title>Orchard co-operative buys a cider press</title><link>${page}</link><guid>${page}</guid><pubDate>Fri, 10 Sep 2032 07:30:00 GMT</pubDate></item></channel></rss>`,
  });
  await deployToGuild(fake);
  bot = await startTestBot(fake, dossier, {
    ARTICLES_DIR: articlesDir,
    ALLOW_PRIVATE_URLS: 'true',
    ADMIN_ROLES: editorRole,
    FEEDS: feed,
    NEWS_CHANNEL: fake.guild.secondTextChannelId,
  });
  // The feed is polled at start: let its article arrive before the tests count articles.
  announcement = await fake.waitFor({ method: 'POST', path: `/channels/${fake.guild.secondTextChannelId}/messages` }, 20_000);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await web?.close();
});

let attachments = 0;

/** /article add with an attachment Discord serves from `url`. */
function addFile(name: string, url: string, size: number, userId?: string): FakeInteraction {
  const id = String(1_000_000_000_000_000_000n + BigInt(++attachments));
  const attachment: APIAttachment = { id, filename: name, size, url, proxy_url: url, content_type: 'text/plain' };
  return fake.interaction({
    type: 'command',
    name: 'article',
    subcommand: 'add',
    options: { file: { type: ApplicationCommandOptionType.Attachment, value: id } },
    resolved: { attachments: { [id]: attachment } },
    ...(userId ? { userId } : {}),
  });
}

function article(subcommand: 'add' | 'remove', options: Record<string, string>, userId?: string): FakeInteraction {
  return fake.interaction({ type: 'command', name: 'article', subcommand, options, ...(userId ? { userId } : {}) });
}

/** The ephemeral note a refused /article leaves. */
async function refusal(handle: FakeInteraction): Promise<string> {
  // Refused before deferring: an ephemeral reply; after: the placeholder gives way to an ephemeral follow-up.
  const note = await fake.waitUntil(
    () => handle.followUps[0] ?? (handle.original && isEphemeral(handle.original.flags) ? handle.original : undefined),
    10_000,
    () => `no refusal was sent to ${JSON.stringify(handle.payload.data)}; log: ${JSON.stringify(bot.log.entries.slice(-3))}`,
  );
  expect(isEphemeral(note.flags)).toBe(true);
  return note.content;
}

async function ask(question: string): Promise<string> {
  const handle = fake.interaction({ type: 'command', name: 'ask', options: { question } });
  return JSON.stringify(embedOf(await finalReply(handle, 10_000)));
}

describe('/article add', () => {
  it('adds an uploaded file: the reply shows title, outlet, date, summary and cleaning; /ask answers from it', async () => {
    const url = web.page('/attachments/glassworks.txt', { body: GLASSWORKS, type: 'text/plain' });
    const before = dossier.articles.length;
    const reply = embedOf(await finalReply(addFile('glassworks.txt', url, Buffer.byteLength(GLASSWORKS)), 10_000));
    expect(reply.title).toBe('Added: Glassworks in Brenholm to cut night shifts');
    expect(reply.description).toMatch(/Orders for bottle glass|end its night shifts/);
    expect(reply.description).toMatch(/Cleaning dropped/);
    expect(dossier.articles).toHaveLength(before + 1);

    const files = await readdir(articlesDir);
    const saved = files.find((f) => f.startsWith('glassworks-in-brenholm'));
    expect(saved).toBeDefined();
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    const text = await readFile(join(articlesDir, saved!), 'utf8');
    expect(text).toMatch(new RegExp(`^---\n[\\s\\S]*added_by: ${fake.user.username}\n[\\s\\S]*added_at: "?\\d{4}-\\d\\d-\\d\\dT`));

    expect(await ask('When will Brenholm Glassworks end its night shifts?')).toMatch(/3 May 2032|May 3, 2032/);
    // /articles lists the newest article last, with who added it and when.
    const lastPage = articles.run(dossier, {}, Number.MAX_SAFE_INTEGER);
    expect(lastPage.lines.at(-1)).toMatch(new RegExp(`^Glassworks in Brenholm .*, added \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d by ${fake.user.username}$`));
  }, 30_000);

  it('adds a web page reduced to its article, with its outlet and date, and not twice', async () => {
    const url = web.page('/news/lighthouse', { body: LIGHTHOUSE_PAGE });
    const reply = embedOf(await finalReply(article('add', { url }), 10_000));
    expect(reply.title).toBe('Added: Lighthouse keepers return to Skarvik');
    expect(JSON.stringify(reply)).toMatch(/Northern Post · 2032-06-02/);
    const added = dossier.articles.find((a) => a.url === url)!;
    expect(added.text).not.toMatch(/Ferry timetable|All rights reserved|Sport/);
    expect(await ask('Who chairs the coastal trust?')).toMatch(/Hallveig Brun/);

    expect(await refusal(article('add', { url }))).toMatch(/already has the article/);
  }, 30_000);

  it('adds pasted text with a title', async () => {
    const text = 'The Velmar county library will open on Sundays from September, its board said on Monday. "Readers asked for it in every survey," said Oona Vail, the head librarian.';
    const announced = fake.waitForNext({ method: 'POST', path: `/channels/${fake.guild.secondTextChannelId}/messages` }, 10_000);
    const reply = embedOf(await finalReply(article('add', { text, title: 'Library opens on Sundays' }), 10_000));
    expect(reply.title).toBe('Added: Library opens on Sundays');
    expect(await ask('What did Oona Vail say?')).toMatch(/Readers asked for it in every survey/);
    // Announced in NEWS_CHANNEL like a feed's article, pinging no one.
    const post = (await announced).body as Record<string, unknown>;
    expectSafeMessage(post);
    expect((post as { embeds: { title: string; description: string }[] }).embeds[0]).toMatchObject({ title: 'Library opens on Sundays', description: expect.stringMatching(/Sundays/) });
  }, 30_000);

  it('refuses bad input with a reason only the member sees, and changes nothing', async () => {
    const before = dossier.articles.length;
    const filesBefore = (await readdir(articlesDir)).length;
    web.page('/attachments/empty.txt', { body: '', type: 'text/plain' });
    web.page('/attachments/binary.txt', { body: Buffer.from([0x47, 0x00, 0x01, 0x02]), type: 'application/octet-stream' });
    web.page('/server-error', { status: 500, body: 'oops' });
    web.page('/loop-a', { status: 302, body: '', headers: { location: web.url('/loop-b') } });
    web.page('/loop-b', { status: 302, body: '', headers: { location: web.url('/loop-a') } });
    web.page('/no-article', { body: '<html><body><nav>Home</nav><p>Log in.</p></body></html>' });
    const cases: [FakeInteraction, RegExp][] = [
      [addFile('report.pdf', web.url('/attachments/report.pdf'), 100), /not an article file/],
      [addFile('huge.txt', web.url('/attachments/huge.txt'), 50 * 1024 * 1024), /over the .* limit/],
      [addFile('empty.txt', web.url('/attachments/empty.txt'), 0), /empty/],
      [addFile('binary.txt', web.url('/attachments/binary.txt'), 4), /binary/],
      [article('add', { url: web.url('/missing') }), /404/],
      [article('add', { url: web.url('/server-error') }), /500/],
      [article('add', { url: web.url('/loop-a') }), /loop/],
      [article('add', { url: 'ftp://example.org/article.txt' }), /http and https/],
      [article('add', { url: web.url('/no-article') }), /no article text/],
      [article('add', { text: GLASSWORKS }), /already has this article/],
      [article('add', { text: GLASSWORKS.replace('Glassworks in', 'Glass factory in') }), /already has this text/],
      [article('add', { text: 'One.', url: web.url('/no-article') }), /exactly one/],
      [article('remove', { article: 'no-such-article' }), /no article "no-such-article"/],
    ];
    for (const [handle, reason] of cases) expect(await refusal(handle)).toMatch(reason);
    expect(dossier.articles).toHaveLength(before);
    expect((await readdir(articlesDir)).length).toBe(filesBefore);
    expectAllSentMessagesSafe(fake);
  }, 60_000);
});

describe('feeds', () => {
  it('adds a new feed item and announces it in NEWS_CHANNEL, pinging no one', async () => {
    expectSafeMessage(announcement.body as Record<string, unknown>);
    const [embed] = (announcement.body as { embeds: { title: string; url: string; description: string }[] }).embeds;
    expect(embed).toMatchObject({ title: 'Orchard co-operative buys a cider press', url: web.url('/courier/orchard') });
    expect(embed!.description).toMatch(/^Valley Courier · 2032-09-10\n\n.*cider press/s);
    expect(await ask('What did Teuvo Lind say?')).toMatch(/We will press our own apples/);
  }, 30_000);
});

describe('/article remove', () => {
  it('offers articles as you type, and once removed the article is gone from answers and from the folder', async () => {
    const typed = fake.interaction({ type: 'autocomplete', name: 'article', subcommand: 'remove', options: { article: 'lighthouse' }, focused: 'article' });
    const response = await typed.waitForResponse(10_000);
    const choices = (response.data as { choices: { value: string }[] }).choices;
    const id = dossier.articles.find((a) => a.title.startsWith('Lighthouse keepers'))!.id;
    expect(choices.map((c) => c.value)).toContain(id);

    const reply = embedOf(await finalReply(article('remove', { article: id }), 10_000));
    expect(reply.title).toBe('Removed: Lighthouse keepers return to Skarvik');
    expect(dossier.knowledge.articleById.has(id)).toBe(false);
    expect((await readdir(articlesDir)).some((f) => f.startsWith(id))).toBe(false);
    expect(await ask('Who chairs the coastal trust?')).not.toMatch(/Hallveig Brun/);
  }, 30_000);
});

describe('who may change the articles', () => {
  it('refuses a plain member, and lets a member with an ADMIN_ROLES role', async () => {
    const member = fake.addUser();
    const before = dossier.articles.length;
    expect(await refusal(article('add', { text: 'The Orsk ferry will run twice a day from June, the operator said.' }, member.id))).toMatch(/Manage Server/);
    expect(dossier.articles).toHaveLength(before);

    const editor = fake.addUser({ roles: [editorRole] });
    const reply = embedOf(await finalReply(article('add', { text: 'The Orsk ferry will run twice a day from June, the operator said on Friday.', title: 'Orsk ferry' }, editor.id), 10_000));
    expect(reply.title).toBe('Added: Orsk ferry');
    expect(dossier.articles).toHaveLength(before + 1);
  }, 30_000);

  it('is declared for Manage Server only, in servers only', () => {
    const declared = fake.commands(fake.guild.id).find((c) => c.name === 'article')!;
    expect(declared.default_member_permissions).toBe(String(1n << 5n));
  });
});
