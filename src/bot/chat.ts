import { ChannelType, DiscordAPIError, RESTJSONErrorCodes, type Message } from 'discord.js';
import type { Settings } from '../config.js';
import { QuestionError } from '../answer/types.js';
import { answerReply } from '../present/reply.js';
import { truncate } from '../present/limits.js';
import { NO_MENTIONS, replyMessage, type ReplyPayload } from './render.js';
import type { BotContext } from './interactions.js';
import { replyFooter } from './interactions.js';

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
export class ChatResponder {
  private readonly lastAsked = new Map<string, number>();
  private readonly warned = new Set<string>();

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
      try {
        const reply = answerReply(this.ctx.dossier.ask(question));
        const options = { question: truncate(question, 1500) };
        payload = replyMessage(reply, 'ask', message.author.id, replyFooter('ask', options, reply));
      } catch (error) {
        if (!(error instanceof QuestionError)) throw error;
        payload = { content: error.message, allowedMentions: NO_MENTIONS };
      }
      await this.send(message, payload);
    } catch (error) {
      if (error instanceof DiscordAPIError && typeof error.code === 'number' && NO_PERMISSION.has(error.code)) {
        this.ctx.log.warn({ channel: message.channelId, guild: message.guildId, code: error.code }, 'no permission to reply in this channel');
        return;
      }
      this.ctx.log.error({ err: error, channel: message.channelId, message: message.id }, 'chat answer failed');
    }
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
  private async send(message: Message, payload: ReplyPayload): Promise<void> {
    const canThread = this.settings.replyInThreads && message.inGuild() && !message.channel.isThread() && message.channel.type === ChannelType.GuildText;
    if (canThread) {
      const name = truncate(message.content.replace(/<@!?\d+>/g, '').trim() || 'Question', 90);
      const thread = message.hasThread && message.thread ? message.thread : await message.startThread({ name });
      await thread.send(payload);
      return;
    }
    await message.reply({ ...payload, failIfNotExists: false });
  }
}
