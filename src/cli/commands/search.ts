import { UsageError, type CliCommand } from '../command.js';

const MAX_LIMIT = 100;

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Find the sentences that best match a query, with their article',
  usage: 'dossier search "<query>" [--limit N] [--json]',
  options: { limit: { type: 'string', short: 'n' } },
  positionals: { min: 1, max: 1 },
  details: ['Typos and partial words are matched too ("sulivan", "pipline"). Default limit 10, at most 100.'],
  async run(ctx, { positionals, values }) {
    const query = positionals[0]!;
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}.`);
    const hits = (await ctx.dossier()).search(query, limit);
    if (ctx.json) return ctx.emit(hits);
    if (hits.length === 0) return ctx.out(`No sentence matches "${query}".`);
    hits.forEach((hit, i) => {
      ctx.out(`${i + 1}. ${hit.text}`);
      ctx.out(`   — ${hit.title} (${hit.file})`);
    });
  },
};
