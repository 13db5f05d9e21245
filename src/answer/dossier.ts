import { createHash } from 'node:crypto';
import type { Settings } from '../config.js';
import { buildCorpus, readCorpusFiles, type CorpusFiles } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import { readDateOption } from './date-option.js';
import { latestReference } from '../extract/dates/reference-time.js';
import { carryPersonIndex, findPerson, type Person } from '../extract/people/people.js';
import { carrySpeakerIndex, findSpeaker } from '../extract/quotes/speakers.js';
import { summarizeArticle } from '../extract/summaries/summarize.js';
import { filterTimeline, mainEventsFirst, type TimelineSection } from '../extract/dates/timeline.js';
import type { ArticleSummary, DateMention, Quote, QuoteKind, Speaker, TimelineEntry, TopicSummary } from '../extract/types.js';
import type { BudgetOptions } from '../index/budget.js';
import { buildKnowledge, knowledgeSettled, workersFor } from '../index/build.js';
import { WarmWorkers } from '../index/worker.js';
import { putArticle, removeArticle } from '../index/incremental.js';
import type { Knowledge } from '../index/knowledge.js';
import { loadSnapshot, saveSnapshot, saveSnapshotLater, snapshotKey } from '../index/snapshot.js';
import { loadSynonyms } from '../text/synonyms.js';
import { loadTagger } from '../text/pos.js';
import { ask } from './ask.js';
import { cite } from './evidence.js';
import { resolveFollowUp } from './followup.js';
import { carryWhenLookups } from './when.js';
import { normalizeQuestion } from './question.js';
import { citeQuote, quotesBy } from './quotes.js';
import { asksForSides, citeSummarySentence, findArticle, topicSummary } from './summary.js';
import { QuestionError, type Answer, type Citation } from './types.js';
import { DEFAULT_SUMMARY_SENTENCES } from '../extract/summaries/defaults.js';
import { corpusExamples, type CorpusExamples } from './examples.js';

export interface OpenOptions {
  articlesDir: string;
  maxArticleBytes?: number;
  summarySentences?: number;
  /** Where to keep the snapshot; null builds every time. */
  cacheDir?: string | null;
  onWarning?: (line: string) => void;
  /** The per-article time budget; the default suits every use but the benchmark of extraction itself. */
  budget?: BudgetOptions;
  onProgress?: (event: { step: 'snapshot-loaded' | 'built' | 'snapshot-saved' | 'snapshot-failed'; ms: number; detail?: string }) => void;
}

/** What became of an article given while running. */
export type ArticleChange =
  | { outcome: 'added' | 'replaced' | 'unchanged'; article: Article }
  /** Its text is already in the corpus, under another article's id. */
  | { outcome: 'duplicate'; article: Article; twin: Article }
  /** Cleaning left no sentence. */
  | { outcome: 'empty'; article: Article };

/** How long after the last change the snapshot is saved: a burst of changes is saved once. */
const SNAPSHOT_DELAY_MS = 5000;

export interface QuoteResult {
  speaker: Speaker | null;
  quotes: (Quote & { citation: Citation })[];
}

export interface TimelineResult {
  entries: (TimelineEntry & { section: TimelineSection; citations: Citation[] })[];
}

export interface SummaryResult {
  /** The article summarised, when one was named. */
  article?: { id: string; file: string };
  title: string;
  gist: string | null;
  /** The summary as one text: the gist (for an article), then the sentences. */
  summary: string;
  sentences: { text: string; speaker?: string | null; citation: Citation; alsoIn?: string[] }[];
  groups?: { speaker: string; count: number }[];
}

/**
 * The answer layer's one door: every surface (command line, console, Discord) asks here. It knows
 * nothing of Discord; it returns answers, quotes, timelines and summaries with their citations.
 */
export class Dossier {
  private corpusExamples: CorpusExamples | null = null;
  private reference: string;
  /** Settles once a cold start's snapshot is written or has failed to be; answers never wait for it. */
  saved: Promise<void> = Promise.resolve();
  /** Article text fingerprint → article id, built on the first change: the same text is never added twice. */
  private fingerprints: Map<string, string> | null = null;
  /** Where changes are saved (set when opened with a cache folder), and the pending save. */
  private snapshot: { options: OpenOptions; timer: NodeJS.Timeout | null; saving: Promise<void> } | null = null;
  /** Articles added or removed since opening: a snapshot saved across a change is dropped. */
  private changes = 0;

