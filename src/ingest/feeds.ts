import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from '../corpus/html.js';
import type { Article } from '../corpus/types.js';
import type { ArticleDesk } from './desk.js';
import { readableArticle } from './readable.js';
import { safeFetch } from './safe-fetch.js';

/** One entry of a feed: the page it links to and what the feed itself says of it. */
export interface FeedItem {
  /** The entry's id (guid), or its link. */
  key: string;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The entry's own content or summary, as HTML or text. */
  content: string | null;
}

/** A feed Dossier cannot read; the message names what is wrong. */
export class FeedError extends Error {
  override name = 'FeedError';
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false, trimValues: true });

/** The entries of an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document, in the feed's order. */
export function parseFeed(body: string): FeedItem[] {
  const text = body.trim();
  if (text.startsWith('{')) return parseJsonFeed(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new FeedError(`malformed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc = xml.parse(text) as Record<string, any>;
  const rss = doc.rss?.channel ?? doc['rdf:RDF'];
  if (rss) {
    return list(rss.item ?? doc['rdf:RDF']?.item).map((item) => {
      const url = textOf(item.link);
      return {
        key: textOf(item.guid) ?? url ?? textOf(item.title) ?? '',
        url,
        title: textOf(item.title),
        published: textOf(item.pubDate) ?? textOf(item['dc:date']),
        content: textOf(item['content:encoded']) ?? textOf(item.description),
      };
    });
  }
  if (doc.feed) {
    return list(doc.feed.entry).map((entry) => {
      const links = list(entry.link);
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      const url = typeof link === 'object' ? (link['@href'] ?? null) : textOf(link);
      return {
        key: textOf(entry.id) ?? url ?? textOf(entry.title) ?? '',
        url,
        title: textOf(entry.title),
        published: textOf(entry.published) ?? textOf(entry.updated),
        content: textOf(entry.content) ?? textOf(entry.summary),
      };
    });
  }
  throw new FeedError('not an RSS, Atom or JSON feed');
}

function parseJsonFeed(text: string): FeedItem[] {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`malformed JSON (${(error as Error).message})`);
  }
  if (typeof doc?.version !== 'string' || !doc.version.includes('jsonfeed.org') || !Array.isArray(doc.items)) throw new FeedError('not a JSON Feed');
  return (doc.items as any[]).map((item) => {
    const url = str(item.url) ?? str(item.external_url);
    return { key: str(item.id) ?? url ?? '', url, title: str(item.title), published: str(item.date_published), content: str(item.content_html) ?? str(item.content_text) ?? str(item.summary) };
  });
}

function list(value: unknown): any[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function textOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null) return textOf((value as Record<string, unknown>)['#text']);
  return str(value);
}

function str(value: unknown): string | null {
  return (typeof value === 'string' || typeof value === 'number') && String(value).trim() ? String(value).trim() : null;
}

export interface FeedOptions {
  intervalMs: number;
  /** Called with each article a feed brought in. */
  onArticle?: (article: Article, feed: string) => void | Promise<void>;
  /** One line per failed poll or item. */
  onWarning?: (message: string, detail: Record<string, unknown>) => void;
}

/** Polls after errors wait the interval doubled per error in a row, up to this many doublings (64×). */
const MAX_BACKOFF_DOUBLINGS = 6;

interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  timer: NodeJS.Timeout | null;
  /** Entries already handled (added, known, or failed once): each is tried once. */
  seen: Set<string>;
}

/**
 * Follows feeds: each is polled every interval with a conditional request (ETag, Last-Modified), and each
 * new entry's page is fetched, reduced to its article (the feed's own content when the page has none) and
 * saved through the desk. A feed that fails waits longer before the next poll; the others go on.
 */
export class FeedPoller {
  private readonly feeds: FeedState[];
  private stopped = false;

  constructor(
    urls: string[],
    private readonly desk: ArticleDesk,
    private readonly options: FeedOptions,
  ) {
    this.feeds = urls.map((url) => ({ url, etag: null, lastModified: null, failures: 0, timer: null, seen: new Set() }));
  }

  start(): void {
    for (const feed of this.feeds) this.schedule(feed, 0);
  }

  stop(): void {
    this.stopped = true;
    for (const feed of this.feeds) if (feed.timer) clearTimeout(feed.timer);
  }

  /** Poll every feed once now; resolves with the articles added. */
  async pollAll(): Promise<Article[]> {
    return (await Promise.all(this.feeds.map((feed) => this.poll(feed)))).flat();
  }

  /** The wait before a feed's next poll: the interval, doubled for each error in a row. */
  delayOf(url: string): number {
    const feed = this.feeds.find((f) => f.url === url);
    return this.options.intervalMs * 2 ** Math.min(feed?.failures ?? 0, MAX_BACKOFF_DOUBLINGS);
  }

  private schedule(feed: FeedState, delay: number): void {
    if (this.stopped) return;
    feed.timer = setTimeout(() => void this.poll(feed).then(() => this.schedule(feed, this.delayOf(feed.url))), delay);
    feed.timer.unref();
  }

  private async poll(feed: FeedState): Promise<Article[]> {
    let items: FeedItem[];
    try {
      const headers: Record<string, string> = {};
      if (feed.etag) headers['if-none-match'] = feed.etag;
      if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
      const answer = await safeFetch(feed.url, this.desk.fetchLimits(headers));
      items = answer.status === 304 ? [] : parseFeed(answer.body.toString('utf8'));
      feed.failures = 0;
      feed.etag = header(answer.headers.etag) ?? feed.etag;
      feed.lastModified = header(answer.headers['last-modified']) ?? feed.lastModified;
    } catch (error) {
      feed.failures++;
      this.options.onWarning?.(`feed ${feed.url} failed: ${(error as Error).message}`, { feed: feed.url, failures: feed.failures, nextPollMs: this.delayOf(feed.url) });
      return [];
    }
    const added: Article[] = [];
    for (const item of items) {
      if (this.stopped || !item.key || feed.seen.has(item.key)) continue;
      feed.seen.add(item.key);
      if (item.url && this.desk.knowsUrl(item.url)) continue;
      try {
        const article = await this.read(item);
        added.push(article);
        await this.options.onArticle?.(article, feed.url);
      } catch (error) {
        this.options.onWarning?.(`feed item ${item.url ?? item.key} was not added: ${(error as Error).message}`, { feed: feed.url, item: item.url ?? item.key });
      }
    }
    return added;
  }

  /** The item's page reduced to its article, or the feed's own content when the page gives none. */
  private async read(item: FeedItem): Promise<Article> {
    let page: ReturnType<typeof readableArticle> = null;
    let pageError: Error | null = null;
    if (item.url) {
      try {
        const answer = await safeFetch(item.url, this.desk.fetchLimits());
        page = readableArticle(answer.body.toString('utf8'), answer.url);
      } catch (error) {
        pageError = error as Error;
      }
    }
    const body = page?.text ?? (item.content ? htmlToText(item.content).text : '');
    if (!body.trim()) throw pageError ?? new Error('neither the page nor the feed gives its text');
    return this.desk.save({
      body,
      title: item.title ?? page?.meta.title,
      source: page?.meta.source,
      url: item.url ?? undefined,
      published: isoDate(item.published) ?? page?.meta.published,
      addedBy: 'feed',
      addedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
  }
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Feed dates ("Tue, 03 Jun 2031 09:39:21 GMT", ISO) as ISO date-times. */
function isoDate(value: string | null): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 16);
}
