import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { analyze, expandTerm, normalizeTerm, tokenize } from '../text/analyzer.js';

/** A sentence found for a query, with the query terms it matched (as index terms). */
export interface SentenceHit {
  article: Article;
  sentence: Sentence;
  score: number;
  terms: string[];
}

export interface ArticleHit {
  article: Article;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Keep only sentences of these articles. */
  articleIds?: ReadonlySet<string>;
}

/** What a snapshot holds of the index: the minisearch data, the vocabulary and which document is which. */
export interface IndexSnapshot {
  sentences: AsPlainObject;
  articles: AsPlainObject;
  vocabulary: [string, TermStats][];
  layout: IndexLayout;
}

/**
 * Which article each article document is (by id; null once removed) and, for each sentence document, its
 * article document and sentence (-1 once removed): articles added and removed while running leave gaps.
 */
export interface IndexLayout {
  slots: (string | null)[];
  refs: Int32Array;
}

type SentenceContext = (article: Article, sentence: Sentence) => string;

/** A corpus's sentences indexed without their context (see `SearchIndex.buildText`). */
export interface TextIndex {
  /** The finished index, each sentence with its context added; call once. */
  withContext(context: SentenceContext): SearchIndex;
}

/** How often a term occurs, how often capitalised, and the first capitalised form seen (for display). */
export interface TermStats {
  count: number;
  capitalised: number;
  form: string;
}

interface SentenceDoc {
  id: number;
  text: string;
  /** The section heading and the speakers quoted in the sentence: words that describe it without being in it. */
  context?: string;
}

interface ArticleDoc {
  id: number;
  title: string;
  source: string;
  slug: string;
}

/**
 * The search side of Dossier: one minisearch over every sentence (the unit an answer cites) and a small
 * one over article titles and outlets. Fuzzy and prefix matching are costly on every term, so a term
 * that the corpus already contains is matched exactly and only unknown words (typos, partial words)
 * are matched fuzzily.
 */
export class SearchIndex {
  /** Sentence document id → its article document and sentence; undefined once removed. */
  private readonly refs: ({ article: number; sentence: number } | undefined)[] = [];
  /** Article document id → the article; null once removed. The index's own list, apart from the corpus'. */
  private readonly articles: (Article | null)[];
  /** Article id → its article document id, and its sentence documents' ids. */
  private readonly documents = new Map<string, { slot: number; sentenceIds: number[] }>();
  /**
   * The corpus' top names, computed once: one article added or removed while running hardly moves them,
   * and counting them again means reading the whole vocabulary.
   */
  private names: string[] | null = null;
  /** The last few unfiltered sentence searches, by their terms, most recent last (see `searchSentences`). */
  private readonly recentSearches = new Map<string, SearchResult[]>();

  private constructor(
    articles: (Article | null)[],
    private readonly sentenceIndex: MiniSearch<SentenceDoc>,
    private readonly articleIndex: MiniSearch<ArticleDoc>,
    private readonly vocabulary: SearchableMap<TermStats>,
    refs?: Int32Array,
  ) {
    this.articles = [...articles];
    this.articles.forEach((article, slot) => article && this.documents.set(article.id, { slot, sentenceIds: [] }));
    if (refs) {
      for (let id = 0; id < refs.length / 2; id++) {
        const slot = refs[2 * id]!;
        if (slot < 0) this.refs.push(undefined);
        else this.track(id, slot, refs[2 * id + 1]!);
      }
    } else {
      this.articles.forEach((article, slot) => article?.sentences.forEach((_, s) => this.track(this.refs.length, slot, s)));
    }
  }

  private track(id: number, slot: number, sentence: number): void {
    this.refs[id] = { article: slot, sentence };
    this.documents.get(this.articles[slot]!.id)!.sentenceIds.push(id);
  }

  /** Index a corpus. `context(article, sentence)` gives extra words to index with a sentence (speakers). */
  static build(corpus: Corpus, context: SentenceContext = () => ''): SearchIndex {
    return SearchIndex.buildText(corpus).withContext(context);
  }

