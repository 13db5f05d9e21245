/**
 * Proves tests/helpers/fake-discord.ts against a REAL discord.js Client: login, interactions (reply, defer +
 * edit, autocomplete, button update), messages in guild channels and DMs, rate-limit retries, gateway resume
 * and re-identify, invalid tokens, and a few REST validations.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  Partials,
  Status,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, instantIdentifyThrottler } from './helpers/fake-discord.js';

let fake: FakeDiscord;
const clients: Client[] = [];

function makeClient(options: { instantReidentify?: boolean } = {}): Client {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    // Without Partials.Channel, discord.js drops MESSAGE_CREATE for DM channels it has not cached.
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    allowedMentions: { parse: [] },
    // @discordjs/ws waits 5-6.5 s between IDENTIFYs; tests that force a re-identify skip that.
    ...(options.instantReidentify ? { ws: { buildIdentifyThrottler: () => instantIdentifyThrottler } } : {}),
  });
  clients.push(client);
  return client;
}

/** Logs in and waits for the client-level ready (after the GUILD_CREATE burst), not just gateway READY. */
async function loginReady(client: Client, token = fake.botToken): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(token);
  await ready;
}

/** Routes interactions to a handler and surfaces handler errors to the test instead of swallowing them. */
function onInteraction(client: Client, handler: (interaction: Interaction) => Promise<unknown>): { errors: unknown[] } {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return { errors };
}

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  await fake.close();
});

