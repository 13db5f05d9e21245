import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../corpus/html.js';
import type { ArticleMeta } from '../corpus/article.js';

/** An article's words and what the page says about it. */
export interface ReadableArticle {
  text: string;
  meta: ArticleMeta;
}

/** Below this many characters, what Readability kept is not an article (a cookie notice, a login wall). */
const MIN_ARTICLE_CHARS = 200;

/**
 * The article in a web page: Readability (Firefox's reader view) scores the page's blocks and keeps the
 * article body, leaving out navigation, related links, comments and ads that a plain HTML-to-text pass
 * keeps; its HTML is then reduced to paragraphs. Null when the page holds no article text.
 */
export function readableArticle(html: string, url?: string): ReadableArticle | null {
  const { document } = parseHTML(html);
  const head = htmlToText(html).meta;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!parsed?.content) return null;
  const { text } = htmlToText(parsed.content);
  if (text.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) return null;
  return {
    text,
    meta: {
      title: parsed.title?.trim() || head.title,
      source: parsed.siteName?.trim() || head.source,
      url: head.url ?? url,
      published: parsed.publishedTime?.trim() || head.published,
    },
  };
}
