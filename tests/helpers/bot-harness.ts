/**
 * Runs Dossier against the fake Discord exactly as production does: settings from `readSettings()`, the
 * logger from `createLogger()`, the start-up path `startBot()` and the command list `deployCommands()`.
 * Only the knowledge is shared (built once per test file) so the tests stay fast.
 */
import { Writable } from 'node:stream';
import { InteractionResponseType, MessageFlags, type APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { Dossier } from '../../src/answer/dossier.js';
import { deployCommands } from '../../src/bot/deploy.js';
import { startBot, type RunningBot } from '../../src/bot/run.js';
import { DEFAULT_ARTICLES_DIR, readSettings, type Settings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { FakeDiscord, type FakeInteraction, type FakeMessage, type InteractionInit, type MessageInit, type RecordedRequest } from './fake-discord.js';

/** The articles every test answers from (the project's default corpus), built without a snapshot. */
export function openDossier(): Promise<Dossier> {
  return Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: null });
}

/**
 * The environment the bot reads, pointed at the fake. Deliberately not `process.env`: a developer's `.env`
 * or CI variables (ASK_CHANNELS, COOLDOWN_SECONDS...) must not change what the tests see.
 */
export function botEnv(fake: FakeDiscord, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: fake.botToken,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_CLIENT_ID: fake.applicationId,
    CACHE_DIR: '',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export function botSettings(fake: FakeDiscord, extra: NodeJS.ProcessEnv = {}): Settings {
  return readSettings(botEnv(fake, extra));
}

// ---------------------------------------------------------------------------------------------------------
// Logs
// ---------------------------------------------------------------------------------------------------------

export interface LogEntry {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/** A pino destination that keeps every JSON line, for assertions on what the bot logged. */
export class LogCapture {
  readonly entries: LogEntry[] = [];
  readonly stream: Writable;
  #partial = '';

  constructor() {
    this.stream = new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        const text = this.#partial + chunk.toString();
        const lines = text.split('\n');
        this.#partial = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) this.entries.push(JSON.parse(line) as LogEntry);
        done();
      },
    });
  }

  find(msg: string, level?: number): LogEntry[] {
    return this.entries.filter((e) => e.msg === msg && (level === undefined || e.level === level));
  }

  /** Entries at error level or above. */
  errors(): LogEntry[] {
    return this.entries.filter((e) => e.level >= LEVEL.error);
  }

  waitFor(fake: FakeDiscord, msg: string, count = 1, timeoutMs = 3000): Promise<LogEntry[]> {
    return fake.waitUntil(
      () => (this.find(msg).length >= count ? this.find(msg) : undefined),
      timeoutMs,
      () => `log "${msg}" not seen ${count}x; log so far:\n${this.entries.map((e) => JSON.stringify(e)).join('\n')}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Starting the bot
// ---------------------------------------------------------------------------------------------------------

export interface TestBot {
  bot: RunningBot;
  settings: Settings;
  log: LogCapture;
  stop(): Promise<void>;
}

/**
 * `startBot()` with settings read from `botEnv(fake, env)` and a capturing logger; resolves once the client is
 * fully ready (READY and the GUILD_CREATE burst), as a member would first see it online.
 */
export async function startTestBot(fake: FakeDiscord, dossier: Dossier, env: NodeJS.ProcessEnv = {}): Promise<TestBot> {
  const settings = botSettings(fake, env);
  const log = new LogCapture();
  const bot = await startBot(settings, createLogger(settings.logLevel, log.stream), dossier);
  await fake.waitUntil(
    () => (bot.client.isReady() && bot.client.guilds.cache.has(fake.guild.id) ? true : undefined),
    5000,
    () => 'the bot did not become ready',
  );
  return { bot, settings, log, stop: () => bot.stop() };
}

/** Registers the slash commands in the fake's guild, as `npm run deploy-commands` does with DISCORD_GUILD_ID. */
export async function deployToGuild(fake: FakeDiscord): Promise<void> {
  await deployCommands(botSettings(fake, { DISCORD_GUILD_ID: fake.guild.id }), COMMANDS);
}

/** What most test files run against: a fake Discord, the commands deployed to its guild, the bot on it. */
export interface Suite {
  fake: FakeDiscord;
  dossier: Dossier;
  bot: TestBot;
}

export async function startSuite(env: NodeJS.ProcessEnv = {}): Promise<Suite> {
  const [fake, dossier] = await Promise.all([FakeDiscord.start(), openDossier()]);
  await deployToGuild(fake);
  return { fake, dossier, bot: await startTestBot(fake, dossier, env) };
}

/** Stop what `startSuite` started; safe when it failed half-way. */
export async function stopSuite(suite: Partial<Suite>): Promise<void> {
  await suite.bot?.stop();
  await suite.fake?.close();
}

// ---------------------------------------------------------------------------------------------------------
// What Discord received
// ---------------------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SentMessage {
  request: RecordedRequest;
  /** The message payload (for callbacks: the callback's `data`). */
  body: Record<string, unknown>;
}

/**
 * Every message payload the bot sent, whatever the route: interaction responses with a message (types 4
 * and 7), edits of `@original` and follow-ups, channel messages and their edits.
 */
export function sentMessages(fake: FakeDiscord): SentMessage[] {
  const out: SentMessage[] = [];
  for (const request of fake.requests()) {
    if (!isRecord(request.body)) continue;
    switch (request.route) {
      case 'POST /interactions/:interactionId/:token/callback': {
        const type = request.body.type;
        if ((type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage) && isRecord(request.body.data)) {
          out.push({ request, body: request.body.data });
        }
        break;
      }
      case 'PATCH /webhooks/:applicationId/:token/messages/:messageId':
      case 'POST /webhooks/:applicationId/:token':
      case 'POST /channels/:channelId/messages':
      case 'PATCH /channels/:channelId/messages/:messageId':
        out.push({ request, body: request.body });
        break;
      default:
        break;
    }
  }
  return out;
}

/** Discord's embed limits, checked on what was actually sent. */
export function expectEmbedWithinLimits(embed: APIEmbed): void {
  const title = embed.title ?? '';
  const description = embed.description ?? '';
  const fields = embed.fields ?? [];
  const footer = embed.footer?.text ?? '';
  expect(title.length, `title: ${title}`).toBeLessThanOrEqual(256);
  expect(description.length).toBeLessThanOrEqual(4096);
  expect(fields.length).toBeLessThanOrEqual(25);
  for (const field of fields) {
    expect(field.name.length).toBeLessThanOrEqual(256);
    expect(field.value.length).toBeLessThanOrEqual(1024);
  }
  expect(footer.length).toBeLessThanOrEqual(2048);
  const total = title.length + description.length + footer.length + (embed.author?.name.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(6000);
}

/** No mention can ping, and every embed is within limits. */
export function expectSafeMessage(body: Record<string, unknown>): void {
  expect(body.allowed_mentions, `allowed_mentions of ${JSON.stringify(body).slice(0, 300)}`).toMatchObject({ parse: [] });
  for (const embed of (body.embeds as APIEmbed[] | undefined) ?? []) expectEmbedWithinLimits(embed);
  if (typeof body.content === 'string') expect(body.content.length).toBeLessThanOrEqual(2000);
}

/** Checks every message the bot sent so far; returns how many there were. */
export function expectAllSentMessagesSafe(fake: FakeDiscord): number {
  const sent = sentMessages(fake);
  for (const { body } of sent) expectSafeMessage(body);
  return sent.length;
}

export function isEphemeral(flags: unknown): boolean {
  return typeof flags === 'number' && (flags & MessageFlags.Ephemeral) !== 0;
}

/** A deferred command's final message: the PATCH of `@original` once the "thinking…" placeholder is replaced. */
export async function finalReply(handle: FakeInteraction, timeoutMs = 3000): Promise<FakeMessage> {
  return handle.waitForOriginal(undefined, timeoutMs);
}

/** The first (and for Dossier, only) embed of a message. */
export function embedOf(message: { embeds?: APIEmbed[] }): APIEmbed {
  const embed = message.embeds?.[0];
  expect(embed, 'the message has an embed').toBeDefined();
  return embed!;
}

/** Label -> custom id (and disabled) of the buttons on a message. */
export function buttons(message: FakeMessage): Map<string, { customId: string; disabled: boolean }> {
  const out = new Map<string, { customId: string; disabled: boolean }>();
  for (const row of message.components ?? []) {
    if (!('components' in row)) continue;
    for (const c of row.components as unknown as Record<string, unknown>[]) {
      if (typeof c.custom_id === 'string' && typeof c.label === 'string') out.set(c.label, { customId: c.custom_id, disabled: c.disabled === true });
    }
  }
  return out;
}

/** A slash command as a member runs it in #general (unless told otherwise). */
export function command(fake: FakeDiscord, name: string, options: Record<string, string | number> = {}, init: Partial<InteractionInit> = {}): FakeInteraction {
  return fake.interaction({ type: 'command', name, options, ...init } as InteractionInit);
}

// ---------------------------------------------------------------------------------------------------------
// Chat
// ---------------------------------------------------------------------------------------------------------

function referencesMessage(r: RecordedRequest, asked: FakeMessage): boolean {
  return isRecord(r.body) && isRecord(r.body.message_reference) && r.body.message_reference.message_id === asked.id;
}

/**
 * Whether a request is the bot answering a chat message: a POST to the message's channel referencing it, or a
 * POST into the thread started from it (a thread started from a message has the message's id).
 */
export function isAnswerTo(r: RecordedRequest, asked: FakeMessage): boolean {
  if (r.route !== 'POST /channels/:channelId/messages') return false;
  return (r.path === `/channels/${asked.channel_id}/messages` && referencesMessage(r, asked)) || r.path === `/channels/${asked.id}/messages`;
}

/** The bot's (successful) answer to a chat message. */
export function answerTo(fake: FakeDiscord, asked: FakeMessage, timeoutMs = 3000): Promise<RecordedRequest> {
  return fake.waitFor((r) => r.status === 200 && isAnswerTo(r, asked), timeoutMs);
}

/** Every attempt (successful or not) at answering a chat message. */
export function answersTo(fake: FakeDiscord, asked: FakeMessage): RecordedRequest[] {
  return fake.requests((r) => isAnswerTo(r, asked));
}

/**
 * Proves every earlier chat message was handled: a question from a fresh member in `channelId` is answered.
 * The gateway delivers in order and the bot decides to ignore a message before its first await, so once this
 * answer is recorded, nothing sent before it can still produce one.
 */
export async function settle(fake: FakeDiscord, channelId: string = fake.guild.secondTextChannelId): Promise<void> {
  const member = fake.addUser();
  const marker = fake.message({ content: `<@${fake.botUser.id}> who is Ushakov?`, authorId: member.id, channelId });
  await answerTo(fake, marker);
}

/** A chat question from `authorId` (default: a fresh member, so no cooldown applies). */
export function chat(fake: FakeDiscord, content: string, init: Omit<MessageInit, 'content'> = {}): FakeMessage {
  return fake.message({ content, authorId: init.authorId ?? fake.addUser().id, ...init });
}

/** A question mentioning the bot, as a member types it. */
export function mention(fake: FakeDiscord, question: string): string {
  return `<@${fake.botUser.id}> ${question}`;
}

export function bodyOf(request: RecordedRequest): Record<string, unknown> {
  expect(isRecord(request.body)).toBe(true);
  return request.body as Record<string, unknown>;
}
