import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../corpus/load.js';

export interface WatchOptions {
  /** Quiet time after the last event before the changed files are handled: a burst is handled once. */
  debounceMs?: number;
  /** The files the corpus has now, to tell removals apart when the system names no file. */
  knownFiles: () => string[];
  /** Handle the changed files, one call per burst; the next burst waits for it. */
  onFiles: (names: string[]) => Promise<void>;
  onError?: (error: Error) => void;
}

export const DEFAULT_DEBOUNCE_MS = 300;

/**
 * Watch the articles folder for files added, changed or removed. Hidden files (the writer's temporary
 * names among them) and files that are not articles are ignored. When the system reports a change
 * without a file name, the folder is listed and compared with the corpus: files added or removed are
 * found (a file changed in place then waits for its next event).
 */
export function watchArticles(dir: string, options: WatchOptions): { close(): void } {
  const pending = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = () => {
    timer = null;
    running = running.then(async () => {
      if (closed) return;
      if (rescan) {
        rescan = false;
        const present = new Set(await listArticles(dir));
        const known = new Set(options.knownFiles());
        for (const name of present) if (!known.has(name)) pending.add(name);
        for (const name of known) if (!present.has(name)) pending.add(name);
      }
      const names = [...pending].sort();
      pending.clear();
      if (names.length > 0) await options.onFiles(names);
    }).catch((error: Error) => options.onError?.(error));
  };

  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (name === null) rescan = true;
    else if (isArticleName(name)) pending.add(name);
    else return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}

function isArticleName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

async function listArticles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isArticleName);
}
