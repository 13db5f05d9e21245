import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Dossier } from '../../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR, readSettings } from '../../src/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A cache folder holding a snapshot of the default articles: copy it, or read it without writing. */
    snapshotDir: string;
  }
}

/**
 * Runs once before all test files. Test workers are started after this and inherit TMPDIR, so every
 * `mkdtemp(tmpdir())` in a test lands in this run's folder, which is removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  const snapshotDir = join(scratch, 'snapshot');
  const settings = readSettings({ ARTICLES_DIR: DEFAULT_ARTICLES_DIR, CACHE_DIR: snapshotDir });
  await Dossier.fromSettings(settings);
  project.provide('snapshotDir', snapshotDir);
  return async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(scratch, { recursive: true, force: true });
  };
}
