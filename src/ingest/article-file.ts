import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** An article as Dossier saves it: the text and the front matter that says where it came from. */
export interface ArticleDraft {
  body: string;
  title?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  addedBy: string;
  /** ISO date-time. */
  addedAt: string;
}

/** A file name from the title (or the opening words) and a hash of the text: readable and unique. */
export function articleFileName(draft: ArticleDraft): string {
  const words = (draft.title ?? draft.body)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  const hash = createHash('sha256').update(draft.url ?? draft.body).digest('hex').slice(0, 8);
  return `${words || 'article'}-${hash}.md`;
}

/** The file's text: YAML front matter, then the body. */
export function articleFileText(draft: ArticleDraft): string {
  const fields: Record<string, string> = {};
  for (const [key, value] of [
    ['title', draft.title],
    ['source', draft.source],
    ['url', draft.url],
    ['published', draft.published],
    ['added_by', draft.addedBy],
    ['added_at', draft.addedAt],
  ] as const) {
    if (value?.trim()) fields[key] = value.trim();
  }
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${draft.body.trim()}\n`;
}

/**
 * Write the file so that it is never read half-written: to a hidden temporary name the loader and the
 * watcher ignore, flushed to disk, then renamed into place in one step, and the folder flushed: once
 * this returns, a crash loses nothing.
 */
export async function writeArticleFile(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  // The rename itself is on disk only once the folder is flushed.
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
  return path;
}