describe('FakeDiscord with a real discord.js Client', () => {
  it('logs in, receives READY + GUILD_CREATE and caches the guild, channels and members', async () => {
    const client = makeClient();
    await loginReady(client);

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.available).toBe(true);
    const general = guild?.channels.cache.get(fake.guild.textChannelId);
    expect(general?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
    expect(general?.permissionsFor(fake.botUser.id)?.has('SendMessages')).toBe(true);

    const [identify] = fake.identifies;
    expect(identify?.accepted).toBe(true);
    expect(identify?.shard).toEqual([0, 1]);
    expect((identify?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    expect(fake.gatewayConnections[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
    expect(fake.requests({ method: 'GET', path: '/gateway/bot' })).toHaveLength(1);
    expect(fake.unhandledRequests()).toEqual([]);
  });

  it('slash command: interaction.reply() is recorded as callback type 4 with the content', async () => {
    const client = makeClient();
    const { errors } = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
      const question = interaction.options.getString('question', true);
      const limit = interaction.options.getInteger('limit') ?? 5;
      await interaction.reply(`You asked "${question}" (limit ${limit}) in ${interaction.guild?.name ?? 'DM'}`);
    });
    await loginReady(client);

    const handle = fake.interaction({ type: 'command', name: 'ask', options: { question: 'who won?', limit: 3 } });
    const response = await handle.waitForResponse();

    expect(errors).toEqual([]);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.data.content).toBe('You asked "who won?" (limit 3) in Newsroom');
    expect(response.data.allowed_mentions).toEqual({ parse: [] });
    expect(handle.original?.content).toBe('You asked "who won?" (limit 3) in Newsroom');
    const callback = await fake.waitFor({ method: 'POST', path: '/interactions/:id/:token/callback' });
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined(); // callbacks are sent without the bot token
  });

  it('deferReply + editReply: callback type 5, then PATCH @original replaces the loading message', async () => {
    const client = makeClient();
    const { errors } = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'Here is your timeline', embeds: [{ title: 'Timeline', description: '2024: ...' }] });
    });
    await loginReady(client);

    const handle = fake.interaction({ type: 'command', name: 'timeline', options: { topic: 'elections' } });
    expect((await handle.waitForResponse()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const original = await handle.waitForOriginal();

    expect(errors).toEqual([]);
    expect(original.content).toBe('Here is your timeline');
    expect(original.embeds[0]?.title).toBe('Timeline');
    expect((original.flags ?? 0) & MessageFlags.Loading).toBe(0);
    const patch = await fake.waitFor({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/:token/messages/@original` });
    expect(patch.status).toBe(200);
    expect(patch.index).toBeGreaterThan(fake.requests({ path: '/interactions/:id/:token/callback' })[0]?.index ?? Infinity);
  });

  it('autocomplete: respond() is recorded as callback type 8 with the choices', async () => {
    const client = makeClient();
    const seen: unknown[] = [];
    const { errors } = onInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      seen.push(focused);
      await interaction.respond(
        ['election', 'electricity'].filter((t) => t.startsWith(focused.value)).map((t) => ({ name: t, value: t })),
      );
    });
    await loginReady(client);

    const handle = fake.interaction({ type: 'autocomplete', name: 'ask', options: { topic: 'elec', limit: 2 }, focused: 'topic' });
    const response = await handle.waitForResponse();

    expect(errors).toEqual([]);
    expect(seen).toEqual([expect.objectContaining({ name: 'topic', value: 'elec', focused: true })]);
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(response.data.choices).toEqual([
      { name: 'election', value: 'election' },
      { name: 'electricity', value: 'electricity' },
    ]);
  });

  it('button: update() is recorded as callback type 7 and edits the message the button sits on', async () => {
    const client = makeClient();
    const { errors } = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('page:2').setLabel('Next').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'Page 1', components: [row] });
      } else if (interaction.isButton() && interaction.customId === 'page:2') {
        expect(interaction.message.content).toBe('Page 1');
        await interaction.update({ content: 'Page 2', components: [] });
      }
    });
    await loginReady(client);

    const command = fake.interaction({ type: 'command', name: 'search' });
    await command.waitForResponse();
    const pageOne = command.original;
    expect(pageOne?.components).toHaveLength(1);

    // Without `message`, the fake uses the latest bot message carrying that custom_id (here: the reply).
    const click = fake.interaction({ type: 'button', customId: 'page:2' });
    const response = await click.waitForResponse();

    expect(errors).toEqual([]);
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(click.original?.id).toBe(pageOne?.id);
    expect(fake.getMessage(pageOne?.id ?? '')?.content).toBe('Page 2');
    expect(fake.getMessage(pageOne?.id ?? '')?.components).toEqual([]);
  });

  it('MESSAGE_CREATE in a guild channel and in a DM reaches messageCreate; message.reply posts with message_reference', async () => {
    const client = makeClient();
    const received: { content: string; dm: boolean; bot: boolean }[] = [];
    const errors: unknown[] = [];
    client.on(Events.MessageCreate, (message: Message) => {
      received.push({ content: message.content, dm: message.channel.type === ChannelType.DM, bot: message.author.bot });
      if (message.author.bot) return; // the fake echoes the bot's own messages back, like Discord
      message.reply(`echo: ${message.content}`).catch((error: unknown) => errors.push(error));
    });
    await loginReady(client);

    const inGuild = fake.message({ content: 'what happened in 2019?' });
    const guildReply = await fake.waitFor({ method: 'POST', path: `/channels/${fake.guild.textChannelId}/messages` });
    expect(guildReply.status).toBe(200);
    expect(guildReply.body).toMatchObject({
      content: 'echo: what happened in 2019?',
      message_reference: { message_id: inGuild.id },
      allowed_mentions: { parse: [] },
    });

    const dm = fake.message({ content: 'hello in private', dm: true });
    const dmChannel = fake.dmChannel();
    expect(dm.channel_id).toBe(dmChannel.id);
    const dmReply = await fake.waitFor({ method: 'POST', path: `/channels/${dmChannel.id}/messages` });
    expect(dmReply.body).toMatchObject({ content: 'echo: hello in private', message_reference: { message_id: dm.id } });

    // Both echoes of the bot's replies come back through the gateway; give them a moment and check no loop.
    await fake.waitUntil(() => (received.filter((r) => r.bot).length >= 2 ? true : undefined), 2000, () => 'echoes not seen');
    expect(errors).toEqual([]);
    expect(received).toEqual([
      { content: 'what happened in 2019?', dm: false, bot: false },
      { content: 'echo: what happened in 2019?', dm: false, bot: true },
      { content: 'hello in private', dm: true, bot: false },
      { content: 'echo: hello in private', dm: true, bot: true },
    ]);
    expect(fake.requests({ method: 'POST', path: '/channels/:id/messages' })).toHaveLength(2);
    expect(fake.botMessages(fake.guild.textChannelId)[0]?.referenced_message?.id).toBe(inGuild.id);
  });

  it('a 429 with Retry-After on the interaction callback is retried by discord.js and arrives', async () => {
    const client = makeClient();
    const { errors } = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('after the rate limit');
    });
    await loginReady(client);
    fake.failNext({
      method: 'POST',
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });

    const handle = fake.interaction({ type: 'command', name: 'ask' });
    const response = await handle.waitForResponse(3000);

    expect(errors).toEqual([]);
    expect(response.data.content).toBe('after the rate limit');
    const attempts = fake.requests({ path: '/interactions/:id/:token/callback' });
    expect(attempts.map((a) => [a.status, a.injected])).toEqual([
      [429, true],
      [204, false],
    ]);
    const [first, second] = attempts;
    expect((second?.time ?? 0) - (first?.time ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it('gateway closed with 4000: the client resumes on resume_gateway_url and still handles interactions', async () => {
    const client = makeClient();
    const { errors } = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });
    await loginReady(client);

    const resumed = once(client, Events.ShardResume);
    await fake.closeGateway(4000);
    // A dispatch while disconnected is kept and replayed on RESUME, like Discord does.
    const missed = fake.interaction({ type: 'command', name: 'ask' });
    const resume = await fake.waitForResume();
    await resumed;

    expect(resume.accepted).toBe(true);
    expect(resume.replayed).toBe(1);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.gatewayConnections.map((c) => [c.path, c.kind, c.closeCode])).toEqual([
      ['/', 'identify', 4000],
      ['/resume', 'resume', null],
    ]);
    expect((await missed.waitForResponse()).data.content).toBe('still here');

    const later = fake.interaction({ type: 'command', name: 'ask' });
    expect((await later.waitForResponse()).data.content).toBe('still here');
    expect(errors).toEqual([]);
  });

  it('an invalidated session makes the client re-IDENTIFY and it keeps working', async () => {
    const client = makeClient({ instantReidentify: true });
    const { errors } = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('new session');
    });
    await loginReady(client);

    await fake.closeGateway(4000, { invalidateSession: true });
    // RESUME is answered with op 9 (d: false) -> discord.js closes and identifies again.
    const identify = await fake.waitForIdentify(2, 3000);
    expect(identify.accepted).toBe(true);
    expect(fake.resumes[0]?.accepted).toBe(false);
    await fake.waitUntil(() => (client.ws.shards.first()?.status === Status.Ready ? true : undefined), 2000, () => 'shard not ready');

    const handle = fake.interaction({ type: 'command', name: 'ask' });
    expect((await handle.waitForResponse()).data.content).toBe('new session');
    expect(errors).toEqual([]);
  });

  it('an invalid token makes client.login reject with TokenInvalid (REST 401 on /gateway/bot)', async () => {
    const client = makeClient();
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(fake.requests({ path: '/gateway/bot' })[0]?.status).toBe(401);
    expect(fake.identifies).toHaveLength(0);
  });

  it('a token revoked mid-session is rejected on the gateway with 4004 and the shard gives up', async () => {
    const client = makeClient();
    await loginReady(client);
    const shardError = once(client, Events.ShardError);
    const disconnect = once(client, Events.ShardDisconnect);

    fake.rotateToken();
    await fake.closeGateway(4000);

    const [error] = (await shardError) as [Error];
    const [event] = (await disconnect) as [{ code: number }];
    expect(error.message).toBe('Authentication failed');
    expect(event.code).toBe(4004);
    expect(fake.resumes).toHaveLength(1);
    expect(fake.connections).toBe(0);
  });

  it('injected 403 and Discord-side validation surface as DiscordAPIError in the client', async () => {
    const client = makeClient();
    await loginReady(client);
    const channel = client.channels.cache.get(fake.guild.textChannelId) as TextChannel;

    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    await expect(channel.send('hi')).rejects.toMatchObject({ code: 50013, status: 403 });

    const tooLong = channel.send('x'.repeat(2001));
    await expect(tooLong).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(tooLong).rejects.toMatchObject({ code: 50035 });

    // One 500 is retried silently by @discordjs/rest.
    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 500 });
    const sent = await channel.send('after a 500');
    expect(sent.content).toBe('after a 500');
    expect(fake.requests({ method: 'POST', path: '/channels/:id/messages' }).map((r) => r.status)).toEqual([403, 400, 500, 200]);
  });

  it('registers commands, uses their option types, and creates a thread from a message', async () => {
    const client = makeClient();
    await loginReady(client);

    await client.application?.commands.set([
      {
        name: 'summarize',
        description: 'Summarize coverage',
        options: [{ name: 'days', description: 'Window', type: ApplicationCommandOptionType.Number, required: true }],
      },
    ]);
    const [registered] = fake.commands();
    expect(registered?.name).toBe('summarize');
    expect(fake.requests({ method: 'PUT', path: `/applications/${fake.applicationId}/commands` })[0]?.status).toBe(200);

    const seen: number[] = [];
    const { errors } = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push(interaction.options.getNumber('days', true)); // type 10 taken from the registered command
      expect(interaction.commandId).toBe(registered?.id);
      const reply = await interaction.reply({ content: 'Summary', withResponse: true });
      const message = reply.resource?.message;
      const thread = await message?.startThread({ name: 'Summary discussion' });
      await thread?.send('Details in the thread');
    });

    const handle = fake.interaction({ type: 'command', name: 'summarize', options: { days: 7 } });
    const threadMessage = await fake.waitFor({ method: 'POST', path: '/channels/:id/messages' });

    expect(errors).toEqual([]);
    expect(seen).toEqual([7]);
    expect(fake.requests({ method: 'POST', path: '/channels/:id/messages/:mid/threads' })).toHaveLength(1);
    expect(threadMessage.path).toBe(`/channels/${handle.original?.id}/messages`); // thread id = starter message id
    expect(fake.getChannel(handle.original?.id ?? '')?.type).toBe(ChannelType.PublicThread);
  });
});