  /**
   * Index a corpus's sentences now and their context (headings, speakers) with `withContext` later: a
   * large article's speakers are known only once its quotes are in, seconds on, and its sentences can be
   * indexed meanwhile. The index ends up as one built with the context from the start.
   */
  static buildText(corpus: Corpus): TextIndex {
    const sentences = newSentenceIndex();
    const texts: SentenceDoc[] = [];
    for (const article of corpus.articles) {
      for (const sentence of article.sentences) texts.push({ id: texts.length, text: sentence.text });
    }
    addAllWithTermCache(sentences.index, texts);
    return {
      withContext: (context) => {
        const contexts: string[] = [];
        for (const article of corpus.articles) {
          const headings = headingsOf(article);
          for (const sentence of article.sentences) contexts.push(`${headings[sentence.paragraph] ?? ''} ${context(article, sentence)}`);
        }
        let built = sentences;
        if (!addLateField(sentences.index, 'context', contexts)) {
          built = newSentenceIndex();
          addAllWithTermCache(built.index, texts.map((doc, i) => ({ ...doc, context: contexts[i]! })));
        }
        built.counter.flush();
        const articleIndex = new MiniSearch<ArticleDoc>(articleOptions());
        articleIndex.addAll(corpus.articles.map((article, i) => ({ id: i, title: article.title, source: article.source ?? '', slug: article.id })));
        return new SearchIndex(corpus.articles, built.index, articleIndex, built.vocabulary);
      },
    };
  }

  static fromSnapshot(corpus: Corpus, snapshot: IndexSnapshot): SearchIndex {
    const vocabulary = SearchableMap.from(snapshot.vocabulary);
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const slots = snapshot.layout.slots.map((id) => {
      if (id === null) return null;
      const article = byId.get(id);
      if (!article) throw new Error(`the index snapshot names article ${id}, which the corpus lacks`);
      return article;
    });
    return new SearchIndex(
      slots,
      MiniSearch.loadJS(snapshot.sentences, sentenceOptions(new TermCounter(vocabulary, null))),
      MiniSearch.loadJS(snapshot.articles, articleOptions()),
      vocabulary,
      snapshot.layout.refs,
    );
  }

  toSnapshot(): IndexSnapshot {
    const refs = new Int32Array(this.refs.length * 2).fill(-1);
    this.refs.forEach((ref, id) => {
      if (ref) refs.set([ref.article, ref.sentence], 2 * id);
    });
    return {
      sentences: this.sentenceIndex.toJSON(),
      articles: this.articleIndex.toJSON(),
      vocabulary: [...this.vocabulary.entries()],
      layout: { slots: this.articles.map((a) => a?.id ?? null), refs },
    };
  }

  /**
   * Index one article while running; an article already indexed under its id is replaced (its article
   * document in place, its sentences discarded and added anew, as their number may change).
   */
  putArticle(article: Article, context: SentenceContext = () => ''): void {
    this.recentSearches.clear();
    const existing = this.documents.get(article.id);
    if (existing) this.discardSentences(article.id, existing.sentenceIds);
    const slot = existing?.slot ?? this.articles.length;
    this.articles[slot] = article;
    this.documents.set(article.id, { slot, sentenceIds: [] });
    const headings = headingsOf(article);
    const docs = article.sentences.map((sentence) => {
      const id = this.refs.length;
      this.track(id, slot, sentence.index);
      return { id, text: sentence.text, context: `${headings[sentence.paragraph] ?? ''} ${context(article, sentence)}` };
    });
    addAllWithTermCache(this.sentenceIndex, docs);
    const doc = { id: slot, title: article.title, source: article.source ?? '', slug: article.id };
    if (existing) this.articleIndex.replace(doc);
    else this.articleIndex.add(doc);
  }

  /** Take an article out of the index; false when it was not there. */
  discardArticle(id: string): boolean {
    const existing = this.documents.get(id);
    if (!existing) return false;
    this.recentSearches.clear();
    this.discardSentences(id, existing.sentenceIds);
    this.articleIndex.discard(existing.slot);
    this.articles[existing.slot] = null;
    this.documents.delete(id);
    return true;
  }