  constructor(readonly knowledge: Knowledge, private readonly summarySentences = DEFAULT_SUMMARY_SENTENCES) {
    this.reference = this.latestReference();
  }

  /**
   * Load what some answers need and the build does not (WordNet, the part-of-speech model), which
   * otherwise loads on first use. Opening does not: on a large article's build every core is busy, and
   * a one-off question may need neither. A long-running surface calls this once it is up.
   */
  warmUp(): void {
    loadSynonyms();
    loadTagger();
  }

  /**
   * Resolves once every fact is in. A large build hands over its answers before its timeline, which only
   * "when" questions and the timeline need (they wait for it); a long-running surface waits for this
   * before it takes questions, so that none waits inside.
   */
  settled(): Promise<void> {
    return knowledgeSettled(this.knowledge);
  }

  /** Open with the articles folder, limits and cache the settings name. */
  static fromSettings(settings: Pick<Settings, 'articlesDir' | 'maxArticleBytes' | 'summarySentences' | 'cacheDir'>, hooks: Pick<OpenOptions, 'onWarning' | 'onProgress'> = {}): Promise<Dossier> {
    const { articlesDir, maxArticleBytes, summarySentences, cacheDir } = settings;
    return Dossier.open({ articlesDir, maxArticleBytes, summarySentences, cacheDir, ...hooks });
  }

  /** Load the articles (from the snapshot when it still fits) and build what is missing. */
  static async open(options: OpenOptions): Promise<Dossier> {
    const started = performance.now();
    const read = await readCorpusFiles(options.articlesDir, { maxBytes: options.maxArticleBytes, onWarning: options.onWarning });
    const key = await snapshotKey(read.hash, snapshotSettings(options));
    const ms = () => Math.round(performance.now() - started);
    if (options.cacheDir) {
      const saved = await loadSnapshot(options.cacheDir, key);
      if ('knowledge' in saved) {
        // The build that made the snapshot warned of files skipped after reading: say so again.
        for (const line of saved.knowledge.corpus.warnings) if (!read.warnings.includes(line)) options.onWarning?.(line);
        options.onProgress?.({ step: 'snapshot-loaded', ms: ms() });
        return new Dossier(saved.knowledge, options.summarySentences).keepSnapshot(options);
      }
      if ('unusable' in saved) options.onWarning?.(saved.unusable);
    }
    const knowledge = await buildFromFiles(read, options);
    options.onProgress?.({ step: 'built', ms: ms(), detail: `${knowledge.corpus.articles.length} articles` });
    const dossier = new Dossier(knowledge, options.summarySentences);
    if (options.cacheDir) {
      // Saved after the first answers can go out: no question waits on the disk.
      dossier.saved = saveSnapshotLater(
        options.cacheDir,
        key,
        knowledge,
        {
          saved: (path) => options.onProgress?.({ step: 'snapshot-saved', ms: ms(), detail: path }),
          failed: (line) => {
            options.onWarning?.(line);
            options.onProgress?.({ step: 'snapshot-failed', ms: ms(), detail: line });
          },
        },
        dossier.unchangedSince(),
      );
    }
    return dossier.keepSnapshot(options);
  }

  get articles(): Article[] {
    return this.knowledge.corpus.articles;
  }

  /**
   * Answer a question; with the question asked before it, a follow-up ("when was that?", "and what did
   * she say?") takes its missing subject from that one, and the answer shows the question as understood.
   */
  ask(question: string, previous?: string | null): Answer {
    const { index } = this.knowledge;
    const isName = (word: string) => {
      const term = index.resolve(word);
      return term !== null && index.isName(term);
    };
    return ask(this.knowledge, resolveFollowUp(question, previous, isName), this.reference);
  }

  /** The sentences that best match a query, cited. */
  search(query: string, limit = 10): Citation[] {
    const text = normalizeQuestion(query, 'search');
    return this.knowledge.index.searchSentences(text, { limit }).map((hit) => cite(hit.article, hit.sentence));
  }

