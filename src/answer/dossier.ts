import type { Settings } from '../config.js';
import { buildCorpus, readCorpusFiles } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import { parseDateQuery } from '../extract/dates/dates.js';
import { latestReference } from '../extract/dates/reference-time.js';
import { findSpeaker } from '../extract/quotes/quotes.js';
import { summarizeArticle } from '../extract/summaries/summarize.js';
import { filterTimeline } from '../extract/dates/timeline.js';
import type { ArticleSummary, Quote, QuoteKind, Speaker, TimelineEntry, TopicSummary } from '../extract/types.js';
import { buildKnowledge } from '../index/build.js';
import type { Knowledge } from '../index/knowledge.js';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../index/snapshot.js';
import { loadSynonyms } from '../text/synonyms.js';
import { ask } from './ask.js';
import { cite } from './evidence.js';
import { resolveFollowUp } from './followup.js';
import { normalizeQuestion } from './question.js';
import { citeQuote, quotesBy } from './quotes.js';
import { citeSummarySentence, findArticle, topicSummary } from './summary.js';
import { QuestionError, type Answer, type Citation } from './types.js';
import { DateIndex } from './when.js';

export interface OpenOptions {
  articlesDir: string;
  maxArticleBytes?: number;
  summarySentences?: number;
  /** Where to keep the snapshot; null builds every time. */
  cacheDir?: string | null;
  onWarning?: (line: string) => void;
  onProgress?: (event: { step: 'snapshot-loaded' | 'built' | 'snapshot-saved' | 'snapshot-failed'; ms: number; detail?: string }) => void;
}

export interface QuoteResult {
  speaker: Speaker | null;
  quotes: (Quote & { citation: Citation })[];
}

export interface TimelineResult {
  entries: (TimelineEntry & { citations: Citation[] })[];
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
  private readonly dates: DateIndex;
  private readonly reference: string;

  constructor(readonly knowledge: Knowledge, private readonly summarySentences = 3) {
    this.dates = new DateIndex(knowledge.dates, knowledge.timeline);
    loadSynonyms();
    this.reference = latestReference(knowledge.references) ?? new Date().toISOString().slice(0, 10);
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
    const key = await snapshotKey(read.hash, { summarySentences: options.summarySentences ?? 3 });
    const ms = () => Math.round(performance.now() - started);
    if (options.cacheDir) {
      const saved = await loadSnapshot(options.cacheDir, key);
      if (saved) {
        options.onProgress?.({ step: 'snapshot-loaded', ms: ms() });
        return new Dossier(saved, options.summarySentences);
      }
    }
    const corpus = buildCorpus(read, { onWarning: options.onWarning });
    const knowledge = await buildKnowledge(corpus, { summarySentences: options.summarySentences });
    options.onProgress?.({ step: 'built', ms: ms(), detail: `${corpus.articles.length} articles` });
    if (options.cacheDir) {
      try {
        const saved = await saveSnapshot(options.cacheDir, key, knowledge);
        options.onProgress?.({ step: 'snapshot-saved', ms: ms(), detail: saved.path });
      } catch (error) {
        options.onProgress?.({ step: 'snapshot-failed', ms: ms(), detail: (error as Error).message });
      }
    }
    return new Dossier(knowledge, options.summarySentences);
  }

  get articles(): Article[] {
    return this.knowledge.corpus.articles;
  }

  /**
   * Answer a question; with the question asked before it, a follow-up ("when was that?", "and what did
   * she say?") takes its missing subject from that one, and the answer shows the question as understood.
   */
  ask(question: string, previous?: string | null): Answer {
    return ask(this.knowledge, resolveFollowUp(question, previous), this.dates, this.reference);
  }

  /** The sentences that best match a query, cited. */
  search(query: string, limit = 10): Citation[] {
    const text = normalizeQuestion(query);
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
      const sentences = this.knowledge.index.searchSentences(normalizeQuestion(about), { limit: 50 });
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
    const entries = filterTimeline(this.knowledge.timeline, { from, to, query: options.about?.trim() || undefined });
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
        gist: summary.gist,
        summary: summary.summary,
        sentences: summary.sentences.map((s) => ({ text: s.text, citation: citeSummarySentence(this.knowledge, s) })),
      };
    }
    const summary: TopicSummary = topicSummary(this.knowledge, normalizeQuestion(about), {
      sentences: options.sentences,
      bySpeaker: options.bySpeaker,
      articleIds: article ? new Set([article.id]) : undefined,
    });
    if (summary.summary === null) return null;
    const sentences = options.bySpeaker && summary.groups ? summary.groups.flatMap((g) => g.sentences) : summary.sentences;
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

  private articleSummary(article: Article, count: number): ArticleSummary {
    return count === this.summarySentences ? this.knowledge.summaries.get(article.id)! : summarizeArticle(article, count);
  }

  private parseDate(text: string, which: 'from' | 'to'): string {
    const parsed = parseDateQuery(text, this.reference);
    if (!parsed) throw new QuestionError(`The "${which}" date "${text}" is not one I can read: try 2021-12-01, 2021-12 or "December 1".`);
    return which === 'from' ? parsed.value : (parsed.end ?? parsed.value);
  }
}

function total(speaker: Speaker): number {
  return speaker.counts.quote + speaker.counts.statement + speaker.counts.fragment;
}