  /** Discard an article's sentence documents and uncount their words, so a word no article still uses is fuzzy again. */
  private discardSentences(articleId: string, sentenceIds: number[]): void {
    const slot = this.documents.get(articleId)!.slot;
    const article = this.articles[slot]!;
    for (const id of sentenceIds) {
      this.sentenceIndex.discard(id);
      for (const token of tokenize(article.sentences[this.refs[id]!.sentence]!.text)) {
        const term = normalizeTerm(token);
        const stats = term ? this.vocabulary.get(term) : undefined;
        if (!term || !stats) continue;
        if (--stats.count <= 0) this.vocabulary.delete(term);
        else if (/^\p{Lu}/u.test(token)) stats.capitalised = Math.max(0, stats.capitalised - 1);
      }
      this.refs[id] = undefined;
    }
  }

  /**
   * The index term a word of a question stands for: itself when the corpus has it, else the most frequent
   * term within the typo distance ("okafr" → "okafor"), else null: the articles do not use the word.
   */
  resolve(word: string): string | null {
    const term = normalizeTerm(word);
    if (term === null) return null;
    if (this.vocabulary.has(term)) return term;
    const distance = this.fuzziness(term);
    if (distance === false) return null;
    let best: { term: string; distance: number; count: number } | null = null;
    for (const [candidate, [stats, d]] of this.vocabulary.fuzzyGet(term, distance)) {
      if (!best || d < best.distance || (d === best.distance && stats.count > best.count)) {
        best = { term: candidate, distance: d, count: stats.count };
      }
    }
    return best?.term ?? this.transposed(term) ?? this.sameFamily(term);
  }

  /** The term with two neighbouring letters swapped, as fast typing swaps them ("musuem"), if the articles use it. */
  private transposed(term: string): string | null {
    for (let i = 0; i + 1 < term.length; i++) {
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      if (this.vocabulary.has(swapped)) return swapped;
    }
    return null;
  }

  /**
   * A term of the word's family that the stemmer left apart ("videoconfer" of "videoconference" and
   * "videoconferenc" of "videoconferencing"): one that extends the term, or that the term extends, by a
   * suffix of a few letters. Long stems only, so short words never meet unrelated ones.
   */
  private sameFamily(term: string): string | null {
    if (term.length < FAMILY_STEM_LENGTH) return null;
    let best: { term: string; extra: number; count: number } | null = null;
    const consider = (candidate: string, stats: TermStats): void => {
      const extra = Math.abs(candidate.length - term.length);
      if (extra > FAMILY_SUFFIX_LENGTH) return;
      if (!best || extra < best.extra || (extra === best.extra && stats.count > best.count)) best = { term: candidate, extra, count: stats.count };
    };
    for (const [candidate, stats] of this.vocabulary.atPrefix(term)) consider(candidate, stats);
    for (let length = term.length - 1; length >= Math.max(FAMILY_STEM_LENGTH, term.length - FAMILY_SUFFIX_LENGTH); length--) {
      const shorter = term.slice(0, length);
      const stats = this.vocabulary.get(shorter);
      if (stats) consider(shorter, stats);
    }
    return (best as { term: string } | null)?.term ?? null;
  }

