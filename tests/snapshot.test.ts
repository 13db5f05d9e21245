import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier, type OpenOptions } from '../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../src/index/snapshot.js';

type Step = Parameters<NonNullable<OpenOptions['onProgress']>>[0]['step'];

async function open(articlesDir: string, cacheDir: string): Promise<{ dossier: Dossier; steps: Step[]; warnings: string[] }> {
  const steps: Step[] = [];
  const warnings: string[] = [];
  const dossier = await Dossier.open({ articlesDir, cacheDir, onProgress: (event) => steps.push(event.step), onWarning: (line) => warnings.push(line) });
  await dossier.saved;
  return { dossier, steps, warnings };
}

describe('the index snapshot', () => {
  it('is saved after a build, reloaded while the articles are unchanged, and rebuilt when one changes', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'dossier-articles-'));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await cp(DEFAULT_ARTICLES_DIR, articles, { recursive: true });

    const first = await open(articles, cache);
    expect(first.steps).toEqual(['built', 'snapshot-saved']);
    expect(first.warnings).toEqual([]);
    expect(await readdir(cache)).toEqual(['knowledge.snapshot']);

    const second = await open(articles, cache);
    expect(second.steps).toEqual(['snapshot-loaded']);
    for (const question of ['When did Biden and Putin talk?', 'What did Ushakov say about sanctions?', 'sulivan pipline', 'Who won the world cup?']) {
      expect(second.dossier.ask(question)).toEqual(first.dossier.ask(question));
    }
    expect(second.dossier.timeline()).toEqual(first.dossier.timeline());
    expect(second.dossier.summaries()).toEqual(first.dossier.summaries());

    await writeFile(join(articles, 'extra.txt'), 'Storm closes port\n\nA storm closed the port of Valmora on Friday, officials said.');
    const third = await open(articles, cache);
    expect(third.steps).toEqual(['built', 'snapshot-saved']);
    expect(third.dossier.articles).toHaveLength(6);
    expect(third.dossier.ask('When did the storm close the port?').answer).not.toBeNull();
  });

  it('waits, when the timeline comes after the answers (a large article), for the timeline before it is saved', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    // Every default article counts as large here: the build hands over its answers before its timeline.
    const budget = { trialFromChars: 1000 };
    const options = { articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: cache, budget };
    const built = await Dossier.open(options);
    expect(built.ask('What was said about sanctions?').answer).not.toBeNull();
    await built.saved;
    const steps: Step[] = [];
    const warm = await Dossier.open({ ...options, onProgress: (event) => steps.push(event.step) });
    expect(steps).toEqual(['snapshot-loaded']);
    expect(warm.timeline().entries.length).toBeGreaterThan(5);
    expect(warm.timeline()).toEqual(built.timeline());
    expect(warm.ask('When did the presidents talk?')).toEqual(built.ask('When did the presidents talk?'));
  }, 60_000);

  it('is rebuilt when the settings that shape it change', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await (await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: cache, summarySentences: 3 })).saved;
    const steps: Step[] = [];
    const dossier = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: cache, summarySentences: 2, onProgress: (e) => steps.push(e.step) });
    expect(steps[0]).toBe('built');
    expect(dossier.summaries().every((s) => s.sentences.length <= 2)).toBe(true);
  });

  it('is ignored when unreadable, with one warning giving the reason, and the knowledge built again', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await writeFile(join(cache, 'knowledge.snapshot'), 'not a snapshot');
    const { steps, warnings } = await open(DEFAULT_ARTICLES_DIR, cache);
    expect(steps).toEqual(['built', 'snapshot-saved']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/knowledge\.snapshot: is not a snapshot or was cut short \(.+\); the articles are indexed again$/);
  });

  it('is keyed on every source file, however deeply nested, and on the installed dependencies', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dossier-code-'));
    await mkdir(join(root, 'src', 'extract', 'deep', 'er'), { recursive: true });
    await mkdir(join(root, 'commands'));
    await writeFile(join(root, 'package.json'), JSON.stringify({ dependencies: { 'left-pad': '^1.0.0' } }));
    await writeFile(join(root, 'src', 'extract', 'deep', 'er', 'rule.ts'), 'export const limit = 1;');
    const before = await snapshotKey('corpus', { summarySentences: 3 }, root);

    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const { dossier } = await open(DEFAULT_ARTICLES_DIR, await mkdtemp(join(tmpdir(), 'dossier-unused-')));
    await saveSnapshot(cache, before, dossier.knowledge);
    expect('knowledge' in (await loadSnapshot(cache, before))).toBe(true);

    // Keys are cached per code folder for the life of the process: a copy of the folder stands for the edit.
    const edited = await mkdtemp(join(tmpdir(), 'dossier-code-'));
    await cp(root, edited, { recursive: true });
    await writeFile(join(edited, 'src', 'extract', 'deep', 'er', 'rule.ts'), 'export const limit = 2;');
    const after = await snapshotKey('corpus', { summarySentences: 3 }, edited);
    expect(after).not.toBe(before);
    expect(await loadSnapshot(cache, after)).toEqual({ stale: true });

    const upgraded = await mkdtemp(join(tmpdir(), 'dossier-code-'));
    await cp(root, upgraded, { recursive: true });
    await mkdir(join(upgraded, 'node_modules', 'left-pad'), { recursive: true });
    await writeFile(join(upgraded, 'node_modules', 'left-pad', 'package.json'), JSON.stringify({ version: '1.3.0' }));
    expect(await snapshotKey('corpus', { summarySentences: 3 }, upgraded)).not.toBe(before);
  });

  it('repeats the warnings of the cold start on a warm start', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'dossier-articles-'));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const story = 'Storm closes port\n\nA storm closed the port of Valmora on Friday, officials said. Ferries stayed in the bay.\n';
    await writeFile(join(articles, 'a.txt'), story);
    await writeFile(join(articles, 'b.txt'), story);
    await writeFile(join(articles, 'notes.pdf'), 'not an article');
    const cold = await open(articles, cache);
    expect(cold.warnings).toHaveLength(2);
    const warm = await open(articles, cache);
    expect(warm.steps).toEqual(['snapshot-loaded']);
    expect([...warm.warnings].sort()).toEqual([...cold.warnings].sort());
  });

  it('is never waited for when the cache cannot be written: one warning, no temporary file left', async () => {
    // A path under /proc can never be created (and once made a recursive mkdir spin for ever).
    const proc = await open(DEFAULT_ARTICLES_DIR, '/proc/dossier-cache/nested');
    expect(proc.steps).toEqual(['built', 'snapshot-failed']);
    expect(proc.warnings).toHaveLength(1);
    expect(proc.warnings[0]).toMatch(/^\/proc\/dossier-cache\/nested: the index snapshot cannot be saved \(ENOENT\); .*CACHE_DIR/);

    // The write succeeds but the rename cannot: the temporary file must go.
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await mkdir(join(cache, 'knowledge.snapshot', 'in-the-way'), { recursive: true });
    const blocked = await open(DEFAULT_ARTICLES_DIR, cache);
    expect(blocked.steps).toEqual(['built', 'snapshot-failed']);
    expect(await readdir(cache)).toEqual(['knowledge.snapshot']);
  });

  it('is dropped when the knowledge changed while its parts were written, and a cut-short file is not read', async () => {
    const { dossier } = await open(DEFAULT_ARTICLES_DIR, await mkdtemp(join(tmpdir(), 'dossier-unused-')));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    expect(await saveSnapshot(cache, 'key', dossier.knowledge, () => false)).toBeNull();
    expect(await readdir(cache)).toEqual([]);

    const saved = await saveSnapshot(cache, 'key', dossier.knowledge);
    expect('knowledge' in (await loadSnapshot(cache, 'key'))).toBe(true);
    expect(await loadSnapshot(cache, 'other key')).toEqual({ stale: true });
    const whole = await readFile(saved!.path);
    await writeFile(saved!.path, whole.subarray(0, whole.length - 1000));
    expect(await loadSnapshot(cache, 'key')).toEqual({ unusable: expect.stringMatching(/is not a snapshot or was cut short \(\d+ of \d+ bytes in a part\)/) });
  });

  it('is written by two saves at once each to a file of its own: the one dropped never takes the other with it', async () => {
    // A cold start's save still running when an article change saves again.
    const { dossier } = await open(DEFAULT_ARTICLES_DIR, await mkdtemp(join(tmpdir(), 'dossier-unused-')));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const [stale, current] = await Promise.allSettled([saveSnapshot(cache, 'before', dossier.knowledge, () => false), saveSnapshot(cache, 'after', dossier.knowledge)]);
    expect(stale).toEqual({ status: 'fulfilled', value: null });
    expect(current.status).toBe('fulfilled');
    expect('knowledge' in (await loadSnapshot(cache, 'after'))).toBe(true);
    expect((await readdir(cache)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
