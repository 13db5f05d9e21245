import { SEARCH_LIMIT } from '../../present/limits.js';
import { UsageError, type CliCommand } from '../command.js';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Find the sentences that best match a query, with their article',
  usage: 'dossier search "<query>" [--limit N] [--json]',
  options: { limit: { type: 'string', short: 'n' } },
  positionals: { min: 1, max: 1 },
  details: [`Typos and partial words are matched too ("sulivan", "pipline"). Default limit ${SEARCH_LIMIT.default}, at most ${SEARCH_LIMIT.max}, as in Discord and the console.`],
  async run(ctx, { positionals, values }) {
    const query = positionals[0]!;
    const limit = values.limit === undefined ? SEARCH_LIMIT.default : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT.max) throw new UsageError(`--limit must be a whole number from 1 to ${SEARCH_LIMIT.max}.`);
    const hits = (await ctx.dossier()).search(query, limit);
    if (ctx.json) return ctx.emit(hits);
    if (hits.length === 0) return ctx.out(`No sentence matches "${query}".`);
    hits.forEach((hit, i) => {
      ctx.out(`${i + 1}. ${hit.text}`);
      ctx.out(`   — ${hit.title} (${hit.file})`);
    });
  },
};
