import { describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/shapes.js';
import { Dossier } from '../src/answer/dossier.js';
import { buildArticle } from '../src/corpus/article.js';
import type { Corpus } from '../src/corpus/types.js';
import { articleBudgetMs } from '../src/index/budget.js';
import { buildKnowledge } from '../src/index/build.js';

/**
 * Each pathological shape, at a size where a step quadratic in the article's length would take minutes
 * (and so run out of the article's time budget, which skips it): the article must load and answer.
 * Nothing here is timed; the generous timeout only stops a run that has regressed.
 */

const SIZE = 60_000;

function corpusOf(...texts: [string, string][]): Corpus {
  const articles = texts.map(([file, text]) => buildArticle({ id: file.replace(/\..*$/, ''), file, text }));
  return { dir: 'memory', articles, warnings: [], hash: 'test' };
}

describe('pathological articles', () => {
  for (const shape of SHAPES) {
    it(
      `loads and answers ${shape.name}: ${shape.about}`,
      async () => {
        const warnings: string[] = [];
        const corpus = corpusOf([`${shape.name}.txt`, shape.text(SIZE)]);
        // Built here, not in the budget's worker (its own tests are below): what is measured is the extraction.
        const knowledge = await buildKnowledge(corpus, { onWarning: (line) => warnings.push(line), budget: { trialFromChars: Infinity } });
        expect(warnings).toEqual([]);
        expect(knowledge.corpus.articles).toHaveLength(1);
        for (const sentence of knowledge.corpus.articles[0]!.sentences) expect(sentence.end - sentence.start).toBeLessThanOrEqual(2000);
        const answer = new Dossier(knowledge).ask(shape.question);
        expect(answer.text.length).toBeGreaterThan(0);
      },
      240_000,
    );
  }
});

describe('a file of a few hundred thousand lines', () => {
  it('loads: no step spreads every line into one call (which overflowed the stack)', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadCorpus } = await import('../src/corpus/load.js');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-lines-'));
    const many = SHAPES.find((s) => s.name === 'many-short-lines')!.text(9_000_000);
    expect(many.split('\n').length).toBeGreaterThan(200_000);
    await writeFile(join(dir, 'minutes.txt'), many);
    const corpus = await loadCorpus(dir, { maxBytes: 20_000_000 });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]!.sentences.length).toBeGreaterThan(200_000);
  }, 240_000);
});

describe('the per-article time budget', () => {
  it('grows with the article, so that linear extraction always fits', () => {
    expect(articleBudgetMs(5_000_000)).toBeGreaterThan(articleBudgetMs(50_000));
    expect(articleBudgetMs(20_000_000) / articleBudgetMs(5_000_000)).toBeLessThan(4);
  });

  it('skips an article over its budget with one warning naming it, and loads the rest', async () => {
    const warnings: string[] = [];
    const corpus = corpusOf(
      ['slow-one.txt', SHAPES[0]!.text(40_000)],
      ['short.md', 'Harbour council meets\n\nThe council approved the harbour budget on Tuesday, its chair said.\n'],
    );
    // A zero budget for every article tried; the short one is below the size that is tried at all.
    const knowledge = await buildKnowledge(corpus, { budget: { baseMs: 0, msPerMB: 0, trialFromChars: 10_000 }, onWarning: (line) => warnings.push(line) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^slow-one\.txt: skipped: extracting its facts took over 0 s/);
    expect(knowledge.corpus.articles.map((a) => a.file)).toEqual(['short.md']);
    expect(knowledge.corpus.warnings).toEqual(warnings);
  }, 60_000);
});
