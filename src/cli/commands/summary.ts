import type { Article } from '../../corpus/types.js';
import { extractQuotes } from '../../extract/quotes.js';
import { DEFAULT_TOPIC_SENTENCES, matchSentences, summarizeArticle, summarizeTopic } from '../../extract/summarize.js';
import type { SummarySentence } from '../../extract/types.js';
import { UsageError, type CliCommand, type CliContext } from '../command.js';

const MAX_SENTENCES = 10;
/** Candidate sentences retrieved for a topic before folding and ranking. */
const TOPIC_CANDIDATES = 60;

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: 'Summarise an article, every article, or what the articles say about a topic',
  usage: 'dossier summary [ARTICLE_ID] [--query TEXT] [--sentences N] [--by-speaker] [--json]  |  dossier summary --each [--json]',
  options: {
    query: { type: 'string', short: 'q' },
    sentences: { type: 'string', short: 'n' },
    'by-speaker': { type: 'boolean' },
    each: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  details: [
    'ARTICLE_ID is an article id, its file name, a prefix of the id that names one article, or its outlet.',
    'Without --query: the sentences that carry the article, in its order, after a one-line gist',
    `(default SUMMARY_SENTENCES). With --query: what the articles (or the one named) say about TEXT, default`,
    `${DEFAULT_TOPIC_SENTENCES} sentences; a statement several articles repeat is shown once, citing them all.`,
    '--by-speaker groups a topic summary by who is quoted saying it.',
    '--each summarises every article: --json gives an array of {id, file, gist, summary, sentences}.',
  ],
  async run(ctx, { positionals, values }) {
    const query = typeof values.query === 'string' ? values.query.trim() : undefined;
    const each = values.each === true;
    const bySpeaker = values['by-speaker'] === true;
    const count = values.sentences === undefined ? undefined : Number(values.sentences);
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > MAX_SENTENCES)) {
      throw new UsageError(`--sentences must be a whole number from 1 to ${MAX_SENTENCES}.`);
    }
    if (query === '') throw new UsageError('The query is empty.');
    if (each && (positionals.length > 0 || query !== undefined)) throw new UsageError('--each summarises every article: give no ARTICLE_ID or --query with it.');
    if (bySpeaker && query === undefined) throw new UsageError('--by-speaker groups a topic summary: give --query TEXT.');
    if (!each && query === undefined && positionals.length === 0) throw new UsageError('Name an article, give --query TEXT, or use --each.');

    const corpus = await ctx.corpus();
    const articleCount = count ?? ctx.settings.summarySentences;
    if (each) return printEach(ctx, corpus.articles, articleCount);

    const article = positionals[0] === undefined ? null : findArticle(corpus.articles, positionals[0]);
    if (query === undefined) return printArticle(ctx, article!, articleCount);

    const scope = article ? [article] : corpus.articles;
    const topic = summarizeTopic(query, matchSentences(scope, query, TOPIC_CANDIDATES), {
      sentences: count ?? DEFAULT_TOPIC_SENTENCES,
      bySpeaker,
      // Speakers are resolved across the whole corpus (aliases, roles), so quotes come from every article.
      quotes: bySpeaker ? extractQuotes(corpus.articles).quotes : [],
    });
    if (ctx.json) return ctx.emit(topic);
    if (topic.summary === null) return ctx.out(`No sentence ${article ? `of ${article.file} ` : ''}matches "${query}".`);
    if (topic.groups) {
      for (const group of topic.groups) {
        ctx.out(`${group.speaker}:`);
        group.sentences.forEach((s) => printSentence(ctx, s, '  '));
        ctx.out('');
      }
      return;
    }
    topic.sentences.forEach((s) => printSentence(ctx, s, ''));
  },
};

function printArticle(ctx: CliContext, article: Article, count: number): void {
  const summary = summarizeArticle(article, count);
  if (ctx.json) return ctx.emit({ ...summary, sentences: summary.sentences.map(citation) });
  ctx.out(`${article.id}  ${summary.gist}`);
  ctx.out('');
  summary.sentences.forEach((s) => printSentence(ctx, s, ''));
}

function printEach(ctx: CliContext, articles: readonly Article[], count: number): void {
  const summaries = articles.map((article) => summarizeArticle(article, count));
  if (ctx.json) return ctx.emit(summaries.map((s) => ({ ...s, sentences: s.sentences.map(citation) })));
  summaries.forEach((summary, i) => {
    if (i > 0) ctx.out('');
    ctx.out(`${summary.id}  ${summary.gist}`);
    for (const s of summary.sentences) ctx.out(`  • ${s.text}`);
  });
}

/** The fields a scorer needs to find the sentence in the file. */
function citation(s: SummarySentence): { text: string; file: string; start: number; end: number } {
  return { text: s.text, file: s.file, start: s.start, end: s.end };
}

function printSentence(ctx: CliContext, s: SummarySentence, indent: string): void {
  ctx.out(`${indent}• ${s.text}`);
  ctx.out(`${indent}  — ${(s.alsoIn ?? [s.file]).join(', ')} (${s.start}–${s.end})`);
}

/** An article by id, file name, unique id prefix, or outlet (when one article has it). */
function findArticle(articles: readonly Article[], name: string): Article {
  const lower = name.toLowerCase();
  const exact = articles.find((a) => a.id === name || a.file === name);
  if (exact) return exact;
  for (const matches of [
    articles.filter((a) => a.id.toLowerCase().startsWith(lower)),
    articles.filter((a) => a.source?.toLowerCase() === lower),
  ]) {
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new UsageError(`"${name}" names ${matches.length} articles: ${matches.map((a) => a.id).join(', ')}.`);
  }
  throw new UsageError(`No article "${name}". Run "dossier articles" to list them.`);
}
