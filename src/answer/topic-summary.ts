import { wordCount } from '../text/words.js';
import type { Article, Sentence } from '../corpus/types.js';
import { isSummarySentence, isTerminated, leansBack, pageRank, similarityMatrix, summarySentence } from '../extract/summaries/sentence-rank.js';
import { contentTerms, cosine, inverseDocumentFrequency, unitVector, type TermVector } from '../text/similarity.js';
import type { Quote, SummarySentence, TopicSummary } from '../extract/types.js';

/**
 * Topic summaries: what the articles say about a query, from the sentences retrieved for it.
 *
 * The candidates are ranked by a query-biased LexRank (the walk restarts on the retrieval scores, so a
 * sentence ranks high when it matches the query and resembles the other matches). Sentences that state the
 * same thing in several articles (one readout in different translations) are folded into one statement
 * that cites every file, and the statements are taken best first, each new one discounted by its
 * likeness to those already taken and by how many come from the same article.
 */

export const DEFAULT_TOPIC_SENTENCES = 5;

/** Label of the group of sentences no quote attributes to anyone: the outlets' own reporting. */
export const UNATTRIBUTED = 'Unattributed';

/** A sentence found for a topic query; the search index provides these, `matchSentences` is the fallback. */
export interface TopicCandidate {
  article: Article;
  sentence: Sentence;
  score: number;
}

export interface TopicOptions {
  /** Sentences in the summary; with `bySpeaker`, sentences per speaker. */
  sentences?: number;
  /** Group the summary by the speaker each sentence is attributed to (needs `quotes`). */
  bySpeaker?: boolean;
  /** Quotes of the articles, from the quotes extractor: they tell who says what. */
  quotes?: readonly Quote[];
}

/** The graph ranks at most this many candidates, the best retrieved. */
const MAX_CANDIDATES = 100;
/**
 * Two sentences state the same thing when their TF-IDF cosine is high, or when it is fair and the content
 * words they share carry most of the shorter one's IDF weight (a translation keeps the rare words: names of
 * things, figures) — the more words shared, the lower the bar. Wrongly
 * merging two statements loses one and miscites the other, so the bars are high.
 */
const SAME_STATEMENT: readonly { cosine: number; shared: number; contained: number }[] = [
  { cosine: 0.55, shared: 0, contained: 0 },
  { cosine: 0.45, shared: 10, contained: 0.5 },
  { cosine: 0.35, shared: 5, contained: 0.6 },
];
/** Each further outlet reporting a statement raises its score by this share. */
const PER_EXTRA_FILE = 0.2;
/** A statement's score is multiplied by this for each one already taken from the same article. */
const SAME_ARTICLE = 0.7;

interface Member extends TopicCandidate {
  vector: TermVector;
  /** The figures the sentence gives, normalised ("3.80" and "3.8" are one). */
  figures: Set<string>;
  /** Distinct content terms with their IDF. */
  terms: Map<string, number>;
  termWeight: number;
  /** Query-biased centrality among the candidates. */
  weight: number;
}

/** One statement, said in one or more sentences of one or more articles. */
interface Statement {
  members: Member[];
  /** The clearest wording, the one cited. */
  kept: Member;
  files: string[];
  score: number;
}

function rankMembers(candidates: readonly TopicCandidate[]): Member[] {
  const articles = [...new Set(candidates.map((c) => c.article))];
  const idf = inverseDocumentFrequency(articles.flatMap((a) => a.sentences.map((s) => contentTerms(s.text))));
  const termLists = candidates.map((c) => contentTerms(c.sentence.text));
  const vectors = termLists.map((terms) => unitVector(terms, idf));
  const weights = pageRank(similarityMatrix(vectors), candidates.map((c) => Math.max(0, c.score)));
  return candidates.map((c, i) => {
    const terms = new Map(termLists[i]!.map((t) => [t, idf.get(t) ?? 1]));
    const termWeight = [...terms.values()].reduce((sum, w) => sum + w, 0);
    return { ...c, vector: vectors[i]!, figures: figuresIn(c.sentence.text), terms, termWeight, weight: weights[i]! };
  });
}

