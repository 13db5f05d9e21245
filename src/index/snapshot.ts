import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Corpus } from '../corpus/types.js';
import { groupQuotes } from './build.js';
import type { Knowledge } from './knowledge.js';
import { SearchIndex, type IndexSnapshot } from './search-index.js';

/**
 * The built knowledge saved to disk, so later starts (and every shard) load it instead of rebuilding.
 * It is reused only when the articles (content hash), the build options and Dossier's own extraction and
 * index code are all unchanged. V8's serializer keeps Maps as they are and has no 512 MB string limit,
 * which a JSON snapshot of a large corpus would hit; the index's postings are typed arrays, which it
 * copies at memory speed. What is cheaply derived (quotes by article, articles by id) is rebuilt on load.
 */
interface SnapshotFile {
  key: string;
  corpus: Corpus;
  knowledge: Omit<Knowledge, 'corpus' | 'index' | 'articleById' | 'quotesByArticle'>;
  index: IndexSnapshot;
}

const SNAPSHOT_FILE = 'knowledge.snapshot';

/** What a snapshot must match: the corpus hash, the options, and a hash of the code that builds knowledge. */
export async function snapshotKey(corpusHash: string, options: object): Promise<string> {
  return createHash('sha256')
    .update(corpusHash)
    .update(JSON.stringify(options))
    .update(await codeFingerprint())
    .digest('hex');
}

let fingerprint: Promise<string> | undefined;

/** Hash of the corpus, extraction and index modules as they are on disk (compiled or source). */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha256');
    for (const folder of ['corpus', 'extract', 'index']) {
      // Recursive: the extraction modules live in one folder per feature.
      const files = (await readdir(join(root, folder), { recursive: true })).filter((f) => /\.(js|ts)$/.test(f)).sort();
      for (const file of files) hash.update(file).update(await readFile(join(root, folder, file)));
    }
    return hash.digest('hex');
  })();
  return fingerprint;
}

export async function saveSnapshot(dir: string, key: string, knowledge: Knowledge): Promise<{ path: string; bytes: number }> {
  const { corpus, index, articleById: _byId, quotesByArticle: _byArticle, ...facts } = knowledge;
  const file: SnapshotFile = { key, corpus, knowledge: facts, index: index.toSnapshot() };
  const bytes = serialize(file);
  await mkdir(dir, { recursive: true });
  const path = join(dir, SNAPSHOT_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return { path, bytes: bytes.length };
}

/** The saved knowledge when it matches `key`; null when there is none, it is stale or unreadable. */
export async function loadSnapshot(dir: string, key: string): Promise<Knowledge | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, SNAPSHOT_FILE));
  } catch {
    return null;
  }
  let file: SnapshotFile;
  try {
    file = deserialize(bytes) as SnapshotFile;
  } catch {
    return null;
  }
  if (file.key !== key) return null;
  let index: SearchIndex;
  try {
    index = SearchIndex.fromSnapshot(file.corpus, file.index);
  } catch {
    return null;
  }
  return {
    ...file.knowledge,
    corpus: file.corpus,
    articleById: new Map(file.corpus.articles.map((a) => [a.id, a])),
    quotesByArticle: groupQuotes(file.knowledge.quotes.quotes),
    index,
  };
}
