import { SlashCommandBuilder } from 'discord.js';
import { SEARCH_LIMIT } from '../src/present/limits.js';
import type { DossierCommand } from '../src/present/command.js';
import { PAGE_SIZE, pageOf } from '../src/present/reply.js';

/** /search query [limit]: the sentences that match best, a page at a time. */
export const search: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find the sentences in the articles that match your words')
    .addStringOption((o) => o.setName('query').setDescription('Words to look for (typos are fine)').setRequired(true).setMaxLength(300))
    .addIntegerOption((o) => o.setName('limit').setDescription(`How many results in all (default ${SEARCH_LIMIT.default})`).setMinValue(1).setMaxValue(SEARCH_LIMIT.max)),
  defer: false,
  run: (dossier, options, page) => {
    const query = String(options.query ?? '');
    const hits = dossier.search(query, Number(options.limit ?? SEARCH_LIMIT.default));
    if (hits.length === 0) return { title: `Search: ${query}`, answer: null, lines: ['No sentence in the articles matches those words.'], citations: [], tone: 'empty' };
    const shown = pageOf(hits, page);
    return {
      title: `Search: ${query}`,
      answer: `${hits.length} matching sentence${hits.length === 1 ? '' : 's'}`,
      lines: shown.items.map((c, i) => `${shown.index * PAGE_SIZE + i + 1}. ${c.text} (${c.title})`),
      citations: shown.items,
      page: { index: shown.index, count: shown.count },
      tone: 'list',
    };
  },
};
