import type { CorpusExamples } from '../src/answer/examples.js';
import { defineCommand } from '../src/present/command.js';

/** The command list, with examples from the articles loaded (a speaker they quote, a topic of their titles). */
function helpLines({ speaker, topic }: CorpusExamples): string[] {
  const about = topic ? ` about ${topic}` : '';
  return [
    `/ask question — any question, e.g. "${speaker ? `What did ${speaker} say${about}?` : `What happened${about}?`}"`,
    `/search query [limit] — sentences that match your words (typos are fine)${topic ? `, e.g. "${topic}"` : ''}`,
    `/quote [speaker] [about] — quotes by someone, or about a topic${speaker ? `, e.g. speaker:${speaker}` : ''}`,
    '/when event — the date of an event, e.g. "the meeting"',
    '/timeline [from] [to] [about] — dated events: the main story first, background years last',
    '/summary [article] [about] — an article in brief, or a topic across articles',
    '/articles — what Dossier has read, and who added what',
    '/article add file|url|text, /article remove — change the articles (Manage Server)',
    'You can also mention me with a question, reply to one of my answers, or send me a direct message.',
    'Every answer cites its articles; press Sources to read the cited passages.',
  ];
}

/** /help: what Dossier can do. */
export const help = defineCommand({
  name: 'help',
  description: 'What Dossier can do and how to ask',
  options: {},
  defer: false,
  run: (dossier) => ({
    title: 'Dossier: questions about the news articles',
    answer: `I answer from ${dossier.articles.length} article${dossier.articles.length === 1 ? '' : 's'}, and say so when they hold no answer.`,
    lines: helpLines(dossier.examples()),
    citations: [],
    tone: 'list',
  }),
});
