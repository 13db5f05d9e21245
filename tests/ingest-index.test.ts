/**
 * Adding, replacing and removing one article while running: the answer, quotes, people, timeline and
 * summaries follow, and a snapshot saved afterwards loads back to the same answers.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../src/answer/dossier.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { parseArticleFile } from '../src/corpus/load.js';

const HARBOUR = `---
title: Harbour authority reopens the eastern pier
source: Coastal Ledger
published: 2031-03-14
---

The harbour authority of Valmora reopened the eastern pier on March 12, 2031, after a storm damaged its cranes.

"We expect the first container ships back within a week," said Teodora Quill, the harbour master.

Repairs to the western pier are planned for April 2031, the authority said.
`;

let dossier: Dossier;

beforeAll(async () => {
  dossier = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: null });
}, 60_000);

describe('an article added while running', () => {
  it('is answered, quoted, dated and summarised, then forgotten once removed', () => {
    const before = dossier.articles.length;
    const timelineBefore = dossier.timeline().entries.length;
    expect(dossier.ask('When did the harbour authority reopen the eastern pier?').citations.some((c) => c.file === 'harbour.md')).toBe(false);

    const change = dossier.putArticle(parseArticleFile('harbour.md', HARBOUR));
    expect(change.outcome).toBe('added');
    expect(dossier.articles).toHaveLength(before + 1);

    const answer = dossier.ask('When did the harbour authority reopen the eastern pier?');
    expect(answer.citations[0]?.file).toBe('harbour.md');
    expect(answer.text).toMatch(/12 March 2031|March 12, 2031/);
    expect(dossier.quotes({ speaker: 'Quill' }).quotes.map((q) => q.text)).toEqual(['We expect the first container ships back within a week']);
    // The repairs "planned for April 2031" are an event of that month, planned (issue 14), as well as the reopening.
    expect(dossier.timeline({ from: '2031-03-01', to: '2031-04-30' }).entries.map((e) => [e.value, e.event])).toEqual([
      ['2031-03-12', 'reopened'],
      ['2031-04', 'repairs'],
    ]);
    expect(dossier.summary({ article: 'harbour' })?.summary).toMatch(/eastern pier/);
    expect(dossier.articleChoices('harbour').map((a) => a.id)).toContain('harbour');
    expect(dossier.search('cranes storm')[0]?.file).toBe('harbour.md');

    expect(dossier.removeArticle('harbour')?.file).toBe('harbour.md');
    expect(dossier.articles).toHaveLength(before);
    expect(dossier.search('cranes storm').some((c) => c.file === 'harbour.md')).toBe(false);
    expect(dossier.ask('When did the harbour authority reopen the eastern pier?').citations.some((c) => c.file === 'harbour.md')).toBe(false);
    expect(dossier.quotes({ speaker: 'Quill' }).quotes).toEqual([]);
    expect(dossier.timeline().entries).toHaveLength(timelineBefore);
    expect(dossier.summary({ article: 'harbour' })).toBeNull();
    expect(dossier.removeArticle('harbour')).toBeNull();
  });

  it('replaces the article of the same name, and refuses the same text twice', () => {
    dossier.putArticle(parseArticleFile('harbour.md', HARBOUR));
    const edited = HARBOUR.replace('the eastern pier on March 12', 'the northern quay on March 13');
    expect(dossier.putArticle(parseArticleFile('harbour.md', edited)).outcome).toBe('replaced');
    expect(dossier.putArticle(parseArticleFile('harbour.md', edited)).outcome).toBe('unchanged');
    expect(dossier.search('northern quay')[0]?.file).toBe('harbour.md');
    expect(dossier.search('eastern pier').some((c) => c.text.includes('eastern pier'))).toBe(false);

    const copy = dossier.putArticle(parseArticleFile('harbour-copy.txt', edited.replace(/^---[\s\S]*?---\n/, '')));
    expect(copy.outcome).toBe('duplicate');
    expect(copy.outcome === 'duplicate' && copy.twin.id).toBe('harbour');
    expect(dossier.putArticle(parseArticleFile('blank.md', '---\ntitle: Nothing\n---\n')).outcome).toBe('empty');
    dossier.removeArticle('harbour');
  });
});

describe('the timeline while articles come and go', () => {
  it('files a second report of the same event under the same entry, and keeps it when the first goes', () => {
    dossier.putArticle(parseArticleFile('harbour.md', HARBOUR));
    const second = `---\ntitle: Cranes back at work on the eastern pier\n---\n\nThe harbour authority of Valmora reopened the eastern pier on March 12, 2031, and the storm-damaged cranes are back at work, dockers said.\n`;
    dossier.putArticle(parseArticleFile('cranes.md', second));
    const entry = () => dossier.timeline({ from: '2031-03-12', to: '2031-03-12' }).entries;
    expect(entry()).toHaveLength(1);
    expect(entry()[0]!.sources.map((s) => s.file)).toEqual(['cranes.md', 'harbour.md']);
    dossier.removeArticle('harbour');
    expect(entry().map((e) => e.sources.map((s) => s.file))).toEqual([['cranes.md']]);
    dossier.removeArticle('cranes');
    expect(entry()).toEqual([]);
  });
});

describe('the snapshot after a change', () => {
  it('is saved in the background under the folder as it now is, and loads back to the same answers', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'dossier-articles-'));
    const cache = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    await cp(DEFAULT_ARTICLES_DIR, articles, { recursive: true });
    const first = await Dossier.open({ articlesDir: articles, cacheDir: cache });
    await writeFile(join(articles, 'harbour.md'), HARBOUR);
    first.putArticle(parseArticleFile('harbour.md', HARBOUR));
    const removed = first.articles[0]!;
    first.removeArticle(removed.id);
    await writeFile(join(articles, removed.file), '');
    await first.flushSnapshot();

    const steps: string[] = [];
    const second = await Dossier.open({ articlesDir: articles, cacheDir: cache, onProgress: (e) => steps.push(e.step) });
    expect(steps).toEqual(['snapshot-loaded']);
    expect(second.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
    for (const question of ['When did the harbour authority reopen the eastern pier?', 'Who is Teodora Quill?', 'sanctions']) {
      expect(second.ask(question)).toEqual(first.ask(question));
    }
    expect(second.timeline()).toEqual(first.timeline());
  }, 60_000);
});
