import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Dossier } from '../src/answer/dossier.js';
import { QuestionError } from '../src/answer/types.js';
import type { Article } from '../src/corpus/types.js';
import { IngestError } from '../src/ingest/desk.js';
import type { DossierCommand } from '../src/present/command.js';
import { LIMITS } from '../src/present/limits.js';
import type { Reply } from '../src/present/reply.js';

/** Discord's longest string option: pasted text longer than this goes in a file. */
const MAX_TEXT = 6000;

/** /article add file|url|text [title], /article remove article: change the articles while Dossier runs. */
export const article: DossierCommand = {
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('Add or remove an article')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add an article: attach a file, give a web address, or paste the text')
        .addAttachmentOption((o) => o.setName('file').setDescription('A .txt, .md or .html article'))
        .addStringOption((o) => o.setName('url').setDescription('The address of a web page with the article').setMaxLength(2000))
        .addStringOption((o) => o.setName('text').setDescription("The article's text").setMaxLength(MAX_TEXT))
        .addStringOption((o) => o.setName('title').setDescription('Its title, for pasted text').setMaxLength(200)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Remove an article')
        .addStringOption((o) => o.setName('article').setDescription('Which article (start typing its title)').setAutocomplete(true).setRequired(true).setMaxLength(200)),
    ),
  defer: true,
  run: () => {
    throw new QuestionError('Articles are added and removed with /article in Discord, or by putting files in the articles folder.');
  },
  act: async (desk, { subcommand, options, member, attachment }) => {
    if (subcommand === 'remove') {
      const removed = await desk.remove(String(options.article ?? '').trim());
      return { title: `Removed: ${removed.title}`, answer: null, lines: [`${removed.file} is gone from the articles.`], citations: [], tone: 'list' };
    }
    const url = String(options.url ?? '').trim();
    const text = String(options.text ?? '');
    const title = String(options.title ?? '').trim() || undefined;
    const given = [attachment, url, text.trim()].filter(Boolean).length;
    if (given !== 1) throw new IngestError('Give exactly one of file, url or text.');
    const added = attachment ? await desk.fromUpload(attachment, member) : url ? await desk.fromUrl(url, member) : await desk.fromText(text, title, member);
    return addedReply(desk.dossier, added);
  },
  autocomplete: (dossier, option) =>
    dossier.articleChoices(option.value, LIMITS.choices).map((a) => ({
      name: `${a.title}${a.source ? ` — ${a.source}` : ''}`.slice(0, LIMITS.choiceName),
      value: a.id.slice(0, 100),
    })),
};

/** Title, outlet, date, a two-sentence summary and what cleaning dropped. */
function addedReply(dossier: Dossier, added: Article): Reply {
  const summary = dossier.summary({ article: added.id, sentences: 2 });
  return {
    title: `Added: ${added.title}`,
    answer: [added.source ?? 'outlet not named', added.published?.slice(0, 10) ?? 'undated'].join(' · '),
    lines: [...(summary?.sentences.map((s) => s.text) ?? []), droppedLine(added)],
    citations: [],
    tone: 'answer',
  };
}

function droppedLine(article: Article): string {
  if (article.dropped.length === 0) return 'Cleaning dropped nothing.';
  const counts = new Map<string, number>();
  for (const d of article.dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return `Cleaning dropped: ${[...counts].map(([reason, n]) => `${reason.replace(/-/g, ' ')} ×${n}`).join(', ')}.`;
}
