import { normalizeTerm, tokenize } from '../text/analyzer.js';
import type { Knowledge } from '../index/knowledge.js';
import type { SentenceHit } from '../index/search-index.js';
import { bestSentences, cite, coverage, hasAllNames, holdsAllNames, type QuestionTerms } from './evidence.js';
import { neighbourTerms } from './typed.js';
import type { Answer, AnswerKind } from './types.js';

/**
 * Questions answered by one sentence and a value inside it: where, how long, how many, which, yes or no,
 * and the plain "tell me about X". The sentence must hold every name the question asks about and most
 * of its other words; otherwise there is no answer.
 */

const MIN_COVERAGE = 0.6;

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds|dozens?|a few|several|a couple of)';
const NUMBER = String.raw`(?:\$\s?)?(?:\d[\d,.]*|${NUMBER_WORD})(?:\s+(?:thousand|million|billion|trillion|percent|per cent))?`;
const DURATION = new RegExp(
  String.raw`\b(?:(?:a little |slightly |just )?(?:over|under|about|around|nearly|almost|more than|less than)\s+)?(?:${NUMBER}|a|an)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b`,
  'gi',
);
/** A number and up to two words of what it counts ("10 thousand military personnel"), never a preposition. */
const QUANTITY = new RegExp(
  String.raw`(?<![\w:])(?:(?:up to|over|about|around|nearly|almost|more than|less than)\s+)?${NUMBER}(?:\s+(?!(?:in|of|for|to|on|at|by|from|with|and|or|the|a|an|there|here|then|now)\b)[\p{L}-]+){0,2}`,
  'giu',
);
/** A place: "in Sochi", "at the G20 summit in Rome", "from Geneva". */
const PLACE = /\b(?:in|at|from|to|near)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
const NEGATION = /\b(not|no|never|none|nothing|neither|nor|without|denied|denies|refused)\b|n['’]t\b/i;
/**
 * A forecast, claim, possibility or condition: evidence that something may be so, not that it is. ("Would" is
 * left out: in reported speech it is the tense of a promise, not a doubt; "could not" is a failure, a fact.)
 */
const UNSETTLED = /\b(expects?|expected|expecting|predicts?|predicted|forecasts?|could(?!\s+not\b)|might|may|allegedly|alleged|reportedly|purportedly|claims?|claimed|rumou?red|possibly|perhaps|likely|unlikely|plans? to|planning to|intends? to|threatens? to|if|unless)\b/i;
const NEGATION_WORD = /^(not|no|never|none|nothing|neither|nor|without|denied|denies|deny|refused)$|n['’]t$/i;

export function answerFact(kb: Knowledge, question: string, kind: AnswerKind, terms: QuestionTerms): Answer | null {
  const hits =
    kind === 'yes-no'
      ? yesNoEvidence(kb, terms)
      : bestSentences(kb.index, terms, 5).filter((h) => h.coverage >= MIN_COVERAGE && hasAllNames(terms, h.sentence.text));
  if (hits.length === 0) return null;
  const best = hits[0]!;
  const citation = cite(best.article, best.sentence);
  const base = { question, kind, confidence: round(best.coverage), citations: [citation] };

  if (kind === 'where') {
    const found = nearestPlace(hits, terms);
    if (!found) return null;
    return {
      ...base,
      answer: found.place,
      confidence: round(found.hit.coverage),
      text: `${found.place}. ${found.hit.sentence.text}`,
      citations: [cite(found.hit.article, found.hit.sentence)],
    };
  }
  if (kind === 'how-long' || kind === 'how-many') {
    for (const hit of hits) {
      const value = valueIn(kind, hit.sentence.text, terms);
      if (value) {
        return {
          ...base,
          answer: value,
          confidence: round(hit.coverage),
          text: `${capitalise(value)}. ${hit.sentence.text}`,
          citations: [cite(hit.article, hit.sentence)],
        };
      }
    }
    return null;
  }
  if (kind === 'yes-no') {
    if (UNSETTLED.test(best.sentence.text)) {
      return { ...base, answer: 'Not established', confidence: round(best.coverage * 0.8), text: `Not established: the articles report it only as expected, claimed or possible. ${best.sentence.text}` };
    }
    const verdict = isNegated(best.sentence.text, terms) === NEGATION.test(question) ? 'Yes' : 'No';
    return { ...base, answer: verdict, confidence: round(best.coverage * 0.8), text: `${verdict}, according to the articles: ${best.sentence.text}` };
  }
  const support = hits.slice(0, 3);
  return {
    ...base,
    answer: best.sentence.text,
    citations: support.map((h) => cite(h.article, h.sentence)),
    text: support.map((h) => h.sentence.text).join('\n'),
  };
}

/** How many sentences the search gives for a yes-no question, before they are judged on its topic. */
const YES_NO_SEARCHED = 60;

/**
 * The sentences a yes-no question can be answered from, best first: each holds at least half of the
 * question's words other than names (a verdict over a sentence that only shares the names would answer
 * another question), and the names stand in it, in the sentences around it or in the article's
 * title ("The parties also discussed…" in an article about them).
 */
function yesNoEvidence(kb: Knowledge, terms: QuestionTerms): (SentenceHit & { coverage: number })[] {
  const topic = terms.terms.filter((t) => !terms.names.includes(t));
  const held = (hit: SentenceHit) => {
    const present = new Set(tokenize(hit.sentence.text).map(normalizeTerm));
    return topic.length === 0 ? 1 : topic.filter((t) => present.has(t)).length / topic.length;
  };
  if (terms.terms.length === 0) return [];
  // Not ranked by coverage first: sentences that hold only the names would push the topic's out.
  return kb.index
    .searchSentences(terms.terms.join(' '), { limit: YES_NO_SEARCHED })
    .map((hit) => ({ hit, share: held(hit), own: coverage(terms, hit.sentence.text) }))
    .filter(({ hit, share, own }) => (topic.length === 0 ? own >= MIN_COVERAGE : share >= 0.5) && namesAround(terms, hit))
    .sort((a, b) => b.share - a.share || b.own - a.own)
    // The names were found around the sentence: its coverage counts them with the topic words it holds.
    .map(({ hit, share, own }) => ({ ...hit, coverage: topic.length === 0 ? own : contextCoverage(terms, share) }));
}

/** Coverage of a sentence whose names stand around it and which holds `share` of the other words (names count double). */
function contextCoverage(terms: QuestionTerms, share: number): number {
  const names = terms.names.length * 2;
  const topic = terms.terms.length - terms.names.length;
  return (names + share * topic) / (names + topic + terms.unknown.length * 1.5);
}

/** The question's names stand in the sentence, the sentences around it, or its article's title. */
function namesAround(terms: QuestionTerms, hit: SentenceHit): boolean {
  const present = neighbourTerms(hit);
  for (const term of tokenize(hit.article.title).map(normalizeTerm)) present.add(term);
  return holdsAllNames(terms, present);
}

/** Words that end a negation's reach: what follows them is a clause of its own. */
const SCOPE_BREAK = /^(which|who|whom|whose|where|while|whereas|although|though|but|however|yet|because|since|after|before|when)$/i;

/**
 * Whether the sentence denies what the question asks: a negation ("not", "never", "denied") stands
 * before one of the question's topic words or its verb ("did not go"), with no new clause ("which",
 * "but") between them.
 */
function isNegated(sentence: string, terms: QuestionTerms): boolean {
  const words = tokenize(sentence);
  const topic = new Set([...terms.terms.filter((t) => !terms.names.includes(t)), ...terms.framing]);
  const asksAboutDiscussion = [...topic].some((t) => DISCUSSION_VERBS.has(t));
  let negatedFrom = -1;
  let topicInClause = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const term = normalizeTerm(word) ?? '';
    if (NEGATION_WORD.test(word)) {
      negatedFrom = i;
      // "the issue of sending troops was not even raised": the topic stood in the subject, and the verb
      // denied is one of raising or discussing it, as the question asks ("did they discuss…").
      if (topicInClause && asksAboutDiscussion && words.slice(i + 1, i + 3).some((w) => DISCUSSION_VERBS.has(normalizeTerm(w) ?? ''))) return true;
    } else if (SCOPE_BREAK.test(word)) {
      negatedFrom = -1;
      topicInClause = false;
    } else if (topic.has(term)) {
      if (negatedFrom >= 0) return true;
      if (!DISCUSSION_VERBS.has(term)) topicInClause = true;
    }
  }
  return false;
}

/** Verbs of bringing a subject up: "did they discuss X" is denied by "X was not raised" as by "X was not discussed". */
const DISCUSSION_VERBS = new Set(
  ['discuss', 'discussed', 'raise', 'raised', 'mention', 'mentioned', 'address', 'addressed', 'debate', 'debated', 'consider', 'considered', 'touch', 'touched']
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null),
);

