/**
 * FakeDiscord: a loopback fake of Discord's gateway (WebSocket) and REST API, good enough for a REAL
 * discord.js `Client` to log in and be driven end to end in tests.
 *
 * What a discord.js Client needs to use it:
 *
 *   const fake = await FakeDiscord.start();
 *   const client = new Client({
 *     intents: [Guilds, GuildMessages, DirectMessages, MessageContent],
 *     partials: [Partials.Channel],          // required for DMs, see `message()`
 *     rest: { api: fake.apiUrl },            // @discordjs/rest builds `${api}/v10${route}`
 *   });
 *   await client.login(fake.botToken);       // resolves at gateway READY; wait for Events.ClientReady
 *   ...
 *   await client.destroy(); await fake.close();
 *
 * Nothing else is needed: the gateway URL is discovered through `GET /gateway/bot` like in production.
 * Tests that make the client IDENTIFY again (invalid session, several shards) should also pass
 * `ws: { buildIdentifyThrottler: () => instantIdentifyThrottler }`, or they wait 5 s per IDENTIFY.
 *
 * discord.js behaviours the fake relies on or works around (read from the 14.28 / @discordjs/ws 1.2 sources):
 * - An interaction callback must be answered 204 with no body and no JSON Content-Type (see `noContent()`).
 * - A REST 401 on `/gateway/bot` is turned into `TokenInvalid` by `client.login()`; any 401 also clears the
 *   REST token. A gateway 4004 makes the shard emit `shardError` ("Authentication failed") and stop.
 * - 429s are retried after the `Retry-After` header (+50 ms offset); 5xx are retried 3 times.
 * - READY and GUILD_CREATE must not be read in the same tick (see `guildCreateDelayMs`).
 * - A close with 4000 (or any non-fatal code) is followed, 500 ms later, by a RESUME on `resume_gateway_url`;
 *   op 9 with `d: false` makes the client re-IDENTIFY.
 *
 * Design notes
 * - One HTTP server on 127.0.0.1:<random port> serves REST under `/api/v10/...` and upgrades WebSocket
 *   requests on any path to the gateway (JSON encoding, no transport compression).
 * - Every REST request is recorded (see `requests()`, `waitFor()`), including injected failures.
 * - Payloads are typed with discord-api-types (re-exported by discord.js) so the compiler checks the fake
 *   against the real API shapes.
 * - The fake is deliberately strict where Discord is strict and where bots commonly break: the 3 s
 *   interaction deadline, double acknowledgement, message length / embed / component limits, empty
 *   messages, replies to unknown messages, MESSAGE_CONTENT intent stripping, and gateway intents.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageReferenceType,
  MessageType,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
  type APIActionRowComponent,
  type APIApplication,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIButtonComponentWithCustomId,
  type APIChannel,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIEmbed,
  type APIGuild,
  type APIGuildCategoryChannel,
  type APIGuildMember,
  type APIGuildMemberNoUser,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIMessageTopLevelComponent,
  type APIModalSubmitInteraction,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  type APIUserWithMember,
  type GuildMemberFlags,
  type RoleFlags,
  type ThreadMemberFlags,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

export interface FakeDiscordOptions {
  /** Token the fake accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY/RESUME). */
  token?: string;
  /**
   * HELLO heartbeat interval. discord.js sends its first heartbeat after `interval * random()` and then every
   * `interval`; a tiny value only burns the client's gateway send budget (115 payloads / 60 s), a huge one is
   * harmless in tests. Default 41250 like Discord.
   */
  heartbeatIntervalMs?: number;
  /** `shards` recommended by `GET /gateway/bot` (default 1). Guilds are routed to shards by `(id >> 22) % n`. */
  shardCount?: number;
  /**
   * `session_start_limit.max_concurrency` (default 1). @discordjs/ws lets one shard per bucket (`id % n`)
   * IDENTIFY every 5 s, so with several shards either raise this or use `instantIdentifyThrottler`.
   */
  maxConcurrency?: number;
  /** Number of guilds the bot is in (default 1). Each gets a category and two text channels. */
  guildCount?: number;
  /**
   * Permissions of the bot's managed role (added to @everyone's). Default: a sensible bot set (view, send,
   * embed, attach, history, reactions, threads, manage messages/threads). Pass `PermissionFlagsBits.Administrator`
   * for "everything". REST routes that need a permission (send message, create thread, react) answer
   * 403 `{code: 50013, message: 'Missing Permissions'}` when it is missing.
   */
  botPermissions?: bigint;
  /** Discord invalidates an interaction token not acknowledged within 3 s (10062 Unknown interaction). 0 disables. */
  interactionDeadlineMs?: number;
  /**
   * Like Discord, send MESSAGE_CREATE / MESSAGE_UPDATE / MESSAGE_DELETE back over the gateway for messages the
   * bot creates or edits (non-ephemeral). Keeps bots honest about ignoring their own messages. Default true.
   */
  echoBotMessages?: boolean;
  /**
   * Privileged intents "enabled in the developer portal" (bitfield of GuildMembers | GuildPresences |
   * MessageContent). IDENTIFY asking for others is closed with 4014 Disallowed intents. Default: all three.
   */
  privilegedIntents?: number;
  /**
   * Delay between READY and the GUILD_CREATE burst. discord.js handles each frame in an un-awaited async
   * function, so READY and GUILD_CREATE read in the same tick can be processed out of order (guild before
   * READY -> client waits 15 s for a guild it already has). Real Discord spaces them too. Default 20 ms.
   */
  guildCreateDelayMs?: number;
  /** Maximum upload size per request before 413 (default 10 MiB, Discord's default for bots). */
  uploadLimitBytes?: number;
  /** Receives one line per REST request / gateway frame; handy with `console.log` when debugging a test. */
  debug?: (line: string) => void;
}

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  /** Sequence number (0-based) among all recorded requests. */
  index: number;
  method: string;
  /** Path after `/api/v10`, without query, percent-decoded per segment, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  /** Matched route template, e.g. `POST /channels/:channelId/messages`; null when no route matched. */
  route: string | null;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the multipart `payload_json`, or undefined when there was no body. */
  body: unknown;
  files: RecordedFile[];
  /** Status the fake answered with. */
  status: number;
  /** Response body the fake sent (undefined for 204). */
  response: unknown;
  /** True when the response came from `failNext()`. */
  injected: boolean;
  time: number;
}

/** A filter over recorded requests: an object (all given fields must match) or a predicate. */
export type RequestFilter =
  | {
      method?: string;
      /**
       * A path template (`/interactions/:id/:token/callback`: `:x` matches exactly one segment, `*` at the end
       * matches the rest) or a RegExp tested against the path.
       */
      path?: string | RegExp;
      /** Exact route template as recorded, e.g. `PATCH /webhooks/:applicationId/:token/messages/:messageId`. */
      route?: string;
      status?: number;
    }
  | ((request: RecordedRequest) => boolean);

export interface FailRule {
  method?: string;
  /** Same syntax as `RequestFilter.path`. */
  pathPattern: string | RegExp;
  status: number;
  /** JSON body; default `{message: <status text>, code: 0}`. Use null for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface InteractionCallbackRecord {
  interactionId: string;
  token: string;
  type: InteractionResponseType;
  /** `data` of the callback body (message payload, `choices`, modal...), `{}` when absent. */
  data: Record<string, unknown>;
  files: RecordedFile[];
  time: number;
}

export interface GatewayConnectionInfo {
  id: number;
  /** Request path of the upgrade (`/` for the initial connect, `/resume` for `resume_gateway_url`). */
  path: string;
  query: Record<string, string>;
  openedAt: number;
  closedAt: number | null;
  closeCode: number | null;
  closedBy: 'client' | 'server' | null;
  /** How the connection authenticated, if it did. */
  kind: 'identify' | 'resume' | null;
}

export interface IdentifyRecord {
  connectionId: number;
  token: string;
  intents: number;
  shard: [number, number];
  properties: unknown;
  presence: unknown;
  accepted: boolean;
  /** Close code when rejected. */
  closeCode: number | null;
  sessionId: string | null;
  time: number;
}

export interface ResumeRecord {
  connectionId: number;
  sessionId: string;
  seq: number;
  accepted: boolean;
  replayed: number;
  time: number;
}

export interface GatewayFrameRecord {
  direction: 'in' | 'out';
  connectionId: number;
  op: number;
  t: string | null;
  s: number | null;
  d: unknown;
  time: number;
}

export interface FakeGuildInfo {
  id: string;
  name: string;
  ownerId: string;
  everyoneRoleId: string;
  botRoleId: string;
  categoryId: string;
  /** `#general`, the default channel for `interaction()` / `message()`. */
  textChannelId: string;
  /** `#newsroom`, a second text channel. */
  secondTextChannelId: string;
}

/** A message as stored by the fake: the MESSAGE_CREATE shape (APIMessage + guild_id, member, channel_type). */
export type FakeMessage = GatewayMessageCreateDispatchData;

export interface AddUserOptions {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
  /** Join every guild as a member (default true). */
  joinGuilds?: boolean;
  /** Extra role ids in the first guild. */
  roles?: string[];
}

export interface MessageInit {
  content: string;
  /** Author (default `fake.user`). Use `addUser({bot: true})` for a message from another bot. */
  authorId?: string;
  /** Channel (default: the first guild's #general, or the author's DM channel when `dm` is true). */
  channelId?: string;
  /** Send as a DM from the author to the bot. */
  dm?: boolean;
  /** Extra mentioned user ids; `<@id>` in `content` is picked up automatically. */
  mentions?: string[];
  /** Make this a reply to a stored message (id or object). */
  replyTo?: string | APIMessage;
  embeds?: APIEmbed[];
  attachments?: APIAttachment[];
  id?: string;
}

/** Value of a slash-command option: the type is taken from registered commands, else inferred. */
export type OptionInit = string | number | boolean | { type: ApplicationCommandOptionType; value: string | number | boolean };

interface InteractionInitBase {
  /** Invoking user (default `fake.user`). */
  userId?: string;
  /** Channel (default: first guild's #general, or the user's DM channel when `dm` is true). */
  channelId?: string;
  dm?: boolean;
  locale?: Locale;
  /** Override permissions sent as `app_permissions` (bigint). */
  appPermissions?: bigint;
}

