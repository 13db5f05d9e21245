import { defineCommand } from '../src/present/command.js';
import { pageOf } from '../src/present/reply.js';
import { formatDate } from '../src/answer/when.js';

/**
 * /timeline [from] [to] [about]: dated events across the articles, each with its sources. Without options
 * the main story comes first, then other dated events, then the background years.
 */
export const timeline = defineCommand({
  name: 'timeline',
  description: 'Dated events across the articles, oldest first',
  options: {
    from: { type: 'string', description: 'Start date, e.g. 2020-03-01, 1 March 2020, Mar 2020 or last week', maxLength: 40 },
    to: { type: 'string', description: 'End date, e.g. 2020-03-31, Mar 2020 or last week', maxLength: 40 },
    about: { type: 'string', description: 'Only events about this, e.g. taxes', maxLength: 200 },
  },
  defer: false,
  run: (dossier, options, page) => {
    const about = options.about?.trim() ?? '';
    const range = [options.from && `from ${options.from}`, options.to && `to ${options.to}`].filter(Boolean).join(' ');
    const title = ['Timeline', about && `about ${about}`, range].filter(Boolean).join(' ');
    const { entries } = dossier.timeline({ from: options.from, to: options.to, about: about || undefined });
    if (entries.length === 0) return { title, answer: null, lines: ['The articles date no event in that range.'], citations: [], tone: 'empty' };
    const shown = pageOf(entries, page);
    return {
      title,
      answer: `${entries.length} dated event${entries.length === 1 ? '' : 's'}`,
      lines: shown.items.map((e) => `${e.section === 'background' ? '(background) ' : ''}${formatDate(e.value, e.end)}${e.time ? `, ${e.time}` : ''}: ${e.title}${e.sources.length > 1 ? ` (${e.sources.length} articles)` : ''}`),
      citations: shown.items.flatMap((e) => e.citations),
      page: { index: shown.index, count: shown.count },
      tone: 'list',
    };
  },
});
