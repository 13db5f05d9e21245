import { readFile, stat, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Dossier } from '../answer/dossier.js';
import { ARTICLE_EXTENSIONS, decodeArticle, parseArticleFile, readFrontMatter } from '../corpus/load.js';
import { htmlToText } from '../corpus/html.js';
import type { Article } from '../corpus/types.js';
import { articleFileName, articleFileText, writeArticleFile, type ArticleDraft } from './article-file.js';
import { readableArticle } from './readable.js';
import { DEFAULT_FETCH_LIMITS, FetchError, safeFetch, type FetchLimits } from './safe-fetch.js';

/** Why an article was not added or removed, in words for the member who asked. */
export class IngestError extends Error {
  override name = 'IngestError';
}

export interface DeskSettings {
  articlesDir: string;
  maxArticleBytes: number;
  /** Let URLs reach loopback, private and link-local addresses (tests only). */
  allowPrivateUrls: boolean;
  /** For a whole fetch, redirects included (default 15 s). */
  fetchTimeoutMs?: number;
}

/** A file a member attached: where Discord serves it, its name and declared size. */
export interface Upload {
  url: string;
  name: string;
  size: number;
}

/** What happened to one file of the articles folder when it was looked at again. */
export type FileSync = { file: string; change: 'added' | 'replaced' | 'removed' | 'unchanged' | 'none' } | { file: string; skipped: string };

/**
 * Where articles come in and go out while Dossier runs: uploads, web pages, pasted text, feed items and
 * the files of the articles folder. An article is added in memory, then written to the folder; only once
 * it is on disk is it reported as added, so nothing acknowledged is lost to a crash.
 */
export class ArticleDesk {
  constructor(
    readonly dossier: Dossier,
    private readonly settings: DeskSettings,
    /** Told of each article saved here (not of files that appear in the folder): to announce it. */
    private readonly onSaved: (article: Article) => void = () => {},
  ) {}

  /** An attached .txt, .md or .html file. */
  async fromUpload(upload: Upload, addedBy: string): Promise<Article> {
    const extension = extname(upload.name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.includes(extension)) {
      throw new IngestError(`${upload.name} is not an article file: attach a .txt, .md or .html file.`);
    }
    if (upload.size > this.settings.maxArticleBytes) throw new IngestError(`${upload.name} is over the ${kilobytes(this.settings.maxArticleBytes)} limit.`);
    const text = decoded(upload.name, (await this.fetch(upload.url)).body);
    if (extension === '.html' || extension === '.htm') {
      const page = readableArticle(text) ?? htmlToText(text);
      return this.save({ body: page.text, ...page.meta, addedBy, addedAt: now() });
    }
    const { bodyStart, meta } = readFrontMatter(text);
    return this.save({ body: text.slice(bodyStart), ...meta, addedBy, addedAt: now() });
  }

  /** A web page, reduced to its article. */
  async fromUrl(url: string, addedBy: string): Promise<Article> {
    this.refuseKnownUrl(url);
    const page = await this.fetch(url);
    const article = readableArticle(decoded(url, page.body), page.url);
    if (!article) throw new IngestError(`${url} has no article text that I can find.`);
    return this.save({ body: article.text, ...article.meta, url: article.meta.url ?? page.url, addedBy, addedAt: now() });
  }

  /** Pasted text, with an optional title. */
  fromText(text: string, title: string | undefined, addedBy: string): Promise<Article> {
    if (!text.trim()) throw new IngestError('The text is empty.');
    return this.save({ body: text, title, addedBy, addedAt: now() });
  }

  /** Save an article already reduced to text (an upload, a page, a feed item). */
  async save(draft: ArticleDraft): Promise<Article> {
    if (draft.url) this.refuseKnownUrl(draft.url);
    const name = articleFileName(draft);
    const article = parseArticleFile(name, articleFileText(draft));
    // The file name comes from the address or the text: the same name is the same article.
    const known = this.dossier.knowledge.articleById.get(article.id);
    if (known) throw new IngestError(`Dossier already has this article, as "${known.title}" (${known.id}).`);
    const change = this.dossier.putArticle(article);
    if (change.outcome === 'empty') throw new IngestError('No article text is left once page furniture is cleaned away.');
    if (change.outcome === 'duplicate') throw new IngestError(`Dossier already has this text, as "${change.twin.title}" (${change.twin.id}).`);
    try {
      await writeArticleFile(this.settings.articlesDir, name, article.text);
    } catch (error) {
      this.dossier.removeArticle(article.id);
      throw new IngestError(`The article could not be saved (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was added.`);
    }
    this.onSaved(article);
    return article;
  }

  /** Remove an article and its file. */
  async remove(id: string): Promise<Article> {
    const article = this.dossier.knowledge.articleById.get(id);
    if (!article) throw new IngestError(`There is no article "${id}". Pick one from the list as you type.`);
    try {
      await unlink(join(this.settings.articlesDir, article.file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new IngestError(`The file ${article.file} could not be removed (${code}); the article stays.`);
    }
    this.dossier.removeArticle(id);
    return article;
  }

  /** Whether an article from this address is already in the corpus. */
  knowsUrl(url: string): boolean {
    const wanted = comparableUrl(url);
    return this.dossier.articles.some((a) => a.url !== null && comparableUrl(a.url) === wanted);
  }

  /** Bring one file of the articles folder in line with the corpus: added, changed or removed while running. */
  async syncFile(name: string): Promise<FileSync> {
    const path = join(this.settings.articlesDir, name);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      const known = this.dossier.articles.find((a) => a.file === name);
      return { file: name, change: known && this.dossier.removeArticle(known.id) ? 'removed' : 'none' };
    }
    if (size > this.settings.maxArticleBytes) return { file: name, skipped: `over the ${kilobytes(this.settings.maxArticleBytes)} limit (MAX_ARTICLE_BYTES)` };
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return { file: name, skipped: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
    const text = decodeArticle(bytes);
    if (typeof text === 'object') return { file: name, skipped: text.error };
    const change = this.dossier.putArticle(parseArticleFile(name, text));
    if (change.outcome === 'empty') return { file: name, skipped: 'no article text left after cleaning' };
    if (change.outcome === 'duplicate') return { file: name, skipped: `same text as ${change.twin.file}` };
    return { file: name, change: change.outcome };
  }

  fetchLimits(headers?: Record<string, string>): FetchLimits {
    return {
      ...DEFAULT_FETCH_LIMITS,
      ...(this.settings.fetchTimeoutMs ? { timeoutMs: this.settings.fetchTimeoutMs } : {}),
      maxBytes: this.settings.maxArticleBytes,
      allowPrivate: this.settings.allowPrivateUrls,
      ...(headers ? { headers } : {}),
    };
  }

  private async fetch(url: string) {
    try {
      return await safeFetch(url, this.fetchLimits());
    } catch (error) {
      if (error instanceof FetchError) throw new IngestError(error.message);
      throw error;
    }
  }

  private refuseKnownUrl(url: string): void {
    if (this.knowsUrl(url)) throw new IngestError(`Dossier already has the article at ${url}.`);
  }
}

/** The bytes as text, or the reason they are not an article (empty, binary, not UTF-8). */
function decoded(name: string, bytes: Buffer): string {
  const text = decodeArticle(bytes);
  if (typeof text === 'object') throw new IngestError(`${name}: ${text.error}.`);
  return text;
}

/** Addresses that differ only in a fragment or a trailing slash are the same page. */
function comparableUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