  /** Whether the articles use a term at all (no typo matching). */
  knows(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /** A term the articles mostly write with a capital: a name ("lindqvist", "geneva"). */
  isName(term: string): boolean {
    const stats = this.vocabulary.get(term);
    return stats !== undefined && stats.capitalised / stats.count >= 0.8;
  }

  /**
   * How much a term tells sentences apart: the log of sentences per occurrence, so a word in every
   * other sentence weighs little and a rare one much. An unknown term weighs as a rare one.
   */
  termWeight(term: string): number {
    const count = this.vocabulary.get(term)?.count ?? 1;
    return Math.log(1 + this.refs.length / count);
  }

  /** How many times the articles use a term. */
  termCount(term: string): number {
    return this.vocabulary.get(term)?.count ?? 0;
  }

  /** How a term is written in the articles, for showing it ("Lindqvist" for "lindqvist"). */
  displayForm(term: string): string {
    return this.vocabulary.get(term)?.form ?? term;
  }

  /** The names the most articles talk about, most frequent first: what the corpus covers. */
  topNames(limit: number): string[] {
    if (!this.names) {
      const names: [string, number][] = [];
      for (const [term, stats] of this.vocabulary) {
        if (stats.count >= 2 && this.isName(term)) names.push([stats.form, stats.count]);
      }
      this.names = names.sort((a, b) => b[1] - a[1]).map(([form]) => form);
    }
    return this.names.slice(0, limit);
  }

  /** The sentences that best match a query, best first. */
  searchSentences(query: string, { limit = 10, articleIds }: SearchOptions = {}): SentenceHit[] {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const filter = articleIds ? (result: SearchResult) => articleIds.has(this.articleOf(result.id as number).id) : undefined;
    // One question is searched by several answer routes, worded differently but with the same terms:
    // the last few unfiltered searches are kept, by their terms, and read again.
    const key = terms.join(' ');
    const kept = filter || limit > KEPT_RESULTS ? undefined : this.recentSearches.get(key);
    let results = kept;
    if (!results) {
      results = this.sentenceIndex.search(key, {
        tokenize: () => terms,
        processTerm: (term) => term,
        fuzzy: (term) => this.fuzziness(term),
        prefix: (term) => !this.vocabulary.has(term) && term.length >= 4,
        ...(filter ? { filter } : {}),
      });
      if (!filter) this.keepSearch(key, results.slice(0, KEPT_RESULTS));
    } else {
      this.keepSearch(key, results);
    }
    return results.slice(0, limit).map((result) => {
      const ref = this.refs[result.id as number]!;
      const article = this.articles[ref.article]!;
      return { article, sentence: article.sentences[ref.sentence]!, score: result.score, terms: result.terms };
    });
  }

  /**
   * The index terms a query searches for, each once (a query of a word's forms, "meet met meets meeting",
   * reads the term's postings once) and in one order, so the same terms find the same sentences however
   * the query was worded.
   */
  private queryTerms(query: string): string[] {
    const terms = new Set<string>();
    for (const token of tokenize(query)) {
      const term = normalizeTerm(token);
      const given = token.toLowerCase();
      // Callers often search by index terms ("agre" for "agreed"); analysed again they would be lost ("agr").
      const chosen = term !== null && !this.vocabulary.has(term) && this.vocabulary.has(given) ? given : term;
      if (chosen) for (const expanded of expandTerm(chosen)) terms.add(expanded);
    }
    return [...terms].sort();
  }

  private keepSearch(key: string, results: SearchResult[]): void {
    this.recentSearches.delete(key);
    this.recentSearches.set(key, results);
    if (this.recentSearches.size > KEPT_SEARCHES) this.recentSearches.delete(this.recentSearches.keys().next().value!);
  }

  /** Articles by title, outlet or id: for "the article from The Page" and for autocomplete. */
  searchArticles(query: string, limit = 10): ArticleHit[] {
    if (analyze(query).length === 0) return [];
    return this.articleIndex
      .search(query, { fuzzy: (term) => this.fuzziness(term), prefix: true, boost: { source: 2 } })
      .slice(0, limit)
      .map((result) => ({ article: this.articles[result.id as number]!, score: result.score }));
  }

  private articleOf(sentenceId: number): Article {
    return this.articles[this.refs[sentenceId]!.article]!;
  }

  /**
   * No fuzziness for a known term; one edit for an unknown word, two only for a long one: two edits
   * turn many ordinary words into others ("weather" into "whether").
   */
  private fuzziness(term: string): number | false {
    if (this.vocabulary.has(term) || term.length < 4) return false;
    return term.length >= 8 ? 2 : 1;
  }
}

/**
 * minisearch's `addAll`, with each term's postings found in a hash map before its radix tree: minisearch
 * walks the tree for every word of every document, most of a large build's time. The tree ends up the
 * same. The shortcut lasts for the call only, and is not taken should minisearch's internals differ.
 */
export function addAllWithTermCache<T>(index: MiniSearch<T>, docs: readonly T[]): void {
  withTermCache(index, () => index.addAll(docs));
}

/** Run `add` with each term's postings found in a hash map first (see `addAllWithTermCache`). */
function withTermCache<T>(index: MiniSearch<T>, add: () => void): void {
  type Fetch = (key: string, initial: () => unknown) => unknown;
  const tree = (index as unknown as { _index?: { fetch?: Fetch } })._index;
  const fetch = tree?.fetch;
  if (!tree || typeof fetch !== 'function') return add();
  const postings = new Map<string, unknown>();
  tree.fetch = function (key, initial) {
    let found = postings.get(key);
    if (found === undefined) postings.set(key, (found = fetch.call(this, key, initial)));
    return found;
  };
  try {
    add();
  } finally {
    delete tree.fetch;
  }
}

/** minisearch's own fields this file reaches into, as minisearch 7 has them. */
interface MiniSearchInternals {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _options: { tokenize(text: string, field: string): string[]; processTerm(term: string, field: string): string | string[] | null | undefined | false };
  _index: { fetch(term: string, initial: () => Map<number, Map<number, number>>): Map<number, Map<number, number>> };
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

/**
 * Give every document of a fresh index (added in one go, none removed) a field it was added without,
 * `values` in the order the documents were added, as minisearch would have indexed it with them: the
 * same postings in the same order, field lengths and average length. False, with nothing changed, should
 * minisearch's internals differ from what this expects.
 */
export function addLateField<T>(index: MiniSearch<T>, field: string, values: readonly string[]): boolean {
  const inner = index as unknown as Partial<MiniSearchInternals>;
  const fieldId = inner._fieldIds?.[field];
  const { _options: options, _fieldLength: lengths, _index: tree } = inner;
  if (
    fieldId === undefined ||
    !options ||
    !lengths ||
    typeof tree?.fetch !== 'function' ||
    typeof inner.addFieldLength !== 'function' ||
    inner._documentCount !== values.length ||
    inner._nextId !== values.length
  ) {
    return false;
  }
  withTermCache(index, () => {
    values.forEach((value, shortId) => {
      const tokens = options.tokenize(value, field);
      inner.addFieldLength!(shortId, fieldId, shortId, new Set(tokens).size);
      for (const token of tokens) {
        const processed = options.processTerm(token, field);
        for (const term of Array.isArray(processed) ? processed : processed ? [processed] : []) addPosting(tree.fetch(term, () => new Map()), fieldId, shortId);
      }
    });
  });
  return true;
}

/**
 * One more occurrence of a term in a document's field. A term's fields are kept in the order minisearch
 * first met them, document by document: a field added late goes before those first met in a later document.
 */
function addPosting(fields: Map<number, Map<number, number>>, fieldId: number, shortId: number): void {
  const postings = fields.get(fieldId);
  if (postings) {
    postings.set(shortId, (postings.get(shortId) ?? 0) + 1);
    return;
  }
  fields.set(fieldId, new Map([[shortId, 1]]));
  const firstDocument = (id: number) => fields.get(id)!.keys().next().value as number;
  const held = [...fields.keys()];
  const order = [...held].sort((a, b) => firstDocument(a) - firstDocument(b) || a - b);
  if (order.some((id, i) => id !== held[i])) {
    const entries = order.map((id) => [id, fields.get(id)!] as const);
    fields.clear();
    for (const [id, map] of entries) fields.set(id, map);
  }
}

/** A sentence index with its vocabulary, counting terms as they are added. */
function newSentenceIndex() {
  const vocabulary = new SearchableMap<TermStats>();
  // Counted in a plain map while the corpus is added (a radix-tree update per word was most of the
  // tokenising time of a large article), then moved into the vocabulary in first-seen order, which
  // gives the same tree: later additions count into the vocabulary itself.
  const counter = new TermCounter(vocabulary, new Map());
  const index = new MiniSearch<SentenceDoc>(sentenceOptions(counter));
  return { vocabulary, counter, index };
}

function countTerm(stats: TermStats | undefined, token: string): TermStats {
  const capitalised = startsUpper(token);
  if (!stats) return { count: 1, capitalised: capitalised ? 1 : 0, form: token };
  stats.count++;
  if (capitalised) {
    stats.capitalised++;
    if (!startsUpper(stats.form)) stats.form = token;
  }
  return stats;
}

/** A capital first letter; ASCII is decided without a regular expression (this runs for every word indexed). */
function startsUpper(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token);
}

/** Counts terms into the vocabulary, or into `pending` until `flush` moves them there. */
class TermCounter {
  /**
   * While pending, where in corpus order (document by document, a document's text before its context,
   * word by word) each term was first met, and its form chosen. A field added late (see `addLateField`) is
   * met after every text: its terms and forms are put back in their place, as if met with their document.
   */
  private readonly places = new Map<string, { first: number; form: number }>();
  private place = 0;
  private furthest = 0;
  private readonly tokenized = { text: 0, context: 0 };

