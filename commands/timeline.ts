import { SlashCommandBuilder } from 'discord.js';
import type { DossierCommand } from '../src/present/command.js';
import { pageOf } from '../src/present/reply.js';
import { formatDate } from '../src/answer/when.js';

/**
 * /timeline [from] [to] [about]: dated events across the articles, each with its sources. Without options
 * the main story comes first, then other dated events, then the background years.
 */
export const timeline: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Dated events across the articles: the main story first, background years last')
    .addStringOption((o) => o.setName('from').setDescription('Start date, e.g. 2021-12-01 or December 1').setMaxLength(40))
    .addStringOption((o) => o.setName('to').setDescription('End date, e.g. 2021-12-31').setMaxLength(40))
    .addStringOption((o) => o.setName('about').setDescription('Only events about this, e.g. sanctions').setMaxLength(200)),
  defer: false,
  run: (dossier, options, page) => {
    const about = String(options.about ?? '').trim();
    const range = [options.from && `from ${options.from}`, options.to && `to ${options.to}`].filter(Boolean).join(' ');
    const title = ['Timeline', about && `about ${about}`, range].filter(Boolean).join(' ');
    const { entries } = dossier.timeline({ from: options.from as string | undefined, to: options.to as string | undefined, about: about || undefined });
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
};