  /** Quotes, by a speaker and/or about a topic; all quotes of the kinds asked for when neither is given. */
  quotes(options: { speaker?: string; about?: string; kinds?: QuoteKind[] } = {}): QuoteResult {
    const kinds = options.kinds ?? ['quote'];
    const about = options.about?.trim() ?? '';
    let speaker: Speaker | null = null;
    let found: Quote[];
    if (options.speaker?.trim()) {
      speaker = findSpeaker(this.knowledge.quotes.speakers, options.speaker);
      if (!speaker) return { speaker: null, quotes: [] };
      found = quotesBy(this.knowledge, speaker, about, kinds).map((r) => r.quote);
    } else if (about) {
      const sentences = this.knowledge.index.searchSentences(normalizeQuestion(about, 'topic'), { limit: 50 });
      const seen = new Set<Quote>();
      found = [];
      for (const hit of sentences) {
        for (const quote of this.knowledge.quotesByArticle.get(hit.article.id) ?? []) {
          if (kinds.includes(quote.kind) && quote.start < hit.sentence.end && quote.end > hit.sentence.start && !seen.has(quote)) {
            seen.add(quote);
            found.push(quote);
          }
        }
      }
    } else {
      found = this.knowledge.quotes.quotes.filter((q) => kinds.includes(q.kind));
    }
    return { speaker, quotes: found.map((quote) => ({ ...quote, citation: citeQuote(this.knowledge, quote) })) };
  }

  speakers(): Speaker[] {
    return this.knowledge.quotes.speakers;
  }

  /** Timeline entries, optionally within dates (ISO, or words like "December 1") and about a topic. */
  timeline(options: { from?: string; to?: string; about?: string } = {}): TimelineResult {
    const from = options.from ? this.parseDate(options.from, 'from') : undefined;
    const to = options.to ? this.parseDate(options.to, 'to') : undefined;
    const query = options.about?.trim() || undefined;
    const filtered = filterTimeline(this.knowledge.timeline, { from, to, query });
    // Without options, the main story first; a range or a topic asks for date order.
    const entries = from || to || query ? filtered.map((entry) => ({ ...entry, section: 'main' as const })) : mainEventsFirst(filtered);
    return {
      entries: entries.map((entry) => ({
        ...entry,
        citations: entry.sources.map((s) => cite(this.knowledge.articleById.get(s.articleId)!, s)),
      })),
    };
  }

  /**
   * An article's summary; what the articles (or one article) say about a topic, grouped by speaker when
   * asked. Null when no article matches the name, or nothing matches the topic.
   */
  /** An article's summary, or a topic's (by speaker when asked, or when the topic asks for sides). */
  summary(options: { article?: string; about?: string; sentences?: number; bySpeaker?: boolean } = {}): SummaryResult | null {
    const article = options.article?.trim() ? findArticle(this.knowledge, options.article) : undefined;
    if (article === null) return null;
    const about = options.about?.trim();
    if (!about) {
      if (!article) return null;
      const summary = this.articleSummary(article, options.sentences ?? this.summarySentences);
      return {
        article: { id: article.id, file: article.file },
        title: article.title,
        // An article without a headline is titled by its opening words: a gist that is them says it twice.
        gist: repeatsTitle(summary.gist, article.title) ? null : summary.gist,
        summary: summary.summary,
        sentences: summary.sentences.map((s) => ({ text: s.text, citation: citeSummarySentence(this.knowledge, s) })),
      };
    }
    const bySpeaker = options.bySpeaker ?? asksForSides(about);
    const summary: TopicSummary = topicSummary(this.knowledge, normalizeQuestion(about, 'topic'), {
      sentences: options.sentences,
      bySpeaker,
      articleIds: article ? new Set([article.id]) : undefined,
    });
    if (summary.summary === null) return null;
    const sentences = bySpeaker && summary.groups ? summary.groups.flatMap((g) => g.sentences) : summary.sentences;
    return {
      title: `What ${article ? `"${article.title}"` : 'the articles'} say${article ? 's' : ''} about ${about}`,
      gist: null,
      summary: summary.summary,
      sentences: sentences.map((s) => ({ text: s.text, speaker: s.speaker, alsoIn: s.alsoIn, citation: citeSummarySentence(this.knowledge, s) })),
      ...(summary.groups ? { groups: summary.groups.map((g) => ({ speaker: g.speaker, count: g.sentences.length })) } : {}),
    };
  }