function figuresIn(text: string): Set<string> {
  return new Set((text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => String(Number(n.replace(/,/g, '')))));
}

/** One sentence's figures all appear in the other's (a report of the same statement may give fewer). */
function figuresAgree(a: Set<string>, b: Set<string>): boolean {
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  for (const figure of fewer) if (!more.has(figure)) return false;
  return true;
}

function sameStatement(a: Member, b: Member): boolean {
  const similarity = cosine(a.vector, b.vector);
  let shared = 0;
  let sharedWeight = 0;
  for (const [term, weight] of a.terms) {
    if (!b.terms.has(term)) continue;
    shared++;
    sharedWeight += weight;
  }
  const contained = sharedWeight / Math.min(a.termWeight, b.termWeight);
  return SAME_STATEMENT.some((bar) => similarity >= bar.cosine && shared >= bar.shared && contained >= bar.contained);
}

/**
 * Best first, each member joins the first statement whose best-ranked sentence it repeats (not any of its
 * members: chains of partial likeness would merge a whole topic) and whose figures all agree with its own.
 * What several outlets report weighs more.
 */
function foldStatements(members: readonly Member[]): Statement[] {
  const groups: Member[][] = [];
  for (const member of [...members].sort((a, b) => b.weight - a.weight)) {
    const group = groups.find((g) => sameStatement(g[0]!, member) && g.every((m) => figuresAgree(m.figures, member.figures)));
    if (group) group.push(member);
    else groups.push([member]);
  }
  return groups.map((group) => {
    const files = [...new Set(group.map((m) => m.article.file))];
    return { members: group, kept: clearest(group), files, score: group[0]!.weight * (1 + PER_EXTRA_FILE * (files.length - 1)) };
  });
}

/**
 * The clearest wording of a statement: a full sentence (full stop, capital or quotation mark first), no
 * words run together by a lost line break ("Town HallPresident"), neither a stub nor a run-on, not
 * leaning on the sentence before; then the wording that covers most of the statement's words, then the
 * best ranked.
 */
function clearest(members: readonly Member[]): Member {
  const allTerms = new Set(members.flatMap((m) => [...m.terms.keys()]));
  const clarity = (m: Member) => {
    const text = m.sentence.text;
    const words = wordCount(text);
    let score = m.terms.size / allTerms.size;
    if (!isTerminated(text)) score -= 1;
    if (!/^[\p{Lu}\p{N}"'“‘«]/u.test(text)) score -= 1;
    if (/\p{Ll}{3}\p{Lu}\p{Ll}{3}/u.test(text)) score -= 1;
    if (words < 10 || words > 50) score -= 0.5;
    if (leansBack(text)) score -= 0.5;
    return score;
  };
  let best = members[0]!;
  for (const m of members.slice(1)) if (clarity(m) > clarity(best) + 1e-9) best = m;
  return best;
}

/**
 * Statements in the order a summary should take them: greedily the best score, discounted by likeness to
 * any statement already taken and by how many were taken from the same article (so one long article
 * does not fill the summary).
 */
function diversify(statements: readonly Statement[]): Statement[] {
  const remaining = [...statements];
  const overlap = remaining.map(() => 0);
  const fromArticle = new Map<string, number>();
  const ordered: Statement[] = [];
  while (remaining.length > 0) {
    let pick = 0;
    let pickValue = -Infinity;
    remaining.forEach((st, i) => {
      const value = st.score * (1 - overlap[i]!) * SAME_ARTICLE ** (fromArticle.get(st.kept.article.id) ?? 0);
      if (value > pickValue) {
        pick = i;
        pickValue = value;
      }
    });
    const [taken] = remaining.splice(pick, 1);
    overlap.splice(pick, 1);
    ordered.push(taken!);
    fromArticle.set(taken!.kept.article.id, (fromArticle.get(taken!.kept.article.id) ?? 0) + 1);
    remaining.forEach((st, i) => (overlap[i] = Math.max(overlap[i]!, cosine(st.kept.vector, taken!.kept.vector))));
  }
  return ordered;
}

/** Who a sentence is attributed to: the speaker of the quote that overlaps it most, or null. */
function speakerOf(member: Member, quotesByArticle: ReadonlyMap<string, Quote[]>): { key: string; name: string } | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const quote of quotesByArticle.get(member.article.id) ?? []) {
    if (quote.speaker === null) continue;
    const overlap = Math.min(quote.end, member.sentence.end) - Math.max(quote.start, member.sentence.start);
    if (overlap > bestOverlap) {
      best = quote;
      bestOverlap = overlap;
    }
  }
  return best?.speaker ? { key: best.speakerId ?? best.speaker.toLowerCase(), name: best.speaker } : null;
}

