import { ChannelType, DiscordAPIError, RESTJSONErrorCodes, type Message } from 'discord.js';
import type { Settings } from '../config.js';
import { QuestionError } from '../answer/types.js';
import { answerReply } from '../present/reply.js';
import { truncate } from '../present/limits.js';
import { NO_MENTIONS, replyMessage, type ReplyPayload } from './render.js';
import type { BotContext } from './interactions.js';
import { replyFooter } from './interactions.js';
import { inTurn } from './turns.js';

/** Errors that mean "the bot may not post here": logged, never fatal. */
const NO_PERMISSION = new Set<number>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.CannotSendMessagesToThisUser]);

export interface ChatSettings {
  askChannels: Settings['askChannels'];
  replyInThreads: boolean;
  cooldownSeconds: number;
}

/**
 * Plain questions in chat: when the bot is mentioned, in direct messages, in replies to the bot, and in
 * every message of the listed channels. Bots (the bot itself included) are ignored; each member waits
 * the cooldown between questions and is told so once.
 */
/** A member's question counts as a follow-up of their previous one in the same channel for this long. */
const FOLLOW_UP_MS = 5 * 60_000;
/** How many of its own answers the bot remembers the questions of, for replies to them. */
const REMEMBERED_ANSWERS = 1000;

export class ChatResponder {
  private readonly lastAsked = new Map<string, number>();
  private readonly warned = new Set<string>();
  /** channel:member → the last question they asked there (as understood) and when. */
  private readonly lastQuestion = new Map<string, { question: string; at: number }>();
  /** The bot's answer message id → the question it answered. */
  private readonly answered = new Map<string, string>();

  constructor(
    private readonly ctx: BotContext,
    private readonly settings: ChatSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a message is a question for the bot. */
  isForBot(message: Message): boolean {
    const botId = message.client.user.id;
    if (message.author.bot || message.author.id === botId || message.system) return false;
    if (message.channel.type === ChannelType.DM) return true;
    if (message.mentions.users.has(botId)) return true;
    if (message.mentions.repliedUser?.id === botId) return true;
    return this.settings.askChannels.includes(message.channelId);
  }

  async handle(message: Message): Promise<void> {
    if (!this.isForBot(message)) return;
    const question = message.content.replace(new RegExp(`<@!?${message.client.user.id}>`, 'g'), ' ').trim();
    try {
      if (!this.admit(message.author.id)) {
        if (this.warned.has(message.author.id)) return;
        this.warned.add(message.author.id);
        await this.send(message, { content: `One question at a time, please: you can ask again in ${this.settings.cooldownSeconds} seconds.`, allowedMentions: NO_MENTIONS });
        return;
      }
      let payload: ReplyPayload;
      if (message.content === '' && !message.mentions.users.has(message.client.user.id) && message.channel.type !== ChannelType.DM) {
        // Without the Message Content intent Discord blanks a reply that does not ping the bot.
        payload = { content: 'I can only read replies that mention me: reply with the mention on, or start your question with my name.', allowedMentions: NO_MENTIONS };
        await this.send(message, payload);
        return;
      }
      let understood: string | null = null;
      try {
        const previous = this.previousQuestion(message);
        const answer = await inTurn(() => this.ctx.dossier.ask(question, previous));
        understood = answer.question;
        const reply = answerReply(answer);
        const options = { question: truncate(understood, 1500) };
        payload = replyMessage(reply, 'ask', message.author.id, replyFooter('ask', options, reply));
      } catch (error) {
        if (!(error instanceof QuestionError)) throw error;
        payload = { content: error.message, allowedMentions: NO_MENTIONS };
      }
      // The member's last question is known before the reply goes out: their next message may come first.
      if (understood !== null) this.rememberAsked(message, understood);
      const sentId = await this.send(message, payload);
      if (understood !== null) this.rememberAnswered(sentId, understood);
    } catch (error) {
      if (error instanceof DiscordAPIError && typeof error.code === 'number' && NO_PERMISSION.has(error.code)) {
        this.ctx.log.warn({ channel: message.channelId, guild: message.guildId, code: error.code }, 'no permission to reply in this channel');
        return;
      }
      this.ctx.log.error({ err: error, channel: message.channelId, message: message.id }, 'chat answer failed');
    }
  }

  /** The question a follow-up continues: the one answered by the message replied to, else the member's last one here. */
  private previousQuestion(message: Message): string | null {
    const repliedTo = message.reference?.messageId;
    if (repliedTo && this.answered.has(repliedTo)) return this.answered.get(repliedTo)!;
    const last = this.lastQuestion.get(`${message.channelId}:${message.author.id}`);
    return last && this.now() - last.at <= FOLLOW_UP_MS ? last.question : null;
  }

  private rememberAsked(message: Message, question: string): void {
    const key = `${message.channelId}:${message.author.id}`;
    // Re-inserted so the map stays in order of use and the oldest entry goes first.
    this.lastQuestion.delete(key);
    this.lastQuestion.set(key, { question, at: this.now() });
    if (this.lastQuestion.size > REMEMBERED_ANSWERS * 10) this.lastQuestion.delete(this.lastQuestion.keys().next().value!);
  }

  private rememberAnswered(sentId: string, question: string): void {
    this.answered.set(sentId, question);
    if (this.answered.size > REMEMBERED_ANSWERS) this.answered.delete(this.answered.keys().next().value!);
  }

  /** True when the member may ask now; records the question. */
  private admit(userId: string): boolean {
    const now = this.now();
    const last = this.lastAsked.get(userId);
    if (last !== undefined && now - last < this.settings.cooldownSeconds * 1000) return false;
    this.lastAsked.set(userId, now);
    this.warned.delete(userId);
    return true;
  }

  /** Reply to the message, or in a thread started from it when threads are on and the channel allows one. */
  private async send(message: Message, payload: ReplyPayload): Promise<string> {
    const canThread = this.settings.replyInThreads && message.inGuild() && !message.channel.isThread() && message.channel.type === ChannelType.GuildText;
    if (canThread) {
      const name = truncate(message.content.replace(/<@!?\d+>/g, '').trim() || 'Question', 90);
      const thread = message.hasThread && message.thread ? message.thread : await message.startThread({ name });
      return (await thread.send(payload)).id;
    }
    return (await message.reply({ ...payload, failIfNotExists: false })).id;
  }
}
