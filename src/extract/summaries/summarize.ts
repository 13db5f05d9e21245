import { DEFAULT_SUMMARY_SENTENCES } from './defaults.js';
import { wordCount } from '../../text/words.js';
import type { Article, Sentence } from '../../corpus/types.js';
import { isSummarySentence, isTerminated, leansBack, pageRank, similarityMatrix, summarySentence } from './sentence-rank.js';
import { contentTerms, cosine, inverseDocumentFrequency, unitVector, type TermVector } from '../../text/similarity.js';
import type { ArticleSummary } from '../types.js';

/**
 * Extractive article summaries: whole sentences of the article, each cited by file and offsets.
 *
 * Sentences are ranked by a biased TextRank (LexRank-style): nodes are the sentences fit for a summary,
 * edges their TF-IDF cosine similarity, and the walk restarts on a prior that favours the lead (news puts
 * the point first), full-length sentences and sentences sharing the headline's words. Topic summaries
 * (across articles, for a query) are made at question time, in `answer/topic-summary.ts`.
 */

export { isSummarySentence } from './sentence-rank.js';


/** The graph ranks at most this many sentences: the lead of a huge article, and O(n²) stays small. */
const MAX_GRAPH_SENTENCES = 60;
/**
 * Word weights (IDF) are counted over at most this many sentences from the start: enough to weigh the
 * lead's candidates, and a huge article costs no more than a long one.
 */
const MAX_IDF_SENTENCES = 2000;
/** Two summary sentences more similar than this say the same thing: the second is skipped. */
const REDUNDANT = 0.5;
/** Sentences shorter than this (in words) get a proportionally smaller prior. */
const FULL_LENGTH_WORDS = 12;

interface RankedSentence {
  sentence: Sentence;
  score: number;
  vector: TermVector;
}

/**
 * The restart prior of the walk: position (1/(i+1) + 0.5, so the lead counts three times a late sentence
 * without drowning centrality), length, similarity to the headline, and a penalty for a missing full stop
 * or an opening that leans on the previous sentence.
 */
function prior(sentence: Sentence, vector: TermVector, title: TermVector | null): number {
  const position = 1 / (sentence.index + 1) + 0.5;
  const length = Math.min(1, wordCount(sentence.text) / FULL_LENGTH_WORDS);
  const headline = title ? 1 + cosine(title, vector) : 1;
  const standalone = (isTerminated(sentence.text) ? 1 : 0.7) * (leansBack(sentence.text) ? 0.8 : 1);
  return position * length * headline * standalone;
}

/** The article's summary candidates with their biased-TextRank score (the scores sum to 1). */
function rankSentences(article: Article): RankedSentence[] {
  const candidates = article.sentences.filter((s) => isSummarySentence(article, s)).slice(0, MAX_GRAPH_SENTENCES);
  if (candidates.length === 0) return [];
  const terms = article.sentences.slice(0, MAX_IDF_SENTENCES).map((s) => contentTerms(s.text));
  const idf = inverseDocumentFrequency(terms);
  const vectors = candidates.map((s) => unitVector(terms[s.index] ?? contentTerms(s.text), idf));
  // A title made from the opening sentence would only echo that sentence.
  const title = article.titleFrom === 'opening' ? null : unitVector(contentTerms(article.title), idf);
  const scores = pageRank(
    similarityMatrix(vectors),
    candidates.map((s, i) => prior(s, vectors[i]!, title)),
  );
  return candidates.map((sentence, i) => ({ sentence, score: scores[i]!, vector: vectors[i]! }));
}

/** Best-scoring sentences first, skipping any that repeats one already taken. */
function pickDistinct(ranked: RankedSentence[], count: number): RankedSentence[] {
  const picked: RankedSentence[] = [];
  for (const candidate of [...ranked].sort((a, b) => b.score - a.score)) {
    if (picked.length >= count) break;
    if (picked.some((p) => cosine(p.vector, candidate.vector) > REDUNDANT)) continue;
    picked.push(candidate);
  }
  return picked;
}

/**
 * The `count` sentences that carry the article, in the article's order, and a one-line gist.
 *
 * The gist is the article's own headline when it has a real one (from the text or the front matter, at
 * least four words, not all capitals): an editor wrote it as the one-line gist. Otherwise it is the
 * best-ranked sentence as one line (see `oneLine`). The summary text is the gist, a blank line, then the
 * sentences; a gist that is one of the sentences word for word is not repeated. An article with no
 * sentence fit for a summary (only fragments) gets its title as the gist and no sentences.
 */
export function summarizeArticle(article: Article, count = DEFAULT_SUMMARY_SENTENCES): ArticleSummary {
  const picked = pickDistinct(rankSentences(article), Math.max(1, count));
  const best = picked[0];
  const gist = hasRealHeadline(article) || !best ? article.title : oneLine(best.sentence.text);
  const sentences = picked
    .map((p) => p.sentence)
    .sort((a, b) => a.index - b.index)
    .map((s) => summarySentence(article, s));
  const body = sentences.map((s) => s.text).join(' ');
  const summary = !body ? gist : sentences.some((s) => s.text === gist) ? body : `${gist}\n\n${body}`;
  return { id: article.id, file: article.file, gist, summary, sentences };
}

function hasRealHeadline(article: Article): boolean {
  const title = article.title;
  return article.titleFrom !== 'opening' && wordCount(title) >= 4 && title !== title.toUpperCase();
}

const CONNECTIVE =
  /^(?:(?:but|and)\s+|(?:so|however|meanwhile|moreover|furthermore|besides|at the same time|in addition(?: to this)?|in turn|as a result),\s+)/i;

/**
 * A sentence as one line of at most `max` characters: an opening connective ("But", "At the same time,")
 * dropped, and a long sentence cut at its last clause break (comma, semicolon, dash) that keeps at least
 * half the line, or else at a word, marked with "…".
 */
export function oneLine(text: string, max = 160): string {
  let line = text.replace(/\s+/g, ' ').trim();
  const stripped = line.replace(CONNECTIVE, '');
  if (stripped !== line && stripped.length > 0) line = stripped[0]!.toUpperCase() + stripped.slice(1);
  if (line.length <= max) return line;
  const head = line.slice(0, max - 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  const cut = clause >= max / 2 ? clause : line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