function cite(statement: Statement, speaker?: string | null): SummarySentence {
  const kept = statement.kept;
  const alsoIn = [kept.article.file, ...statement.files.filter((f) => f !== kept.article.file)];
  return { ...summarySentence(kept.article, kept.sentence), alsoIn, ...(speaker === undefined ? {} : { speaker }) };
}

/**
 * A summary of what the articles say about `query`, from candidate sentences retrieved for it (the
 * caller's retrieval; sentences unfit for a summary are left out). Each sentence is cited, and `alsoIn`
 * lists every file that says the same thing, the cited sentence's file first.
 *
 * With `bySpeaker`, each statement goes to the speaker of the quote overlapping its cited sentence (or,
 * failing that, any of its other wordings); groups come in the order of their best statement, each with
 * up to `sentences` sentences, and every speaker found gets a group (the caller picks the sides it
 * wants). Statements no quote attributes go last, to an "Unattributed" group: they are the outlets' own
 * reporting, which often carries a side's position too.
 */
export function summarizeTopic(query: string, candidates: readonly TopicCandidate[], options: TopicOptions = {}): TopicSummary {
  const count = Math.max(1, options.sentences ?? DEFAULT_TOPIC_SENTENCES);
  const fit = uniqueSentences(candidates.filter((c) => isSummarySentence(c.article, c.sentence)))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CANDIDATES);
  const statements = diversify(foldStatements(rankMembers(fit)));

  if (!options.bySpeaker) {
    const sentences = statements.slice(0, count).map((st) => cite(st));
    return { query, summary: sentences.length > 0 ? sentences.map((s) => s.text).join(' ') : null, sentences };
  }

  const quotes = new Map<string, Quote[]>(fit.map((c) => [c.article.id, []]));
  for (const quote of options.quotes ?? []) quotes.get(quote.articleId)?.push(quote);
  const bySpeaker = new Map<string, { speaker: string; sentences: SummarySentence[] }>();
  const unattributed: SummarySentence[] = [];
  for (const statement of statements) {
    const speaker =
      speakerOf(statement.kept, quotes) ?? statement.members.map((m) => speakerOf(m, quotes)).find((s) => s !== null) ?? null;
    if (!speaker) {
      if (unattributed.length < count) unattributed.push(cite(statement, null));
      continue;
    }
    const group = bySpeaker.get(speaker.key) ?? { speaker: speaker.name, sentences: [] };
    bySpeaker.set(speaker.key, group);
    if (group.sentences.length < count) group.sentences.push(cite(statement, speaker.name));
  }
  const groups = [...bySpeaker.values()];
  if (unattributed.length > 0) groups.push({ speaker: UNATTRIBUTED, sentences: unattributed });
  const sentences = groups.flatMap((g) => g.sentences);
  const summary = groups.map((g) => `${g.speaker}: ${g.sentences.map((s) => s.text).join(' ')}`).join('\n');
  return { query, summary: sentences.length > 0 ? summary : null, sentences, groups };
}

/** The same sentence retrieved twice counts once, with its best score. */
function uniqueSentences(candidates: readonly TopicCandidate[]): TopicCandidate[] {
  const best = new Map<string, TopicCandidate>();
  for (const c of candidates) {
    const key = `${c.article.id}\0${c.sentence.index}`;
    const seen = best.get(key);
    if (!seen || c.score > seen.score) best.set(key, c);
  }
  return [...best.values()];
}
