import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import type { Dossier } from '../answer/dossier.js';
import { QuestionError } from '../answer/types.js';
import { IngestError, type ArticleDesk } from '../ingest/desk.js';
import type { Logger } from '../log.js';
import { CommandLineError, formatCommandLine, parseCommandLine, type DossierCommand, type OptionValues } from '../present/command.js';
import { NO_MENTIONS, parseButtonId, replyMessage, sourcesEmbed } from './render.js';
import type { Reply } from '../present/reply.js';
import { inTurn } from './turns.js';

export interface BotContext {
  dossier: Dossier;
  commands: readonly DossierCommand[];
  log: Logger;
  /** Where /article adds and removes articles; without it, those commands say they are unavailable. */
  desk?: ArticleDesk;
  /** Roles whose members may change the articles, beside those with Manage Server. */
  adminRoles?: readonly string[];
}

/** Route one interaction. Never throws: every failure reaches the member as a short note and the log in full. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await runCommand(interaction, ctx);
    else if (interaction.isAutocomplete()) await autocomplete(interaction, ctx);
    else if (interaction.isButton()) await pressButton(interaction, ctx);
  } catch (error) {
    await reportFailure(interaction, ctx, error);
  }
}

/** The footer that lets a button rebuild the reply after a restart: the page and the command line. */
export function replyFooter(name: string, options: OptionValues, reply: Reply): string {
  const line = formatCommandLine(name, options);
  return reply.page && reply.page.count > 1 ? `Page ${reply.page.index + 1} of ${reply.page.count} · ${line}` : line;
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    await interaction.reply({ content: 'That command is no longer available. Type /help.', flags: MessageFlags.Ephemeral });
    return;
  }
  if (command.act) {
    await runAct(interaction, command, ctx);
    return;
  }
  const options: OptionValues = {};
  for (const option of interaction.options.data) {
    if (typeof option.value === 'string' || typeof option.value === 'number') options[option.name] = option.value;
  }
  // Slow commands acknowledge first so the 3-second window never closes on a busy bot.
  if (command.defer) await interaction.deferReply();
  let reply: Reply;
  try {
    // An acknowledged command waits its turn; an unacknowledged one must answer at once.
    reply = command.defer ? await inTurn(() => command.run(ctx.dossier, options, 0)) : command.run(ctx.dossier, options, 0);
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    await privateNote(interaction, error.message);
    return;
  }
  const message = replyMessage(reply, command.data.name, interaction.user.id, replyFooter(command.data.name, options, reply));
  if (command.defer) await interaction.editReply(message);
  else await interaction.reply(message);
}

/**
 * A command that changes the articles. Discord hides it from members without Manage Server, but a server
 * can change who sees it, so the member is checked here too: Manage Server, or a role in ADMIN_ROLES.
 */
async function runAct(interaction: ChatInputCommandInteraction, command: DossierCommand, ctx: BotContext): Promise<void> {
  const roles = interaction.member?.roles;
  const roleIds = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
  const allowed = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) || roleIds.some((id) => ctx.adminRoles?.includes(id));
  if (!allowed) {
    await privateNote(interaction, 'Only members with Manage Server, or a role the bot is told to trust (ADMIN_ROLES), can add or remove articles.');
    return;
  }
  if (!ctx.desk) {
    await privateNote(interaction, 'Adding and removing articles is not available on this bot.');
    return;
  }
  const subcommand = interaction.options.getSubcommand(false);
  const options: OptionValues = {};
  for (const option of interaction.options.data.flatMap((o) => (o.options ? o.options : [o]))) {
    if (typeof option.value === 'string' || typeof option.value === 'number') options[option.name] = option.value;
  }
  const file = interaction.options.getAttachment('file');
  await interaction.deferReply();
  let reply: Reply;
  try {
    reply = await command.act!(ctx.desk, {
      subcommand,
      options,
      member: interaction.user.username,
      attachment: file ? { url: file.url, name: file.name, size: file.size } : null,
    });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    ctx.log.info({ command: command.data.name, subcommand, reason: error.message }, 'article not changed');
    await privateNote(interaction, error.message);
    return;
  }
  // No footer: the reply reports a change, which a button must not replay.
  await interaction.editReply(replyMessage(reply, command.data.name, interaction.user.id));
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete?.(ctx.dossier, { name: focused.name, value: String(focused.value) }) ?? [];
  await interaction.respond(choices.slice(0, 25));
}

/**
 * A page or Sources button. Its id names the command, the asker and the page; the options are read back
 * from the reply's footer, so a button keeps working after a restart. Only the asker turns pages.
 */
async function pressButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) return;
  if (action.action === 'page' && action.ownerId !== interaction.user.id) {
    await interaction.reply({
      content: 'Only the person who asked can turn these pages. Run the command yourself to get your own copy.',
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const footer = interaction.message.embeds[0]?.footer?.text ?? '';
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(footer.replace(/^Page \d+ of \d+ · /, ''), ctx.commands);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    await interaction.reply({ content: 'This answer is too old to page through. Ask again.', flags: MessageFlags.Ephemeral });
    return;
  }
  const reply = parsed.command.run(ctx.dossier, parsed.options, action.page);
  if (action.action === 'sources') {
    await interaction.reply({ embeds: [sourcesEmbed(reply.citations)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const name = parsed.command.data.name;
  await interaction.update(replyMessage(reply, name, action.ownerId, replyFooter(name, parsed.options, reply)));
}

async function reportFailure(interaction: Interaction, ctx: BotContext, error: unknown): Promise<void> {
  const errorId = randomBytes(4).toString('hex');
  ctx.log.error({ err: error, errorId, interaction: describe(interaction) }, 'interaction failed');
  if (!interaction.isRepliable()) return;
  try {
    await privateNote(interaction, `Sorry, something went wrong answering that (error id ${errorId}). Please try again.`);
  } catch (second) {
    ctx.log.warn({ err: second, errorId }, 'could not tell the member about the failure');
  }
}

/**
 * A note only the member sees. A deferred reply is public and cannot become ephemeral, and Discord turns the
 * first follow-up of a still-loading reply into an edit of it; so the placeholder is deleted first.
 */
async function privateNote(interaction: RepliableInteraction, content: string): Promise<void> {
  const note = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(note);
    return;
  }
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
  await interaction.followUp(note);
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    id: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isButton() ? interaction.customId : undefined,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
}
