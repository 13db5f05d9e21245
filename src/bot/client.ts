import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Dossier } from '../answer/dossier.js';
import type { ArticleDesk } from '../ingest/desk.js';
import type { Settings } from '../config.js';
import type { Logger } from '../log.js';
import { ChatResponder } from './chat.js';
import type { DossierCommand } from '../present/command.js';
import { handleInteraction } from './interactions.js';
import { NO_MENTIONS } from './render.js';

/**
 * The intents Dossier asks for. Message Content is privileged: it is requested only when ASK_CHANNELS
 * lists channels, because mentions, replies and direct messages carry their content without it.
 */
export function botIntents(settings: Pick<Settings, 'askChannels'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (settings.askChannels.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(settings: Pick<Settings, 'askChannels' | 'discordApiUrl'>, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: botIntents(settings),
    // Direct-message channels are not cached before their first message.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(settings.discordApiUrl ? { rest: { api: settings.discordApiUrl } } : {}),
    ...extra,
  });
}

/** Wire Dossier into a client: slash commands, autocomplete, buttons and chat questions. */
export function attachDossier(client: Client, dossier: Dossier, commands: readonly DossierCommand[], settings: Settings, log: Logger, desk?: ArticleDesk): void {
  const ctx = { dossier, commands, log, desk, adminRoles: settings.adminRoles };
  const chat = new ChatResponder(ctx, settings);
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void chat.handle(message));
  client.once(Events.ClientReady, (ready) => log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => log.info({ shardId }, 'gateway resumed'));
  client.on(Events.ShardError, (error, shardId) => log.error({ err: error, shardId }, 'gateway error'));
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => log.warn(message));
}
