import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import type { Corpus } from '../src/corpus/types.js';
import { analyze, expandTerm } from '../src/text/analyzer.js';
import MiniSearch from 'minisearch';
import { addAllWithTermCache, addLateField, SearchIndex } from '../src/index/search-index.js';

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
    // a code with a possessive is the code
    expect(analyze('the UK’s prime minister and the UK')).toEqual(['unitedkingdom', 'prime', 'minist', 'unitedkingdom']);
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

  it('folds clipped words to the full word, and drops chat contractions', () => {
    expect(analyze('the lab and the laboratory, the uni and the university')).toEqual(['laboratori', 'laboratori', 'univers', 'univers']);
    expect(analyze('execs and executives')).toEqual(['execut', 'execut']);
    expect(analyze('the CEO, the ceo and the chief executive')).toEqual(['execut', 'execut', 'chief', 'execut']);
    expect(analyze('how much is it gonna cost, wanna know')).toEqual(['cost', 'know']);
    expect(analyze('wat did she say abt the fares')).toEqual(['fare']);
    expect(analyze('has any1 seen the ppl')).toEqual(['see', 'peopl']);
    // Typed with a capital, it may be a name.
    expect(analyze("Wat's engine")).toEqual(['wat', 'engin']);
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

  it('finds sentences by the index terms themselves, which analysed again would be other words', () => {
    // "agreed" is indexed as "agre", which analysed again is "agr"
    const terms = SearchIndex.build(corpus('Port fees\n\nThe owners agreed to lower the fees. The port opened at dawn.'));
    const [term] = analyze('agreed');
    expect(terms.searchSentences(term!, { limit: 1 })[0]?.sentence.text).toMatch(/owners agreed/);
  });

  it("weighs a word once however many of its forms the query names", () => {
    const score = (query: string) => index.searchSentences(query, { limit: 1 })[0]?.score;
    expect(score('rain rained rains raining')).toBe(score('rain'));
    expect(score('signed sign agreement agreements')).toBe(score('sign agreement'));
  });

  it('finds the same sentences for the same terms however the query words and orders them', () => {
    const found = (query: string) => index.searchSentences(query, { limit: 5 }).map((h) => [h.sentence.text, h.score]);
    expect(found('harbour engineers send')).toEqual(found('Sending engineers to the harbour'));
    expect(found('deal harbour')).toEqual(found('harbour deals'));
  });

  it('sees an article added or removed by a search it made before', () => {
    const growing = SearchIndex.build(corpus('Port fees\n\nThe owners agreed to lower the fees.'));
    const ids = () => growing.searchSentences('ferry fees', { limit: 5 }).map((h) => h.article.id);
    expect(ids()).toEqual(['a0']);
    growing.putArticle(buildArticle({ id: 'ferry', file: 'ferry.txt', text: 'Ferry\n\nFerry fees rose in May.' }));
    expect(ids()).toEqual(['ferry', 'a0']);
    growing.discardArticle('a0');
    expect(ids()).toEqual(['ferry']);
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

  it('resolves a word the stemmer split from its family to the family\'s term, long stems only', () => {
    const clinic = SearchIndex.build(
      corpus('Clinic opens\n\nThe teleconferencing with the surgeons ran late. The refurbishment of the ward ended in May.'),
    );
    expect(clinic.resolve('teleconference')).toBe(analyze('teleconferencing')[0]);
    // a short stem meets no longer word by its first letters
    expect(clinic.resolve('surge')).toBeNull();
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

describe('a field added after the documents', () => {
  type Doc = { id: number; text: string; context?: string };
  const docs: Doc[] = [
    // "harbour" is met in a context before any text; "kovalenko" only in contexts; one context is empty.
    { id: 0, text: 'The mayor signed the agreement on Friday.', context: 'Harbour deal Anna Kovalenko' },
    { id: 1, text: 'Harbour firms welcomed the harbour agreement.', context: '' },
    { id: 2, text: 'Engineers will come next month.', context: 'Kovalenko Kovalenko engineers' },
    { id: 3, text: 'Heavy rain closed the roads.', context: 'Weather' },
  ];
  const options = { fields: ['text', 'context'] };
  const fieldOrder = (index: MiniSearch<Doc>, term: string) => [...(index as unknown as { _index: Map<string, Map<number, unknown>> })._index.get(term)!.keys()];

  it('gives the postings, field lengths and scores minisearch gives with the field from the start', () => {
    const whole = new MiniSearch<Doc>(options);
    whole.addAll(docs);
    const late = new MiniSearch<Doc>(options);
    late.addAll(docs.map(({ id, text }) => ({ id, text })));
    expect(addLateField(late, 'context', docs.map((d) => d.context!))).toBe(true);
    const plain = (index: MiniSearch<Doc>) => {
      const { index: terms, ...rest } = index.toJSON();
      return { ...rest, terms: Object.fromEntries(terms) };
    };
    expect(plain(late)).toEqual(plain(whole));
    for (const term of ['harbour', 'agreement', 'kovalenko', 'engineers']) expect(fieldOrder(late, term)).toEqual(fieldOrder(whole, term));
    for (const query of ['harbour agreement', 'Kovalenko engineers', 'weather roads', 'harbor']) {
      expect(late.search(query, { fuzzy: 0.2 }).map((r) => [r.id, r.score])).toEqual(whole.search(query, { fuzzy: 0.2 }).map((r) => [r.id, r.score]));
    }
  });

  it('changes nothing when the documents are not all fresh', () => {
    const index = new MiniSearch<Doc>(options);
    index.addAll(docs.map(({ id, text }) => ({ id, text })));
    index.discard(3);
    const before = JSON.stringify(index);
    expect(addLateField(index, 'context', docs.map((d) => d.context!))).toBe(false);
    expect(addLateField(index, 'context', ['one', 'two'])).toBe(false);
    expect(JSON.stringify(index)).toBe(before);
  });

  it('counts the words of a context added late as if met with its sentence', () => {
    const rest = 'Quennell spoke first. Later the view from the port was clear. Quennell and Zapata agreed. The View is a show.';
    // The first sentence's context names Zapata and holds "Views", met before any later sentence's words:
    // the vocabulary is the one of a corpus whose first sentence ends with those words.
    const late = SearchIndex.build(corpus(`Harbour notes\n\nThe port opened at dawn. ${rest}`), (_, sentence) => (sentence.index === 0 ? 'Zapata Views' : ''));
    const inline = SearchIndex.build(corpus(`Harbour notes\n\nThe port opened at dawn Zapata Views. ${rest}`));
    expect(late.toSnapshot().vocabulary).toEqual(inline.toSnapshot().vocabulary);
    expect(late.displayForm('view')).toBe('Views');
  });

  it('lets a corpus be searched by its speakers once they are added', () => {
    const text = SearchIndex.buildText(harbour);
    const index = text.withContext((article, sentence) => (article.id === 'a1' && sentence.index === 1 ? 'Maria Ortega' : ''));
    expect(index.searchSentences('Ortega').map((h) => h.sentence.text)).toEqual(['Washington will send engineers to the harbour next month.']);
    expect(index.searchSentences('harbour agreement Kiev').map((h) => [h.sentence.text, h.score])).toEqual(
      SearchIndex.build(harbour, (article, sentence) => (article.id === 'a1' && sentence.index === 1 ? 'Maria Ortega' : '')).searchSentences('harbour agreement Kiev').map((h) => [h.sentence.text, h.score]),
    );
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
