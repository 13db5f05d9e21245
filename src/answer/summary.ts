import { normalizeTerm } from '../text/analyzer.js';
import type { Article } from '../corpus/types.js';
import { findSpeaker } from '../extract/quotes/quotes.js';
import { summarizeTopic, UNATTRIBUTED } from './topic-summary.js';
import type { SummarySentence, TopicSummary } from '../extract/types.js';
import type { Knowledge } from '../index/knowledge.js';
import { cite, questionTerms } from './evidence.js';
import type { Answer, Citation } from './types.js';

/** Candidate sentences for a topic summary: enough to fold duplicates and still fill the summary. */
const TOPIC_CANDIDATES = 60;

/** The article a member means by "the article from The Page", an id, or words of its title. */
export function findArticle(kb: Knowledge, reference: string): Article | null {
  const wanted = reference.trim().toLowerCase();
  if (!wanted) return null;
  const exact = kb.corpus.articles.find(
    (a) => a.id.toLowerCase() === wanted || a.file.toLowerCase() === wanted || a.id.toLowerCase().startsWith(wanted) || a.source?.toLowerCase() === wanted,
  );
  return exact ?? kb.index.searchArticles(reference, 1)[0]?.article ?? null;
}

/** "compare the versions", "both sides": a topic summary asked for by speaker. */
export function asksForSides(topic: string): boolean {
  return /\b(compare|versions?|sides?|perspectives?)\b/i.test(topic);
}

export function topicSummary(
  kb: Knowledge,
  topic: string,
  options: { sentences?: number; bySpeaker?: boolean; articleIds?: ReadonlySet<string> } = {},
): TopicSummary {
  const candidates = kb.index
    .searchSentences(topic, { limit: TOPIC_CANDIDATES, articleIds: options.articleIds })
    .map((hit) => ({ article: hit.article, sentence: hit.sentence, score: hit.score }));
  return summarizeTopic(topic, candidates, { sentences: options.sentences, bySpeaker: options.bySpeaker, quotes: kb.quotes.quotes });
}

export function citeSummarySentence(kb: Knowledge, sentence: SummarySentence): Citation {
  return cite(kb.articleById.get(sentence.articleId)!, sentence);
}

/** "Summarize …": one article's summary, a topic across the articles (grouped by side when asked), or an overview. */
export function answerSummary(
  kb: Knowledge,
  question: string,
  request: { topic: string; article: string | null; bySpeaker: boolean },
): Answer | null {
  // "Summarize the Harbour Times article": an outlet's name before the word names its article.
  const byOutlet = kb.corpus.articles.filter((a) => a.source && new RegExp(String.raw`(?:^|[^\p{L}])${escaped(a.source)}\s+(?:article|piece|story|report)\b`, 'iu').test(question));
  if (!request.article && byOutlet.length === 1) request = { ...request, article: byOutlet[0]!.id };
  if (request.article) {
    const article = findArticle(kb, request.article);
    if (!article) return null;
    const summary = kb.summaries.get(article.id)!;
    return {
      question,
      answer: summary.gist,
      kind: 'summary',
      confidence: 0.9,
      text: summary.sentences.map((s) => s.text).join('\n'),
      citations: summary.sentences.map((s) => citeSummarySentence(kb, s)),
    };
  }
  if (!request.topic) {
    const gists = kb.corpus.articles.slice(0, 10).map((a) => kb.summaries.get(a.id)!);
    return {
      question,
      answer: `${kb.corpus.articles.length} articles`,
      kind: 'summary',
      confidence: 0.8,
      text: gists.map((g) => g.gist).join('\n'),
      citations: gists.flatMap((g) => g.sentences.slice(0, 1).map((s) => citeSummarySentence(kb, s))),
    };
  }
  // A topic the articles never mention has no summary, however loosely some words match.
  if (questionTerms(kb.index, request.topic).terms.length === 0) return null;
  const summary = topicSummary(kb, request.topic, { bySpeaker: request.bySpeaker });
  if (summary.summary === null) return null;
  if (summary.groups) summary.groups = sidesAsked(kb, question, summary.groups);
  const lines =
    request.bySpeaker && summary.groups
      ? summary.groups.flatMap((g) => [`${g.speaker}:`, ...g.sentences.map((s) => `  ${s.text}`)])
      : summary.sentences.map((s) => s.text);
  const cited = request.bySpeaker && summary.groups ? summary.groups.flatMap((g) => g.sentences) : summary.sentences;
  return {
    question,
    answer: request.bySpeaker && summary.groups ? sidesTitle(summary.groups.map((g) => g.speaker)) : `What the articles say about ${asWritten(kb, request.topic)}`,
    kind: 'summary',
    confidence: 0.8,
    text: lines.join('\n'),
    citations: cited.map((s) => citeSummarySentence(kb, s)),
  };
}

/** Most sides a comparison shows when the question names none. */
const MAX_SIDES = 4;

/**
 * The groups a comparison should show: the sides the question names ("the Town Hall and Foreign Ministry
 * versions"), else the few sides with the most to say; the unattributed reporting only when nothing else.
 */
function sidesAsked<G extends { speaker: string; sentences: unknown[] }>(kb: Knowledge, question: string, groups: G[]): G[] {
  const named = question
    .replace(/[?!.]+$/, '')
    .replace(/^(compare|contrast|summari[sz]e|what(?:\s+is|\s+are|'s))\s+/i, '')
    // "the union's version of the talks": the topic after the side's version is no side.
    .replace(/\b(versions?|sides?|positions?|views?|accounts?|readouts?)\s+(?:of|on|about|regarding)\b.*$/i, '$1')
    .split(/\s*(?:,|\band\b|\bvs\.?|\bversus\b|&)\s*/i)
    .map((part) => part.replace(/^(the)\s+/i, '').replace(/(['’]s)?\s+(versions?|sides?|positions?|views?|accounts?|readouts?)$/i, '').replace(/['’]s$/, ''))
    .map((part) => findSpeaker(kb.quotes.speakers, part))
    .filter((s): s is NonNullable<typeof s> => s !== null)
    .map((s) => s.name);
  const wanted = named.length > 0 ? groups.filter((g) => named.includes(g.speaker)) : [];
  if (wanted.length > 0) return wanted;
  const attributed = groups.filter((g) => g.speaker !== UNATTRIBUTED);
  return (attributed.length > 0 ? attributed : groups).sort((a, b) => b.sentences.length - a.sentences.length).slice(0, MAX_SIDES);
}

function sidesTitle(sides: string[]): string {
  if (sides.length === 1) return `${sides[0]}'s version`;
  return `${sides.length} versions: ${sides.slice(0, -1).join(', ')} and ${sides.at(-1)}`;
}

/** A topic's words as the articles write them: "unesco" asked is "UNESCO" shown. */
function asWritten(kb: Knowledge, topic: string): string {
  return topic.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const term = normalizeTerm(word);
    const form = term ? kb.index.displayForm(term) : word;
    return form.toLowerCase() === word.toLowerCase() ? form : word;
  });
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
