import { defineCommand } from '../src/present/command.js';
import { pageOf } from '../src/present/reply.js';

/** /articles: what Dossier has read, with outlet and date. */
export const articles = defineCommand({
  name: 'articles',
  description: 'List the articles Dossier answers from',
  options: {},
  defer: false,
  run: (dossier, _options, page) => {
    const shown = pageOf(dossier.articles, page);
    return {
      title: 'Articles',
      answer: `${dossier.articles.length} article${dossier.articles.length === 1 ? '' : 's'}`,
      lines: shown.items.map(
        (a) =>
          `${a.title} — ${[a.source ?? 'outlet not named', a.published?.slice(0, 10) ?? 'undated'].join(', ')} (${a.id})` +
          (a.added ? `, added ${a.added.at.slice(0, 16).replace('T', ' ')} by ${a.added.by}` : ''),
      ),
      citations: [],
      page: { index: shown.index, count: shown.count },
      tone: 'list',
    };
  },
});
