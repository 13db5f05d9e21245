import type { SummaryResult } from '../../answer/dossier.js';
import type { ArticleSummary } from '../../extract/types.js';
import { UsageError, type CliCommand, type CliContext } from '../command.js';

const MAX_SENTENCES = 10;

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
    'ARTICLE_ID is an article id, its file name, a prefix of the id, its outlet or words of its title.',
    'Without --query: the sentences that carry the article, in its order, after a one-line gist',
    '(default SUMMARY_SENTENCES). With --query: what the articles (or the one named) say about TEXT;',
    'a statement several articles repeat is shown once, citing them all.',
    '--by-speaker groups a topic summary by who is quoted saying it.',
    '--each summarises every article: --json gives an array of {id, file, summary, sentences}.',
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

    const dossier = await ctx.dossier();
    if (each) return printEach(ctx, dossier.summaries(count));
    const result = dossier.summary({ article: positionals[0], about: query, sentences: count, bySpeaker: bySpeaker || undefined });
    if (!result) {
      if (positionals[0] !== undefined && !dossier.summary({ article: positionals[0] })) {
        throw new UsageError(`No article "${positionals[0]}". Run "dossier articles" to list them.`);
      }
      return ctx.json ? ctx.emit({ summary: null, sentences: [] }) : ctx.out(`Nothing in the articles matches "${query}".`);
    }
    if (ctx.json) return ctx.emit(jsonOf(result));
    printResult(ctx, result);
  },
};

function jsonOf(result: SummaryResult): object {
  return {
    ...(result.article ? { ...result.article, gist: result.gist } : {}),
    summary: result.summary,
    sentences: result.sentences.map(({ text, speaker, alsoIn, citation }) => ({
      text,
      file: citation.file,
      start: citation.start,
      end: citation.end,
      ...(speaker !== undefined ? { speaker } : {}),
      ...(alsoIn ? { alsoIn } : {}),
    })),
    ...(result.groups ? { groups: result.groups } : {}),
  };
}

function printResult(ctx: CliContext, result: SummaryResult): void {
  ctx.out(result.title);
  if (result.gist) ctx.out(`  ${result.gist}`);
  ctx.out('');
  let speaker: string | null | undefined;
  for (const s of result.sentences) {
    if (s.speaker !== undefined && s.speaker !== speaker) {
      speaker = s.speaker;
      ctx.out(`${speaker ?? 'Unattributed'}:`);
    }
    ctx.out(`  • ${s.text}`);
    ctx.out(`    — ${(s.alsoIn ?? [s.citation.file]).join(', ')} (${s.citation.start}–${s.citation.end})`);
  }
}

function printEach(ctx: CliContext, summaries: ArticleSummary[]): void {
  if (ctx.json) {
    return ctx.emit(
      summaries.map(({ id, file, summary, sentences }) => ({ id, file, summary, sentences: sentences.map(({ text, file, start, end }) => ({ text, file, start, end })) })),
    );
  }
  summaries.forEach((summary, i) => {
    if (i > 0) ctx.out('');
    ctx.out(`${summary.id}  ${summary.gist}`);
    for (const s of summary.sentences) ctx.out(`  • ${s.text}`);
  });
}
