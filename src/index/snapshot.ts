import { createHash } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Corpus } from '../corpus/types.js';
import { groupQuotes, knowledgeSettled } from './build.js';
import type { Knowledge } from './knowledge.js';
import { SearchIndex, type IndexSnapshot } from './search-index.js';

/**
 * The built knowledge saved to disk, so later starts (and every shard) load it instead of rebuilding.
 * It is reused only when the articles (content hash), the settings, Dossier's own code and the installed
 * dependencies are all unchanged. V8's serializer keeps Maps as they are and has no 512 MB string limit,
 * which a JSON snapshot of a large corpus would hit; the index's postings are typed arrays, which it
 * copies at memory speed. What is cheaply derived (quotes by article, articles by id) is rebuilt on load.
 */

/** Knowledge as plain data, for the disk: what is cheaply derived is left out. */
export interface PortableKnowledge {
  corpus: Corpus;
  knowledge: Omit<Knowledge, 'corpus' | 'index' | 'articleById' | 'quotesByArticle'>;
  index: IndexSnapshot;
}

/** Each part of the portable knowledge, made when asked for: the index's takes a second at 16k articles. */
function portableParts(knowledge: Knowledge): { [P in keyof PortableKnowledge]: () => PortableKnowledge[P] } {
  const { corpus, index, articleById: _byId, quotesByArticle: _byArticle, ...facts } = knowledge;
  return { corpus: () => corpus, knowledge: () => facts, index: () => index.toSnapshot() };
}

export function fromPortable(portable: PortableKnowledge): Knowledge {
  return {
    ...portable.knowledge,
    corpus: portable.corpus,
    articleById: new Map(portable.corpus.articles.map((a) => [a.id, a])),
    quotesByArticle: groupQuotes(portable.knowledge.quotes.quotes),
    index: SearchIndex.fromSnapshot(portable.corpus, portable.index),
  };
}

const SNAPSHOT_FILE = 'knowledge.snapshot';

/** The folder holding `src/` and `commands/`: the project (from source) or `dist/` (compiled). */
const CODE_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * What a snapshot must match: the corpus hash, the settings, a hash of every source file under `src/`
 * and `commands/` of `codeRoot`, and the installed version of every dependency.
 */
export async function snapshotKey(corpusHash: string, settings: object, codeRoot = CODE_ROOT): Promise<string> {
  return createHash('sha256')
    .update(corpusHash)
    .update(JSON.stringify(settings))
    .update(await codeFingerprint(codeRoot))
    .digest('hex');
}

const fingerprints = new Map<string, Promise<string>>();

function codeFingerprint(root: string): Promise<string> {
  let fingerprint = fingerprints.get(root);
  if (!fingerprint) {
    fingerprint = (async () => {
      const hash = createHash('sha256');
      for (const folder of ['src', 'commands']) {
        for (const file of await sourceFiles(join(root, folder))) hash.update(file).update('\0').update(await readFile(file));
      }
      hash.update(JSON.stringify(await dependencyVersions(root)));
      return hash.digest('hex');
    })();
    fingerprints.set(root, fingerprint);
  }
  return fingerprint;
}

/** Every .ts, .js and .json file under a folder, in every subfolder, in a fixed order. */
async function sourceFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|js|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** name → installed version, for each dependency of the package.json at or above `root`. */
async function dependencyVersions(root: string): Promise<Record<string, string>> {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = await readJson(join(dir, 'package.json'));
    if (manifest) {
      const versions: Record<string, string> = {};
      for (const name of Object.keys((manifest.dependencies ?? {}) as object).sort()) {
        const installed = await readJson(join(dir, 'node_modules', name, 'package.json'));
        versions[name] = String(installed?.version ?? 'not installed');
      }
      return versions;
    }
    if (dirname(dir) === dir) return {};
  }
}