  /** Every article's summary, in corpus order (computed at build time for the default length). */
  summaries(sentences = this.summarySentences): ArticleSummary[] {
    return this.articles.map((a) => this.articleSummary(a, sentences));
  }

  /** Examples for help texts and prompts, from the articles loaded. */
  examples(): CorpusExamples {
    return (this.corpusExamples ??= corpusExamples(this.articles, this.speakers()));
  }

  /** Speakers whose name or alias starts with (or contains) what was typed, for autocomplete. */
  speakerChoices(typed: string, limit = 25): Speaker[] {
    const wanted = typed.trim().toLowerCase();
    const speakers = [...this.speakers()].sort((a, b) => total(b) - total(a));
    if (!wanted) return speakers.slice(0, limit);
    const names = (s: Speaker) => [s.name, ...s.aliases].map((n) => n.toLowerCase());
    const starts = speakers.filter((s) => names(s).some((n) => n.startsWith(wanted) || n.split(/\s+/).some((w) => w.startsWith(wanted))));
    const contains = speakers.filter((s) => !starts.includes(s) && names(s).some((n) => n.includes(wanted)));
    return [...starts, ...contains].slice(0, limit);
  }

  /** Articles whose title, outlet or id match what was typed, for autocomplete. */
  articleChoices(typed: string, limit = 25): Article[] {
    const wanted = typed.trim().toLowerCase();
    if (!wanted) return this.articles.slice(0, limit);
    const direct = this.articles.filter(
      (a) => a.id.toLowerCase().startsWith(wanted) || a.title.toLowerCase().includes(wanted) || (a.source ?? '').toLowerCase().includes(wanted),
    );
    const searched = this.knowledge.index.searchArticles(typed, limit).map((h) => h.article).filter((a) => !direct.includes(a));
    return [...direct, ...searched].slice(0, limit);
  }

  /**
   * Add an article while running, or replace the article with its id: only it is extracted and indexed,
   * and the snapshot is saved a little later in the background. Its text must be new to the corpus.
   */
  putArticle(article: Article): ArticleChange {
    if (article.sentences.length === 0) return { outcome: 'empty', article };
    const fingerprints = this.fingerprintsById();
    const fingerprint = fingerprintOf(article);
    const twinId = fingerprints.get(fingerprint);
    const previous = this.knowledge.articleById.get(article.id);
    if (twinId === article.id && previous?.text === article.text) return { outcome: 'unchanged', article: previous };
    if (twinId !== undefined && twinId !== article.id) return { outcome: 'duplicate', article, twin: this.knowledge.articleById.get(twinId)! };
    if (previous) fingerprints.delete(fingerprintOf(previous));
    const before = this.lists();
    putArticle(this.knowledge, article, this.summarySentences);
    fingerprints.set(fingerprint, article.id);
    this.changed(before);
    return { outcome: previous ? 'replaced' : 'added', article };
  }

  /** Remove an article while running; the removed article, or null when there is none with that id. */
  removeArticle(id: string): Article | null {
    const article = this.knowledge.articleById.get(id);
    if (!article) return null;
    const before = this.lists();
    if (!removeArticle(this.knowledge, id)) return null;
    this.fingerprints?.delete(fingerprintOf(article));
    this.changed(before);
    return article;
  }

  /** Wait for a pending snapshot save (tests; a clean shutdown). */
  async flushSnapshot(): Promise<void> {
    if (!this.snapshot) return;
    if (this.snapshot.timer) {
      clearTimeout(this.snapshot.timer);
      this.snapshot.timer = null;
      this.snapshot.saving = this.snapshot.saving.then(() => this.saveSnapshot());
    }
    await this.snapshot.saving;
  }

  private keepSnapshot(options: OpenOptions): this {
    if (options.cacheDir) this.snapshot = { options, timer: null, saving: Promise.resolve() };
    return this;
  }

  /** Whether no article was added or removed since this was asked. */
  private unchangedSince(): () => boolean {
    const changes = this.changes;
    return () => this.changes === changes;
  }

  /** The lists a change replaces: the lookups built over them are carried over to the new ones. */
  private lists(): { speakers: readonly Speaker[]; people: readonly Person[]; timeline: TimelineEntry[]; dates: DateMention[] } {
    const { quotes: { speakers }, people, timeline, dates } = this.knowledge;
    return { speakers, people, timeline, dates };
  }

