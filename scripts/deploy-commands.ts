// npm run deploy-commands: register Dossier's slash commands with Discord.
import { COMMANDS } from '../commands/index.js';
import { deployCommands } from '../src/bot/deploy.js';
import { StartError } from '../src/bot/run.js';
import { loadEnvFile, readSettings, SettingsError } from '../src/config.js';

loadEnvFile();
try {
  const result = await deployCommands(readSettings(), COMMANDS);
  console.log(
    result.scope === 'guild'
      ? `Registered ${result.count} commands in the server DISCORD_GUILD_ID: they are ready now.`
      : `Registered ${result.count} commands globally: they can take up to an hour to appear in every server.`,
  );
} catch (error) {
  if (!(error instanceof StartError || error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
