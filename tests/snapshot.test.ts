import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier, type OpenOptions } from '../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';

type Step = Parameters<NonNullable<OpenOptions['onProgress']>>[0]['step'];

async function open(articlesDir: string, cacheDir: string): Promise<{ dossier: Dossier; steps: Step[] }> {
  const steps: Step[] = [];
  const dossier = await Dossier.open({ articlesDir, cacheDir, onProgress: (event) => steps.push(event.step) });
  return { dossier, steps };
}

describe('the index snapshot', () => {
  it('is saved after a build, reloaded while the articles are unchanged, and rebuilt when one changes', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'dossier-articles-'));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await cp(DEFAULT_ARTICLES_DIR, articles, { recursive: true });

    const first = await open(articles, cache);
    expect(first.steps).toEqual(['built', 'snapshot-saved']);
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

  it('is rebuilt when the settings that shape it change', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: cache, summarySentences: 3 });
    const steps: Step[] = [];
    const dossier = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: cache, summarySentences: 2, onProgress: (e) => steps.push(e.step) });
    expect(steps[0]).toBe('built');
    expect(dossier.summaries().every((s) => s.sentences.length <= 2)).toBe(true);
  });

  it('is ignored when unreadable, and the knowledge built again', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await writeFile(join(cache, 'knowledge.snapshot'), 'not a snapshot');
    const { steps } = await open(DEFAULT_ARTICLES_DIR, cache);
    expect(steps).toEqual(['built', 'snapshot-saved']);
  });
});
