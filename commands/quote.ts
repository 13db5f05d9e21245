import { SlashCommandBuilder } from 'discord.js';
import type { DossierCommand } from '../src/present/command.js';
import { PAGE_SIZE, pageOf } from '../src/present/reply.js';
import { DEFAULT_QUOTE_KINDS, LIMITS } from '../src/present/limits.js';

/** /quote [speaker] [about]: what someone said, or who said what about a topic, a page at a time. */
export const quote: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Quotes from the articles: by a speaker, about a topic, or both')
    .addStringOption((o) => o.setName('speaker').setDescription('Who said it (start typing a name)').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('about').setDescription('What it is about, e.g. sanctions').setMaxLength(200)),
  defer: false,
  run: (dossier, options, page) => {
    const speakerName = String(options.speaker ?? '').trim();
    const about = String(options.about ?? '').trim();
    const title = ['Quotes', speakerName && `by ${speakerName}`, about && `about ${about}`].filter(Boolean).join(' ');
    const result = dossier.quotes({ speaker: speakerName || undefined, about: about || undefined, kinds: [...DEFAULT_QUOTE_KINDS] });
    if (speakerName && !result.speaker) {
      return { title, answer: null, lines: [`The articles do not quote anyone called ${speakerName}.`], citations: [], tone: 'empty' };
    }
    if (result.quotes.length === 0) {
      const who = result.speaker?.name ?? 'anyone';
      return { title, answer: null, lines: [`The articles do not quote ${who}${about ? ` about ${about}` : ''}.`], citations: [], tone: 'empty' };
    }
    const shown = pageOf(result.quotes, page);
    const role = result.speaker?.roles[0];
    return {
      title,
      answer: result.speaker ? `${result.speaker.name}${role ? `, ${role}` : ''}` : `${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}`,
      lines: shown.items.map((q, i) => `${shown.index * PAGE_SIZE + i + 1}. ${q.kind === 'statement' ? q.text : `“${q.text}”`}${q.speaker && !result.speaker ? ` — ${q.speaker}` : ''}`),
      citations: shown.items.map((q) => q.citation),
      page: { index: shown.index, count: shown.count },
      tone: 'list',
    };
  },
  autocomplete: (dossier, option) =>
    dossier.speakerChoices(option.value, LIMITS.choices).map((s) => ({ name: s.name.slice(0, LIMITS.choiceName), value: s.name.slice(0, 100) })),
};
