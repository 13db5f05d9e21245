import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_MAX_ARTICLE_BYTES } from './corpus/load.js';
import { DEFAULT_SUMMARY_SENTENCES } from './extract/summaries/defaults.js';

/** The project folder, whether running from `src/` (tests) or from `dist/src/` (built). */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_ARTICLES_DIR = join(PROJECT_ROOT, 'data', 'articles');

/** Every setting Dossier reads, with its meaning; `.env.example` and the README document the same list. */
export interface Settings {
  discordToken: string | null;
  discordClientId: string | null;
  discordGuildId: string | null;
  /** Channels where every message is taken as a question (needs the Message Content intent). */
  askChannels: string[];
  replyInThreads: boolean;
  cooldownSeconds: number;
  articlesDir: string;
  maxArticleBytes: number;
  summarySentences: number;
  /** REST base URL override (a proxy, or a fake Discord in tests). */
  discordApiUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the index snapshot is kept; empty disables snapshots. */
  cacheDir: string | null;
  shardCount: number | 'auto';
  shardIds: number[] | null;
  /** RSS, Atom or JSON Feed URLs whose new items are added as articles. */
  feeds: string[];
  feedMinutes: number;
  /** Channel where each new article is announced; null announces nothing. */
  newsChannel: string | null;
  /** Role ids whose members may add and remove articles, beside those with Manage Server. */
  adminRoles: string[];
  /** Let fetched URLs reach loopback, private and link-local addresses: for tests only. */
  allowPrivateUrls: boolean;
}

/** A setting has a value Dossier cannot use: the message names the setting and what it accepts. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Read `.env` (if present) into the environment without overriding what is already set. */
export function loadEnvFile(path = join(process.cwd(), '.env')): void {
  if (existsSync(path)) loadDotenv({ path, quiet: true });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SNOWFLAKE = /^\d{17,20}$/;

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const snowflake = (name: string) => {
    const value = text(name);
    if (value !== null && !SNOWFLAKE.test(value)) {
      throw new SettingsError(`${name} must be a Discord id (17 to 20 digits), got "${value}".`);
    }
    return value;
  };
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const value = text(name);
    if (value === null) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new SettingsError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
    }
    return n;
  };
  const boolean = (name: string, fallback: boolean) => {
    const value = text(name)?.toLowerCase();
    if (value === undefined || value === null) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    throw new SettingsError(`${name} must be true or false, got "${env[name]}".`);
  };

  const list = (name: string) => (text(name) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  const askChannels = list('ASK_CHANNELS');
  for (const id of askChannels) {
    if (!SNOWFLAKE.test(id)) throw new SettingsError(`ASK_CHANNELS must list channel ids separated by commas; "${id}" is not one.`);
  }
  const adminRoles = list('ADMIN_ROLES');
  for (const id of adminRoles) {
    if (!SNOWFLAKE.test(id)) throw new SettingsError(`ADMIN_ROLES must list role ids separated by commas; "${id}" is not one.`);
  }
  const feeds = list('FEEDS');
  for (const url of feeds) {
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new SettingsError(`FEEDS must list http(s) feed URLs separated by commas; "${url}" is not one.`);
  }

  const apiUrl = text('DISCORD_API_URL');
  if (apiUrl !== null && !/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    throw new SettingsError(`DISCORD_API_URL must be an http(s) URL, got "${apiUrl}".`);
  }

  const logLevel = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new SettingsError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }

  const shardCountText = text('SHARD_COUNT');
  const shardCount = shardCountText === null || shardCountText === 'auto' ? 'auto' : integer('SHARD_COUNT', 1, 1, 10_000);
  const shardIdsText = text('SHARD_IDS');
  let shardIds: number[] | null = null;
  if (shardIdsText !== null) {
    shardIds = parseShardIds(shardIdsText);
    if (shardCount === 'auto') throw new SettingsError('SHARD_IDS needs SHARD_COUNT: every machine must agree on the total.');
    const outside = shardIds.find((id) => id >= shardCount);
    if (outside !== undefined) throw new SettingsError(`SHARD_IDS lists shard ${outside}, but SHARD_COUNT is ${shardCount}.`);
  }

  const cacheDir = env.CACHE_DIR === undefined ? join(PROJECT_ROOT, '.cache') : text('CACHE_DIR');

  return {
    discordToken: text('DISCORD_TOKEN'),
    discordClientId: snowflake('DISCORD_CLIENT_ID'),
    discordGuildId: snowflake('DISCORD_GUILD_ID'),
    askChannels,
    replyInThreads: boolean('REPLY_IN_THREADS', false),
    cooldownSeconds: integer('COOLDOWN_SECONDS', 5, 0, 3600),
    articlesDir: resolve(text('ARTICLES_DIR') ?? DEFAULT_ARTICLES_DIR),
    maxArticleBytes: integer('MAX_ARTICLE_BYTES', DEFAULT_MAX_ARTICLE_BYTES, 1, 1024 * 1024 * 1024),
    summarySentences: integer('SUMMARY_SENTENCES', DEFAULT_SUMMARY_SENTENCES, 1, 10),
    discordApiUrl: apiUrl,
    logLevel: logLevel as Settings['logLevel'],
    cacheDir: cacheDir === null ? null : resolve(cacheDir),
    shardCount,
    shardIds,
    feeds,
    feedMinutes: integer('FEED_MINUTES', 15, 1, 24 * 60),
    newsChannel: snowflake('NEWS_CHANNEL'),
    adminRoles,
    allowPrivateUrls: boolean('ALLOW_PRIVATE_URLS', false),
  };
}

/** "0,1,2" or "0-3" or "0-3,8". */
function parseShardIds(value: string): number[] {
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new SettingsError(`SHARD_IDS must be shard numbers or ranges like "0-3,8", got "${value}".`);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to < from) throw new SettingsError(`SHARD_IDS has a backwards range "${part}".`);
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

function findProjectRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return process.cwd();
}
