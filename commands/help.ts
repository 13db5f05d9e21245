import { SlashCommandBuilder } from 'discord.js';
import type { DossierCommand } from '../src/present/command.js';

const LINES = [
  '/ask question — any question, e.g. "What did Ushakov say about sanctions?"',
  '/search query [limit] — sentences that match your words (typos are fine)',
  '/quote [speaker] [about] — quotes by someone, or about a topic',
  '/when event — the date of an event, e.g. "the video call"',
  '/timeline [from] [to] [about] — dated events, oldest first',
  '/summary [article] [about] — an article in brief, or a topic across articles',
  '/articles — what Dossier has read, and who added what',
  '/article add file|url|text, /article remove — change the articles (Manage Server)',
  'You can also mention me with a question, reply to one of my answers, or send me a direct message.',
  'Every answer cites its articles; press Sources to read the cited passages.',
];

/** /help: what Dossier can do. */
export const help: DossierCommand = {
  data: new SlashCommandBuilder().setName('help').setDescription('What Dossier can do and how to ask'),
  defer: false,
  run: (dossier) => ({
    title: 'Dossier: questions about the news articles',
    answer: `I answer from ${dossier.articles.length} article${dossier.articles.length === 1 ? '' : 's'}, and say so when they hold no answer.`,
    lines: LINES,
    citations: [],
    tone: 'list',
  }),
};
