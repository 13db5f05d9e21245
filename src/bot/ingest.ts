import { EmbedBuilder, type Client, type SendableChannels } from 'discord.js';
import type { Dossier } from '../answer/dossier.js';
import type { Settings } from '../config.js';
import type { Article } from '../corpus/types.js';
import { ArticleDesk } from '../ingest/desk.js';
import { FeedPoller } from '../ingest/feeds.js';
import { watchArticles } from '../ingest/watcher.js';
import type { Logger } from '../log.js';
import { NO_MENTIONS } from './render.js';

export interface Ingest {
  desk: ArticleDesk;
  /** Present when this process follows the feeds. */
  feeds: FeedPoller | null;
  stop(): void;
}

/**
 * New articles while the bot runs: the desk for /article, a watch on the articles folder (so every shard
 * sees every file any of them writes) and, in the process that runs shard 0 only, the feeds. Each article
 * the desk saves (an upload, a page, pasted text, a feed item) is announced in NEWS_CHANNEL by the shard
 * that saved it; the other shards only see its file appear.
 */
export function startIngest(client: Client, dossier: Dossier, settings: Settings, log: Logger): Ingest {
  const newsChannel = settings.newsChannel;
  const desk = new ArticleDesk(dossier, settings, newsChannel ? (article) => void announce(client, newsChannel, dossier, article, log) : undefined);
  let watcher: { close(): void } | null = null;
  try {
    watcher = watchArticles(settings.articlesDir, {
      knownFiles: () => dossier.articles.map((a) => a.file),
      onFiles: async (names) => {
        for (const name of names) {
          try {
            const result = await desk.syncFile(name);
            if ('skipped' in result) log.warn({ file: name }, `${name}: skipped: ${result.skipped}`);
            else if (result.change !== 'unchanged' && result.change !== 'none') log.info({ file: name, change: result.change }, 'articles folder changed');
          } catch (error) {
            log.warn({ err: error, file: name }, 'a changed article file could not be taken in; the others go on');
          }
        }
      },
      onError: (error) => log.warn({ err: error }, 'watching the articles folder failed'),
    });
  } catch (error) {
    log.warn({ err: error, dir: settings.articlesDir }, 'the articles folder cannot be watched: new files need a restart');
  }
  const leads = !client.shard || client.shard.ids.includes(0);
  const feeds =
    settings.feeds.length > 0 && leads
      ? new FeedPoller(settings.feeds, desk, {
          intervalMs: settings.feedMinutes * 60_000,
          onArticle: (article, feed) => log.info({ feed, file: article.file }, 'article added from a feed'),
          onWarning: (message, detail) => log.warn(detail, message),
        })
      : null;
  feeds?.start();
  return {
    desk,
    feeds,
    stop: () => {
      watcher?.close();
      feeds?.stop();
    },
  };
}

/** Post a new article to the news channel: title, outlet, date, two sentences and the link, pinging no one. */
async function announce(client: Client, channelId: string, dossier: Dossier, article: Article, log: Logger): Promise<void> {
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error('not a channel the bot can post in');
    const summary = dossier.summary({ article: article.id, sentences: 2 });
    const embed = new EmbedBuilder()
      .setTitle(article.title.slice(0, 256))
      .setDescription(
        [[article.source ?? 'outlet not named', article.published?.slice(0, 10) ?? 'undated'].join(' · '), summary?.sentences.map((s) => s.text).join(' ') ?? '']
          .filter(Boolean)
          .join('\n\n')
          .slice(0, 4000),
      );
    if (article.url) embed.setURL(article.url);
    await (channel as SendableChannels).send({ embeds: [embed], allowedMentions: NO_MENTIONS });
  } catch (error) {
    log.warn({ err: error, channel: channelId, file: article.file }, 'could not announce the new article in NEWS_CHANNEL');
  }
}
