import { defineCommand } from '../src/present/command.js';
import { PAGE_SIZE, pageOf } from '../src/present/reply.js';
import { DEFAULT_QUOTE_KINDS, LIMITS } from '../src/present/limits.js';
import { byKind, quoteWords } from '../src/answer/quotes.js';

/** /quote [speaker] [about]: what someone said, or who said what about a topic, a page at a time. */
export const quote = defineCommand({
  name: 'quote',
  description: 'Quotes from the articles: by a speaker, about a topic, or both',
  options: {
    speaker: { type: 'string', description: 'Who said it (start typing a name)', autocomplete: true, maxLength: 100 },
    about: { type: 'string', description: 'What it is about, e.g. taxes', maxLength: 200 },
  },
  defer: false,
  run: (dossier, options, page) => {
    const speakerName = options.speaker?.trim() ?? '';
    const about = options.about?.trim() ?? '';
    const title = ['Quotes', speakerName && `by ${speakerName}`, about && `about ${about}`].filter(Boolean).join(' ');
    const result = dossier.quotes({ speaker: speakerName || undefined, about: about || undefined, kinds: [...DEFAULT_QUOTE_KINDS] });
    if (speakerName && !result.speaker) {
      return { title, answer: null, lines: [`The articles do not quote anyone called ${speakerName}.`], citations: [], tone: 'empty' };
    }
    if (result.quotes.length === 0) {
      const who = result.speaker?.name ?? 'anyone';
      return { title, answer: null, lines: [`The articles do not quote ${who}${about ? ` about ${about}` : ''}.`], citations: [], tone: 'empty' };
    }
    // Quotations first, then what is reported of the speaker, marked as paraphrase.
    const shown = pageOf(byKind(result.quotes), page);
    const role = result.speaker?.roles[0];
    return {
      title,
      answer: result.speaker ? `${result.speaker.name}${role ? `, ${role}` : ''}` : `${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}`,
      lines: shown.items.map((q, i) => `${shown.index * PAGE_SIZE + i + 1}. ${quoteWords(q)}${q.speaker && !result.speaker ? ` — ${q.speaker}` : ''}`),
      citations: shown.items.map((q) => q.citation),
      page: { index: shown.index, count: shown.count },
      tone: 'list',
    };
  },
  autocomplete: (dossier, option) =>
    dossier.speakerChoices(option.value, LIMITS.choices).map((s) => ({ name: s.name.slice(0, LIMITS.choiceName), value: s.name.slice(0, 100) })),
});