  /** `before`: the lists as they were before the change. */
  private changed(before: ReturnType<Dossier['lists']>): void {
    this.changes++;
    this.reference = this.latestReference();
    this.corpusExamples = null;
    // The lists are new: the lookups over them are the old ones updated, now, as part of the change,
    // rather than built afresh by the next question (a lookup of nothing builds a name index not built yet).
    const { quotes: { speakers }, people } = this.knowledge;
    carrySpeakerIndex(before.speakers, speakers);
    carryPersonIndex(before.people, people);
    carryWhenLookups(before, this.knowledge);
    findSpeaker(speakers, '');
    findPerson(people, '');
    const snapshot = this.snapshot;
    if (!snapshot) return;
    if (snapshot.timer) clearTimeout(snapshot.timer);
    snapshot.timer = setTimeout(() => {
      snapshot.timer = null;
      snapshot.saving = snapshot.saving.then(() => this.saveSnapshot());
    }, SNAPSHOT_DELAY_MS);
    snapshot.timer.unref();
  }

  /** Save under the key the folder now has, so the next start loads instead of rebuilding. Never throws. */
  private async saveSnapshot(): Promise<void> {
    const { options } = this.snapshot!;
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    // The folder is read (for the key) before the knowledge is: a change in between is a change during the save.
    const unchanged = this.unchangedSince();
    try {
      const read = await readCorpusFiles(options.articlesDir, { maxBytes: options.maxArticleBytes });
      const key = await snapshotKey(read.hash, snapshotSettings(options));
      const saved = await saveSnapshot(options.cacheDir!, key, this.knowledge, unchanged);
      if (saved) options.onProgress?.({ step: 'snapshot-saved', ms: ms(), detail: saved.path });
    } catch (error) {
      options.onProgress?.({ step: 'snapshot-failed', ms: ms(), detail: (error as Error).message });
    }
  }

  private fingerprintsById(): Map<string, string> {
    this.fingerprints ??= new Map(this.articles.map((a) => [fingerprintOf(a), a.id]));
    return this.fingerprints;
  }

  private latestReference(): string {
    return latestReference(this.knowledge.references) ?? new Date().toISOString().slice(0, 10);
  }

  private articleSummary(article: Article, count: number): ArticleSummary {
    return count === this.summarySentences ? this.knowledge.summaries.get(article.id)! : summarizeArticle(article, count);
  }

  private parseDate(text: string, which: 'from' | 'to'): string {
    const parsed = readDateOption(text, this.reference);
    if ('error' in parsed) {
      throw new QuestionError(`The "${which}" date ${parsed.error}: try 2020-03-01, 2020-03, 2020, "March 1, 2020", "Mar 2020" or "last week".`);
    }
    return which === 'from' ? parsed.value : (parsed.end ?? parsed.value);
  }
}

/** Same as the corpus loader's test for "same text as": the sentences, whatever the front matter says. */
function fingerprintOf(article: Article): string {
  return createHash('sha256').update(article.sentences.map((s) => s.text).join('\n')).digest('hex');
}

/** The gist is the title, or the title is the gist cut short ("Aide to the president revealed details…"). */
function repeatsTitle(gist: string, title: string): boolean {
  const shown = title.replace(/…$/, '');
  return gist === title || (shown.length < title.length && gist.startsWith(shown));
}

function total(speaker: Speaker): number {
  return speaker.counts.quote + speaker.counts.statement + speaker.counts.fragment;
}

/**
 * Clean the files read and build what Dossier knows of them. The worker threads the build will ask for
 * start first, and load their modules while this thread cleans.
 */
async function buildFromFiles(read: CorpusFiles, options: OpenOptions): Promise<Knowledge> {
  const warm = new WarmWorkers(workersFor(read.files.map((file) => file.text), { budget: options.budget }));
  try {
    const corpus = buildCorpus(read, { onWarning: options.onWarning });
    return await buildKnowledge(corpus, { summarySentences: options.summarySentences, onWarning: options.onWarning, budget: options.budget, warm });
  } finally {
    await warm.release();
  }
}

/** The settings a snapshot is built with: one that was built otherwise is not reused. */
function snapshotSettings(options: OpenOptions): object {
  return { summarySentences: options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES, ...(options.budget ? { budget: options.budget } : {}) };
}