/** The value of the asked type in a sentence, preferring one next to a word of the question. */
function valueIn(kind: AnswerKind, sentence: string, terms: QuestionTerms): string | null {
  if (kind === 'how-long') return firstMatch(DURATION, sentence);
  const quantities = [...sentence.matchAll(QUANTITY)].map((m) => m[0].trim()).filter((q) => !/^\d{1,2}:\d{2}/.test(q));
  const nearAsked = quantities.find((q) => terms.terms.some((t) => q.toLowerCase().includes(t.slice(0, 5))));
  return nearAsked ?? quantities[0] ?? null;
}

/**
 * "Where was X": among the found sentences, the place ("in Sochi") that stands closest after a name the
 * question asks about. Adjectives of place ("near the Ukrainian border") are not places.
 */
function nearestPlace(hits: (SentenceHit & { coverage: number })[], terms: QuestionTerms): { place: string; hit: SentenceHit & { coverage: number } } | null {
  let best: { place: string; hit: SentenceHit & { coverage: number }; score: number } | null = null;
  for (const hit of hits) {
    const text = hit.sentence.text;
    const subjects = terms.names.flatMap((name) => [...text.matchAll(/[\p{L}]+/gu)].filter((m) => normalizeTerm(m[0]) === name).map((m) => m.index!));
    for (const match of text.matchAll(PLACE)) {
      const place = match[1]!.replace(/^the\s+/, '');
      const after = text.slice(match.index! + match[0].length);
      if (/^\s+\p{Ll}/u.test(after) && /(an|ian|ese|ish|ic)$/.test(place)) continue;
      if (place.split(/\s+/).some((w) => terms.terms.includes(normalizeTerm(w) ?? ''))) continue;
      const before = subjects.filter((at) => at < match.index!);
      const distance = before.length > 0 ? match.index! - Math.max(...before) : 200;
      const score = hit.coverage - distance / 1000;
      if (!best || score > best.score) best = { place, hit, score };
    }
  }
  return best ? { place: best.place, hit: best.hit } : null;
}

function firstMatch(pattern: RegExp, text: string): string | null {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.[0] ?? null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
