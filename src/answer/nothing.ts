import type { Article } from '../corpus/types.js';
import type { Knowledge } from '../index/knowledge.js';
import { analyze, normalizeTerm } from '../text/analyzer.js';
import type { QuestionTerms } from './evidence.js';
import type { Answer } from './types.js';

/**
 * The honest reply when the articles hold no answer: say so, say which words they do not use, and offer
 * the nearest topics they do cover (the articles the question's known words lead to, else the names the
 * corpus talks about most).
 */
export function noAnswer(kb: Knowledge, question: string, terms: QuestionTerms, reason?: string): Answer {
  const suggestions = nearestTopics(kb, terms);
  // A word only a headline uses ("shopkeepers fear lost trade") is one the articles do mention.
  const headlines = headlineTerms(kb.corpus.articles);
  const missing = (terms.unknownNames.length > 0 ? terms.unknownNames : terms.unknown).filter((word) => !headlines.has(normalizeTerm(word) ?? word));
  const why =
    reason ??
    (missing.length > 0 && terms.terms.length === 0
      ? `The articles don't mention ${listWords(missing)}.`
      : missing.length > 0
        ? `The articles don't say: they never mention ${listWords(missing)}.`
        : "The articles don't say.");
  const offer = suggestions.length > 0 ? ` They cover: ${suggestions.join('; ')}.` : '';
  return { question, answer: null, kind: 'none', confidence: 0, text: `${why}${offer}`, citations: [], suggestions };
}

const headlineTermsOf = new WeakMap<readonly Article[], ReadonlySet<string>>();

/** The terms of every headline, read once per list of articles. */
function headlineTerms(articles: readonly Article[]): ReadonlySet<string> {
  let terms = headlineTermsOf.get(articles);
  if (!terms) headlineTermsOf.set(articles, (terms = new Set(articles.flatMap((article) => analyze(article.title)))));
  return terms;
}

function nearestTopics(kb: Knowledge, terms: QuestionTerms): string[] {
  if (terms.terms.length > 0) {
    const titles = kb.index.searchArticles(terms.terms.join(' '), 3).map((hit) => hit.article.title);
    const fromSentences = kb.index
      .searchSentences(terms.terms.join(' '), { limit: 10 })
      .map((hit) => hit.article.title)
      .filter((title) => !titles.includes(title));
    const nearest = [...new Set([...titles, ...fromSentences])].slice(0, 3);
    if (nearest.length > 0) return nearest;
  }
  return kb.index.topNames(6);
}

function listWords(words: string[]): string {
  const quoted = [...new Set(words)].slice(0, 3).map((w) => `"${w}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