export interface CommandInteractionInit extends InteractionInitBase {
  type: 'command';
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** Named options, or raw API options (used verbatim). */
  options?: Record<string, OptionInit> | APIApplicationCommandInteractionDataBasicOption[];
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteInteractionInit extends InteractionInitBase {
  type: 'autocomplete';
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Record<string, OptionInit>;
  /** Name of the option being typed; its value is sent as the partial string typed so far. */
  focused: string;
}

interface ComponentInitBase extends InteractionInitBase {
  customId: string;
  /**
   * Message the component sits on. Default: the latest stored bot message in the channel containing
   * `customId`, else a synthesized bot message with one button.
   */
  message?: APIMessage | string;
}

export interface ButtonInteractionInit extends ComponentInitBase {
  type: 'button';
}

export interface SelectInteractionInit extends ComponentInitBase {
  type: 'select';
  values: string[];
}

export interface ModalSubmitInteractionInit extends InteractionInitBase {
  type: 'modalSubmit';
  customId: string;
  /** Text input custom_id -> value. */
  fields: Record<string, string>;
  /** When the modal was opened from a component, the message it sits on. */
  message?: APIMessage | string;
}

export type InteractionInit =
  | CommandInteractionInit
  | AutocompleteInteractionInit
  | ButtonInteractionInit
  | SelectInteractionInit
  | ModalSubmitInteractionInit;

/**
 * For discord.js `ws: { buildIdentifyThrottler: () => instantIdentifyThrottler }`. @discordjs/ws allows one
 * IDENTIFY per 5 s (+ up to 1.5 s jitter) per concurrency bucket, so a test that makes the client re-identify
 * (invalid session, close 1000, a second login) otherwise waits 5-6.5 s.
 */
export const instantIdentifyThrottler = {
  async waitForIdentify(): Promise<void> {},
};

// ---------------------------------------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------------------------------------

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A realistic 19-digit snowflake; @discordjs/rest only recognises 17-19 digit ids as major parameters. */
function snowflake(timestamp: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(timestamp) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

function isoNow(): string {
  return new Date().toISOString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

const DEFAULT_BOT_PERMISSIONS =
  DEFAULT_EVERYONE_PERMISSIONS |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.CreatePrivateThreads;

const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === 'number')
  .reduce((all, bit) => all | bit, 0);

const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

/** Close codes after which the session can no longer be resumed (Discord docs, "Gateway Close Event Codes"). */
const SESSION_ENDING_CLOSE_CODES = new Set<number>([
  1000,
  1001,
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidSeq,
  GatewayCloseCodes.SessionTimedOut,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);

const THREAD_TYPES = new Set<ChannelType>([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

const TEXT_TYPES = new Set<ChannelType>([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.DM,
  ChannelType.GroupDM,
  ChannelType.GuildVoice,
  ChannelType.GuildStageVoice,
  ...THREAD_TYPES,
]);

/** Matches a path against a template (`:x` = one segment, trailing `*` = rest) or a RegExp. */
function matchPath(pattern: string | RegExp, path: string): Record<string, string> | null {
  if (pattern instanceof RegExp) return pattern.test(path) ? {} : null;
  const want = pattern.split('/');
  const have = path.split('/');
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    if (w === '*' && i === want.length - 1) return params;
    const h = have[i];
    if (h === undefined) return null;
    if (w.startsWith(':')) {
      if (h === '') return null;
      params[w.slice(1)] = h;
    } else if (w !== h) {
      return null;
    }
  }
  return want.length === have.length ? params : null;
}

function matchesFilter(filter: RequestFilter, request: RecordedRequest): boolean {
  if (typeof filter === 'function') return filter(request);
  if (filter.method && filter.method.toUpperCase() !== request.method) return false;
  if (filter.path !== undefined && !matchPath(filter.path, request.path)) return false;
  if (filter.route !== undefined && filter.route !== request.route) return false;
  if (filter.status !== undefined && filter.status !== request.status) return false;
  return true;
}

function describeFilter(filter: RequestFilter): string {
  if (typeof filter === 'function') return filter.name ? `predicate ${filter.name}` : 'predicate';
  return JSON.stringify({ ...filter, path: filter.path instanceof RegExp ? String(filter.path) : filter.path });
}

function summarize(value: unknown, max = 160): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

interface Waiter {
  check: () => void;
  fail: (error: Error) => void;
}

/**
 * Waiting on a condition: every fake state change calls `notify()`, which re-runs the pending probes; probes are
 * also re-run every few ms so that conditions on client-side state (which the fake cannot observe) work too.
 */
class Waiters {
  readonly #pending = new Set<Waiter>();

  notify(): void {
    for (const waiter of [...this.#pending]) waiter.check();
  }

  until<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#pending.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (value !== undefined) {
            finish();
            resolve(value);
          }
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(describe()));
      }, timeoutMs);
      const poll = setInterval(() => waiter.check(), 10);
      this.#pending.add(waiter);
    });
  }

  failAll(error: Error): void {
    for (const waiter of [...this.#pending]) waiter.fail(error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// REST plumbing
// ---------------------------------------------------------------------------------------------------------

interface RestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
}

interface RestResult {
  status: number;
  /** undefined = no body at all (and no Content-Type). */
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteDef {
  method: string;
  template: string;
  /** Needs `Authorization: Bot <token>`. Interaction callbacks and webhook-token routes do not. */
  auth: boolean;
  handler: (ctx: RestContext) => RestResult | Promise<RestResult>;
}

function ok(body: unknown, status = 200): RestResult {
  return { status, body };
}

/**
 * 204 with NO body and no Content-Type. @discordjs/rest's parseResponse() calls `res.json()` whenever the
 * Content-Type is application/json, so a 204 advertising JSON (or an empty JSON body) throws in the client.
 */
function noContent(): RestResult {
  return { status: 204 };
}

function apiError(status: number, code: number, message: string, errors?: Record<string, unknown>): RestResult {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

/** Discord's nested form-error shape: `{a: {b: {_errors: [{code, message}]}}}`. */
type FormErrors = Record<string, unknown>;

function addFormError(errors: FormErrors, path: (string | number)[], code: string, message: string): void {
  let node: Record<string, unknown> = errors;
  for (const key of path) {
    const next = node[String(key)];
    if (isRecord(next)) {
      node = next;
    } else {
      const created: Record<string, unknown> = {};
      node[String(key)] = created;
      node = created;
    }
  }
  const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
  list.push({ code, message });
  node._errors = list;
}

function invalidFormBody(errors: FormErrors): RestResult {
  return apiError(400, 50035, 'Invalid Form Body', errors);
}

function maxLength(errors: FormErrors, path: (string | number)[], value: unknown, max: number): void {
  if (typeof value === 'string' && value.length > max) {
    addFormError(errors, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  } else if (Array.isArray(value) && value.length > max) {
    addFormError(errors, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
}

/** Collects every `custom_id` in a (possibly nested) component tree. */
function collectCustomIds(components: unknown, out: string[] = []): string[] {
  if (Array.isArray(components)) {
    for (const c of components) collectCustomIds(c, out);
  } else if (isRecord(components)) {
    const id = asString(components.custom_id);
    if (id !== undefined) out.push(id);
    if (components.components !== undefined) collectCustomIds(components.components, out);
    if (components.component !== undefined) collectCustomIds(components.component, out);
    if (components.accessory !== undefined) collectCustomIds(components.accessory, out);
  }
  return out;
}

/**
 * Validates a message payload against Discord's limits. `prefix` nests the errors (interaction callbacks
 * report them under `data`). `requireContent` rejects messages with nothing to show (50006).
 */
function validateMessagePayload(
  body: Record<string, unknown>,
  files: RecordedFile[],
  options: { prefix: string[]; requireContent: boolean },
): RestResult | null {
  const errors: FormErrors = {};
  const p = options.prefix;
  maxLength(errors, [...p, 'content'], body.content, 2000);

  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  maxLength(errors, [...p, 'embeds'], embeds, 10);
  let embedTotal = 0;
  embeds.forEach((embed, i) => {
    if (!isRecord(embed)) return;
    const e = [...p, 'embeds', i];
    const title = asString(embed.title) ?? '';
    const description = asString(embed.description) ?? '';
    maxLength(errors, [...e, 'title'], title, 256);
    maxLength(errors, [...e, 'description'], description, 4096);
    embedTotal += title.length + description.length;
    if (isRecord(embed.footer)) {
      const text = asString(embed.footer.text) ?? '';
      maxLength(errors, [...e, 'footer', 'text'], text, 2048);
      embedTotal += text.length;
    }
    if (isRecord(embed.author)) {
      const name = asString(embed.author.name) ?? '';
      maxLength(errors, [...e, 'author', 'name'], name, 256);
      embedTotal += name.length;
    }
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    maxLength(errors, [...e, 'fields'], fields, 25);
    fields.forEach((field, j) => {
      if (!isRecord(field)) return;
      const name = asString(field.name) ?? '';
      const value = asString(field.value) ?? '';
      if (name === '') addFormError(errors, [...e, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (value === '') addFormError(errors, [...e, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
      maxLength(errors, [...e, 'fields', j, 'name'], name, 256);
      maxLength(errors, [...e, 'fields', j, 'value'], value, 1024);
      embedTotal += name.length + value.length;
    });
  });
  if (embedTotal > 6000) {
    addFormError(errors, [...p, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }

  const components = Array.isArray(body.components) ? body.components : [];
  const flags = asNumber(body.flags) ?? 0;
  if ((flags & MessageFlags.IsComponentsV2) === 0) {
    maxLength(errors, [...p, 'components'], components, 5);
    components.forEach((row, i) => {
      if (!isRecord(row) || !Array.isArray(row.components)) return;
      maxLength(errors, [...p, 'components', i, 'components'], row.components, 5);
      row.components.forEach((component, j) => {
        if (!isRecord(component)) return;
        const c = [...p, 'components', i, 'components', j];
        maxLength(errors, [...c, 'custom_id'], component.custom_id, 100);
        maxLength(errors, [...c, 'label'], component.label, 80);
        maxLength(errors, [...c, 'options'], component.options, 25);
      });
    });
  }
  const ids = collectCustomIds(components);
  if (new Set(ids).size !== ids.length) {
    addFormError(errors, [...p, 'components'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
  }
  if (files.length > 10) maxLength(errors, [...p, 'files'], files, 10);
  if (Object.keys(errors).length > 0) return invalidFormBody(errors);

  if (options.requireContent) {
    const hasContent = typeof body.content === 'string' && body.content.trim() !== '';
    const hasAttachments = files.length > 0 || (Array.isArray(body.attachments) && body.attachments.length > 0);
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    if (!hasContent && embeds.length === 0 && components.length === 0 && !hasAttachments && !hasStickers && !body.poll) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
  }
  return null;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Light validation of application command bodies (what a deploy script most often gets wrong). */
function validateCommandOptions(errors: FormErrors, path: (string | number)[], options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    addFormError(errors, path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  maxLength(errors, path, options, 25);
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option, i) => {
    if (!isRecord(option)) return;
    const name = asString(option.name) ?? '';
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      addFormError(errors, [...path, i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (names.has(name)) {
      addFormError(errors, [...path, i, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    }
    names.add(name);
    const description = asString(option.description) ?? '';
    if (description.length < 1 || description.length > 100) {
      addFormError(errors, [...path, i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    maxLength(errors, [...path, i, 'choices'], option.choices, 25);
    if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
      addFormError(errors, [...path, i, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES', 'Autocomplete cannot be enabled on options with choices');
    }
    const type = asNumber(option.type);
    if (type === ApplicationCommandOptionType.Subcommand || type === ApplicationCommandOptionType.SubcommandGroup) {
      validateCommandOptions(errors, [...path, i, 'options'], option.options);
    } else if (option.required === true && sawOptional) {
      addFormError(errors, [...path, i, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    } else if (option.required !== true) {
      sawOptional = true;
    }
  });
}

function validateCommand(errors: FormErrors, path: (string | number)[], body: Record<string, unknown>): void {
  const type = asNumber(body.type) ?? ApplicationCommandType.ChatInput;
  const name = asString(body.name) ?? '';
  const chatInput = type === ApplicationCommandType.ChatInput;
  if (chatInput ? !COMMAND_NAME.test(name) || name !== name.toLowerCase() : name.length < 1 || name.length > 32) {
    addFormError(errors, [...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  const description = asString(body.description) ?? '';
  if (chatInput && (description.length < 1 || description.length > 100)) {
    addFormError(errors, [...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  if (!chatInput && description !== '') {
    addFormError(errors, [...path, 'description'], 'APPLICATION_COMMAND_INVALID_DESCRIPTION', 'Context menu commands cannot have a description');
  }
  validateCommandOptions(errors, [...path, 'options'], body.options);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** JSON, or multipart/form-data as sent by @discordjs/rest for uploads (`payload_json` + `files[n]`). */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = contentType ?? '';
  if (type.startsWith('application/json')) {
    try {
      return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
    } catch {
      return { body: raw.toString('utf8'), files: [] };
    }
  }
  if (type.startsWith('multipart/form-data')) {
    // undici's Request can parse multipart bodies, which saves a hand-written parser.
    const form = await new Request('http://fake-discord.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: Uint8Array.from(raw),
    }).formData();
    const body: Record<string, unknown> = {};
    const files: RecordedFile[] = [];
    let payload: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') payload = JSON.parse(value) as unknown;
        else body[field] = value;
      } else {
        files.push({
          field,
          name: value.name,
          contentType: value.type,
          size: value.size,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body: payload ?? body, files };
  }
  return { body: raw.toString('utf8'), files: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Internal state
// ---------------------------------------------------------------------------------------------------------

interface GuildModel {
  info: FakeGuildInfo;
  joinedAt: string;
  roles: APIRole[];
  members: Map<string, APIGuildMember>;
  channelIds: string[];
}

interface GatewaySession {
  id: string;
  token: string;
  shard: [number, number];
  intents: number;
  compress: boolean;
  seq: number;
  /** Sent dispatches kept for RESUME replay (bounded). */
  log: { s: number; t: string; d: unknown }[];
  conn: GatewayConn | null;
  invalidated: boolean;
}

interface GatewayConn {
  ws: WebSocket;
  info: GatewayConnectionInfo;
  session: GatewaySession | null;
}

interface InteractionState {
  payload: APIInteraction;
  channelId: string;
  createdAt: number;
  /** The component message for component / modal interactions. */
  componentMessageId: string | null;
  response: InteractionCallbackRecord | null;
  originalId: string | null;
  originalDeleted: boolean;
  followUpIds: string[];
}

const REPLAY_LOG_LIMIT = 1000;

/** discord-api-types flag enums have no 0 member; "no flags" needs a cast. */
const NO_MESSAGE_FLAGS = 0 as MessageFlags;

/** Handle on a dispatched interaction: what the bot answered and the messages it produced. */
export class FakeInteraction {
  readonly #state: InteractionState;
  readonly #owner: FakeDiscord;

  /** @internal */
  constructor(state: InteractionState, owner: FakeDiscord) {
    this.#state = state;
    this.#owner = owner;
  }

  get id(): string {
    return this.#state.payload.id;
  }

  get token(): string {
    return this.#state.payload.token;
  }

  /** The INTERACTION_CREATE payload that was dispatched. */
  get payload(): APIInteraction {
    return this.#state.payload;
  }

  /** The accepted callback (first successful `POST /interactions/:id/:token/callback`), or null. */
  get response(): InteractionCallbackRecord | null {
    return this.#state.response;
  }

  /** Current `@original` message (reply, deferred reply, or the updated component message), or null. */
  get original(): FakeMessage | null {
    if (this.#state.originalDeleted || this.#state.originalId === null) return null;
    return this.#owner.getMessage(this.#state.originalId) ?? null;
  }

  get followUps(): FakeMessage[] {
    return this.#state.followUpIds.flatMap((id) => this.#owner.getMessage(id) ?? []);
  }

  /** Resolves with the accepted callback. */
  waitForResponse(timeoutMs = 2000): Promise<InteractionCallbackRecord> {
    return this.#owner.waitUntil(
      () => this.#state.response ?? undefined,
      timeoutMs,
      () => `interaction ${this.id} was not acknowledged within ${timeoutMs} ms\n${this.#owner.describeRequests()}`,
    );
  }

  /**
   * Resolves with the `@original` message once it satisfies `predicate` (default: exists and is no longer
   * the "thinking…" loading placeholder of a deferred reply).
   */
  waitForOriginal(
    predicate: (message: FakeMessage) => boolean = (m) => ((m.flags ?? 0) & MessageFlags.Loading) === 0,
    timeoutMs = 2000,
  ): Promise<FakeMessage> {
    return this.#owner.waitUntil(
      () => {
        const original = this.original;
        return original && predicate(original) ? original : undefined;
      },
      timeoutMs,
      () =>
        `original response of interaction ${this.id} did not match within ${timeoutMs} ms; it is ${summarize(this.original, 400)}\n${this.#owner.describeRequests()}`,
    );
  }

  /** Resolves once `count` follow-up messages exist. */
  waitForFollowUps(count = 1, timeoutMs = 2000): Promise<FakeMessage[]> {
    return this.#owner.waitUntil(
      () => (this.#state.followUpIds.length >= count ? this.followUps : undefined),
      timeoutMs,
      () => `interaction ${this.id} has ${this.#state.followUpIds.length}/${count} follow-ups after ${timeoutMs} ms\n${this.#owner.describeRequests()}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// FakeDiscord
// ---------------------------------------------------------------------------------------------------------

export class FakeDiscord {
  /** e.g. `http://127.0.0.1:PORT/api`, for discord.js `rest: { api }`. */
  readonly apiUrl: string;
  /** Returned by `GET /gateway/bot`. */
  readonly gatewayUrl: string;
  /** Sent as READY `resume_gateway_url` (same server, `/resume` path so resumes are visible in `gatewayConnections`). */
  readonly resumeGatewayUrl: string;
  readonly port: number;
  /** Equal to the bot user id, as for every modern Discord app. */
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Default human user who invokes interactions and sends messages. Owner of every guild. */
  readonly user: APIUser;
  /** The first guild. */
  readonly guild: FakeGuildInfo;
  readonly guilds: readonly FakeGuildInfo[];

  /** Every accepted interaction callback, in order. */
  readonly interactionCallbacks: InteractionCallbackRecord[] = [];
  readonly gatewayConnections: GatewayConnectionInfo[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Every gateway frame in and out (heartbeats included). */
  readonly frames: GatewayFrameRecord[] = [];
  /** Set to false to stop acknowledging heartbeats (discord.js then treats the connection as a zombie). */
  ackHeartbeats = true;

  #token: string;
  readonly #options: Required<Omit<FakeDiscordOptions, 'token' | 'debug'>> & Pick<FakeDiscordOptions, 'debug'>;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #waiters = new Waiters();
  readonly #requests: RecordedRequest[] = [];
  readonly #failRules: (FailRule & { remaining: number })[] = [];
  readonly #routes: RouteDef[];
  readonly #users = new Map<string, APIUser>();
  readonly #guilds = new Map<string, GuildModel>();
  readonly #channels = new Map<string, APIChannel>();
  readonly #dmChannelByUser = new Map<string, string>();
  readonly #messages = new Map<string, FakeMessage>();
  readonly #interactions = new Map<string, InteractionState>();
  readonly #interactionsByToken = new Map<string, InteractionState>();
  readonly #globalCommands = new Map<string, APIApplicationCommand>();
  readonly #guildCommands = new Map<string, Map<string, APIApplicationCommand>>();
  readonly #sessions = new Map<string, GatewaySession>();
  readonly #conns = new Set<GatewayConn>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #connCounter = 0;
  #closed = false;

  private constructor(server: Server, wss: WebSocketServer, port: number, options: FakeDiscordOptions) {
    this.#server = server;
    this.#wss = wss;
    this.port = port;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.resumeGatewayUrl = `ws://127.0.0.1:${port}/resume`;
    this.#options = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      shardCount: options.shardCount ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      guildCount: options.guildCount ?? 1,
      botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      echoBotMessages: options.echoBotMessages ?? true,
      privilegedIntents: options.privilegedIntents ?? PRIVILEGED_INTENTS,
      guildCreateDelayMs: options.guildCreateDelayMs ?? 20,
      uploadLimitBytes: options.uploadLimitBytes ?? 10 * 1024 * 1024,
      debug: options.debug,
    };

    // A fake bot token shaped like a real one: base64(user id).timestamp.hmac
    this.applicationId = snowflake(Date.now() - 86_400_000 * 400);
    this.#token = options.token ?? `${Buffer.from(this.applicationId).toString('base64url')}.Fake00.${randomBytes(27).toString('base64url')}`;
    this.botUser = {
      id: this.applicationId,
      username: 'Dossier',
      discriminator: '4201',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.#users.set(this.botUser.id, this.botUser);
    this.user = {
      id: snowflake(Date.now() - 86_400_000 * 900),
      username: 'rita.reporter',
      discriminator: '0',
      global_name: 'Rita Reporter',
      avatar: null,
    };
    this.#users.set(this.user.id, this.user);

    const guilds: FakeGuildInfo[] = [];
    for (let i = 0; i < this.#options.guildCount; i++) guilds.push(this.#createGuild(i));
    const first = guilds[0];
    if (!first) throw new Error('FakeDiscord needs at least one guild (guildCount >= 1)');
    this.guild = first;
    this.guilds = guilds;
    this.#dmChannelFor(this.user.id);

    this.#routes = this.#buildRoutes();
    server.on('request', (req, res) => void this.#onHttp(req, res));
    server.on('upgrade', (req, socket, head) => {
      wss.handleUpgrade(req, socket, head, (ws) => this.#onGatewayConnection(ws, req));
    });
  }

  /** Starts the fake on 127.0.0.1 on a random free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    // noServer: upgrades are routed by hand so the gateway accepts any path (`/`, `/resume`, with query).
    const wss = new WebSocketServer({ noServer: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new FakeDiscord(server, wss, port, options);
  }

  /** The token the fake currently accepts. */
  get botToken(): string {
    return this.#token;
  }

  /** Open gateway WebSocket connections. */
  get connections(): number {
    let open = 0;
    for (const conn of this.#conns) if (conn.ws.readyState === WebSocket.OPEN) open++;
    return open;
  }

  /**
   * "Resets" the bot token: REST then answers 401 to the old one and IDENTIFY/RESUME with it is closed with 4004.
   * Returns the new token.
   */
  rotateToken(newToken = `${Buffer.from(this.applicationId).toString('base64url')}.Fake01.${randomBytes(27).toString('base64url')}`): string {
    this.#token = newToken;
    return newToken;
  }

  // ----- users, channels, messages ---------------------------------------------------------------------

  /** Adds a user (member of every guild unless `joinGuilds: false`). */
  addUser(init: AddUserOptions = {}): APIUser {
    const user: APIUser = {
      id: init.id ?? snowflake(),
      username: init.username ?? `user${this.#users.size}`,
      discriminator: init.bot ? String(1000 + this.#users.size) : '0',
      global_name: init.globalName === undefined ? null : init.globalName,
      avatar: null,
      ...(init.bot ? { bot: true } : {}),
    };
    this.#users.set(user.id, user);
    if (init.joinGuilds !== false) {
      for (const guild of this.#guilds.values()) {
        const member = this.#newMember(user, guild.info.id === this.guild.id ? (init.roles ?? []) : []);
        guild.members.set(user.id, member);
        this.dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member, guild_id: guild.info.id });
      }
    }
    return user;
  }

  /** Adds a role to the first guild (announced to connected clients) and returns its id. */
  addRole(name: string, permissions = 0n): string {
    const guild = this.#guilds.get(this.guild.id)!;
    const role: APIRole = {
      ...guild.roles[0]!,
      id: snowflake(),
      name,
      position: guild.roles.length,
      permissions: permissions.toString(),
    };
    guild.roles.push(role);
    this.dispatch(GatewayDispatchEvents.GuildRoleCreate, { guild_id: guild.info.id, role });
    return role.id;
  }

  getUser(id: string): APIUser | undefined {
    return this.#users.get(id);
  }

  getChannel(id: string): APIChannel | undefined {
    return this.#channels.get(id);
  }

  /** The DM channel between `userId` (default `fake.user`) and the bot, created on first use. */
  dmChannel(userId: string = this.user.id): APIDMChannel {
    return this.#dmChannelFor(userId);
  }

  getMessage(id: string): FakeMessage | undefined {
    return this.#messages.get(id);
  }

  /** Stored messages (from `message()` and from the bot), oldest first, optionally for one channel. */
  messages(channelId?: string): FakeMessage[] {
    const all = [...this.#messages.values()];
    return channelId === undefined ? all : all.filter((m) => m.channel_id === channelId);
  }

  /** Messages the bot created (channel messages, interaction replies and follow-ups), oldest first. */
  botMessages(channelId?: string): FakeMessage[] {
    return this.messages(channelId).filter((m) => m.author.id === this.botUser.id);
  }

  /** Registered global commands, or a guild's commands. */
  commands(guildId?: string): APIApplicationCommand[] {
    const map = guildId === undefined ? this.#globalCommands : this.#guildCommands.get(guildId);
    return map ? [...map.values()] : [];
  }

  // ----- recorded REST requests ------------------------------------------------------------------------

  /** Recorded REST requests, optionally filtered. */
  requests(filter?: RequestFilter): RecordedRequest[] {
    return filter === undefined ? [...this.#requests] : this.#requests.filter((r) => matchesFilter(filter, r));
  }

  /** Requests that matched no route (answered 404/405). A non-empty list usually means the fake lacks a route. */
  unhandledRequests(): RecordedRequest[] {
    return this.#requests.filter((r) => r.route === null && !r.injected);
  }

  /** Resolves with the first recorded request (past or future) matching `filter`. */
  waitFor(filter: RequestFilter, timeoutMs = 2000): Promise<RecordedRequest> {
    return this.#waitForRequest(filter, 0, timeoutMs);
  }

  /** Like `waitFor`, but only considers requests recorded after this call. */
  waitForNext(filter: RequestFilter, timeoutMs = 2000): Promise<RecordedRequest> {
    return this.#waitForRequest(filter, this.#requests.length, timeoutMs);
  }

  /** Forgets recorded requests, frames and callbacks (state such as messages and commands is kept). */
  clearRecords(): void {
    this.#requests.length = 0;
    this.interactionCallbacks.length = 0;
    this.frames.length = 0;
  }

  /** Human-readable list of recorded requests, used in timeout errors. */
  describeRequests(): string {
    if (this.#requests.length === 0) return 'No REST requests were recorded.';
    const lines = this.#requests.map(
      (r) => `  #${r.index} ${r.method} ${r.path} -> ${r.status}${r.injected ? ' (injected)' : ''} ${summarize(r.body)}`,
    );
    return `Recorded REST requests:\n${lines.join('\n')}`;
  }

  /**
   * Resolves with the first non-undefined value of `probe`. The probe is re-run on every fake event (REST request,
   * gateway frame) and every 10 ms, so it may also look at client-side state. Rejects with `describe()` on timeout.
   */
  waitUntil<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('FakeDiscord is closed'));
    return this.#waiters.until(probe, timeoutMs, describe);
  }

  // ----- fault injection -------------------------------------------------------------------------------

  /**
   * Makes the next matching REST request(s) fail. Rules are checked before routing, in insertion order.
   * Note: @discordjs/rest retries 5xx up to `retries` (3) times and 429 indefinitely, so a single 500 is
   * invisible to the caller; use `times: 4` to make a request actually fail with 500.
   */
  failNext(rule: FailRule): void {
    this.#failRules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /**
   * Convenience 429. @discordjs/rest only reads the `Retry-After` header (seconds, decimals allowed) and adds
   * its 50 ms offset; the body's `retry_after` is informational.
   */
  rateLimitNext(pathPattern: string | RegExp, options: { method?: string; retryAfterSeconds?: number; global?: boolean; times?: number } = {}): void {
    const retryAfter = options.retryAfterSeconds ?? 0.2;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': options.global ? 'global' : 'user',
    };
    if (options.global) headers['x-ratelimit-global'] = 'true';
    this.failNext({
      ...(options.method === undefined ? {} : { method: options.method }),
      pathPattern,
      status: 429,
      headers,
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: options.global ?? false },
      times: options.times ?? 1,
    });
  }

  // ----- gateway control -------------------------------------------------------------------------------

  /**
   * Sends a dispatch to every live session that should receive it: routed by shard (`guild_id`, DMs to shard 0)
   * and filtered by the session's intents (MESSAGE_CREATE in a guild needs GuildMessages, etc.). Without the
   * MessageContent intent, guild message content/embeds/attachments/components are blanked unless the bot is
   * mentioned or is the author, like Discord does. Sessions that are disconnected but resumable get the event
   * replayed on RESUME. Returns the number of sessions that received (or will receive) it.
   */
  dispatch(t: string, d: unknown, options: { shardId?: number; ignoreIntents?: boolean } = {}): number {
    let delivered = 0;
    for (const session of this.#sessions.values()) {
      if (session.invalidated) continue;
      if (!this.#sessionWants(session, t, d, options)) continue;
      this.#sendDispatch(session, t, this.#shapeForSession(session, t, d));
      delivered++;
    }
    return delivered;
  }

  /**
   * Closes every open gateway connection with `code`. 4000 (Unknown error) and most 4xxx codes are resumable:
   * discord.js waits 500 ms, reconnects to `resume_gateway_url` and sends RESUME. `invalidateSession` forces the
   * following RESUME to be answered with op 9 (d: false), so the client must IDENTIFY again.
   */
  async closeGateway(code = 4000, options: { reason?: string; invalidateSession?: boolean } = {}): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const conn of this.#conns) {
      if (conn.ws.readyState !== WebSocket.OPEN) continue;
      if (conn.session && (options.invalidateSession || SESSION_ENDING_CLOSE_CODES.has(code))) conn.session.invalidated = true;
      conn.info.closedBy = 'server';
      closing.push(new Promise((resolve) => conn.ws.once('close', () => resolve())));
      conn.ws.close(code, options.reason ?? 'fake-discord closed the connection');
    }
    await Promise.all(closing);
  }

  /** Sends op 7 Reconnect: discord.js closes (4200) and resumes. */
  requestReconnect(): void {
    for (const conn of this.#conns) if (conn.session) this.#sendFrame(conn, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 Invalid Session; with `resumable` false the session is dropped and the client re-identifies. */
  invalidateSession(resumable = false): void {
    for (const conn of this.#conns) {
      if (!conn.session) continue;
      if (!resumable) conn.session.invalidated = true;
      this.#sendFrame(conn, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Sends op 1 Heartbeat request; the client must answer with a heartbeat immediately. */
  requestHeartbeat(): void {
    for (const conn of this.#conns) if (conn.ws.readyState === WebSocket.OPEN) this.#sendFrame(conn, { op: GatewayOpcodes.Heartbeat, d: null, s: null, t: null });
  }

  /** Resolves once `count` IDENTIFYs (accepted or not) were received in total. */
  waitForIdentify(count = 1, timeoutMs = 2000): Promise<IdentifyRecord> {
    return this.waitUntil(
      () => this.identifies[count - 1],
      timeoutMs,
      () => `expected ${count} IDENTIFY, got ${this.identifies.length} within ${timeoutMs} ms`,
    );
  }

  /** Resolves once `count` RESUMEs (accepted or not) were received in total. */
  waitForResume(count = 1, timeoutMs = 3000): Promise<ResumeRecord> {
    return this.waitUntil(
      () => this.resumes[count - 1],
      timeoutMs,
      () => `expected ${count} RESUME, got ${this.resumes.length} within ${timeoutMs} ms`,
    );
  }

  // ----- event builders --------------------------------------------------------------------------------

  /**
   * Builds and dispatches INTERACTION_CREATE, returning a handle to inspect the bot's response.
   * `type`: 'command' (slash command, type 2), 'autocomplete' (type 4), 'button' / 'select' (type 3),
   * 'modalSubmit' (type 5).
   */
  interaction(init: InteractionInit): FakeInteraction {
    const handle = this.buildInteraction(init);
    const delivered = this.dispatch(GatewayDispatchEvents.InteractionCreate, handle.payload);
    if (delivered === 0) {
      throw new Error('FakeDiscord.interaction(): no gateway session would receive it; is the client logged in?');
    }
    return handle;
  }

  /** Like `interaction()` but without dispatching (e.g. to dispatch it later with `dispatch()`). */
  buildInteraction(init: InteractionInit): FakeInteraction {
    const user = this.#requireUser(init.userId ?? this.user.id);
    const channel = this.#requireChannel(init.channelId ?? (init.dm ? this.#dmChannelFor(user.id).id : this.guild.textChannelId));
    const guildId = this.#guildIdOf(channel);
    const permissions = guildId ? this.#permissionsFor(guildId, user.id) : DEFAULT_EVERYONE_PERMISSIONS;
    const appPermissions = init.appPermissions ?? (guildId ? this.#permissionsFor(guildId, this.botUser.id) : DEFAULT_EVERYONE_PERMISSIONS);

    const common = {
      id: snowflake(),
      application_id: this.applicationId,
      token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
      version: 1 as const,
      locale: init.locale ?? Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: this.#options.uploadLimitBytes,
      app_permissions: appPermissions.toString(),
      channel_id: channel.id,
      channel: this.#interactionChannel(channel, user),
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
            guild_locale: Locale.EnglishUS,
            member: { ...this.#requireMember(guildId, user.id), user, permissions: permissions.toString() },
            authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
            context: InteractionContextType.Guild,
          }
        : {
            user,
            // Guild-installed app used in the bot's DMs: the guild-install owner is "0".
            authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
            context: InteractionContextType.BotDM,
          }),
    };

    let payload: APIInteraction;
    let componentMessageId: string | null = null;
    switch (init.type) {
      case 'command': {
        const command = this.#findCommand(init.name, guildId);
        const chat: APIChatInputApplicationCommandInteraction = {
          ...common,
          type: InteractionType.ApplicationCommand,
          data: {
            id: command?.id ?? snowflake(),
            name: init.name,
            type: ApplicationCommandType.ChatInput,
            ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
            ...(init.resolved ? { resolved: init.resolved } : {}),
            options: this.#buildOptions(command, init, undefined),
          },
        };
        payload = chat;
        break;
      }
      case 'autocomplete': {
        const command = this.#findCommand(init.name, guildId);
        const auto: APIApplicationCommandAutocompleteInteraction = {
          ...common,
          type: InteractionType.ApplicationCommandAutocomplete,
          data: {
            id: command?.id ?? snowflake(),
            name: init.name,
            type: ApplicationCommandType.ChatInput,
            ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
            options: this.#buildOptions(command, init, init.focused),
          },
        };
        payload = auto;
        break;
      }
      case 'button':
      case 'select': {
        const message = this.#componentMessage(init, channel.id);
        componentMessageId = message.id;
        const component: APIMessageComponentInteraction = {
          ...common,
          type: InteractionType.MessageComponent,
          message: this.#restMessage(message),
          data:
            init.type === 'button'
              ? { custom_id: init.customId, component_type: ComponentType.Button }
              : { custom_id: init.customId, component_type: ComponentType.StringSelect, values: init.values },
        };
        payload = component;
        break;
      }
      case 'modalSubmit': {
        const message = init.message === undefined ? undefined : this.#resolveMessage(init.message);
        componentMessageId = message?.id ?? null;
        const modal: APIModalSubmitInteraction = {
          ...common,
          type: InteractionType.ModalSubmit,
          ...(message ? { message: this.#restMessage(message) } : {}),
          data: {
            custom_id: init.customId,
            components: Object.entries(init.fields).map(([customId, value]) => ({
              type: ComponentType.ActionRow,
              components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
            })),
          },
        };
        payload = modal;
        break;
      }
    }

    const state: InteractionState = {
      payload,
      channelId: channel.id,
      createdAt: Date.now(),
      componentMessageId,
      response: null,
      originalId: null,
      originalDeleted: false,
      followUpIds: [],
    };
    this.#interactions.set(payload.id, state);
    this.#interactionsByToken.set(payload.token, state);
    return new FakeInteraction(state, this);
  }

  /**
   * Builds, stores and dispatches MESSAGE_CREATE from a user (default `fake.user`) in a guild channel or DM.
   *
   * DMs: the payload carries `channel_type: 1` and no `guild_id`. discord.js only emits `messageCreate` for a
   * DM channel it has not cached if the client has `partials: [Partials.Channel]` (Discord does not send
   * CHANNEL_CREATE for DMs), and the DirectMessages intent. Guild messages need GuildMessages, and the content
   * is blanked without MessageContent unless the bot is mentioned.
   */
  message(init: MessageInit): FakeMessage {
    const message = this.buildMessage(init);
    this.#storeMessage(message);
    this.dispatch(GatewayDispatchEvents.MessageCreate, message);
    return message;
  }

  /** Like `message()` without storing/dispatching. */
  buildMessage(init: MessageInit): FakeMessage {
    const author = this.#requireUser(init.authorId ?? this.user.id);
    const channel = this.#requireChannel(init.channelId ?? (init.dm ? this.#dmChannelFor(author.id).id : this.guild.textChannelId));
    const guildId = this.#guildIdOf(channel);
    const mentionIds = new Set(init.mentions ?? []);
    for (const match of init.content.matchAll(/<@!?(\d{17,20})>/g)) if (match[1]) mentionIds.add(match[1]);
    const mentions: APIUserWithMember[] = [...mentionIds].flatMap((id) => {
      const user = this.#users.get(id);
      if (!user) return [];
      const member = guildId ? this.#guilds.get(guildId)?.members.get(id) : undefined;
      return [member ? { ...user, member: this.#memberNoUser(member) } : { ...user }];
    });
    const reference = init.replyTo === undefined ? undefined : this.#resolveMessage(init.replyTo);
    const authorMember = guildId ? this.#guilds.get(guildId)?.members.get(author.id) : undefined;
    const message: FakeMessage = {
      id: init.id ?? snowflake(),
      channel_id: channel.id,
      author,
      content: init.content,
      timestamp: isoNow(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [...init.content.matchAll(/<@&(\d{17,20})>/g)].flatMap((m) => (m[1] ? [m[1]] : [])),
      attachments: init.attachments ?? [],
      embeds: init.embeds ?? [],
      components: [],
      pinned: false,
      type: reference ? MessageType.Reply : MessageType.Default,
      flags: NO_MESSAGE_FLAGS,
      nonce: snowflake(),
      channel_type: channel.type as FakeMessage['channel_type'],
      ...(guildId ? { guild_id: guildId } : {}),
      ...(authorMember ? { member: this.#memberNoUser(authorMember) } : {}),
      ...(reference
        ? {
            message_reference: {
              type: MessageReferenceType.Default,
              message_id: reference.id,
              channel_id: reference.channel_id,
              ...(guildId ? { guild_id: guildId } : {}),
            },
            referenced_message: this.#restMessage(reference),
          }
        : {}),
    };
    return message;
  }

  // ----- shutdown --------------------------------------------------------------------------------------

  /** Closes every socket and server. Pending waiters reject. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#waiters.failAll(new Error('FakeDiscord was closed while waiting'));
    for (const conn of this.#conns) conn.ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    // undici keeps REST connections alive; without this, server.close() waits for them to time out.
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // =======================================================================================================
  // Internals: model
  // =======================================================================================================

  #debug(line: string): void {
    this.#options.debug?.(`[fake-discord] ${line}`);
  }

  #later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#closed) fn();
    }, ms);
    this.#timers.add(timer);
  }

  #createGuild(index: number): FakeGuildInfo {
    // Distinct millisecond timestamps so that guilds spread over shards ((id >> 22) % shardCount).
    const id = snowflake(Date.now() - 86_400_000 * 300 - index);
    const everyoneRoleId = id; // @everyone's id is the guild id
    const botRoleId = snowflake();
    const categoryId = snowflake();
    const textChannelId = snowflake();
    const secondTextChannelId = snowflake();
    const info: FakeGuildInfo = {
      id,
      name: index === 0 ? 'Newsroom' : `Newsroom ${index + 1}`,
      ownerId: this.user.id,
      everyoneRoleId,
      botRoleId,
      categoryId,
      textChannelId,
      secondTextChannelId,
    };
    const role = (roleId: string, name: string, permissions: bigint, position: number, managed: boolean): APIRole => ({
      id: roleId,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: permissions.toString(),
      managed,
      mentionable: false,
      flags: 0 as RoleFlags,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    const category: APIGuildCategoryChannel = {
      id: categoryId,
      type: ChannelType.GuildCategory,
      guild_id: id,
      name: 'Text Channels',
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
    };
    const text = (channelId: string, name: string, position: number, topic: string): APITextChannel => ({
      id: channelId,
      type: ChannelType.GuildText,
      guild_id: id,
      name,
      position,
      permission_overwrites: [],
      parent_id: categoryId,
      nsfw: false,
      topic,
      rate_limit_per_user: 0,
      last_message_id: null,
      last_pin_timestamp: null,
      default_auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
    });
    this.#channels.set(categoryId, category);
    this.#channels.set(textChannelId, text(textChannelId, 'general', 0, 'General chatter'));
    this.#channels.set(secondTextChannelId, text(secondTextChannelId, 'newsroom', 1, 'Ask Dossier about the archive'));
    const model: GuildModel = {
      info,
      joinedAt: new Date(Date.now() - 86_400_000 * 30).toISOString(),
      roles: [
        role(everyoneRoleId, '@everyone', DEFAULT_EVERYONE_PERMISSIONS, 0, false),
        role(botRoleId, 'Dossier', this.#options.botPermissions, 1, true),
      ],
      members: new Map(),
      channelIds: [categoryId, textChannelId, secondTextChannelId],
    };
    model.members.set(this.user.id, this.#newMember(this.user, []));
    model.members.set(this.botUser.id, { ...this.#newMember(this.botUser, [botRoleId]), joined_at: model.joinedAt });
    this.#guilds.set(id, model);
    return info;
  }

  #newMember(user: APIUser, roles: string[]): APIGuildMember {
    return {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles,
      joined_at: new Date(Date.now() - 86_400_000 * 60).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    };
  }

  #memberNoUser(member: APIGuildMember): APIGuildMemberNoUser {
    const { user: _user, ...rest } = member;
    return { ...rest, joined_at: rest.joined_at ?? isoNow() };
  }

  #dmChannelFor(userId: string): APIDMChannel {
    const existingId = this.#dmChannelByUser.get(userId);
    const existing = existingId ? this.#channels.get(existingId) : undefined;
    if (existing?.type === ChannelType.DM) return existing;
    const user = this.#requireUser(userId);
    const channel: APIDMChannel = {
      id: snowflake(),
      type: ChannelType.DM,
      name: null,
      last_message_id: null,
      recipients: [user],
    };
    this.#channels.set(channel.id, channel);
    this.#dmChannelByUser.set(userId, channel.id);
    return channel;
  }

  #requireUser(id: string): APIUser {
    const user = this.#users.get(id);
    if (!user) throw new Error(`FakeDiscord: unknown user ${id} (create it with addUser())`);
    return user;
  }

  #requireChannel(id: string): APIChannel {
    const channel = this.#channels.get(id);
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${id}`);
    return channel;
  }

  #requireMember(guildId: string, userId: string): APIGuildMember {
    const member = this.#guilds.get(guildId)?.members.get(userId);
    if (!member) throw new Error(`FakeDiscord: user ${userId} is not a member of guild ${guildId}`);
    return member;
  }

  #guildIdOf(channel: APIChannel): string | undefined {
    return 'guild_id' in channel && typeof channel.guild_id === 'string' ? channel.guild_id : undefined;
  }

  /** Base permissions (no channel overwrites are modelled). Administrator and ownership grant everything. */
  #permissionsFor(guildId: string, userId: string): bigint {
    const guild = this.#guilds.get(guildId);
    if (!guild) return 0n;
    if (guild.info.ownerId === userId) return ALL_PERMISSIONS;
    const member = guild.members.get(userId);
    if (!member) return 0n;
    let permissions = 0n;
    for (const role of guild.roles) {
      if (role.id === guild.info.everyoneRoleId || member.roles.includes(role.id)) permissions |= BigInt(role.permissions);
    }
    return (permissions & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
  }

  #botCan(channel: APIChannel, ...needed: bigint[]): boolean {
    const guildId = this.#guildIdOf(channel);
    if (!guildId) return true;
    const permissions = this.#permissionsFor(guildId, this.botUser.id);
    return needed.every((bit) => (permissions & bit) === bit);
  }

  #interactionChannel(channel: APIChannel, user: APIUser): NonNullable<APIInteraction['channel']> {
    if (channel.type === ChannelType.DM) return { ...channel, recipients: [user] };
    return { ...channel };
  }

  #storeMessage(message: FakeMessage): void {
    this.#messages.set(message.id, message);
    const channel = this.#channels.get(message.channel_id);
    if (channel && 'last_message_id' in channel) channel.last_message_id = message.id;
    if (channel && THREAD_TYPES.has(channel.type) && 'message_count' in channel) {
      const thread = channel as APIThreadChannel;
      thread.message_count = (thread.message_count ?? 0) + 1;
      thread.total_message_sent = (thread.total_message_sent ?? 0) + 1;
    }
  }

  /** A stored message as returned by REST (no gateway-only fields). */
  #restMessage(message: FakeMessage): APIMessage {
    const { member: _member, channel_type: _channelType, guild_id: _guildId, ...rest } = message;
    return rest;
  }

  #resolveMessage(ref: string | APIMessage): FakeMessage {
    const id = typeof ref === 'string' ? ref : ref.id;
    const stored = this.#messages.get(id);
    if (stored) return stored;
    if (typeof ref === 'string') throw new Error(`FakeDiscord: unknown message ${id}`);
    const channel = this.#channels.get(ref.channel_id);
    const guildId = channel ? this.#guildIdOf(channel) : undefined;
    const adopted: FakeMessage = { ...ref, ...(guildId ? { guild_id: guildId } : {}) };
    this.#storeMessage(adopted);
    return adopted;
  }

  #componentMessage(init: ButtonInteractionInit | SelectInteractionInit, channelId: string): FakeMessage {
    if (init.message !== undefined) return this.#resolveMessage(init.message);
    const existing = this.botMessages(channelId)
      .reverse()
      .find((m) => collectCustomIds(m.components).includes(init.customId));
    if (existing) return existing;
    const components: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: init.customId, label: 'Next' }],
      },
    ];
    const message = this.#newBotMessage(channelId, { content: 'Synthesized message with a component', components }, [], MessageType.Default);
    this.#storeMessage(message);
    return message;
  }

  #findCommand(name: string, guildId: string | undefined): APIApplicationCommand | undefined {
    const inGuild = guildId ? this.#guildCommands.get(guildId) : undefined;
    const match = (map: Map<string, APIApplicationCommand> | undefined): APIApplicationCommand | undefined =>
      map ? [...map.values()].find((c) => c.name === name && (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput) : undefined;
    return match(inGuild) ?? match(this.#globalCommands);
  }

  #buildOptions(
    command: APIApplicationCommand | undefined,
    init: CommandInteractionInit | AutocompleteInteractionInit,
    focused: string | undefined,
  ): APIApplicationCommandInteractionDataOption[] {
    // Find the option definitions at the (sub)command level the options belong to.
    let definitions: APIApplicationCommandOption[] | undefined = command?.options;
    for (const level of [init.subcommandGroup, init.subcommand]) {
      if (level === undefined) continue;
      const next = definitions?.find((o) => o.name === level);
      definitions = next && 'options' in next ? (next.options as APIApplicationCommandOption[] | undefined) : undefined;
    }
    let basic: APIApplicationCommandInteractionDataOption[];
    if (Array.isArray(init.options)) {
      basic = init.options;
    } else {
      basic = Object.entries(init.options ?? {}).map(([name, raw]) => {
        const explicit = typeof raw === 'object' ? raw : undefined;
        const value = explicit ? explicit.value : raw;
        const declared = definitions?.find((o) => o.name === name)?.type;
        const type =
          explicit?.type ??
          declared ??
          (typeof value === 'boolean'
            ? ApplicationCommandOptionType.Boolean
            : typeof value === 'number'
              ? Number.isInteger(value)
                ? ApplicationCommandOptionType.Integer
                : ApplicationCommandOptionType.Number
              : ApplicationCommandOptionType.String);
        // The focused option carries the raw text typed so far (a string even for numeric options).
        const option = { name, type, value: name === focused ? String(value) : value, ...(name === focused ? { focused: true } : {}) };
        return option as APIApplicationCommandInteractionDataBasicOption;
      });
      if (focused !== undefined && !(focused in (init.options ?? {}))) {
        basic.push({ name: focused, type: ApplicationCommandOptionType.String, value: '', focused: true });
      }
    }
    if (init.subcommand === undefined) return basic;
    const sub: APIApplicationCommandInteractionDataOption = {
      name: init.subcommand,
      type: ApplicationCommandOptionType.Subcommand,
      options: basic as APIApplicationCommandInteractionDataBasicOption[],
    };
    if (init.subcommandGroup === undefined) return [sub];
    return [{ name: init.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] }];
  }

  /** A message authored by the bot from a REST message payload. */
  #newBotMessage(
    channelId: string,
    body: Record<string, unknown>,
    files: RecordedFile[],
    type: MessageType,
    extra: Partial<FakeMessage> = {},
  ): FakeMessage {
    const channel = this.#channels.get(channelId);
    const guildId = channel ? this.#guildIdOf(channel) : undefined;
    const botMember = guildId ? this.#guilds.get(guildId)?.members.get(this.botUser.id) : undefined;
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: asString(body.content) ?? '',
      timestamp: isoNow(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.#attachments(body, files, []),
      embeds: this.#embeds(body.embeds),
      components: Array.isArray(body.components) ? (body.components as APIMessageTopLevelComponent[]) : [],
      pinned: false,
      type,
      flags: asNumber(body.flags) ?? 0,
      ...(typeof body.nonce === 'string' || typeof body.nonce === 'number' ? { nonce: body.nonce } : {}),
      ...(channel ? { channel_type: channel.type as FakeMessage['channel_type'] } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
      ...(botMember ? { member: this.#memberNoUser(botMember) } : {}),
      ...extra,
    };
  }

  /** Discord echoes embeds back with `type: 'rich'`. */
  #embeds(value: unknown): APIEmbed[] {
    if (!Array.isArray(value)) return [];
    return value.filter(isRecord).map((embed) => ({ type: 'rich', ...embed }) as APIEmbed);
  }

  /** Attachments of a message: kept existing ones listed in `attachments`, plus uploaded `files`. */
  #attachments(body: Record<string, unknown>, files: RecordedFile[], existing: APIAttachment[]): APIAttachment[] {
    const listed = Array.isArray(body.attachments) ? body.attachments.filter(isRecord) : [];
    const kept = existing.filter((a) => listed.some((l) => String(l.id) === a.id));
    const uploaded = files.map((file, index): APIAttachment => {
      const meta = listed.find((l) => String(l.id) === String(index));
      const id = snowflake();
      const filename = asString(meta?.filename) ?? file.name;
      const url = `https://cdn.discordapp.com/attachments/${id}/${encodeURIComponent(filename)}`;
      return {
        id,
        filename,
        size: file.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: file.contentType,
        ...(asString(meta?.description) !== undefined ? { description: asString(meta?.description) } : {}),
      };
    });
    return [...kept, ...uploaded];
  }

  /** Applies an edit payload to a stored message (content, embeds, components, attachments, flags). */
  #applyEdit(message: FakeMessage, body: Record<string, unknown>, files: RecordedFile[]): FakeMessage {
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    const edited: FakeMessage = { ...message };
    if ('content' in body) edited.content = asString(body.content) ?? '';
    if ('embeds' in body) edited.embeds = this.#embeds(body.embeds);
    if ('components' in body) edited.components = Array.isArray(body.components) ? (body.components as APIMessageTopLevelComponent[]) : [];
    if ('attachments' in body || files.length > 0) edited.attachments = this.#attachments(body, files, message.attachments);
    let flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    const newFlags = asNumber(body.flags);
    if (newFlags !== undefined) {
      // Only SUPPRESS_EMBEDS (and IS_COMPONENTS_V2) can be changed by an edit; ephemeral stays as it was.
      const editable = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
      flags = (flags & ~editable) | (newFlags & editable);
    }
    edited.flags = flags;
    // Replacing the "thinking…" placeholder of a deferred reply is not shown as an edit.
    edited.edited_timestamp = wasLoading ? null : isoNow();
    this.#messages.set(edited.id, edited);
    return edited;
  }

  #isEphemeral(message: FakeMessage): boolean {
    return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  }

  #echo(t: string, message: FakeMessage): void {
    if (!this.#options.echoBotMessages || this.#isEphemeral(message)) return;
    this.dispatch(t, message);
  }

  // =======================================================================================================
  // Internals: REST
  // =======================================================================================================

  #waitForRequest(filter: RequestFilter, from: number, timeoutMs: number): Promise<RecordedRequest> {
    return this.waitUntil(
      () => this.#requests.slice(from).find((r) => matchesFilter(filter, r)),
      timeoutMs,
      () => `No REST request matching ${describeFilter(filter)} within ${timeoutMs} ms.\n${this.describeRequests()}`,
    );
  }

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = '/api/v10';
    const versioned = url.pathname.startsWith(`${prefix}/`);
    // Decoded per segment: @discordjs/rest percent-encodes ids such as `@original` (-> %40original) and emojis.
    const path = (versioned ? url.pathname.slice(prefix.length) : url.pathname)
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/');
    let body: unknown;
    let files: RecordedFile[] = [];
    let result: RestResult;
    let route: string | null = null;
    let injected = false;
    try {
      const raw = await readBody(req);
      if (raw.length > this.#options.uploadLimitBytes) {
        result = apiError(413, 40005, 'Request entity too large');
      } else {
        ({ body, files } = await parseBody(raw, req.headers['content-type']));
        const matched = versioned ? this.#matchRoute(method, path) : null;
        route = matched && 'route' in matched ? `${matched.route.method} ${matched.route.template}` : null;
        const fault = this.#takeFault(method, path);
        if (fault) {
          injected = true;
          result = fault;
        } else if (!versioned) {
          result = apiError(404, 0, `Unknown route: ${method} ${url.pathname} (fake-discord serves ${prefix}/...)`);
        } else if (!matched) {
          result = apiError(404, 0, `Unknown route: ${method} ${path} (the fake does not serve it)`);
        } else if ('methodNotAllowed' in matched) {
          result = apiError(405, 0, '405: Method Not Allowed');
        } else if (matched.route.auth && req.headers.authorization !== `Bot ${this.#token}`) {
          // Note: on a 401 @discordjs/rest forgets its token, so later authenticated calls fail locally.
          result = apiError(401, 0, '401: Unauthorized');
        } else {
          result = await matched.route.handler({ method, path, params: matched.params, query: url.searchParams, body, files });
        }
      }
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.#debug(`handler error for ${method} ${path}: ${detail}`);
      result = apiError(500, 0, `fake-discord internal error: ${error instanceof Error ? error.message : String(error)}`);
    }

    const record: RecordedRequest = {
      index: this.#requests.length,
      method,
      path,
      route,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      files,
      status: result.status,
      response: result.body,
      injected,
      time: Date.now(),
    };
    this.#requests.push(record);
    this.#debug(`REST ${method} ${path} -> ${result.status}${injected ? ' (injected)' : ''} ${summarize(body)}`);

    if (result.body === undefined || result.body === null || result.status === 204) {
      res.writeHead(result.status, result.headers ?? {});
      res.end();
    } else {
      res.writeHead(result.status, { 'content-type': 'application/json', ...result.headers });
      res.end(JSON.stringify(result.body));
    }
    this.#waiters.notify();
  }

  #matchRoute(
    method: string,
    path: string,
  ): { route: RouteDef; params: Record<string, string> } | { methodNotAllowed: true } | null {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchPath(route.template, path);
      if (!params) continue;
      if (route.method === method) return { route, params };
      pathMatched = true;
    }
    return pathMatched ? { methodNotAllowed: true } : null;
  }

  #takeFault(method: string, path: string): RestResult | null {
    const index = this.#failRules.findIndex(
      (rule) => (rule.method === undefined || rule.method.toUpperCase() === method) && matchPath(rule.pathPattern, path) !== null,
    );
    const rule = this.#failRules[index];
    if (!rule) return null;
    rule.remaining--;
    if (rule.remaining <= 0) this.#failRules.splice(index, 1);
    const body = rule.body === undefined ? { message: `${rule.status}: injected by fake-discord`, code: 0 } : rule.body;
    return { status: rule.status, body: body === null ? undefined : body, headers: rule.headers ?? {} };
  }

  #buildRoutes(): RouteDef[] {
    const r = (method: string, template: string, auth: boolean, handler: RouteDef['handler']): RouteDef => ({ method, template, auth, handler });
    // Literal segments (`@me`, `@original`) come before parameters so they win.
    return [
      r('GET', '/gateway', false, () => ok({ url: this.gatewayUrl })),
      r('GET', '/gateway/bot', true, () =>
        ok({
          url: this.gatewayUrl,
          shards: this.#options.shardCount,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.#options.maxConcurrency },
        }),
      ),
      r('GET', '/users/@me', true, () => ok({ ...this.botUser, verified: true, mfa_enabled: false, locale: 'en-US', email: null })),
      r('POST', '/users/@me/channels', true, (ctx) => this.#createDm(ctx)),
      r('GET', '/users/:userId', true, (ctx) => {
        const user = this.#users.get(ctx.params.userId ?? '');
        return user ? ok(user) : apiError(404, 10013, 'Unknown User');
      }),
      r('GET', '/applications/@me', true, () => ok(this.#application())),
      r('GET', '/oauth2/applications/@me', true, () => ok(this.#application())),
      r('GET', '/applications/:applicationId/commands', true, (ctx) => this.#listCommands(ctx)),
      r('PUT', '/applications/:applicationId/commands', true, (ctx) => this.#putCommands(ctx)),
      r('POST', '/applications/:applicationId/commands', true, (ctx) => this.#postCommand(ctx)),
      r('GET', '/applications/:applicationId/commands/:commandId', true, (ctx) => this.#getCommand(ctx)),
      r('PATCH', '/applications/:applicationId/commands/:commandId', true, (ctx) => this.#patchCommand(ctx)),
      r('DELETE', '/applications/:applicationId/commands/:commandId', true, (ctx) => this.#deleteCommand(ctx)),
      r('GET', '/applications/:applicationId/guilds/:guildId/commands', true, (ctx) => this.#listCommands(ctx)),
      r('PUT', '/applications/:applicationId/guilds/:guildId/commands', true, (ctx) => this.#putCommands(ctx)),
      r('POST', '/applications/:applicationId/guilds/:guildId/commands', true, (ctx) => this.#postCommand(ctx)),
      r('GET', '/applications/:applicationId/guilds/:guildId/commands/:commandId', true, (ctx) => this.#getCommand(ctx)),
      r('PATCH', '/applications/:applicationId/guilds/:guildId/commands/:commandId', true, (ctx) => this.#patchCommand(ctx)),
      r('DELETE', '/applications/:applicationId/guilds/:guildId/commands/:commandId', true, (ctx) => this.#deleteCommand(ctx)),
      r('POST', '/interactions/:interactionId/:token/callback', false, (ctx) => this.#interactionCallback(ctx)),
      r('POST', '/webhooks/:applicationId/:token', false, (ctx) => this.#createFollowUp(ctx)),
      r('GET', '/webhooks/:applicationId/:token/messages/:messageId', false, (ctx) => this.#webhookMessage(ctx)),
      r('PATCH', '/webhooks/:applicationId/:token/messages/:messageId', false, (ctx) => this.#webhookMessage(ctx)),
      r('DELETE', '/webhooks/:applicationId/:token/messages/:messageId', false, (ctx) => this.#webhookMessage(ctx)),
      r('GET', '/channels/:channelId', true, (ctx) => {
        const channel = this.#channels.get(ctx.params.channelId ?? '');
        return channel ? ok(channel) : apiError(404, 10003, 'Unknown Channel');
      }),
      r('GET', '/channels/:channelId/messages', true, (ctx) => this.#listMessages(ctx)),
      r('POST', '/channels/:channelId/messages', true, (ctx) => this.#createChannelMessage(ctx)),
      r('GET', '/channels/:channelId/messages/:messageId', true, (ctx) => this.#channelMessage(ctx)),
      r('PATCH', '/channels/:channelId/messages/:messageId', true, (ctx) => this.#channelMessage(ctx)),
      r('DELETE', '/channels/:channelId/messages/:messageId', true, (ctx) => this.#channelMessage(ctx)),
      r('POST', '/channels/:channelId/messages/:messageId/threads', true, (ctx) => this.#createThread(ctx)),
      r('POST', '/channels/:channelId/threads', true, (ctx) => this.#createThread(ctx)),
      r('POST', '/channels/:channelId/typing', true, (ctx) =>
        this.#channels.has(ctx.params.channelId ?? '') ? noContent() : apiError(404, 10003, 'Unknown Channel'),
      ),
      r('PUT', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', true, (ctx) => this.#reaction(ctx, true)),
      r('DELETE', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', true, (ctx) => this.#reaction(ctx, false)),
      r('GET', '/guilds/:guildId', true, (ctx) => {
        const guild = this.#guilds.get(ctx.params.guildId ?? '');
        return guild ? ok(this.#apiGuild(guild)) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guildId/channels', true, (ctx) => {
        const guild = this.#guilds.get(ctx.params.guildId ?? '');
        return guild ? ok(guild.channelIds.flatMap((id) => this.#channels.get(id) ?? [])) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guildId/roles', true, (ctx) => {
        const guild = this.#guilds.get(ctx.params.guildId ?? '');
        return guild ? ok(guild.roles) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guildId/members', true, (ctx) => {
        const guild = this.#guilds.get(ctx.params.guildId ?? '');
        const limit = Number(ctx.query.get('limit') ?? '1');
        return guild ? ok([...guild.members.values()].slice(0, limit)) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guildId/members/:userId', true, (ctx) => {
        const guild = this.#guilds.get(ctx.params.guildId ?? '');
        if (!guild) return apiError(404, 10004, 'Unknown Guild');
        const member = guild.members.get(ctx.params.userId ?? '');
        return member ? ok(member) : apiError(404, 10007, 'Unknown Member');
      }),
    ];
  }

  #application(): APIApplication {
    const flags =
      ApplicationFlags.GatewayMessageContentLimited |
      ApplicationFlags.GatewayGuildMembersLimited |
      ApplicationFlags.GatewayPresenceLimited |
      ApplicationFlags.ApplicationCommandBadge;
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: 'Answers questions about a folder of news articles.',
      bot_public: false,
      bot_require_code_grant: false,
      bot: this.botUser,
      owner: this.user,
      summary: '',
      verify_key: randomBytes(32).toString('hex'),
      team: null,
      flags,
      flags_new: String(flags),
      approximate_guild_count: this.#guilds.size,
      interactions_endpoint_url: null,
      redirect_uris: [],
      tags: ['news'],
    };
  }

  #apiGuild(guild: GuildModel): APIGuild {
    const first = guild.info;
    return {
      id: first.id,
      name: first.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: first.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: GuildVerificationLevel.Low,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.AllMembers,
      roles: guild.roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: first.textChannelId,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500_000,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };
  }

  #guildCreatePayload(guild: GuildModel): GatewayGuildCreateDispatchData {
    const channels = guild.channelIds.flatMap((id) => {
      const channel = this.#channels.get(id);
      return channel && !THREAD_TYPES.has(channel.type) ? [channel] : [];
    }) as GatewayGuildCreateDispatchData['channels'];
    const threads = [...this.#channels.values()].filter(
      (c) => THREAD_TYPES.has(c.type) && this.#guildIdOf(c) === guild.info.id,
    ) as GatewayGuildCreateDispatchData['threads'];
    return {
      ...this.#apiGuild(guild),
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [...guild.members.values()],
      channels,
      threads,
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  #createDm(ctx: RestContext): RestResult {
    const recipient = isRecord(ctx.body) ? asString(ctx.body.recipient_id) : undefined;
    if (!recipient) return invalidFormBody({ recipient_id: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
    if (!this.#users.has(recipient)) return apiError(404, 10013, 'Unknown User');
    return ok(this.#dmChannelFor(recipient));
  }

  // ----- commands --------------------------------------------------------------------------------------

  #commandScope(ctx: RestContext): { map: Map<string, APIApplicationCommand>; guildId?: string } | RestResult {
    if (ctx.params.applicationId !== this.applicationId) return apiError(404, 10002, 'Unknown Application');
    const guildId = ctx.params.guildId;
    if (guildId === undefined) return { map: this.#globalCommands };
    if (!this.#guilds.has(guildId)) return apiError(403, 50001, 'Missing Access');
    let map = this.#guildCommands.get(guildId);
    if (!map) {
      map = new Map();
      this.#guildCommands.set(guildId, map);
    }
    return { map, guildId };
  }

  #toCommand(body: Record<string, unknown>, previous: APIApplicationCommand | undefined, guildId: string | undefined): APIApplicationCommand {
    const type = (asNumber(body.type) ?? previous?.type ?? ApplicationCommandType.ChatInput) as ApplicationCommandType;
    const defaultMemberPermissions = body.default_member_permissions;
    return {
      id: previous?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: asString(body.name) ?? previous?.name ?? '',
      name_localizations: isRecord(body.name_localizations) ? (body.name_localizations as APIApplicationCommand['name_localizations']) : null,
      description: asString(body.description) ?? previous?.description ?? '',
      description_localizations: isRecord(body.description_localizations)
        ? (body.description_localizations as APIApplicationCommand['description_localizations'])
        : null,
      default_member_permissions:
        typeof defaultMemberPermissions === 'string' ? defaultMemberPermissions : (previous?.default_member_permissions ?? null),
      dm_permission: body.dm_permission !== false,
      nsfw: body.nsfw === true,
      integration_types: Array.isArray(body.integration_types)
        ? (body.integration_types as ApplicationIntegrationType[])
        : [ApplicationIntegrationType.GuildInstall],
      contexts: Array.isArray(body.contexts) ? (body.contexts as InteractionContextType[]) : null,
      ...(Array.isArray(body.options) ? { options: body.options as APIApplicationCommandOption[] } : previous?.options ? { options: previous.options } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  #listCommands(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    return 'map' in scope ? ok([...scope.map.values()]) : scope;
  }

  #getCommand(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    if (!('map' in scope)) return scope;
    const command = scope.map.get(ctx.params.commandId ?? '');
    return command ? ok(command) : apiError(404, 10063, 'Unknown application command');
  }

  /** Bulk overwrite: the body replaces every command; unchanged names keep their ids (like Discord). */
  #putCommands(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    if (!('map' in scope)) return scope;
    if (!Array.isArray(ctx.body)) return invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
    const errors: FormErrors = {};
    const seen = new Set<string>();
    ctx.body.forEach((item, i) => {
      if (!isRecord(item)) {
        addFormError(errors, [i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
        return;
      }
      validateCommand(errors, [i], item);
      const key = `${asNumber(item.type) ?? 1}:${asString(item.name) ?? ''}`;
      if (seen.has(key)) addFormError(errors, [i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
      seen.add(key);
    });
    if (ctx.body.length > 100) maxLength(errors, [], ctx.body, 100);
    if (Object.keys(errors).length > 0) return invalidFormBody(errors);
    const previous = [...scope.map.values()];
    scope.map.clear();
    for (const item of ctx.body.filter(isRecord)) {
      const before = previous.find((c) => c.name === item.name && c.type === (asNumber(item.type) ?? ApplicationCommandType.ChatInput));
      const command = this.#toCommand(item, before, scope.guildId);
      scope.map.set(command.id, command);
    }
    return ok([...scope.map.values()]);
  }

  #postCommand(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    if (!('map' in scope)) return scope;
    if (!isRecord(ctx.body)) return invalidFormBody({ _errors: [{ code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }] });
    const errors: FormErrors = {};
    validateCommand(errors, [], ctx.body);
    if (Object.keys(errors).length > 0) return invalidFormBody(errors);
    const type = asNumber(ctx.body.type) ?? ApplicationCommandType.ChatInput;
    const name = asString(ctx.body.name);
    const before = [...scope.map.values()].find((c) => c.name === name && c.type === type);
    const command = this.#toCommand(ctx.body, before, scope.guildId);
    scope.map.set(command.id, command);
    return ok(command, before ? 200 : 201);
  }

  #patchCommand(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    if (!('map' in scope)) return scope;
    const before = scope.map.get(ctx.params.commandId ?? '');
    if (!before) return apiError(404, 10063, 'Unknown application command');
    if (!isRecord(ctx.body)) return invalidFormBody({});
    const merged = { ...before, ...ctx.body };
    const errors: FormErrors = {};
    validateCommand(errors, [], merged);
    if (Object.keys(errors).length > 0) return invalidFormBody(errors);
    const command = this.#toCommand(merged, before, scope.guildId);
    scope.map.set(command.id, command);
    return ok(command);
  }

  #deleteCommand(ctx: RestContext): RestResult {
    const scope = this.#commandScope(ctx);
    if (!('map' in scope)) return scope;
    return scope.map.delete(ctx.params.commandId ?? '') ? noContent() : apiError(404, 10063, 'Unknown application command');
  }

  // ----- interactions ----------------------------------------------------------------------------------

  #interactionCallback(ctx: RestContext): RestResult {
    const state = this.#interactions.get(ctx.params.interactionId ?? '');
    if (!state || state.payload.token !== ctx.params.token) return apiError(404, 10062, 'Unknown interaction');
    if (state.response) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const deadline = this.#options.interactionDeadlineMs;
    if (deadline > 0 && Date.now() - state.createdAt > deadline) {
      // Discord gives up on the interaction after 3 s: the user sees "The application did not respond".
      return apiError(404, 10062, 'Unknown interaction');
    }
    const body = isRecord(ctx.body) ? ctx.body : {};
    const type = asNumber(body.type);
    if (type === undefined) return invalidFormBody({ type: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
    const data = isRecord(body.data) ? body.data : {};

    const allowed: Record<number, InteractionResponseType[]> = {
      [InteractionType.ApplicationCommand]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
        InteractionResponseType.LaunchActivity,
      ],
      [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
      [InteractionType.MessageComponent]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ],
      [InteractionType.ModalSubmit]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        ...(state.componentMessageId ? [InteractionResponseType.DeferredMessageUpdate, InteractionResponseType.UpdateMessage] : []),
      ],
    };
    if (!(allowed[state.payload.type] ?? []).includes(type)) {
      return invalidFormBody({
        type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Interaction response type ${type} is not valid for interaction type ${state.payload.type}` }] },
      });
    }

    let resource: FakeMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        if (type === InteractionResponseType.ChannelMessageWithSource) {
          const invalid = validateMessagePayload(data, ctx.files, { prefix: ['data'], requireContent: true });
          if (invalid) return invalid;
        }
        const flags = (asNumber(data.flags) ?? 0) & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2 | MessageFlags.SuppressNotifications);
        const payload = state.payload;
        const isCommand = payload.type === InteractionType.ApplicationCommand;
        const original = this.#newBotMessage(
          state.channelId,
          type === InteractionResponseType.DeferredChannelMessageWithSource ? { flags: flags | MessageFlags.Loading } : { ...data, flags },
          type === InteractionResponseType.DeferredChannelMessageWithSource ? [] : ctx.files,
          isCommand ? MessageType.ChatInputCommand : MessageType.Default,
          {
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: payload.id,
              type: payload.type,
              user: this.#interactionUser(payload),
              authorizing_integration_owners: payload.authorizing_integration_owners,
              ...(state.componentMessageId ? { interacted_message_id: state.componentMessageId } : {}),
            } as FakeMessage['interaction_metadata'],
            ...(isCommand && 'name' in payload.data
              ? { interaction: { id: payload.id, type: payload.type, name: payload.data.name, user: this.#interactionUser(payload) } }
              : {}),
          },
        );
        this.#storeMessage(original);
        state.originalId = original.id;
        resource = original;
        this.#echo(GatewayDispatchEvents.MessageCreate, original);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const messageId = state.componentMessageId;
        const message = messageId ? this.#messages.get(messageId) : undefined;
        if (!message) return apiError(404, 10008, 'Unknown Message');
        if (type === InteractionResponseType.UpdateMessage) {
          const invalid = validateMessagePayload(data, ctx.files, { prefix: ['data'], requireContent: false });
          if (invalid) return invalid;
          resource = this.#applyEdit(message, data, ctx.files);
          this.#echo(GatewayDispatchEvents.MessageUpdate, resource);
        } else {
          resource = message;
        }
        state.originalId = message.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = Array.isArray(data.choices) ? data.choices : [];
        const errors: FormErrors = {};
        maxLength(errors, ['data', 'choices'], choices, 25);
        choices.forEach((choice, i) => {
          if (!isRecord(choice)) return;
          const name = asString(choice.name) ?? '';
          if (name.length < 1 || name.length > 100) addFormError(errors, ['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
          maxLength(errors, ['data', 'choices', i, 'value'], choice.value, 100);
        });
        if (Object.keys(errors).length > 0) return invalidFormBody(errors);
        break;
      }
      case InteractionResponseType.Modal: {
        const errors: FormErrors = {};
        const title = asString(data.title) ?? '';
        if (title.length < 1 || title.length > 45) addFormError(errors, ['data', 'title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
        maxLength(errors, ['data', 'custom_id'], data.custom_id, 100);
        const components = Array.isArray(data.components) ? data.components : [];
        if (components.length < 1 || components.length > 5) addFormError(errors, ['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
        if (Object.keys(errors).length > 0) return invalidFormBody(errors);
        break;
      }
      default:
        break;
    }

    const record: InteractionCallbackRecord = {
      interactionId: state.payload.id,
      token: state.payload.token,
      type,
      data,
      files: ctx.files,
      time: Date.now(),
    };
    state.response = record;
    this.interactionCallbacks.push(record);

    if (ctx.query.get('with_response') !== 'true') return noContent();
    // `?with_response=true` (discord.js `withResponse: true`) returns an interaction callback response object.
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: state.payload.id,
        type: state.payload.type,
        ...(resource
          ? {
              response_message_id: resource.id,
              response_message_loading: ((resource.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: this.#isEphemeral(resource),
            }
          : {}),
      },
      ...(resource
        ? { resource: { type: type as InteractionResponseType.ChannelMessageWithSource, message: this.#restMessage(resource) } }
        : { resource: { type: type as InteractionResponseType.ApplicationCommandAutocompleteResult } }),
    };
    return ok(result);
  }

  #interactionUser(payload: APIInteraction): APIUser {
    return payload.member?.user ?? payload.user ?? this.user;
  }

  #webhookState(ctx: RestContext): InteractionState | RestResult {
    const state = this.#interactionsByToken.get(ctx.params.token ?? '');
    if (!state || ctx.params.applicationId !== this.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    // Before the initial response the interaction webhook does not exist yet.
    if (!state.response) return apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  #createFollowUp(ctx: RestContext): RestResult {
    const state = this.#webhookState(ctx);
    if (!('payload' in state)) return state;
    if (state.response?.type === InteractionResponseType.ApplicationCommandAutocompleteResult) return apiError(404, 10015, 'Unknown Webhook');
    const body = isRecord(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, { prefix: [], requireContent: true });
    if (invalid) return invalid;
    const message = this.#newBotMessage(state.channelId, body, ctx.files, MessageType.Default, {
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      flags: (asNumber(body.flags) ?? 0) & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2 | MessageFlags.SuppressNotifications),
    });
    this.#storeMessage(message);
    state.followUpIds.push(message.id);
    this.#echo(GatewayDispatchEvents.MessageCreate, message);
    // Execute Webhook answers 204 unless ?wait=true (discord.js always sends wait=true).
    return ctx.query.get('wait') === 'true' ? ok(this.#restMessage(message)) : noContent();
  }

  #webhookMessage(ctx: RestContext): RestResult {
    const state = this.#webhookState(ctx);
    if (!('payload' in state)) return state;
    const requested = ctx.params.messageId ?? '';
    const id = requested === '@original' ? state.originalId : state.followUpIds.includes(requested) ? requested : null;
    const message = id && !(requested === '@original' && state.originalDeleted) ? this.#messages.get(id) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (ctx.method === 'GET') return ok(this.#restMessage(message));
    if (ctx.method === 'DELETE') {
      this.#messages.delete(message.id);
      if (requested === '@original') state.originalDeleted = true;
      else state.followUpIds = state.followUpIds.filter((f) => f !== message.id);
      if (this.#options.echoBotMessages && !this.#isEphemeral(message)) {
        this.dispatch(GatewayDispatchEvents.MessageDelete, { id: message.id, channel_id: message.channel_id, ...(message.guild_id ? { guild_id: message.guild_id } : {}) });
      }
      return noContent();
    }
    const body = isRecord(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, { prefix: [], requireContent: false });
    if (invalid) return invalid;
    const edited = this.#applyEdit(message, body, ctx.files);
    const empty = edited.content.trim() === '' && edited.embeds.length === 0 && (edited.components ?? []).length === 0 && edited.attachments.length === 0;
    if (empty) {
      this.#messages.set(message.id, message);
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    this.#echo(GatewayDispatchEvents.MessageUpdate, edited);
    return ok(this.#restMessage(edited));
  }

  // ----- channels & messages ---------------------------------------------------------------------------

  #listMessages(ctx: RestContext): RestResult {
    const channelId = ctx.params.channelId ?? '';
    if (!this.#channels.has(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const limit = Math.min(Number(ctx.query.get('limit') ?? '50'), 100);
    const before = ctx.query.get('before');
    const after = ctx.query.get('after');
    const list = this.messages(channelId)
      .filter((m) => !this.#isEphemeral(m))
      .filter((m) => (before ? BigInt(m.id) < BigInt(before) : true))
      .filter((m) => (after ? BigInt(m.id) > BigInt(after) : true))
      .reverse() // newest first, like Discord
      .slice(0, limit);
    return ok(list.map((m) => this.#restMessage(m)));
  }

  #createChannelMessage(ctx: RestContext): RestResult {
    const channel = this.#channels.get(ctx.params.channelId ?? '');
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    if (!TEXT_TYPES.has(channel.type)) return apiError(400, 50008, 'Cannot send messages in a non-text channel');
    const sendBit = THREAD_TYPES.has(channel.type) ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
    if (!this.#botCan(channel, PermissionFlagsBits.ViewChannel, sendBit)) return apiError(403, 50013, 'Missing Permissions');
    const body = isRecord(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, { prefix: [], requireContent: true });
    if (invalid) return invalid;

    let extra: Partial<FakeMessage> = {};
    const reference = isRecord(body.message_reference) ? body.message_reference : undefined;
    const referencedId = reference ? asString(reference.message_id) : undefined;
    if (reference && referencedId) {
      const referenced = this.#messages.get(referencedId);
      if (!referenced) {
        if (reference.fail_if_not_exists !== false) {
          return invalidFormBody({ message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } });
        }
      } else {
        extra = {
          message_reference: {
            type: MessageReferenceType.Default,
            message_id: referenced.id,
            channel_id: referenced.channel_id,
            ...(referenced.guild_id ? { guild_id: referenced.guild_id } : {}),
          },
          referenced_message: this.#restMessage(referenced),
        };
      }
    }
    const message = this.#newBotMessage(channel.id, body, ctx.files, extra.message_reference ? MessageType.Reply : MessageType.Default, extra);
    this.#storeMessage(message);
    this.#echo(GatewayDispatchEvents.MessageCreate, message);
    return ok(this.#restMessage(message));
  }

  #channelMessage(ctx: RestContext): RestResult {
    const channelId = ctx.params.channelId ?? '';
    if (!this.#channels.has(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const message = this.#messages.get(ctx.params.messageId ?? '');
    if (!message || message.channel_id !== channelId || this.#isEphemeral(message)) return apiError(404, 10008, 'Unknown Message');
    if (ctx.method === 'GET') return ok(this.#restMessage(message));
    if (ctx.method === 'DELETE') {
      this.#messages.delete(message.id);
      this.dispatch(GatewayDispatchEvents.MessageDelete, { id: message.id, channel_id: channelId, ...(message.guild_id ? { guild_id: message.guild_id } : {}) });
      return noContent();
    }
    if (message.author.id !== this.botUser.id) return apiError(403, 50005, 'Cannot edit a message authored by another user');
    const body = isRecord(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, { prefix: [], requireContent: false });
    if (invalid) return invalid;
    const edited = this.#applyEdit(message, body, ctx.files);
    this.#echo(GatewayDispatchEvents.MessageUpdate, edited);
    return ok(this.#restMessage(edited));
  }

  #createThread(ctx: RestContext): RestResult {
    const parent = this.#channels.get(ctx.params.channelId ?? '');
    if (!parent) return apiError(404, 10003, 'Unknown Channel');
    const guildId = this.#guildIdOf(parent);
    if (!guildId || (parent.type !== ChannelType.GuildText && parent.type !== ChannelType.GuildAnnouncement)) {
      return apiError(400, 50024, 'Cannot execute action on this channel type');
    }
    const body = isRecord(ctx.body) ? ctx.body : {};
    const name = asString(body.name) ?? '';
    if (name.length < 1 || name.length > 100) {
      return invalidFormBody({ name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
    }
    const fromMessageId = ctx.params.messageId;
    let type: ThreadChannelTypeValue;
    if (fromMessageId !== undefined) {
      type = parent.type === ChannelType.GuildAnnouncement ? ChannelType.AnnouncementThread : ChannelType.PublicThread;
    } else {
      const requested = asNumber(body.type);
      type = requested === ChannelType.PublicThread || requested === ChannelType.AnnouncementThread ? requested : ChannelType.PrivateThread;
    }
    const needed = type === ChannelType.PrivateThread ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads;
    if (!this.#botCan(parent, PermissionFlagsBits.ViewChannel, needed)) return apiError(403, 50013, 'Missing Permissions');

    let starter: FakeMessage | undefined;
    if (fromMessageId !== undefined) {
      starter = this.#messages.get(fromMessageId);
      if (!starter || starter.channel_id !== parent.id) return apiError(404, 10008, 'Unknown Message');
      if (starter.thread) return apiError(400, 160004, 'A thread has already been created for this message');
    }
    const now = isoNow();
    const autoArchive = (asNumber(body.auto_archive_duration) ?? ThreadAutoArchiveDuration.OneDay) as ThreadAutoArchiveDuration;
    const thread: APIThreadChannel = {
      // A thread started from a message has the message's id.
      id: starter?.id ?? snowflake(),
      type,
      guild_id: guildId,
      parent_id: parent.id,
      owner_id: this.botUser.id,
      name,
      last_message_id: null,
      rate_limit_per_user: asNumber(body.rate_limit_per_user) ?? 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      applied_tags: [],
      thread_metadata: {
        archived: false,
        auto_archive_duration: autoArchive,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
        ...(type === ChannelType.PrivateThread ? { invitable: body.invitable !== false } : {}),
      },
      member: { id: starter?.id, user_id: this.botUser.id, join_timestamp: now, flags: 0 as ThreadMemberFlags },
    };
    this.#channels.set(thread.id, thread);
    this.#guilds.get(guildId)?.channelIds.push(thread.id);
    if (starter) this.#messages.set(starter.id, { ...starter, thread });
    this.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return ok(thread, 201);
  }

  #reaction(ctx: RestContext, add: boolean): RestResult {
    const channel = this.#channels.get(ctx.params.channelId ?? '');
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    const message = this.#messages.get(ctx.params.messageId ?? '');
    if (!message || message.channel_id !== channel.id) return apiError(404, 10008, 'Unknown Message');
    if (add && !this.#botCan(channel, PermissionFlagsBits.ReadMessageHistory, PermissionFlagsBits.AddReactions)) {
      return apiError(403, 50013, 'Missing Permissions');
    }
    const emoji = ctx.params.emoji ?? '';
    const [name = emoji, id = null] = emoji.includes(':') ? emoji.split(':') : [emoji, null];
    const reactions = (message.reactions ?? []).filter((r) => r.emoji.name !== name);
    const existing = (message.reactions ?? []).find((r) => r.emoji.name === name);
    const others = existing ? existing.count - (existing.me ? 1 : 0) : 0;
    const count = others + (add ? 1 : 0);
    if (count > 0) {
      reactions.push({
        count,
        count_details: { burst: 0, normal: count },
        me: add,
        me_burst: false,
        burst_colors: [],
        emoji: { id, name },
      });
    }
    this.#messages.set(message.id, { ...message, reactions });
    return noContent();
  }

  // =======================================================================================================
  // Internals: gateway
  // =======================================================================================================

  #onGatewayConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const info: GatewayConnectionInfo = {
      id: ++this.#connCounter,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      openedAt: Date.now(),
      closedAt: null,
      closeCode: null,
      closedBy: null,
      kind: null,
    };
    const conn: GatewayConn = { ws, info, session: null };
    this.#conns.add(conn);
    this.gatewayConnections.push(info);
    this.#debug(`gateway #${info.id} connected ${req.url ?? ''}`);

    ws.on('message', (data, isBinary) => this.#onGatewayMessage(conn, data, isBinary));
    ws.on('close', (code) => {
      info.closedAt = Date.now();
      info.closeCode = code;
      info.closedBy ??= 'client';
      this.#conns.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // A client closing with 1000/1001 ends its session (Discord docs); other codes keep it resumable.
        if (info.closedBy === 'client' && (code === 1000 || code === 1001)) session.invalidated = true;
      }
      this.#debug(`gateway #${info.id} closed ${code} by ${info.closedBy}`);
      this.#waiters.notify();
    });
    ws.on('error', (error) => this.#debug(`gateway #${info.id} error ${error.message}`));

    if (info.query.encoding !== undefined && info.query.encoding !== 'json') {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'fake-discord only supports encoding=json');
      return;
    }
    if (info.query.v !== undefined && info.query.v !== '10') {
      this.#close(conn, GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (info.query.compress !== undefined) {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'fake-discord does not support transport compression');
      return;
    }
    this.#sendFrame(conn, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs, _trace: ['["fake-discord",{"micros":0}]'] },
      s: null,
      t: null,
    });
    this.#waiters.notify();
  }

  #close(conn: GatewayConn, code: number, reason: string): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.info.closedBy = 'server';
    if (conn.session && SESSION_ENDING_CLOSE_CODES.has(code)) conn.session.invalidated = true;
    conn.ws.close(code, reason);
  }

  #sendFrame(conn: GatewayConn, payload: { op: number; d: unknown; s: number | null; t: string | null }): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    const text = JSON.stringify(payload);
    // IDENTIFY `compress: true` asks for per-payload zlib; discord.js only does that without zlib-sync.
    conn.ws.send(conn.session?.compress ? deflateSync(text) : text);
    this.frames.push({ direction: 'out', connectionId: conn.info.id, op: payload.op, t: payload.t, s: payload.s, d: payload.d, time: Date.now() });
    if (payload.op !== GatewayOpcodes.HeartbeatAck) this.#debug(`gateway #${conn.info.id} <- op ${payload.op}${payload.t ? ` ${payload.t} s=${payload.s}` : ''}`);
  }

  #sendDispatch(session: GatewaySession, t: string, d: unknown): void {
    const s = ++session.seq;
    session.log.push({ s, t, d });
    if (session.log.length > REPLAY_LOG_LIMIT) session.log.shift();
    if (session.conn) this.#sendFrame(session.conn, { op: GatewayOpcodes.Dispatch, t, s, d });
  }

  #onGatewayMessage(conn: GatewayConn, data: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      if (isBinary) throw new Error('binary frames (ETF) are not supported');
      payload = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
    } catch {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const { op, d } = payload;
    this.frames.push({ direction: 'in', connectionId: conn.info.id, op, t: null, s: null, d, time: Date.now() });
    if (op !== GatewayOpcodes.Heartbeat) this.#debug(`gateway #${conn.info.id} -> op ${op}`);

    switch (op) {
      case GatewayOpcodes.Heartbeat:
        if (this.ackHeartbeats) this.#sendFrame(conn, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        this.#onIdentify(conn, isRecord(d) ? d : {});
        break;
      case GatewayOpcodes.Resume:
        this.#onResume(conn, isRecord(d) ? d : {});
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!conn.session) this.#close(conn, GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        break;
      case GatewayOpcodes.RequestGuildMembers:
        if (!conn.session) this.#close(conn, GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        else this.#onRequestGuildMembers(conn.session, isRecord(d) ? d : {});
        break;
      default:
        this.#close(conn, GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
    this.#waiters.notify();
  }

  #onIdentify(conn: GatewayConn, d: Record<string, unknown>): void {
    const token = asString(d.token) ?? '';
    const intents = asNumber(d.intents);
    const shardRaw = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(shardRaw[0] ?? 0), Number(shardRaw[1] ?? 1)];
    const record: IdentifyRecord = {
      connectionId: conn.info.id,
      token,
      intents: intents ?? 0,
      shard,
      properties: d.properties,
      presence: d.presence,
      accepted: false,
      closeCode: null,
      sessionId: null,
      time: Date.now(),
    };
    this.identifies.push(record);
    const reject = (code: number, reason: string): void => {
      record.closeCode = code;
      this.#close(conn, code, reason);
    };
    if (conn.session) return reject(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (token !== this.#token) return reject(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      return reject(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
    }
    if (intents === undefined || (intents & ~ALL_INTENTS) !== 0) return reject(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
    if ((intents & PRIVILEGED_INTENTS & ~this.#options.privilegedIntents) !== 0) {
      return reject(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
    }

    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      token,
      shard,
      intents,
      compress: d.compress === true,
      seq: 0,
      log: [],
      conn,
      invalidated: false,
    };
    this.#sessions.set(session.id, session);
    conn.session = session;
    conn.info.kind = 'identify';
    record.accepted = true;
    record.sessionId = session.id;

    const guilds = [...this.#guilds.values()].filter((g) => this.#shardOf(g.info.id, shard[1]) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.info.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.resumeGatewayUrl,
      shard,
      application: { id: this.applicationId, flags: this.#application().flags, flags_new: this.#application().flags_new },
    };
    this.#sendDispatch(session, GatewayDispatchEvents.Ready, {
      ...ready,
      session_type: 'normal',
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['fake-local'],
      _trace: ['["fake-discord",{"micros":0}]'],
    });
    // Guilds arrive "lazily" after READY, as on Discord (see `guildCreateDelayMs`).
    this.#later(this.#options.guildCreateDelayMs, () => {
      if (session.invalidated) return;
      for (const guild of guilds) this.#sendDispatch(session, GatewayDispatchEvents.GuildCreate, this.#guildCreatePayload(guild));
    });
  }

  #onResume(conn: GatewayConn, d: Record<string, unknown>): void {
    const sessionId = asString(d.session_id) ?? '';
    const seq = asNumber(d.seq) ?? 0;
    const record: ResumeRecord = { connectionId: conn.info.id, sessionId, seq, accepted: false, replayed: 0, time: Date.now() };
    this.resumes.push(record);
    if (conn.session) return this.#close(conn, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (asString(d.token) !== this.#token) return this.#close(conn, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const session = this.#sessions.get(sessionId);
    const oldest = session?.log[0]?.s ?? 0;
    if (!session || session.invalidated || (session.log.length > 0 && oldest > seq + 1)) {
      // Not resumable: op 9 with d=false; discord.js closes and re-IDENTIFYs.
      this.#sendFrame(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (seq > session.seq) return this.#close(conn, GatewayCloseCodes.InvalidSeq, 'Invalid seq.');
    if (session.conn && session.conn !== conn) this.#close(session.conn, GatewayCloseCodes.UnknownError, 'Session resumed elsewhere.');
    session.conn = conn;
    conn.session = session;
    conn.info.kind = 'resume';
    record.accepted = true;
    for (const entry of session.log) {
      if (entry.s <= seq) continue;
      this.#sendFrame(conn, { op: GatewayOpcodes.Dispatch, t: entry.t, s: entry.s, d: entry.d });
      record.replayed++;
    }
    // RESUMED is not replayable, so it is sent without entering the log.
    this.#sendFrame(conn, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Resumed, s: ++session.seq, d: { _trace: ['["fake-discord",{"micros":0}]'] } });
  }

  #onRequestGuildMembers(session: GatewaySession, d: Record<string, unknown>): void {
    const guildIds = Array.isArray(d.guild_id) ? d.guild_id.filter((g): g is string => typeof g === 'string') : [asString(d.guild_id) ?? ''];
    const query = asString(d.query);
    const userIds = Array.isArray(d.user_ids) ? d.user_ids.map(String) : typeof d.user_ids === 'string' ? [d.user_ids] : undefined;
    const limit = asNumber(d.limit) ?? 0;
    for (const guildId of guildIds) {
      const guild = this.#guilds.get(guildId);
      if (!guild) continue;
      let members = [...guild.members.values()];
      if (userIds) members = members.filter((m) => userIds.includes(m.user.id));
      else if (query) members = members.filter((m) => m.user.username.toLowerCase().startsWith(query.toLowerCase()));
      if (limit > 0) members = members.slice(0, limit);
      this.#sendDispatch(session, GatewayDispatchEvents.GuildMembersChunk, {
        guild_id: guildId,
        members,
        chunk_index: 0,
        chunk_count: 1,
        not_found: userIds ? userIds.filter((id) => !guild.members.has(id)) : [],
        ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
      });
    }
  }

  #shardOf(guildId: string, shardCount: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /** Shard routing and intent gating for a dispatch. */
  #sessionWants(session: GatewaySession, t: string, d: unknown, options: { shardId?: number; ignoreIntents?: boolean }): boolean {
    const guildId = isRecord(d) ? asString(d.guild_id) : undefined;
    const shard = options.shardId ?? (guildId ? this.#shardOf(guildId, session.shard[1]) : 0);
    if (shard !== session.shard[0]) return false;
    if (options.ignoreIntents) return true;
    const needed = this.#intentFor(t, guildId !== undefined);
    return needed === 0 || (session.intents & needed) !== 0;
  }

  #intentFor(t: string, inGuild: boolean): number {
    switch (t) {
      case GatewayDispatchEvents.GuildCreate:
      case GatewayDispatchEvents.GuildUpdate:
      case GatewayDispatchEvents.GuildDelete:
      case GatewayDispatchEvents.GuildRoleCreate:
      case GatewayDispatchEvents.GuildRoleUpdate:
      case GatewayDispatchEvents.GuildRoleDelete:
      case GatewayDispatchEvents.ChannelCreate:
      case GatewayDispatchEvents.ChannelUpdate:
      case GatewayDispatchEvents.ChannelDelete:
      case GatewayDispatchEvents.ThreadCreate:
      case GatewayDispatchEvents.ThreadUpdate:
      case GatewayDispatchEvents.ThreadDelete:
        return GatewayIntentBits.Guilds;
      case GatewayDispatchEvents.GuildMemberAdd:
      case GatewayDispatchEvents.GuildMemberUpdate:
      case GatewayDispatchEvents.GuildMemberRemove:
        return GatewayIntentBits.GuildMembers;
      case GatewayDispatchEvents.MessageCreate:
      case GatewayDispatchEvents.MessageUpdate:
      case GatewayDispatchEvents.MessageDelete:
        return inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
      case GatewayDispatchEvents.MessageReactionAdd:
      case GatewayDispatchEvents.MessageReactionRemove:
        return inGuild ? GatewayIntentBits.GuildMessageReactions : GatewayIntentBits.DirectMessageReactions;
      case GatewayDispatchEvents.TypingStart:
        return inGuild ? GatewayIntentBits.GuildMessageTyping : GatewayIntentBits.DirectMessageTyping;
      default:
        return 0;
    }
  }

  /** Without MESSAGE_CONTENT, guild messages arrive blank unless they mention the bot or are the bot's own. */
  #shapeForSession(session: GatewaySession, t: string, d: unknown): unknown {
    if (t !== GatewayDispatchEvents.MessageCreate && t !== GatewayDispatchEvents.MessageUpdate) return d;
    if ((session.intents & GatewayIntentBits.MessageContent) !== 0 || !isRecord(d) || d.guild_id === undefined) return d;
    const author = isRecord(d.author) ? d.author.id : undefined;
    const mentionsBot = Array.isArray(d.mentions) && d.mentions.some((m) => isRecord(m) && m.id === this.botUser.id);
    if (author === this.botUser.id || mentionsBot) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [], poll: undefined };
  }
}

type ThreadChannelTypeValue = ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread;