  constructor(
    private readonly vocabulary: SearchableMap<TermStats>,
    private pending: Map<string, TermStats> | null,
  ) {}

  /** minisearch tokenises each field of each document once, in document order. */
  enter(field: string): void {
    if (!this.pending) return;
    const text = field === 'text';
    const document = text ? this.tokenized.text++ : this.tokenized.context++;
    this.furthest = Math.max(this.furthest, this.place);
    this.place = (2 * document + (text ? 0 : 1)) * WORDS_PER_FIELD;
  }

  count(term: string, token: string): void {
    if (!this.pending) {
      this.vocabulary.update(term, (stats) => countTerm(stats, token));
      return;
    }
    const at = this.place++;
    const stats = this.pending.get(term);
    if (!stats) {
      this.pending.set(term, countTerm(undefined, token));
      this.places.set(term, { first: at, form: at });
      return;
    }
    const form = stats.form;
    countTerm(stats, token);
    if (stats.form !== form) this.places.get(term)!.form = at;
    else if (at < this.furthest) {
      // Met late, maybe before where it was first met or its form chosen.
      const places = this.places.get(term)!;
      places.first = Math.min(places.first, at);
      if (at < places.form && startsUpper(token) === startsUpper(form)) {
        stats.form = token;
        places.form = at;
      }
    }
  }

