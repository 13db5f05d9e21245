import type { QuoteKind, Speaker } from '../../extract/types.js';
import { DEFAULT_QUOTE_KINDS } from '../../present/limits.js';
import { UsageError, type CliCommand } from '../command.js';
import { quoteWords } from '../../answer/quotes.js';

const KINDS: readonly QuoteKind[] = ['quote', 'fragment', 'statement'];

/** "--kind quote,statement", "--kind all", or the option repeated. */
function parseKinds(value: string | boolean | (string | boolean)[] | undefined): QuoteKind[] {
  if (value === undefined) return [...DEFAULT_QUOTE_KINDS];
  const words = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((w) => w.trim().toLowerCase());
  if (words.includes('all')) return [...KINDS];
  const unknown = words.filter((w) => !KINDS.includes(w as QuoteKind));
  if (unknown.length > 0) throw new UsageError(`Unknown kind "${unknown[0]}": use ${KINDS.join(', ')} or all.`);
  return [...new Set(words as QuoteKind[])];
}

export const quotesCommand: CliCommand = {
  name: 'quotes',
  summary: 'List what people and institutions are quoted as saying, with the speaker and the article',
  usage: 'dossier quotes [--speaker NAME] [--query TEXT] [--kind quote|fragment|statement|all] [--json]',
  options: {
    speaker: { type: 'string', short: 's' },
    query: { type: 'string', short: 'q' },
    kind: { type: 'string', multiple: true, short: 'k' },
  },
  details: [
    'Kinds: quote (words in quotation marks, or a block quote signed by its speaker), fragment (a short',
    'quoted phrase such as “red line”), statement (reported speech without quotation marks: "X said that ...",',
    '"according to X, ...", "X told reporters ...", "the report found that ..."; shown with its cue and marked',
    'as paraphrase). Default: quote and statement, as /quote shows.',
    '--kind takes a comma list or may be repeated. --speaker is matched loosely (a surname, "the ministry",',
    'a small typo); run "dossier speakers" for the names. --query keeps quotes about the given words.',
  ],
  async run(ctx, { values }) {
    const kinds = parseKinds(values.kind);
    const speakerName = typeof values.speaker === 'string' ? values.speaker : undefined;
    const query = typeof values.query === 'string' ? values.query : undefined;
    const dossier = await ctx.dossier();
    const { speaker, quotes } = dossier.quotes({ speaker: speakerName, about: query, kinds });
    const unknownSpeaker = speakerName !== undefined && !speaker;
    if (ctx.json) {
      ctx.emit(
        quotes.map(({ text, speaker: who, role, kind, file, paragraph, start, end, speakerId, articleId, sentence, cue, citation }) => ({
          text,
          speaker: who,
          role,
          kind,
          file,
          paragraph,
          start,
          end,
          speakerId,
          articleId,
          sentence,
          cue,
          title: citation.title,
        })),
      );
      return unknownSpeaker ? 1 : 0;
    }
    if (unknownSpeaker) {
      ctx.out(`No speaker matches "${speakerName}". Run "dossier speakers" for the list.`);
      return 1;
    }
    const about = [speaker ? `by ${speaker.name}` : '', query ? `about "${query}"` : ''].filter(Boolean).join(' ');
    if (quotes.length === 0) return ctx.out(`No ${kinds.join(' or ')} found${about ? ` ${about}` : ''}.`);
    ctx.out(`${quotes.length} ${plural(quotes.length, kinds)}${about ? ` ${about}` : ''}`);
    for (const quote of quotes) {
      ctx.out('');
      ctx.out(quoteWords(quote));
      const who = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : 'speaker unknown';
      const cue = quote.kind === 'statement' && quote.cue ? ` · “${quote.cue.text}”` : '';
      ctx.out(`    — ${who} · ${quote.file} ¶${quote.paragraph}${quote.kind === 'quote' ? '' : ` (${quote.kind})`}${cue}`);
    }
  },
};

function plural(n: number, kinds: readonly QuoteKind[]): string {
  const noun = kinds.length === 1 ? kinds[0]! : 'quote';
  return n === 1 ? noun : `${noun}s`;
}

export const speakersCommand: CliCommand = {
  name: 'speakers',
  summary: 'List everyone the articles quote, with their other names, their roles and how often they speak',
  usage: 'dossier speakers [--json]',
  details: [
    'One entry per person or institution across all articles: a person under their fullest plain name',
    '("Maria Santos"), an institution as the articles write it ("The Health Ministry"), an unnamed source by its',
    'description. Counts are quotes / fragments / statements.',
  ],
  async run(ctx) {
    const speakers: Speaker[] = (await ctx.dossier()).speakers();
    if (ctx.json) return ctx.emit(speakers);
    if (speakers.length === 0) return ctx.out('Nobody is quoted in these articles.');
    ctx.out(`${speakers.length} speaker${speakers.length === 1 ? '' : 's'}`);
    for (const speaker of speakers) {
      const { quote, fragment, statement } = speaker.counts;
      ctx.out('');
      ctx.out(`${speaker.name} (${speaker.kind}) — ${quote} quote${quote === 1 ? '' : 's'}, ${fragment} fragment${fragment === 1 ? '' : 's'}, ${statement} statement${statement === 1 ? '' : 's'}`);
      if (speaker.aliases.length > 0) ctx.out(`    also: ${speaker.aliases.join('; ')}`);
      if (speaker.roles.length > 0) ctx.out(`    roles: ${speaker.roles.join('; ')}`);
      ctx.out(`    in: ${speaker.files.join(', ')}`);
    }
  },
};
