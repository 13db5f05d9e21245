import { defineCommand } from '../src/present/command.js';
import { LIMITS } from '../src/present/limits.js';

/** /summary [article] [about]: an article in a few sentences, or what the articles say about a topic. */
export const summary = defineCommand({
  name: 'summary',
  description: 'Summarize an article, or what the articles say about a topic',
  options: {
    article: { type: 'string', description: 'Which article (start typing its title or outlet)', autocomplete: true, maxLength: 200 },
    about: { type: 'string', description: 'A topic across all articles, e.g. taxes', maxLength: 200 },
  },
  defer: true,
  run: (dossier, options) => {
    const article = options.article?.trim() ?? '';
    const about = options.about?.trim() ?? '';
    if (!article && !about) {
      const gists = dossier.summaries();
      const titles = new Map(dossier.articles.map((a) => [a.id, a.title]));
      return {
        title: 'The articles in brief',
        answer: `${gists.length} article${gists.length === 1 ? '' : 's'}`,
        lines: gists.slice(0, 10).map((s) => `${titles.get(s.id) ?? s.id}: ${s.gist}`),
        citations: [],
        tone: 'list',
      };
    }
    const result = dossier.summary({ article: article || undefined, about: about || undefined });
    if (!result) {
      const missing = article ? `No article matches "${article}".` : `The articles say nothing about ${about}.`;
      return { title: 'Summary', answer: null, lines: [missing], citations: [], tone: 'empty' };
    }
    return {
      title: result.title,
      answer: result.gist,
      lines: result.sentences.map((s) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text)),
      citations: result.sentences.map((s) => s.citation),
      tone: 'answer',
    };
  },
  autocomplete: (dossier, option) =>
    dossier.articleChoices(option.value, LIMITS.choices).map((a) => ({
      name: `${a.title}${a.source ? ` — ${a.source}` : ''}`.slice(0, LIMITS.choiceName),
      value: a.id.slice(0, 100),
    })),
});
