import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  escapeMarkdown,
  type APIEmbed,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import type { Citation } from '../answer/types.js';
import { LIMITS, truncate } from '../present/limits.js';
import { citedArticles, describeSource, type Reply } from '../present/reply.js';


const COLOURS = { answer: 0x2f6fdf, list: 0x5b8c5a, empty: 0x8a8f98 } as const;

/** No reply may ping anyone: not users, roles, @everyone or @here, whatever the text says. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/**
 * Text from articles or users made safe to show: markdown escaped so it renders as typed (masked links
 * included: "[text](url)" must not become a disguised link), and mass mentions broken with a zero-width
 * space so they read as text even where allowed mentions are ignored.
 */
export function safeText(text: string): string {
  return escapeMarkdown(text, { maskedLink: true })
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}


/** A reply as one embed: the answer first, then the supporting text, then the sources; within every limit. */
export function replyEmbed(reply: Reply, footer?: string): APIEmbed {
  // Titles render markdown too, and often echo what a member typed (a search query, a topic).
  const title = truncate(safeText(truncate(reply.title.replace(/\s+/g, ' '), LIMITS.title)), LIMITS.title);
  const sources = citedArticles(reply.citations).slice(0, 10);
  const sourceField = sources.length
    ? [{ name: sources.length === 1 ? 'Source' : 'Sources', value: truncate(sources.map((c, i) => `${i + 1}. ${safeText(describeSource(c))}`).join('\n'), LIMITS.fieldValue) }]
    : [];
  const footerText = footer ? truncate(footer, LIMITS.footer) : undefined;

  // Whatever the title, fields and footer take, the description gets the rest of the 6,000 characters.
  const fixed = title.length + sourceField.reduce((n, f) => n + f.name.length + f.value.length, 0) + (footerText?.length ?? 0);
  const room = Math.min(LIMITS.description, LIMITS.embedTotal - fixed - 10);
  const parts: string[] = [];
  if (reply.answer) parts.push(`**${safeText(truncate(reply.answer, 1000))}**`);
  // Escape only what can be shown: escaping megabytes of text to cut it afterwards is slow.
  let used = parts.join('').length;
  const quoted: string[] = [];
  for (const line of reply.lines) {
    if (used >= room) break;
    const shown = `> ${safeText(truncate(line, room - used))}`;
    quoted.push(shown);
    used += shown.length + 1;
  }
  if (quoted.length > 0) parts.push(quoted.join('\n'));
  const description = truncate(parts.join('\n\n') || '\u200b', room);

  return {
    title,
    description,
    color: COLOURS[reply.tone],
    ...(sourceField.length ? { fields: sourceField } : {}),
    ...(footerText ? { footer: { text: footerText } } : {}),
  };
}

/** The cited passages, for the Sources button: each with its article, outlet, date and file. */
export function sourcesEmbed(citations: Citation[]): APIEmbed {
  const blocks = citations.slice(0, 10).map((c, i) => `**${i + 1}. ${safeText(describeSource(c))}** (${safeText(c.file)})\n> ${safeText(truncate(c.text, 600))}`);
  return {
    title: citations.length === 1 ? 'Cited passage' : 'Cited passages',
    description: truncate(blocks.join('\n\n') || 'This answer cites no passage.', LIMITS.description),
    color: COLOURS.list,
  };
}

/** Button ids carry everything a click needs (command, owner, page), so a restart never breaks them. */
const BUTTON_PREFIX = 'dossier';
const BUTTON_ID = new RegExp(`^${BUTTON_PREFIX}:(page|sources):([a-z-]+):(\\d{1,20}):(\\d{1,4})$`);

export function pageButtonId(command: string, ownerId: string, page: number): string {
  return `${BUTTON_PREFIX}:page:${command}:${ownerId}:${page}`;
}

export function sourcesButtonId(command: string, ownerId: string, page: number): string {
  return `${BUTTON_PREFIX}:sources:${command}:${ownerId}:${page}`;
}

export interface ButtonAction {
  action: 'page' | 'sources';
  command: string;
  ownerId: string;
  page: number;
}

export function parseButtonId(customId: string): ButtonAction | null {
  const match = BUTTON_ID.exec(customId);
  if (!match) return null;
  return { action: match[1] as ButtonAction['action'], command: match[2]!, ownerId: match[3]!, page: Number(match[4]) };
}

/** Previous/next buttons for a paged reply and a Sources button when there is something cited. */
export function replyButtons(reply: Reply, command: string, ownerId: string): ActionRowBuilder<MessageActionRowComponentBuilder>[] {
  const buttons: ButtonBuilder[] = [];
  const page = reply.page?.index ?? 0;
  if (reply.page && reply.page.count > 1) {
    buttons.push(
      new ButtonBuilder().setCustomId(pageButtonId(command, ownerId, page - 1)).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(page === 0),
      new ButtonBuilder().setCustomId(pageButtonId(command, ownerId, page + 1)).setLabel('Next').setStyle(ButtonStyle.Secondary).setDisabled(page >= reply.page.count - 1),
    );
  }
  if (reply.citations.length > 0) {
    buttons.push(new ButtonBuilder().setCustomId(sourcesButtonId(command, ownerId, page)).setLabel('Sources').setStyle(ButtonStyle.Primary));
  }
  return buttons.length ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)] : [];
}

/** A message as Dossier sends it, whatever the route (reply, edit, update, channel message). */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRowBuilder<MessageActionRowComponentBuilder>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A complete message for a reply: embed, buttons, and never a mention. */
export function replyMessage(reply: Reply, command: string, ownerId: string, footer?: string): ReplyPayload {
  return {
    embeds: [replyEmbed(reply, footer)],
    components: replyButtons(reply, command, ownerId),
    allowedMentions: NO_MENTIONS,
  };
}