async function readJson(path: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * The file: a 4-byte length, a JSON header (the key and the size of each part), then the parts, each
 * V8-serialized on its own turn of the event loop. A large corpus's knowledge takes seconds to
 * serialize; in parts, answers and Discord's events are served between them.
 */
interface SnapshotHeader {
  key: string;
  parts: number[];
}

const PART_NAMES = ['corpus', 'knowledge', 'index'] as const;

/**
 * Write the snapshot: to a temporary file first, renamed into place, so a reader never sees half a file.
 * The temporary file is removed on every path: a failed write, and a process that exits mid-write.
 * `isCurrent` is asked before the rename: knowledge changed while its parts were serialized would mix two
 * states, so such a file is dropped (null), the save that the change scheduled taking its place.
 */
let savesStarted = 0;

export async function saveSnapshot(dir: string, key: string, knowledge: Knowledge, isCurrent = () => true): Promise<{ path: string; bytes: number } | null> {
  const portable = portableParts(knowledge);
  const parts: Buffer[] = [];
  for (const name of PART_NAMES) {
    await new Promise((resolve) => setImmediate(resolve));
    parts.push(serialize(portable[name]()));
  }
  const header = Buffer.from(JSON.stringify({ key, parts: parts.map((part) => part.length) } satisfies SnapshotHeader));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const buffers = [length, header, ...parts];
  await makeFolder(dir);
  const path = join(dir, SNAPSHOT_FILE);
  // One temporary file per save: a cold start's save may still be writing when a change saves again.
  const temporary = `${path}.${process.pid}.${++savesStarted}.tmp`;
  const removeOnExit = () => {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
  };
  process.once('exit', removeOnExit);
  try {
    const file = await open(temporary, 'w');
    try {
      await file.writev(buffers);
    } finally {
      await file.close();
    }
    if (!isCurrent()) {
      await unlink(temporary);
      return null;
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    process.off('exit', removeOnExit);
  }
  return { path, bytes: buffers.reduce((sum, buffer) => sum + buffer.length, 0) };
}

/**
 * Save the snapshot after the current turn of the event loop (so the answer that needed the build goes
 * out first) and once every fact is in, reporting how it went; never rejects.
 */
export async function saveSnapshotLater(
  dir: string,
  key: string,
  knowledge: Knowledge,
  report: { saved: (path: string) => void; failed: (line: string) => void },
  isCurrent = () => true,
): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  try {
    await knowledgeSettled(knowledge);
    const saved = await saveSnapshot(dir, key, knowledge, isCurrent);
    if (saved) report.saved(saved.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.failed(`${dir}: the index snapshot cannot be saved (${code ?? (error as Error).message}); each start will index the articles again (set CACHE_DIR to a writable folder, or to nothing)`);
  }
}

/**
 * Create a folder and its missing parents one level at a time. `mkdir(..., { recursive: true })` never
 * returns for a path under /proc (it retries for ever), which would spin a core.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    const found = await stat(at).catch(() => null);
    if (found) {
      if (!found.isDirectory()) throw new Error(`${at} is not a folder`);
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) await mkdir(folder);
}

/** The saved knowledge, or why there is none to use: no file, made for other articles or code, or unusable (a warning line). */
export type LoadedSnapshot = { knowledge: Knowledge } | { missing: true } | { stale: true } | { unusable: string };

export async function loadSnapshot(dir: string, key: string): Promise<LoadedSnapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, SNAPSHOT_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { unusable: unusable(dir, `cannot be read (${code ?? String(error)})`) };
  }
  let header: SnapshotHeader;
  let parts: Buffer[];
  try {
    ({ header, parts } = readParts(bytes));
  } catch (error) {
    return { unusable: unusable(dir, `is not a snapshot or was cut short (${(error as Error).message})`) };
  }
  // The key is read before any part: a snapshot of other articles or code is not deserialized at all.
  if (header.key !== key) return { stale: true };
  try {
    const [corpus, knowledge, index] = parts.map((part) => deserialize(part)) as [PortableKnowledge['corpus'], PortableKnowledge['knowledge'], PortableKnowledge['index']];
    return { knowledge: fromPortable({ corpus, knowledge, index }) };
  } catch (error) {
    return { unusable: unusable(dir, `is damaged (${(error as Error).message})`) };
  }
}

/** The header and the parts of a snapshot file; throws when it is no snapshot or ends early. */
function readParts(bytes: Buffer): { header: SnapshotHeader; parts: Buffer[] } {
  if (bytes.length < 4) throw new Error('too short');
  const headerEnd = 4 + bytes.readUInt32BE(0);
  if (headerEnd > bytes.length) throw new Error('no header');
  const header = JSON.parse(bytes.subarray(4, headerEnd).toString('utf8')) as SnapshotHeader;
  if (typeof header?.key !== 'string' || !Array.isArray(header.parts) || header.parts.length !== PART_NAMES.length) throw new Error('no header');
  const parts: Buffer[] = [];
  let at = headerEnd;
  for (const size of header.parts) {
    if (at + size > bytes.length) throw new Error(`${bytes.length - at} of ${size} bytes in a part`);
    parts.push(bytes.subarray(at, at + size));
    at += size;
  }
  return { header, parts };
}

function unusable(dir: string, why: string): string {
  return `${join(dir, SNAPSHOT_FILE)}: ${why}; the articles are indexed again`;
}
