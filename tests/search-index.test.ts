import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import type { Corpus } from '../src/corpus/types.js';
import { analyze, expandTerm } from '../src/text/analyzer.js';
import MiniSearch from 'minisearch';
import { addAllWithTermCache, EarlyTokens, SearchIndex } from '../src/index/search-index.js';

const corpus = (...texts: string[]): Corpus => ({
  dir: '/test',
  hash: 'test',
  warnings: [],
  articles: texts.map((text, i) => buildArticle({ id: `a${i}`, file: `a${i}.txt`, text })),
});

const harbour = corpus(
  'Harbour deal signed in Kiev\n\nThe mayor of Odessa, Anna Kovalenko, signed the harbour agreement in Kiev on Friday. Shipping firms welcomed the pipeline of new orders.',
  'U.S. reacts\n\nThe United States said the deal was a good start. Washington will send engineers to the harbour next month.',
  'Weather warning\n\nHeavy rain closed the mountain roads for two days. Farmers reported flooded fields.',
);

describe('analysis', () => {
  it('folds news spellings and names of countries to one term, drops stop words and stems', () => {
    expect(analyze('Bombay and Mumbai, Peking and Beijing')).toEqual(['mumbai', 'mumbai', 'beijing', 'beijing']);
    expect(analyze('the U.S. and the United States and the USA')).toEqual(['unitedstates', 'unitedstates', 'unitedstates']);
    expect(analyze('us')).toEqual([]);
    expect(analyze('The sanctions were imposed')).toEqual(['sanction', 'impos']);
    expect(analyze('The talks began; they met and held talks')).toEqual(['talk', 'begin', 'meet', 'hold', 'talk']);
  });

  it('keeps a many-word name, accents and possessives aside, as one term', () => {
    expect(analyze("Côte d'Ivoire and the Ivory Coast's port")).toEqual(['ivorycoast', 'ivorycoast', 'port']);
    expect(analyze('New Delhi')).toEqual(['newdelhi']);
    expect(analyze('the Czech Republic, Czechia')).toEqual(['czechia', 'czechia']);
  });

  it('reads initials and numbered names with or without stops and hyphens', () => {
    expect(analyze('the E.U. and the EU')).toEqual(['europeanunion', 'europeanunion']);
    expect(analyze('G-7 and G7 leaders')).toEqual(['g7', 'g7', 'leader']);
    // Codes are names only in capitals: "who" and "un" in lower case are words.
    expect(analyze('the WHO said')).toEqual(['worldhealthorganization']);
    expect(analyze('who said')).toEqual([]);
  });

  it('lets a capital or a seat of government stand for its country, and a demonym for its country only', () => {
    expect(expandTerm(analyze('Paris')[0]!)).toEqual(expect.arrayContaining(['paris', 'france', 'elysee']));
    expect(expandTerm(analyze('France')[0]!)).toEqual(expect.arrayContaining(['paris']));
    expect(expandTerm(analyze('Downing Street')[0]!)).toEqual(expect.arrayContaining(['unitedkingdom', 'london']));
    expect(expandTerm(analyze('Brazilian')[0]!)).toEqual(['brazilian', 'brazil']);
    expect(expandTerm(analyze('Brazil')[0]!)).not.toContain('brazilian');
    expect(expandTerm('harbour')).toEqual(['harbour']);
  });
});

describe('SearchIndex', () => {
  const index = SearchIndex.build(harbour);
  const top = (query: string) => index.searchSentences(query, { limit: 1 })[0]?.sentence.text;

  it('finds sentences by stemmed words', () => {
    expect(top('agreements signed')).toMatch(/signed the harbour agreement/);
  });

  it('matches typos and partial words only where the exact word is unknown', () => {
    expect(top('kovalenco')).toMatch(/Anna Kovalenko/);
    expect(top('pipline')).toMatch(/pipeline of new orders/);
    expect(top('engin')).toMatch(/send engineers/);
  });

  it('treats aliases as the same place or country', () => {
    expect(top('kyiv')).toMatch(/in Kiev on Friday/);
    expect(index.searchSentences('america', { limit: 5 }).map((h) => h.article.id)).toContain('a1');
    expect(top('what did washington say')).toBeDefined();
  });

  it('returns nothing for a query of stop words only, and can filter by article', () => {
    expect(index.searchSentences('what is the')).toEqual([]);
    const hits = index.searchSentences('harbour', { articleIds: new Set(['a1']) });
    expect(hits.every((h) => h.article.id === 'a1')).toBe(true);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('resolves question words to corpus terms and tells names from other words', () => {
    expect(index.resolve('Kovalenco')).toBe('kovalenko');
    expect(index.resolve('zeppelin')).toBeNull();
    expect(index.isName('kovalenko')).toBe(true);
    expect(index.isName('harbour')).toBe(false);
    expect(index.displayForm('kovalenko')).toBe('Kovalenko');
  });

  it('finds articles by title words', () => {
    expect(index.searchArticles('weather')[0]?.article.id).toBe('a2');
  });

  it('survives a snapshot round trip with the same results', () => {
    const restored = SearchIndex.fromSnapshot(harbour, structuredClone(index.toSnapshot()));
    for (const query of ['kovalenco', 'harbour agreement', 'rain roads']) {
      expect(restored.searchSentences(query).map((h) => h.sentence.text)).toEqual(index.searchSentences(query).map((h) => h.sentence.text));
    }
    expect(restored.resolve('pipline')).toBe('pipelin');
  });
});

describe('sentences tokenised ahead of the build', () => {
  it('give the same index as tokenising during the build, and are handed over once', async () => {
    const early = new EarlyTokens(harbour);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const tokenized = early.take();
    expect(tokenized.size).toBe(harbour.articles.reduce((sum, a) => sum + a.sentences.length, 0));
    const ahead = SearchIndex.build(harbour, () => '', tokenized);
    const during = SearchIndex.build(harbour);
    expect(tokenized.size).toBe(0);
    for (const query of ['harbour agreement Kiev', 'USA engineers', 'flooded fields rain', 'Anna Kovalenko']) {
      expect(ahead.searchSentences(query).map((h) => [h.sentence.text, h.score])).toEqual(during.searchSentences(query).map((h) => [h.sentence.text, h.score]));
    }
  });
});

describe('adding documents with a term cache', () => {
  it('builds the very index minisearch builds, and leaves the index as it was made', () => {
    const docs = harbour.articles.flatMap((a, i) => a.sentences.map((s) => ({ id: `${i}.${s.index}`, text: `${s.text} ${s.text.split(' ')[0]}` })));
    const plain = new MiniSearch({ fields: ['text'] });
    plain.addAll(docs);
    const cached = new MiniSearch({ fields: ['text'] });
    addAllWithTermCache(cached, docs);
    expect(JSON.stringify(cached)).toBe(JSON.stringify(plain));
    expect(cached.termCount).toBe(plain.termCount);
    // Added later, without the cache, a repeated term still goes to its postings.
    cached.add({ id: 'late', text: 'harbour harbour' });
    plain.add({ id: 'late', text: 'harbour harbour' });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(plain));
    expect(cached.search('harbour').map((r) => [r.id, r.score])).toEqual(plain.search('harbour').map((r) => [r.id, r.score]));
  });
});
