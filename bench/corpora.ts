import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** One corpus the benchmark runs on: a folder of article files, and how many articles it holds. */
export interface BenchCorpus {
  name: string;
  dir: string;
  size: number;
}

export const DEFAULT_ARTICLES = resolve('data/articles');
export const REUTERS = resolve('../shared/corpora/reuters-21578');

/**
 * The corpora to run: the five default articles, then Reuters-21578 cut to each size (the first N files
 * by name, copied to a temporary folder so the product reads a folder exactly as it would in use; all of
 * it is read in place). A missing corpus is skipped with a message.
 */
export async function prepareCorpora(sizes: readonly number[], tmp: string, say: (line: string) => void): Promise<BenchCorpus[]> {
  const corpora: BenchCorpus[] = [];
  if (existsSync(DEFAULT_ARTICLES)) {
    corpora.push({ name: 'default', dir: DEFAULT_ARTICLES, size: (await articleFiles(DEFAULT_ARTICLES)).length });
  } else {
    say(`skipped the default articles: ${DEFAULT_ARTICLES} is missing`);
  }
  if (sizes.length === 0) return corpora;
  if (!existsSync(REUTERS)) {
    say(`skipped Reuters-21578 (${sizes.join(', ')}): ${REUTERS} is missing`);
    return corpora;
  }
  const files = await articleFiles(REUTERS);
  for (const wanted of sizes) {
    const size = Math.min(wanted, files.length);
    if (wanted > files.length && Number.isFinite(wanted)) say(`Reuters-21578 has ${files.length} articles, not ${wanted}: running all of them`);
    if (corpora.some((c) => c.name === `reuters-${size}`)) continue;
    if (size === files.length) {
      corpora.push({ name: `reuters-${size}`, dir: REUTERS, size });
      continue;
    }
    const dir = join(tmp, `reuters-${size}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const file of files.slice(0, size)) await copyFile(join(REUTERS, file), join(dir, file));
    corpora.push({ name: `reuters-${size}`, dir, size });
  }
  return corpora;
}

async function articleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => !f.startsWith('.') && /\.(txt|md|markdown|html?)$/i.test(f)).sort();
}
