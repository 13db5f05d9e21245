import type { Client } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { Dossier } from '../answer/dossier.js';
import type { Settings } from '../config.js';
import type { Logger } from '../log.js';
import { attachDossier, createClient } from './client.js';
import { startIngest, type Ingest } from './ingest.js';

/** A token has three dot-separated parts; anything else is a placeholder or a paste gone wrong. */
const TOKEN_SHAPE = /^[\w-]{16,}\.[\w-]{4,}\.[\w-]{16,}$/;

/** Why the bot cannot start, in one line a member of staff can act on. */
export class StartError extends Error {
  override name = 'StartError';
}

export interface RunningBot {
  client: Client;
  dossier: Dossier;
  /** Articles coming in while running: the /article desk, the folder watch and the feeds. */
  ingest: Ingest;
  /** Log out and close the gateway; safe to call twice. */
  stop(): Promise<void>;
}

export function checkToken(token: string | null): string {
  if (!token) {
    throw new StartError('DISCORD_TOKEN is not set. Put your bot token in .env (see .env.example), or run "npx dossier console" to try Dossier offline.');
  }
  if (!TOKEN_SHAPE.test(token)) {
    throw new StartError(
      'DISCORD_TOKEN does not look like a bot token: a real one is about 70 characters, three parts of letters, digits, "-" and "_" joined by dots ' +
        '(about 24, 6 and 38 characters long). Copy it again from the Developer Portal: Bot > Reset Token.',
    );
  }
  return token;
}

/** Error codes that mean the machine could not reach Discord at all (DNS, refused, timed out, no route). */
const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * A StartError saying Discord cannot be reached, when `error` (or what caused it) is a network failure
 * or a request that timed out; null for any other error.
 */
export function unreachable(error: unknown, settings: Pick<Settings, 'discordApiUrl'>): StartError | null {
  const seen = new Set<unknown>();
  for (let e = error as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown[] } | undefined; e && !seen.has(e); ) {
    seen.add(e);
    const code = typeof e.code === 'string' ? e.code : e.name === 'AbortError' || e.name === 'TimeoutError' ? 'timed out' : null;
    if (code && (UNREACHABLE.has(code) || code === 'timed out')) {
      const where = settings.discordApiUrl ? `DISCORD_API_URL (${settings.discordApiUrl})` : 'discord.com';
      return new StartError(
        `Discord cannot be reached (${code}): check this machine's network connection, DNS, and any proxy or firewall between it and ${where}.`,
      );
    }
    e = (e.cause ?? e.errors?.[0]) as typeof e;
  }
  return null;
}

/**
 * Start the bot as production runs it: load (or build) the knowledge first, so no question waits on a
 * build, then log in. Rejects with a StartError for a missing or rejected token.
 */
export async function startBot(settings: Settings, log: Logger, dossier?: Dossier): Promise<RunningBot> {
  const token = checkToken(settings.discordToken);
  const knowledge = dossier ?? (await openLogged(settings, log));
  const client = createClient(settings);
  const ingest = startIngest(client, knowledge, settings, log);
  attachDossier(client, knowledge, COMMANDS, settings, log, ingest.desk);
  try {
    await client.login(token);
  } catch (error) {
    ingest.stop();
    await client.destroy();
    if ((error as { code?: string }).code === 'TokenInvalid') {
      throw new StartError('Discord rejected DISCORD_TOKEN (invalid token). Reset it in the Developer Portal (Bot > Reset Token) and update .env.');
    }
    throw unreachable(error, settings) ?? error;
  }
  // Logged in and answering: WordNet and the tagger load now rather than inside the first question.
  knowledge.warmUp();
  let stopped = false;
  return {
    client,
    dossier: knowledge,
    ingest,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      ingest.stop();
      await client.destroy();
      await knowledge.flushSnapshot();
    },
  };
}

/** Open the Dossier for the bot with every fact in, logging skipped files and how the knowledge was loaded. */
export async function openLogged(settings: Settings, log: Logger): Promise<Dossier> {
  const dossier = await Dossier.fromSettings(settings, {
    onWarning: (line) => log.warn(line),
    onProgress: (event) => log.info(event, `knowledge ${event.step}`),
  });
  await dossier.settled();
  return dossier;
}
