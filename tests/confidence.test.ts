import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD, confidenceOf, type ConfidenceFeatures } from '../src/answer/confidence.js';
import { bestSpan, deniesQuestionWord, FITTED_SPAN_TYPES, neighbourTerms, positions, slotOf, spanFeatures, withoutQuestionWords } from '../src/answer/typed.js';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { candidatesIn } from '../src/answer/candidates.js';
import type { SentenceHit } from '../src/index/search-index.js';
import { areOpposites, opposesWord } from '../src/text/opposites.js';
import { normalizeTerm } from '../src/text/analyzer.js';

/** A sentence that holds every word of the question, in order, and nothing against it. */
const CLEAR: ConfidenceFeatures = {
  coverage: 1,
  phrase: 1,
  namesMatched: true,
  focusShare: 1,
  literalShare: 1,
  polarityAgrees: true,
  rarestFound: true,
  typeFound: true,
  candidateScore: 1,
  unknownWords: 0,
  numbersMatched: true,
  opposite: false,
  margin: 0.5,
  sentenceScore: 1.2,
  missingWords: 0,
  slotFilled: false,
  foreign: false,
  swapped: false,
  type: 'thing',
};

describe('confidenceOf: the fitted abstention score', () => {
  it('answers a sentence that holds the whole question', () => {
    expect(confidenceOf(CLEAR)).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it.each<[string, Partial<ConfidenceFeatures>]>([
    ['the sentence denies what the question asks', { polarityAgrees: false }],
    ['the question gives a number the sentence lacks', { numbersMatched: false }],
    ['the sentence holds the opposite of a question word', { opposite: true }],
    ['another sentence matches about as well', { margin: 0 }],
    ['half the question is missing', { coverage: 0.5, focusShare: 0.5, literalShare: 0.5 }],
  ])('is lower when %s', (_, change) => {
    expect(confidenceOf({ ...CLEAR, ...change })).toBeLessThan(confidenceOf(CLEAR));
  });

  it('declines when the question gives a name or figure the paragraph lacks, however well the rest matches', () => {
    expect(confidenceOf({ ...CLEAR, foreign: true })).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('declines when the sentence holds the opposite of a question word, however well the rest matches', () => {
    // A sentence that holds every other word and scores well above the rest.
    const strong = { ...CLEAR, sentenceScore: 2.5 };
    expect(confidenceOf(strong)).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    expect(confidenceOf({ ...strong, opposite: true })).toBeLessThan(ANSWER_THRESHOLD);
    expect(confidenceOf({ ...strong, foreign: true })).toBeLessThan(ANSWER_THRESHOLD);
    expect(confidenceOf({ ...strong, swapped: true })).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('stays between 0 and 1', () => {
    const worst = confidenceOf({ ...CLEAR, coverage: 0, phrase: 0, namesMatched: false, focusShare: 0, literalShare: 0, polarityAgrees: false, opposite: true, margin: 0, sentenceScore: 0 });
    expect(worst).toBeGreaterThanOrEqual(0);
    expect(worst).toBeLessThan(ANSWER_THRESHOLD);
    expect(confidenceOf(CLEAR)).toBeLessThanOrEqual(1);
  });
});

describe('areOpposites and opposesWord', () => {
  it.each([
    ['formal', 'informal'],
    ['binary', 'nonbinary'],
    ['increase', 'decrease'],
    ['largest', 'smallest'],
    ['before', 'after'],
    // Decisions, and any form of a listed pair against any form of the other.
    ['approve', 'blocked'],
    ['approves', 'rejecting'],
    ['permitted', 'bans'],
  ])('%s and %s are opposites', (a, b) => {
    expect(areOpposites(a, b)).toBe(true);
    expect(areOpposites(b, a)).toBe(true);
  });

  it.each([
    ['formal', 'formal'],
    ['sign', 'assign'],
    ['form', 'reform'],
    ['large', 'larger'],
  ])('%s and %s are not', (a, b) => {
    expect(areOpposites(a, b)).toBe(false);
  });

  it('flags a question word the sentence swapped for its opposite, not one it keeps', () => {
    const sentence = new Set(['the', 'harbour', 'toll', 'will', 'increase', 'in', 'spring']);
    expect(opposesWord(['will', 'the', 'toll', 'decrease'], sentence)).toBe(true);
    expect(opposesWord(['will', 'the', 'toll', 'increase'], sentence)).toBe(false);
  });

  it('reads a relation\'s opposite as a swap only over the same thing', () => {
    const order = 'at a dinner after the vote the mayor said the fee had been raised before the strike'.split(' ');
    const words = new Set(order.filter((w) => w !== 'before'));
    // "after the vote" relates another thing than "before the strike" asks about
    expect(opposesWord(['was', 'the', 'fee', 'raised', 'before', 'the', 'strike'], words, order.filter((w) => w !== 'before'))).toBe(false);
    expect(opposesWord(['was', 'the', 'fee', 'raised', 'before', 'the', 'vote'], words, order)).toBe(true);
  });
});

describe('deniesQuestionWord: a denial counts only next to the question\'s words', () => {
  const terms = (...words: string[]) => words.map((w) => normalizeTerm(w)!);

  it('reads a denial just before a question word', () => {
    const text = 'The brewery did not pay a dividend this quarter.';
    expect(deniesQuestionWord(text, positions(text), terms('dividend'))).toBe(true);
  });

  it('lets "without" deny its own object only, not the verb and object after it', () => {
    const text = 'Drivers who enter without permission face a fine of 150 euros.';
    expect(deniesQuestionWord(text, positions(text), terms('fine'))).toBe(false);
    expect(deniesQuestionWord(text, positions(text), terms('permission'))).toBe(true);
    const paying = 'The firm left without paying the fine.';
    expect(deniesQuestionWord(paying, positions(paying), terms('fine'))).toBe(true);
  });

  it('ignores a denial that bears on other words of the sentence', () => {
    const text = '"We are not finished," the brewer told shareholders at the annual meeting in Brookfield.';
    expect(deniesQuestionWord(text, positions(text), terms('annual', 'meeting'))).toBe(false);
  });

  it('ignores a denial inside a quotation for the words after it closes', () => {
    const text = '"Closing libraries is a choice, not a necessity," said opposition leader Ada Lund.';
    expect(deniesQuestionWord(text, positions(text), terms('opposition', 'leader'))).toBe(false);
    // inside the quotation it still denies
    expect(deniesQuestionWord(text, positions(text), terms('necessity'))).toBe(true);
  });

  it('leaves a place or event named after a denied verb undenied ("could not meet at the fair")', () => {
    const text = 'The mayor could not meet the envoy at the spring trade fair in Tollund.';
    expect(deniesQuestionWord(text, positions(text), terms('fair'))).toBe(false);
    // the verb's own object is denied, and so is the verb when the question asks it
    expect(deniesQuestionWord(text, positions(text), terms('envoy'))).toBe(true);
    expect(deniesQuestionWord(text, positions(text), terms('meet', 'fair'))).toBe(true);
  });

  it("reads a contracted denial (didn't)", () => {
    const text = "The council didn't raise the bridge tolls.";
    expect(deniesQuestionWord(text, positions(text), terms('tolls'))).toBe(true);
  });

  it('reads no denial in "yes or no", nor across the end of a clause', () => {
    const answer = 'The vote asks yes or no on the new bridge tolls.';
    expect(deniesQuestionWord(answer, positions(answer), terms('bridge'))).toBe(false);
    const across = 'The council had no choice; bridge tolls rose.';
    expect(deniesQuestionWord(across, positions(across), terms('bridge'))).toBe(false);
  });
});

describe('neighbourTerms: the words around a sentence within its paragraph', () => {
  const texts = ['The Orlen canal was dug by hand.', 'It runs through farmland.', 'Its builders used barges.', 'A new paragraph names the harbour.'];
  const sentences = texts.map((text, index) => ({ text, index, paragraph: index < 3 ? 0 : 1, start: 0, end: text.length }));
  const hit = { article: { sentences }, sentence: sentences[2]!, score: 1 } as unknown as SentenceHit;

  it('holds the words of the sentences before it in the paragraph', () => {
    const terms = neighbourTerms(hit);
    expect(terms.has(normalizeTerm('canal'))).toBe(true);
    expect(terms.has(normalizeTerm('builders'))).toBe(true);
  });

  it('stops at the paragraph', () => {
    expect(neighbourTerms(hit).has(normalizeTerm('harbour'))).toBe(false);
  });
});

describe('spanFeatures and bestSpan: the short answer inside the chosen sentence', () => {
  const choose = (question: string, text: string) => {
    const analysis = analyzeQuestion(question);
    // As questionTerms gives them: every content word, the asked noun too.
    const words = [...analysis.focus, ...(analysis.head ? [analysis.head] : [])];
    const terms = { terms: words.map((w) => normalizeTerm(w)!).filter(Boolean), names: [], unknown: [], unknownNames: [], framing: [], doerNouns: [] };
    const sentence = positions(text);
    const found = candidatesIn(text, analysis.type);
    const spans = (FITTED_SPAN_TYPES.has(analysis.type) ? withoutQuestionWords(found, terms, text) : found).map((candidate) => ({ candidate, features: spanFeatures(candidate, sentence, terms, analysis, text, slotOf(question)) }));
    return { spans, chosen: bestSpan(spans)?.text };
  };

  it('marks what follows a copula, what echoes the question and what holds a figure', () => {
    const { spans } = choose('What is the oldest crossing over the river?', 'The oldest crossing over the river is the Harbour Bridge, finished in 1950.');
    const of = (text: string) => spans.find((s) => s.candidate.text === text)!.features;
    expect(of('Harbour Bridge').afterCopula).toBe(true);
    expect(of('river').echoes).toBe(true);
    expect(of('1950').figure).toBe(true);
  });

  it('takes the phrase that answers over the question\'s own words and the filler around them', () => {
    expect(choose('What is the oldest crossing over the river?', 'The oldest crossing over the river is the Harbour Bridge, engineers say.').chosen).toBe('Harbour Bridge');
    expect(choose('The ferry board has a duty to protect what?', 'The ferry board has a duty to protect the tidal marshes, its charter says.').chosen).toBe('tidal marshes');
  });

  it('offers a phrase without the question\'s words at its ends, as answers seldom repeat them', () => {
    const { spans } = choose('What type of engine drives the ferry?', 'The ferry is driven by diesel engines built in Norway.');
    const trimmed = spans.filter((s) => s.candidate.trimmed).map((s) => s.candidate.text);
    expect(trimmed).toContain('diesel');
    expect(spans.map((s) => s.candidate.text)).toContain('diesel engines');
  });

  it('keeps a hyphenated word whole when it trims the question\'s words', () => {
    const text = 'The co-NP class holds them.';
    const terms = { terms: ['np', 'class'].map((w) => normalizeTerm(w)!), names: [], unknown: [], unknownNames: [], framing: [], doerNouns: [] };
    const trimmed = withoutQuestionWords([{ text: 'co-NP class', start: 4, end: 15 }], terms, text).map((c) => c.text);
    expect(trimmed).toContain('co-NP');
    expect(trimmed).not.toContain('co');
  });

  it('marks the clause that holds the question\'s words and the name a sentence gives', () => {
    const { spans } = choose('Which port is the north ferry bound for?', 'The north ferry is bound for Orlen, and the south ferry for Vask.');
    const of = (text: string) => spans.find((s) => s.candidate.text === text)!.features;
    expect(of('Orlen').clauseShare).toBeGreaterThan(of('Vask').clauseShare);
    const named = choose('What is the term for boats that carry cars?', 'Boats that carry cars are called car ferries.').spans;
    expect(named.find((s) => s.candidate.text === 'car ferries')!.features).toMatchObject({ calledSo: true, givesName: true });
  });
});