  flush(): void {
    if (!this.pending) return;
    const first = (entry: [string, TermStats]) => this.places.get(entry[0])!.first;
    const entries = [...this.pending];
    if (entries.some((entry, i) => i > 0 && first(entry) < first(entries[i - 1]!))) entries.sort((a, b) => first(a) - first(b));
    for (const [term, stats] of entries) this.vocabulary.set(term, stats);
    this.pending = null;
    this.places.clear();
  }
}

/** Room for the words of one field in the counter's places: far more than a sentence (MAX_SENTENCE_CHARS) holds. */
const WORDS_PER_FIELD = 2 ** 22;

/** For each paragraph, the section heading it stands under ('' before the first). */
function headingsOf(article: Article): string[] {
  let current = '';
  return article.paragraphs.map((paragraph) => (paragraph.kind === 'heading' ? (current = paragraph.text) : current));
}

/**
 * Index-time analysis counts every term it sees, so search knows which words need no fuzziness. A loaded
 * index counts only what is added to it later: loading does not analyse.
 */
function sentenceOptions(counter: TermCounter): Options<SentenceDoc> {
  return {
    fields: ['text', 'context'],
    tokenize: (text, field) => {
      if (field) counter.enter(field);
      return tokenize(text);
    },
    processTerm: (token) => {
      const term = normalizeTerm(token);
      if (term) counter.count(term, token);
      return term;
    },
    searchOptions: {
      boost: { text: 1, context: 0.5 },
      tokenize,
      processTerm: (token) => {
        const term = normalizeTerm(token);
        return term ? expandTerm(term) : null;
      },
    },
  };
}

function articleOptions(): Options<ArticleDoc> {
  return {
    fields: ['title', 'source', 'slug'],
    tokenize,
    processTerm: normalizeTerm,
    searchOptions: { tokenize, processTerm: normalizeTerm },
  };
}

/** The shortest stem that finds its family by a longer or shorter one, and the most letters they may differ by. */
/** How many recent sentence searches are kept, and how many of each one's results: more than any route reads. */
const KEPT_SEARCHES = 4;
const KEPT_RESULTS = 100;
const FAMILY_STEM_LENGTH = 7;
const FAMILY_SUFFIX_LENGTH = 4;
