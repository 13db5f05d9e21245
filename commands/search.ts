import { SEARCH_LIMIT } from '../src/present/limits.js';
import { defineCommand } from '../src/present/command.js';
import { PAGE_SIZE, pageOf } from '../src/present/reply.js';

/** /search query [limit]: the sentences that match best, a page at a time. */
export const search = defineCommand({
  name: 'search',
  description: 'Find the sentences in the articles that match your words',
  options: {
    query: { type: 'string', description: 'Words to look for (typos are fine)', required: true, maxLength: 300 },
    limit: { type: 'integer', description: `How many results in all (default ${SEARCH_LIMIT.default})`, min: 1, max: SEARCH_LIMIT.max },
  },
  defer: false,
  run: (dossier, options, page) => {
    const { query } = options;
    const hits = dossier.search(query, options.limit ?? SEARCH_LIMIT.default);
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
});
