import { parse, type HTMLElement } from 'node-html-parser';
import type { ArticleMeta } from './article.js';

/** Elements whose text is never the article's: code, navigation, page furniture. */
const SKIPPED = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, menu';
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'div', 'section', 'article', 'td', 'br', 'tr', 'dd', 'dt']);

/**
 * The readable text of an HTML page, one block per paragraph (blank line between), with the metadata its
 * head gives. The main `<article>` (or `<main>`) is preferred over the whole body when the page has one.
 */
export function htmlToText(html: string): { text: string; meta: ArticleMeta } {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const metaContent = (selector: string) => root.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const headline = root.querySelector('h1')?.text.trim() || root.querySelector('title')?.text.trim() || undefined;
  const meta: ArticleMeta = {
    title: metaContent('meta[property="og:title"]') ?? headline,
    source: metaContent('meta[property="og:site_name"]'),
    url: root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]'),
    published: metaContent('meta[property="article:published_time"]') ?? root.querySelector('time[datetime]')?.getAttribute('datetime'),
  };
  for (const element of root.querySelectorAll(SKIPPED)) element.remove();
  const main = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const blocks: string[] = [];
  collectBlocks(main, blocks);
  const text = blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0).join('\n\n');
  return { text, meta };
}

function collectBlocks(element: HTMLElement, blocks: string[]): void {
  let inline = '';
  const flush = () => {
    if (inline.trim()) blocks.push(inline);
    inline = '';
  };
  for (const node of element.childNodes) {
    const child = node as HTMLElement;
    if (child.nodeType === 3) {
      inline += child.text;
    } else if (child.nodeType === 1 && BLOCKS.has(child.rawTagName?.toLowerCase() ?? '')) {
      flush();
      collectBlocks(child, blocks);
    } else if (child.nodeType === 1) {
      inline += child.text;
    }
  }
  flush();
}
