import type { DateMention } from '../../extract/types.js';
import type { CliCommand } from '../command.js';

export const datesCommand: CliCommand = {
  name: 'dates',
  summary: 'List every date the articles mention, normalised to ISO against each article\'s date',
  usage: 'dossier dates [--json]',
  details: [
    'Each article\'s reference time comes from its dateline or front matter, or is estimated from the dates',
    'it reports and from the dated articles about the same events. "On Tuesday" and "in April" resolve',
    'against it: past tense looks back, future tense looks forward.',
  ],
  async run(ctx) {
    const { knowledge } = await ctx.dossier();
    const { corpus, references, dates: mentions } = knowledge;
    if (ctx.json) {
      return ctx.emit(
        mentions.map(({ text, value, end, granularity, file, sentence, start, stop }) => ({ text, value, end, granularity, file, sentence, start, stop })),
      );
    }
    ctx.out(`${mentions.length} date mention${mentions.length === 1 ? '' : 's'} in ${corpus.articles.length} article${corpus.articles.length === 1 ? '' : 's'}`);
    for (const article of corpus.articles) {
      const reference = references.get(article.id)!;
      ctx.out('');
      ctx.out(`${article.file}  written ${reference.value} (${reference.from}: ${reference.basis})`);
      for (const mention of mentions.filter((m) => m.articleId === article.id)) {
        ctx.out(`  ${span(mention).padEnd(23)} ${JSON.stringify(mention.text)}  ${mention.clause.text}`);
      }
    }
  },
};

export const timelineCommand: CliCommand = {
  name: 'timeline',
  summary: 'Show the events of all articles in date order, each citing the articles that report it',
  usage: 'dossier timeline [--from DATE] [--to DATE] [--query TEXT] [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    query: { type: 'string' },
  },
  details: [
    'DATE is an ISO date, month or year (2020-03-07, 2020-03, 2020) or words ("March 7, 2020", "7 March 2020",',
    '"Mar 2020", "last week"), read at the precision written: --to "Mar 2020" runs to the end of March.',
    'Without a year it is read against the latest article. --query keeps the events that mention every word.',
    'Without options the main story comes first (the month the most reports fall in), then other dated events,',
    'then the background years the articles look back on.',
  ],
  async run(ctx, { values }) {
    const text = (option: string) => (typeof values[option] === 'string' ? (values[option] as string) : undefined);
    const { entries } = (await ctx.dossier()).timeline({ from: text('from'), to: text('to'), about: text('query') });
    if (ctx.json) {
      return ctx.emit(
        entries.map(({ value, end, time, title, event, participants, attached, sources }) => ({
          value,
          end,
          ...(time ? { time } : {}),
          title,
          event,
          participants,
          attached,
          sources: sources.map(({ file, text }) => ({ file, text })),
        })),
      );
    }
    if (entries.length === 0) return ctx.out('No dated events match.');
    let section: string | undefined;
    for (const entry of entries) {
      if (entry.section !== section && entry.section !== 'main') ctx.out(`\n${SECTION_HEADINGS[entry.section]}`);
      section = entry.section;
      ctx.out(`${span(entry).padEnd(23)} ${entry.title}`);
      for (const source of entry.sources) ctx.out(`${' '.repeat(26)}${source.file}: ${source.text}`);
    }
  },
};

const SECTION_HEADINGS = { main: '', other: 'Other dated events:', background: 'Background years:' };

function span(date: Pick<DateMention, 'value' | 'end'>): string {
  return date.end ? `${date.value}..${date.end}` : date.value;
}
