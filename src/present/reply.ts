import type { Answer, Citation } from '../answer/types.js';

/**
 * What a command shows, before it is drawn for a surface: Discord draws it as an embed with buttons,
 * the console as plain text. Every string here is plain text from the articles or Dossier; each surface
 * escapes it its own way.
 */
export interface Reply {
  title: string;
  /** The direct answer, shown first and strong. Null when there is none. */
  answer: string | null;
  /** The supporting text: sentences, quotes or list entries, one per line. */
  lines: string[];
  citations: Citation[];
  /** For a list shown a page at a time. */
  page?: { index: number; count: number };
  tone: 'answer' | 'list' | 'empty';
}

export const PAGE_SIZE = 5;

/** A page of a list (0-based, clamped into range) and the page count. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; index: number; count: number } {
  const count = Math.max(1, Math.ceil(items.length / size));
  const index = Math.min(Math.max(0, Math.trunc(page) || 0), count - 1);
  return { items: items.slice(index * size, index * size + size), index, count };
}

/** An answer from the answer layer as a reply: the short answer, then the supporting text. */
export function answerReply(answer: Answer): Reply {
  const supporting = answer.text.split('\n').filter((line) => line.trim().length > 0);
  // The text restates the short answer when it opens with it; show it once.
  if (answer.answer && supporting[0]?.startsWith(answer.answer)) supporting[0] = supporting[0].slice(answer.answer.length).replace(/^[\s.:,—-]+/, '');
  return {
    title: answer.question,
    answer: answer.answer,
    lines: supporting.filter((line) => line.length > 0),
    citations: answer.citations,
    tone: answer.answer === null ? 'empty' : 'answer',
  };
}

/** "Title — Outlet, 2023-03-14 (file)": how a citation is named under an answer. */
export function describeSource(citation: Citation): string {
  const facts = [citation.source, citation.published?.slice(0, 10)].filter(Boolean).join(', ');
  return `${citation.title}${facts ? ` — ${facts}` : ''}`;
}

/** Citations grouped by article, in first-cited order: an article is listed once however often cited. */
export function citedArticles(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => (seen.has(c.file) ? false : (seen.add(c.file), true)));
}
