/**
 * The ingest parts on their own: the guarded fetch, the page reader, the article file writer, feed
 * parsing and polling against a loopback feed server, and the folder watch.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Dossier } from '../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { parseArticleFile } from '../src/corpus/load.js';
import { articleFileName, articleFileText, writeArticleFile } from '../src/ingest/article-file.js';
import { ArticleDesk } from '../src/ingest/desk.js';
import { FeedError, FeedPoller, parseFeed } from '../src/ingest/feeds.js';
import { readableArticle } from '../src/ingest/readable.js';
import { FetchError, isPrivateAddress, safeFetch, type FetchLimits } from '../src/ingest/safe-fetch.js';
import { watchArticles } from '../src/ingest/watcher.js';
import { LIGHTHOUSE_PAGE } from './helpers/new-articles.js';
import { WebServer } from './helpers/web-server.js';

let web: WebServer;
const limits: FetchLimits = { maxBytes: 10_000, timeoutMs: 5000, maxRedirects: 3, allowPrivate: true };

beforeAll(async () => {
  web = await WebServer.start();
});
afterAll(() => web.close());

describe('the guarded fetch', () => {
  it('refuses loopback, private and link-local addresses unless allowed, and what is not http(s)', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(isPrivateAddress(address), address).toBe(false);

    const url = web.page('/ok', { body: 'fine' });
    await expect(safeFetch(url, { ...limits, allowPrivate: false })).rejects.toThrow(/loopback, private or link-local/);
    // A name that resolves to loopback is caught on the resolved address.
    await expect(safeFetch(url.replace('127.0.0.1', 'localhost'), { ...limits, allowPrivate: false })).rejects.toThrow(/loopback, private or link-local/);
    await expect(safeFetch('file:///etc/passwd', limits)).rejects.toThrow(/Only http and https/);
    await expect(safeFetch('not a url', limits)).rejects.toThrow(/not a web address/);
    expect((await safeFetch(url, limits)).body.toString()).toBe('fine');
  });

  it('limits bytes, time and redirects, and names 404 and 500', async () => {
    const big = web.page('/big', { body: 'x'.repeat(20_000) });
    await expect(safeFetch(big, limits)).rejects.toThrow(/larger than/);
    const streamed = web.handle('/streamed', (_q, res) => {
      res.writeHead(200);
      for (let i = 0; i < 30; i++) res.write('y'.repeat(1000));
      res.end();
    });
    await expect(safeFetch(streamed, limits)).rejects.toThrow(/larger than/);
    const slow = web.handle('/slow', (_q, res) => setTimeout(() => res.end('late'), 3000).unref());
    await expect(safeFetch(slow, { ...limits, timeoutMs: 200 })).rejects.toThrow(/took longer than 0.2 s/);
    await expect(safeFetch(web.url('/nothing'), limits)).rejects.toThrow(/404 \(not found\)/);
    await expect(safeFetch(web.page('/broken', { status: 503, body: '' }), limits)).rejects.toThrow(/503 \(a server error\)/);
    for (let i = 0; i < 5; i++) web.page(`/hop${i}`, { status: 301, body: '', headers: { location: `/hop${i + 1}` } });
    web.page('/hop5', { body: 'arrived' });
    await expect(safeFetch(web.url('/hop0'), limits)).rejects.toThrow(/more than 3 times/);
    const arrived = await safeFetch(web.url('/hop2'), limits);
    expect([arrived.body.toString(), arrived.url]).toEqual(['arrived', web.url('/hop5')]);
    web.page('/self', { status: 302, body: '', headers: { location: '/self' } });
    await expect(safeFetch(web.url('/self'), limits)).rejects.toThrow(/loop/);
  });

  it('fails with a FetchError when the server is down', async () => {
    const down = await WebServer.start();
    const url = down.url('/feed');
    await down.close();
    await expect(safeFetch(url, limits)).rejects.toBeInstanceOf(FetchError);
  });
});

describe('the page reader', () => {
  it('keeps the article and drops navigation, related links and the footer', () => {
    const page = readableArticle(LIGHTHOUSE_PAGE, 'https://example.org/lighthouse')!;
    expect(page.meta).toMatchObject({ title: 'Lighthouse keepers return to Skarvik', source: 'Northern Post', url: 'https://example.org/lighthouse' });
    expect(page.meta.published).toMatch(/^2032-06-02/);
    expect(page.text).toMatch(/^The Skarvik lighthouse will have resident keepers/m);
    expect(page.text.split('\n\n')).toHaveLength(4);
    expect(page.text).not.toMatch(/Ferry timetable|All rights reserved|Sport/);
  });

  it('finds no article in a page without one', () => {
    expect(readableArticle('<html><body><nav>Home</nav><form>Log in to continue.</form></body></html>')).toBeNull();
  });
});

describe('the article file', () => {
  it('is written under a hidden temporary name, then renamed: the folder never holds half a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-writer-'));
    const draft = { body: 'The Tarn valley railway reopened on Monday.', title: 'Railway: "reopened" at last', url: 'https://example.org/x', addedBy: 'ed', addedAt: '2032-01-02T03:04:05Z' };
    const name = articleFileName(draft);
    expect(name).toMatch(/^railway-reopened-at-last-[0-9a-f]{8}\.md$/);
    const seen: string[][] = [];
    const watcher = watchArticles(dir, { knownFiles: () => [], onFiles: async (names) => void seen.push(names), debounceMs: 50 });
    await writeArticleFile(dir, name, articleFileText(draft));
    expect(await readdir(dir)).toEqual([name]);
    await waitFor(() => seen.length > 0);
    watcher.close();
    expect(seen).toEqual([[name]]);
    const article = parseArticleFile(name, articleFileText(draft));
    expect(article).toMatchObject({ title: 'Railway: "reopened" at last', url: 'https://example.org/x', added: { by: 'ed', at: '2032-01-02T03:04:05Z' } });
  });
});

const RSS = (items: { title: string; link: string; date?: string; description?: string }[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Valley Courier</title>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description><![CDATA[${i.description}]]></description>` : ''}</item>`).join('\n')}
</channel></rss>`;

describe('feeds', () => {
  it('reads RSS, Atom and JSON Feed entries, and names a malformed feed', () => {
    expect(parseFeed(RSS([{ title: 'A &amp; B', link: 'https://example.org/a', date: 'Tue, 03 Jun 2031 09:39:21 GMT' }]))).toEqual([
      { key: 'https://example.org/a', url: 'https://example.org/a', title: 'A & B', published: 'Tue, 03 Jun 2031 09:39:21 GMT', content: null },
    ]);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><id>tag:x,2031:1</id><title type="text">Atom entry</title><link rel="alternate" href="https://example.org/b"/><updated>2031-06-03T10:00:00Z</updated><summary>Short.</summary></entry></feed>`;
    expect(parseFeed(atom)).toEqual([{ key: 'tag:x,2031:1', url: 'https://example.org/b', title: 'Atom entry', published: '2031-06-03T10:00:00Z', content: 'Short.' }]);
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '7', url: 'https://example.org/c', title: 'Json entry', content_text: 'Body.' }] });
    expect(parseFeed(json)).toEqual([{ key: '7', url: 'https://example.org/c', title: 'Json entry', published: null, content: 'Body.' }]);
    expect(() => parseFeed('<rss><channel><item><title>Broken</channel></rss>')).toThrow(FeedError);
    expect(() => parseFeed('<html><body>Not a feed</body></html>')).toThrow(/not an RSS, Atom or JSON feed/);
    expect(() => parseFeed('{"items": [}')).toThrow(/malformed JSON/);
  });

  describe('polled from a feed server', () => {
    let dir: string;
    let dossier: Dossier;
    let desk: ArticleDesk;
    const warnings: string[] = [];

    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dossier-feeds-'));
      await cp(DEFAULT_ARTICLES_DIR, dir, { recursive: true });
      dossier = await Dossier.open({ articlesDir: dir, cacheDir: null });
      desk = new ArticleDesk(dossier, { articlesDir: dir, maxArticleBytes: 100_000, allowPrivateUrls: true });
      warnings.length = 0;
    }, 30_000);

    const poller = (feed: string, via = desk) => new FeedPoller([feed], via, { intervalMs: 60_000, onWarning: (message) => warnings.push(message) });

    it('adds items as they appear, asks with ETag and Last-Modified, and never adds one twice', async () => {
      const items: { title: string; link: string; date?: string; description?: string }[] = [];
      const etags: (string | undefined)[] = [];
      const feed = web.handle('/courier.xml', (request, response) => {
        etags.push(request.headers['if-none-match'] as string | undefined);
        const etag = `"v${items.length}"`;
        if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Tue, 03 Jun 2031 09:00:00 GMT' }).end(RSS(items));
      });
      const follow = poller(feed);
      expect(await follow.pollAll()).toEqual([]);

      items.push({ title: 'Lighthouse keepers return to Skarvik', link: web.page('/courier/lighthouse', { body: LIGHTHOUSE_PAGE }), date: 'Wed, 02 Jun 2032 08:00:00 GMT' });
      const first = await follow.pollAll();
      expect(first.map((a) => a.title)).toEqual(['Lighthouse keepers return to Skarvik']);
      expect(first[0]!.published).toBe('2032-06-02T08:00');
      expect(first[0]!.added?.by).toBe('feed');
      expect(await follow.pollAll()).toEqual([]);
      expect(etags.at(-1)).toBe('"v1"');

      // The page is gone: the feed's own text stands in. A second feed item pointing at a known page is skipped.
      items.push({
        title: 'Ferry fares frozen',
        link: web.url('/courier/gone'),
        description: '<p>The Skarvik ferry operator froze its fares for the summer, its chief executive said on Thursday, citing a rise in passengers.</p>',
      });
      items.push({ title: 'Same lighthouse, new link text', link: web.url('/courier/lighthouse') });
      expect((await follow.pollAll()).map((a) => a.title)).toEqual(['Ferry fares frozen']);
      expect(dossier.search('ferry fares frozen')[0]?.title).toBe('Ferry fares frozen');
      expect(await poller(feed).pollAll()).toEqual([]);
      expect((await readdir(dir)).filter((f) => f.endsWith('.md'))).toHaveLength(2);
      expect(warnings).toEqual([]);
    });

    it('backs off a feed that fails (500, slow, malformed, down) and keeps every article it had', async () => {
      const before = dossier.articles.length;
      let mode: 'error' | 'slow' | 'malformed' | 'ok' = 'error';
      const feed = web.handle('/flaky.xml', (_request, response) => {
        if (mode === 'error') return void response.writeHead(500).end('oops');
        if (mode === 'slow') return void setTimeout(() => response.end(RSS([])), 20_000).unref();
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(mode === 'malformed' ? '<rss><channel><item>' : RSS([]));
      });
      const follow = poller(feed, new ArticleDesk(dossier, { articlesDir: dir, maxArticleBytes: 100_000, allowPrivateUrls: true, fetchTimeoutMs: 1500 }));
      await follow.pollAll();
      expect(follow.delayOf(feed)).toBe(120_000);
      mode = 'slow';
      await follow.pollAll();
      mode = 'malformed';
      await follow.pollAll();
      expect(follow.delayOf(feed)).toBe(480_000);
      expect(warnings).toHaveLength(3);
      expect(warnings[0]).toMatch(/500/);
      expect(warnings[1]).toMatch(/took longer/);
      expect(warnings[2]).toMatch(/malformed XML/);
      mode = 'ok';
      await follow.pollAll();
      expect(follow.delayOf(feed)).toBe(60_000);
      expect(dossier.articles).toHaveLength(before);
    });
  });
});

describe('the folder watch', () => {
  it('picks up files added, changed and removed, and a burst of 200 in one pass', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-watch-'));
    await cp(DEFAULT_ARTICLES_DIR, dir, { recursive: true });
    const dossier = await Dossier.open({ articlesDir: dir, cacheDir: null });
    const desk = new ArticleDesk(dossier, { articlesDir: dir, maxArticleBytes: 100_000, allowPrivateUrls: false });
    const bursts: number[] = [];
    const skipped: string[] = [];
    const watcher = watchArticles(dir, {
      knownFiles: () => dossier.articles.map((a) => a.file),
      onFiles: async (names) => {
        bursts.push(names.length);
        for (const name of names) {
          const result = await desk.syncFile(name);
          if ('skipped' in result) skipped.push(`${name}: ${result.skipped}`);
        }
      },
      debounceMs: 100,
    });
    const base = dossier.articles.length;
    try {
      await writeFile(join(dir, 'orchard.txt'), 'Orchard harvest starts early\n\nThe apple harvest in the Lenn valley began on August 20, two weeks early, growers said.');
      await waitFor(() => dossier.articles.length === base + 1);
      expect(dossier.search('apple harvest')[0]?.file).toBe('orchard.txt');

      await writeFile(join(dir, 'orchard.txt'), 'Orchard harvest starts early\n\nThe pear harvest in the Lenn valley began on August 22, growers said.');
      await waitFor(() => dossier.search('pear harvest')[0]?.file === 'orchard.txt');
      expect(dossier.articles).toHaveLength(base + 1);

      await rm(join(dir, 'orchard.txt'));
      await waitFor(() => dossier.articles.length === base);

      await writeFile(join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
      await waitFor(() => skipped.length === 1);
      expect(skipped).toEqual(['broken.txt: binary file (contains NUL bytes)']);
      expect(dossier.articles).toHaveLength(base);

      await writeFile(join(dir, '.hidden.txt'), 'Not an article the watch may read.');
      await writeFile(join(dir, 'notes.pdf'), 'Not an article either.');
      bursts.length = 0;
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          writeFile(join(dir, `bulletin-${String(i).padStart(3, '0')}.md`), `---\ntitle: Bulletin ${i}\n---\n\nThe river gauge at station ${i} read ${1000 + i} centimetres on Tuesday, the water board said.\n`),
        ),
      );
      await waitFor(() => dossier.articles.length === base + 200, 60_000);
      expect(bursts.reduce((a, b) => a + b, 0)).toBe(200);
      expect(bursts.length).toBeLessThanOrEqual(3);
      expect(dossier.search('station 137')[0]?.file).toBe('bulletin-137.md');
    } finally {
      watcher.close();
    }
  }, 90_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
