import { REST, Routes } from 'discord.js';
import type { Settings } from '../config.js';
import type { DossierCommand } from '../present/command.js';
import { checkToken, StartError, unreachable } from './run.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
}

/**
 * Register the slash commands: in one server when DISCORD_GUILD_ID is set (instant, for testing), or
 * globally (every server, may take up to an hour to appear). PUT replaces the whole list, so commands
 * removed from the code disappear from Discord too.
 */
export async function deployCommands(settings: Settings, commands: readonly DossierCommand[]): Promise<DeployResult> {
  const token = checkToken(settings.discordToken);
  if (!settings.discordClientId) {
    throw new StartError('DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal (General Information) into .env.');
  }
  const rest = new REST(settings.discordApiUrl ? { api: settings.discordApiUrl } : {}).setToken(token);
  const body = commands.map((c) => c.data.toJSON());
  const route = settings.discordGuildId
    ? Routes.applicationGuildCommands(settings.discordClientId, settings.discordGuildId)
    : Routes.applicationCommands(settings.discordClientId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) throw new StartError('Discord rejected DISCORD_TOKEN (invalid token). Reset it in the Developer Portal (Bot > Reset Token).');
    if (status === 403 || status === 404) {
      throw new StartError(
        `Discord refused the command list (${status}): check DISCORD_CLIENT_ID${settings.discordGuildId ? ', DISCORD_GUILD_ID and that the bot was invited to that server with the applications.commands scope' : ''}.`,
      );
    }
    throw unreachable(error, settings) ?? error;
  }
  return { scope: settings.discordGuildId ? 'guild' : 'global', count: body.length };
}
