import { analyze, expandTerm, normalizeTerm, tokenize } from '../text/analyzer.js';
import { swapsModifier } from './swapped.js';
import { adjectiveKin, compoundKindsOf, isKindOf, isVerb, synonymsOf } from '../text/synonyms.js';
import { kindredWords } from '../text/kindred.js';
import { gazetteer, isCountry, isDemonym } from '../text/gazetteer.js';
import { remembered } from '../text/memo.js';
import type { Knowledge } from '../index/knowledge.js';
import type { SentenceHit } from '../index/search-index.js';
import type { Sentence } from '../corpus/types.js';
import { isOrganizationNoun, isOutletNoun, isPersonNoun, ORDINAL_WORDS, type AnswerType, type QuestionAnalysis } from './analysis.js';
import { candidatesIn, saysWhen, type Candidate } from './candidates.js';
import { namesCounted } from './named-count.js';
import { confidenceOf, STRICT_TYPES, type ConfidenceFeatures } from './confidence.js';
import { opposesWord } from '../text/opposites.js';
import { EVENT_FAMILIES, eventFamilies, isReportingWord } from '../extract/events/event-words.js';
import { antecedentSpan } from '../extract/events/events.js';
import { INSTITUTION_NOUNS, ROLE_NOUNS } from '../text/phrases.js';
import { isStopWord } from '../text/stopwords.js';
import { openingPronounReferent } from '../extract/events/title.js';
import { tagWords } from '../text/pos.js';
import { cite, nameHeld, outletArticles, roleHolder, withoutOutlet, type QuestionTerms } from './evidence.js';
import { afterStranded, askedHolder, askedRole, asksForTopic, asksForAction, passiveAsked, subjectOfPassive, describedNoun, descriptionOf, discussionTopic, examplesOf, holderNamed, plannedAction, qualifiedNoun, objectOfVerb, roleFiller, strandedPreposition, verbOfObjectAsked, verbOfPersonAsked } from './stranded.js';
import type { Answer, AnswerKind } from './types.js';

/**
 * Answers by expected type: find the sentences that cover the question best (rare words weigh more than
 * common ones), take from them the stretch of the expected type that stands nearest the question's words
 * and does not repeat them, and score the pair for confidence.
 */

/** A denial: a question that asks the opposite way does not match it. */
const NEGATION = /^(?:not|never|no|none|neither|nor|cannot|without|\p{L}+n['’]t)$/iu;

/** How many words before a question word a denial still bears on it ("did not even pay the dividend"). */
const NEGATION_REACH = 4;

/**
 * The sentence denies something the question asks about: a denial stands just before one of the
 * question's words. A denial elsewhere ("we are not finished," she told the meeting) bears on other words,
 * and one inside a quotation none outside it ("a choice, not a necessity," said opposition leader X).
 */
export function deniesQuestionWord(text: string, sentence: readonly Position[], terms: readonly string[]): boolean {
  return sentence.some(
    (p, i) =>
      p.term !== null &&
      terms.includes(p.term) &&
      sentence
        .slice(Math.max(0, i - NEGATION_REACH), i)
        .some((before) => isDenial(text, before) && !/[.;:!?”»]|\S"/.test(text.slice(before.end, p.start)) && !verbBetween(text, before.end, p.start, terms) && !pastWithout(text, before, p.start)),
  );
}

/**
 * "Drivers who enter without permission face a fine": "without" denies its object alone, and a verb after that
 * object is the clause's own, undenied. ("Without paying a fine" denies the paying, and the fine with it.)
 */
function pastWithout(text: string, denial: Position, to: number): boolean {
  if (!/^without$/i.test(text.slice(denial.start, denial.end))) return false;
  const between = tagWords(text).filter((w) => w.start >= denial.end && w.end <= to);
  // The tagger may read a verb before its object as a noun ("permission face a fine"): a word WordNet knows as a
  // verb, with a determiner after it, is one.
  return between.some((w, i) => i > 0 && (w.pos === 'VERB' || (isVerb(w.text.toLowerCase()) && between[i + 1]?.pos === 'DET')));
}

/**
 * A verb the question does not ask about, between a denial and a question word in a phrase of its
 * own, takes the denial: "could not meet at the summit" denies the meeting, not the summit; "did not
 * pay a dividend" denies the dividend. A light verb ("did not have a permit") or one that passes its
 * denial on to another ("did not need to pay") takes nothing.
 */
function verbBetween(text: string, from: number, to: number, terms: readonly string[]): boolean {
  const between = tagWords(text).filter((w) => w.start >= from && w.end <= to);
  return between.some((w, i) => {
    if (w.pos !== 'VERB' || LIGHT_VERBS.has(w.lemma.toLowerCase())) return false;
    const term = normalizeTerm(w.text);
    if (term === null || terms.includes(term) || /^\s+to\b/i.test(text.slice(w.end, w.end + 4))) return false;
    return between.slice(i + 1).some((after) => after.pos === 'ADP');
  });
}

/** Verbs that say little by themselves: a denial before them bears on what they take. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'keep', 'let', 'seem']);

/**
 * A denial word that denies: not "no" as one of two answers ("yes or no", "no or yes"), and its reach
 * ends with its clause (a full stop, semicolon or colon between it and the word).
 */
function isDenial(text: string, word: Position): boolean {
  const value = text.slice(word.start, word.end);
  if (!NEGATION.test(value)) return false;
  if (/^no$/i.test(value) && (/\b(?:yes|or|and)\s+$/i.test(text.slice(Math.max(0, word.start - 5), word.start)) || /^\s+or\b/i.test(text.slice(word.end, word.end + 4)))) return false;
  return true;
}

/** "What is Lind's majority?", "what was the firm's profit": a noun of someone's that a figure may measure. */
const MEASURED_NOUN = /^what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?[\p{L}.-]+['’]s?\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+)\s*[?.!]*$/iu;

/** The figure written just before the noun ("a 6,932 majority", "$5m budget"), after "noun of", "noun is (about)" or "noun, to"; null when none. */
function figureOf(text: string, noun: string): Candidate | null {
  const lower = text.toLowerCase();
  for (const figure of candidatesIn(text, 'number')) {
    const after = lower.slice(figure.end, figure.end + noun.length + 12);
    const before = lower.slice(Math.max(0, figure.start - noun.length - 30), figure.start);
    // "…a drop in profit, to 41 million crowns": the level the noun came to.
    if (
      new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?${noun}s?\\b`, 'u').test(after) ||
      new RegExp(`\\b${noun}s?\\s+(?:of|(?:is|was|are|were)(?:\\s+[\\p{L}]+){0,2})\\s+$`, 'u').test(before) ||
      new RegExp(`\\b${noun}s?,?\\s+to\\s+$`, 'u').test(before)
    ) {
      return figure;
    }
  }
  return null;
}

/** Nouns that only name the type of the answer. */
const TYPE_NOUNS = /^(year|years|date|day|month|century|decade|time|hour|number|amount|quantity|percentage|percent|kind|type|sort)$/;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A sentence and its best candidate, with the features the confidence is computed from. */
interface Scored {
  hit: SentenceHit;
  present: Set<string | null>;
  around: Set<string | null>;
  coverage: number;
  phrase: number;
  namesMatched: boolean;
  polarityAgrees: boolean;
  candidate: Candidate | null;
  candidateScore: number;
  /** Every candidate of the sentence with its features, for the choice of the short answer. */
  spans: SpanChoice[];
  score: number;
}

export interface SpanChoice {
  candidate: Candidate;
  features: SpanFeatures;
}

/** A word of a sentence with its index term and where it stands. */
export interface Position {
  term: string | null;
  start: number;
  end: number;
}

/** A text's words with their index terms; questions find the same sentences again and again. */
export const positions: (text: string) => Position[] = remembered(
  (text) => [...text.matchAll(WORD)].map((m) => ({ term: normalizeTerm(m[0]), start: m.index!, end: m.index! + m[0].length })),
  20_000,
);

/** The sentence's index terms in order, without the words the index leaves out. */
function sequenceOf(text: string): string[] {
  return positions(text)
    .map((p) => p.term)
    .filter((t): t is string => t !== null);
}

function termsOf(text: string): (string | null)[] {
  return positions(text).map((p) => p.term);
}

/** The terms a sentence holds that stand for a question term (the term itself or a name it folds to). */
function matches(term: string, present: Set<string | null>): boolean {
  if (present.has(term) || expandTerm(term).some((t) => present.has(t))) return true;
  if (term.length < 5) return false;
  for (const p of present) if (p !== null && p.length >= 5 && (p.startsWith(term) || term.startsWith(p))) return true;
  return false;
}

/** Verbs of a change from one figure to another. */
const CHANGE = String.raw`(?:increase|raise|rise|rose|grow|grew|fall|fell|drop|cut|reduce|lower|lift|climb|jump|move|change|push|bring|take)\w*`;

/**
 * "How much should the pension be raised to?": the figure after "to" in the sentence; "…raised from?": the
 * one after "from". Null when the question names neither end of a change.
 */
function endPointAsked(question: string): 'to' | 'from' | null {
  const end = new RegExp(String.raw`\b${CHANGE}\s+(?:\w+\s+){0,3}?(to|from)\b`, 'i').exec(question)?.[1]?.toLowerCase();
  return end === 'to' || end === 'from' ? end : null;
}

/** A question about what will be: a change the sentence plans is asked about where it ends. */
const AHEAD = /\b(?:will|would|going to|gonna)\b/i;

/** How far before a figure its "to" or "from" may stand ("to the guaranteed level of £105"). */
const END_REACH = 60;

/** "from 12 to 30", read as one range: a change, whose two ends are figures of their own. */
function changeEnds(candidate: Candidate, text: string): Candidate[] | null {
  const range = /^(.+?)\s+to\s+(.+)$/.exec(candidate.text);
  if (!range || !/\bfrom\s+$/i.test(text.slice(Math.max(0, candidate.start - 8), candidate.start))) return null;
  const second = candidate.end - range[2]!.length;
  return [
    { text: range[1]!, start: candidate.start, end: candidate.start + range[1]!.length },
    { text: range[2]!, start: second, end: candidate.end },
  ];
}

/** The last "to" or "from" in a stretch: which end of a change the figure after it is. */
function lastEndWord(before: string): string | null {
  return [...before.matchAll(/\b(to|from)\b/gi)].at(-1)?.[1]?.toLowerCase() ?? null;
}

/** Synonyms weigh less than the word itself: a different word may mean a different thing. */
const SYNONYM_WEIGHT = 0.6;

/**
 * For each word of the question that is not a name, the index terms of its WordNet synonyms that the
 * articles use: keyed by the word's own index term, or by the word itself when the articles lack it.
 */
export function questionSynonyms(kb: Knowledge, question: string, terms: QuestionTerms): Map<string, string[]> {
  const synonyms = new Map<string, string[]>();
  tokenize(question).forEach((token, position) => {
    if (position > 0 && /^\p{Lu}/u.test(token)) return;
    const own = normalizeTerm(token);
    if (own === null) return;
    const term = kb.index.resolve(token);
    if (term !== null && terms.names.includes(term)) return;
    // A kind written as one word with it stands in too: "wildfire" for "the fire".
    // An adjective the articles never use stands for one of like sense they do ("yearly" for "annual").
    const adjectives = term === null ? [...adjectiveKin(token)] : [];
    const found = [...synonymsOf(token), ...compoundKindsOf(token), ...kindredWords(token), ...adjectives]
      .map((word) => normalizeTerm(word))
      .filter((t): t is string => t !== null && t !== own && t !== term && kb.index.knows(t));
    if (found.length > 0) synonyms.set(term ?? token, [...new Set(found)]);
  });
  // "the deputy governor" is "Marr" in the sentence that answers, where only one person holds that role.
  const holder = roleHolder(kb, question);
  if (holder) {
    const name = analyze(holder.person.name).filter((t) => kb.index.knows(t));
    for (const word of holder.role) {
      const key = kb.index.resolve(word) ?? normalizeTerm(word);
      if (key !== null) synonyms.set(key, [...new Set([...(synonyms.get(key) ?? []), ...name])]);
    }
  }
  return synonyms;
}

/** "during the call", "after their meeting": an event the question uses to say when, not what it asks about. */
const EVENT_FRAME = /\b(?:during|throughout|before|after|ahead of|at the time of)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/gu;

/** Verbs of speaking: where one speaks is also where one says or tells something. */
const SPEAKING = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);

/**
 * For a "where" question framed by an event ("where was she during the call?"), or a "how long" question
 * about one ("how long did the call last?"), the other words of that event's family ("talks",
 * "conversation", "meeting"): a report names one event in many ways, and the sentence that places or
 * times it need not use the question's word. Keyed like `questionSynonyms`.
 */
export function eventKin(kb: Knowledge, question: string, analysis: QuestionAnalysis): Map<string, string[]> {
  const kin = new Map<string, string[]>();
  if (analysis.type !== 'place' && analysis.type !== 'duration') return kin;
  const lower = question.toLowerCase();
  // "Where did they meet?": the question's own event verb, as well as an event it is framed by. What lasted
  // is the event a "how long" question names, wherever it stands.
  const verb = /^where\s+(?:did|do|does|will|would|could|can|had|has|have)\s+.+\s(\p{L}+)\s*\??$/u.exec(lower)?.[1];
  const framing = analysis.type === 'duration' ? [lower] : [...lower.matchAll(EVENT_FRAME)].map((match) => match[1]!);
  // "Where did she speak to reporters?": a verb of speaking counts wherever it stands, not only last.
  const speaking = analysis.type === 'place' ? lower.split(/[^\p{L}]+/u).filter((word) => SPEAKING.has(word)) : [];
  for (const words of [...framing, ...(verb ? [verb] : []), ...speaking]) {
    for (const word of words.split(/\s+/)) {
      // "Where did she speak?": where she told or said something, as well as where she talked with someone.
      const families = [...eventFamilies(word), ...(SPEAKING.has(word) ? ['statement'] : [])];
      if (families.length === 0) continue;
      const own = normalizeTerm(word);
      const key = kb.index.resolve(word) ?? word;
      const words = families.flatMap((family) => EVENT_FAMILIES[family] ?? []).map((w) => normalizeTerm(w));
      const known = [...new Set(words)].filter((t): t is string => t !== null && t !== own && t !== key && kb.index.knows(t));
      if (known.length > 0) kin.set(key, known);
    }
  }
  return kin;
}

/**
 * Share of the question's weight a sentence holds: rare terms weigh more; names weigh more. A term found
 * only around the sentence (the article's title, the sentence before) counts half: a sentence need not
 * repeat what its article is about. A synonym counts below the word itself.
 */
export function weightedCoverage(
  kb: Knowledge,
  terms: QuestionTerms,
  present: Set<string | null>,
  around: Set<string | null> = new Set(),
  synonyms: Map<string, string[]> = new Map(),
  kin: Map<string, string[]> = new Map(),
): number {
  let total = 0;
  let found = 0;
  const bySynonym = (key: string) => (synonyms.get(key) ?? []).some((t) => present.has(t));
  for (const term of terms.terms) {
    const weight = kb.index.termWeight(term) * (terms.names.includes(term) ? 1.5 : 1);
    total += weight;
    if (present.has(term) || matches(term, present) || (kin.get(term) ?? []).some((t) => present.has(t))) found += weight;
    else if (bySynonym(term)) found += weight * SYNONYM_WEIGHT;
    // A name just before is often the one the sentence calls "he" or "the company".
    else if (around.has(term)) found += weight * (terms.names.includes(term) ? 0.7 : 0.5);
  }
  // A word the articles never use still counts against the match, but only as an average word: one
  // missing word must not by itself decide a refusal, and its synonym in the sentence stands for it.
  const average = terms.terms.length > 0 ? total / terms.terms.length : 1;
  for (const word of terms.unknown) {
    total += average * 0.6;
    if ((kin.get(word) ?? []).some((t) => present.has(t))) found += average * 0.6;
    else if (bySynonym(word)) found += average * 0.6 * SYNONYM_WEIGHT;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * Share of the question's words other than names (known to the articles or not) that the sentence holds,
 * itself or (unless literal) by a synonym: a sentence that only shares the question's names is about
 * something else.
 */
function focusShare(terms: QuestionTerms, present: Set<string | null>, synonyms: Map<string, string[]>, literal = false): number {
  const focus = terms.terms.filter((t) => !terms.names.includes(t));
  const total = focus.length + terms.unknown.length;
  if (total === 0) return 1;
  const held = (key: string) => present.has(key) || (!literal && (synonyms.get(key) ?? []).some((t) => present.has(t)));
  return (focus.filter((t) => held(t) || (!literal && matches(t, present))).length + terms.unknown.filter(held).length) / total;
}

/** A number in digits, or in words up to twenty and the scales. */
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|hundred|thousand|million|billion)$/;

/** Every number of the question stands in the sentence ("three integers" is not "two integers"). */
function numbersIn(questionWords: readonly string[], sentenceWords: ReadonlySet<string>): boolean {
  return questionWords.every((word) => !NUMBER_WORD.test(word) || sentenceWords.has(word));
}

/** Two question words side by side in the sentence too ("decision problem") say more than each alone. */
const PHRASE_WEIGHT = 0.15;

/**
 * A question is often written about a whole paragraph: the words its answer sentence lacks stand in the
 * sentences around it. How much their coverage adds to the sentence's own (measured on development data).
 */
const CONTEXT_WEIGHT = 0.6;
/** How many sentences on each side count as the sentence's context (within its paragraph). */
const CONTEXT_REACH = 3;

/** The terms of a sentence and its neighbours in the same paragraph: what a question about it may also use. */
export function neighbourTerms(hit: SentenceHit): Set<string | null> {
  const { sentences } = hit.article;
  const terms = new Set<string | null>();
  for (let i = Math.max(0, hit.sentence.index - CONTEXT_REACH); i <= Math.min(sentences.length - 1, hit.sentence.index + CONTEXT_REACH); i++) {
    if (sentences[i]!.paragraph !== hit.sentence.paragraph) continue;
    for (const term of termsOf(sentences[i]!.text)) terms.add(term);
  }
  return terms;
}

/** How many sentences the search gives to be ranked by their words (more cost time at every question). */
const SEARCHED_SENTENCES = 20;

/**
 * A "where" question framed by an event matches every sentence about the event and its people: more
 * are searched, and those that name a place rank first.
 */
const FRAMED_SEARCHED_SENTENCES = 60;
/** What holding the question's verb and its stranded preposition adds to a sentence's score. */
const STRANDED_WEIGHT = 0.2;
const PLACED_WEIGHT = 0.3;

/** How many of the best sentences are read for an event held by video or telephone. */
const REMOTE_READ = 5;
/** How a meeting is held apart: "via a secure video link", "by telephone", "online". */
const REMOTE_MEANS =
  /\b(?:by|via|over|through)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:video\s?(?:link|call|conference|line)|videoconference|tele(?:phone|conference)|phone(?:\s+call)?|internet|the\s+internet)\b|\b(?:virtual|online)\s+(?:summit|meeting|talks|conference)\b|\bvideo\s+(?:call|summit|meeting|talks|conference)\b/iu;

function remoteMeans(text: string): Candidate | null {
  const match = REMOTE_MEANS.exec(text);
  return match ? { text: match[0], start: match.index, end: match.index + match[0].length } : null;
}

/**
 * The person a sentence's opening "he" or "she" stands for ("She resigned on Tuesday", after "Ada Lund, who
 * ran the port, faced questions"), as a candidate in the pronoun's place; none when it opens with no such
 * pronoun, or the sentences before it name no one it can stand for.
 */
function pronounSubject(hit: SentenceHit): Candidate[] {
  const previous = antecedentSpan(hit.article, hit.sentence);
  const referent = previous ? openingPronounReferent(hit.article.text, hit.sentence, previous) : null;
  if (!referent) return [];
  const pronoun = /^\S+/.exec(hit.sentence.text)![0];
  // "It" and "they" stand for things as often as for people: only "he" and "she" are read.
  if (!/^(?:he|she)$/i.test(pronoun)) return [];
  return [{ text: referent, start: 0, end: pronoun.length }];
}

/** Body and office words that, before "of", mostly mean something else: "the post of", "the author of", "a member of". */
const NOT_HEADS_OF = new Set('post counsel press campaign times news review daily service services exchange host anchor former acting ex interim incoming outgoing veteran retired member partner fellow major general writer author'.split(' '));

/** A noun that heads a body's name ("board", "authority", "council"), those that mostly mean something else aside. */
function isBodyNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return INSTITUTION_NOUNS.has(lower) && !NOT_HEADS_OF.has(lower);
}

/** A body or office and "of" before a name: "the harbour authority of", "the mayor of". */
const HEAD_OF_BEFORE = /\b(?:the|its|their|his|her)\s+((?:(?!(?:the|a|an|of|at|in|on|to|by|for|and|or)\s)[\p{L}-]+\s+){0,3}([\p{L}-]+))\s+of\s+(?:the\s+)?$/iu;

/**
 * The phrase a name completes as what a body or office is of: "the harbour authority of Vessby", "the
 * mayor of Norvik". Null when the name stands after no such head.
 */
function headedBy(candidate: Candidate, text: string): Candidate | null {
  const head = HEAD_OF_BEFORE.exec(text.slice(Math.max(0, candidate.start - 60), candidate.start));
  if (!head) return null;
  const noun = head[2]!.toLowerCase();
  if (!isBodyNoun(noun) && (!ROLE_NOUNS.has(noun) || NOT_HEADS_OF.has(noun))) return null;
  const start = candidate.start - head[0].length + head[0].indexOf(head[1]!);
  return { text: text.slice(start, candidate.end), start, end: candidate.end };
}

/**
 * The sentence names someone or speaks of people ("the courts", "scholars") other than the one who
 * reports it and that one's title ("Port director Kofi Mensah added that…").
 */
function speaksOfPeople(text: string, askedForSource: boolean): boolean {
  let rest = text;
  for (const name of candidatesIn(text, 'person')) {
    if (askedForSource || !isSourceOf(text, name)) {
      if (!namesNoOne(name, text)) return true;
      continue;
    }
    // The reporter and the three words before the name: their title.
    const from = /(?:\S+\s+){0,3}$/.exec(text.slice(0, name.start))!.index;
    rest = rest.slice(0, from) + ' '.repeat(name.end - from) + rest.slice(name.end);
  }
  return (rest.match(WORD) ?? []).some((word) => isPersonNoun(word) || isOrganizationNoun(word));
}

/**
 * The name is not who did something: it stands after "in", "at", "near" or "inside" (a place: "the talks
 * in Orlen"), or before a role or other noun for people in lower case (whose role: "Port director Kofi
 * Mensah", "Ministry aide"; which people: "Local fishermen", "Grenhall workers").
 */
function namesNoOne(candidate: Candidate, text: string): boolean {
  const roleAfter = /^\s+(\p{Ll}+)\b/u.exec(text.slice(candidate.end))?.[1];
  return (
    /\b(?:in|at|near|inside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)) ||
    (roleAfter !== undefined && (isPersonNoun(roleAfter) || isKindOf(roleAfter, 'person')))
  );
}

/** "Lund was in Oslo", "Lund stayed at the embassy": the word before says who is placed. */
const LOCATED = /(\p{L}+)\s+(?:is|was|are|were|remained|stayed)\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/gu;

/** The sentence says where someone or something is: a name after "in", "at" or "from" ("in Lake Orsa", "at the Orlen hotel"). */

function namesPlace(text: string): boolean {
  return candidatesIn(text, 'place').some((c) => !isDemonym(c.text) && /\b(?:in|at|from|inside)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start)));
}

/** How many of the best sentences by their words are searched for an answer of the expected type. */
const CANDIDATE_SENTENCES = 12;
/** Share of the best-matching sentence's coverage that a sentence holding the value asked for must reach to answer instead. */
const STRICT_FALLBACK_COVERAGE = 0.8;

function pairs(terms: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** The question's most telling word: unanswerable questions often turn on exactly that one. */
function rarestTerm(kb: Knowledge, terms: QuestionTerms): string | null {
  let best: { term: string; weight: number } | null = null;
  for (const term of terms.terms) {
    const weight = kb.index.termWeight(term);
    if (!best || weight > best.weight) best = { term, weight };
  }
  return best?.term ?? null;
}

/** Where the answer stands in the question: the question's words just before and just after its question word. */
export interface Slot {
  /** The term just before the question word ("a duty to what?" → duty). */
  before: string | null;
  /** The term just after "what is/was…" ("what is the highest court?" → highest). */
  after: string | null;
  /** The question asks what something is called ("what is the term for…", "what is X called?"). */
  named: boolean;
  /** The question word is the subject of the question's verb ("who signed…", "what caused…"), not its object ("who did they elect?"). */
  subject: boolean;
}

/** "Who did they elect", "what does the law require": after the question word, its verb's subject follows. */
const OBJECT_ASKED = /^(?:\S+\s+){0,3}?(?:what|which|who|whom)(?:\s+[\w-]+){0,3}?\s+(?:did|does|do|has|have|had|can|could|will|would|should|must|may|might)\s+(?!not\b)/i;

/** A question after a name or a term: its answer is what a sentence calls something, or what it defines. */
const ASKS_NAME = /\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:term|name|word|phrase|label)\b|\b(?:is|are|was|were)\s+.+\s+(?:called|named|known as|termed|referred to as)\s*\??$/i;

const WH_WORD = /^(?:what|which|who|whom|whose)$/i;

/**
 * A question is often its answer's sentence with the answer swapped for "what": the answer then stands
 * right after the word before "what", or right before the word after "what is". After "what policy",
 * the noun names the answer's kind and no neighbour is taken.
 */
export function slotOf(question: string): Slot {
  const tokens = tokenize(question);
  const at = tokens.findIndex((t) => WH_WORD.test(t));
  const named = ASKS_NAME.test(question);
  const subject = at === 0 && !OBJECT_ASKED.test(question);
  if (at < 0) return { before: null, after: null, named, subject };
  let before: string | null = null;
  for (let i = at - 1; i >= 0 && before === null; i--) before = normalizeTerm(tokens[i]!);
  let after: string | null = null;
  if (at + 1 < tokens.length && normalizeTerm(tokens[at + 1]!) === null) {
    for (let i = at + 1; i < tokens.length && after === null; i++) after = normalizeTerm(tokens[i]!);
  }
  return { before, after, named, subject };
}

/** How many words the slot's word may stand from the answer ("a duty to civilize", "X is the highest"). */
const SLOT_REACH = 2;
/** What standing in the question's slot adds to a candidate's fit (measured on development data). */
const SLOT_WEIGHT = 0.5;

/** The candidate stands where the question has its question word. */
function fillsSlot(candidate: Candidate, sentence: readonly Position[], slot: Slot, text: string, contentOnly = false): boolean {
  const gap = (from: number, to: number) => (text.slice(from, to).match(WORD) ?? []).filter((word) => !contentOnly || normalizeTerm(word) !== null).length;
  return sentence.some(
    (p) =>
      (slot.before !== null && p.term === slot.before && p.end <= candidate.start && gap(p.end, candidate.start) <= SLOT_REACH - 1) ||
      (slot.after !== null && p.term === slot.after && p.start >= candidate.end && gap(candidate.end, p.start) <= SLOT_REACH),
  );
}

/** What a candidate's fit is computed from: where it stands against the question's words, and what it is. */
export interface SpanFeatures {
  /** Every word of it is a word of the question: it repeats the question instead of answering it. */
  echoes: boolean;
  /** Closeness to the nearest question word on its nearer side, and on its other side (0 to 1). */
  near: number;
  far: number;
  /** Share of its words that the question holds (the asked noun aside). */
  repeated: number;
  /** It holds the noun the question asks for, and more ("Harbour Bridge" for "which bridge"). */
  namesHead: boolean;
  /** Fit to the expected kind (places after "in", people with two names). */
  kind: number;
  /** It stands where the question has its question word. */
  slot: boolean;
  /** The same, with only function words ("on their", "to the") between it and the slot's word. */
  looseSlot: boolean;
  words: number;
  /** Only lower-case words. */
  ordinary: boolean;
  /** It is one of the question's own words. */
  questionWord: boolean;
  /** Opens with a capital letter or a figure. */
  proper: boolean;
  /** Right after "is", "was", "are", "were", or right before one of them. */
  afterCopula: boolean;
  beforeCopula: boolean;
  /** Right after "such as", "including", "called", "known as", "named" or a comma: an example or a name. */
  introduced: boolean;
  /** Share of the question's words in the sentence that stand before it. */
  after: number;
  /** Part of speech of its last word. */
  endsIn: 'noun' | 'name' | 'number' | 'other';
  /** Within two words of the noun the question asks for ("which policy": "the policy of X", "X policy", "X, a policy"), in the same part of the sentence. */
  nextToHead: boolean;
  /** Stands right before the noun the question asks for, or right after it and "of": what kind of it ("Boolean circuits", "choice of encoding"). */
  headAttached: boolean;
  /** Its last word names a kind of the noun the question asks for, by WordNet ("Gaelic" for "what language"). */
  kindOfHead: boolean;
  /** No verb stands before it: it is the sentence's subject or stands in it. */
  subject: boolean;
  /** It stands in brackets. */
  bracketed: boolean;
  /** It holds a figure (an amount, a year, a count). */
  figure: boolean;
  /** Right after "called", "known as", "termed", "named", "referred to as": what something is called. */
  calledSo: boolean;
  /** The question asks what something is called and the candidate is a name the sentence gives or defines. */
  givesName: boolean;
  /** A question word stands in the same clause: no comma, semicolon, colon or bracket between them. */
  sameClause: boolean;
  /** Share of the question's words found in the sentence that stand in the candidate's own clause. */
  clauseShare: number;
  /** The same share within the candidate's part of the sentence between semicolons, colons and full stops: a list of statements keeps each to its part. */
  partShare: number;
  /** A phrase with the question's words at its ends left out. */
  trimmed: boolean;
  /** The question asks for its verb's subject: share of the question's words in the sentence that stand after the candidate. */
  subjectSide: number;
  /** The question asks for its verb's object: share of them that stand before the candidate. */
  objectSide: number;
}

/**
 * A sentence often joins several statements: the answer stands in the clause that holds the question's
 * words ("P is contained in EXPTIME, and L in PSPACE": which is P contained in?).
 */
function clauseShare(candidate: Candidate, anchors: readonly Position[], text: string): number {
  if (anchors.length === 0) return 0;
  const between = (a: Position) => (a.end <= candidate.start ? text.slice(a.end, candidate.start) : text.slice(candidate.end, a.start));
  const terms = new Set(anchors.map((a) => a.term));
  const inClause = new Set(anchors.filter((a) => !CLAUSE_BREAK.test(between(a)) && !/[.!?]\s/.test(between(a))).map((a) => a.term));
  return inClause.size / terms.size;
}

const CALLED = /\b(?:called|known as|termed|named|referred to as|dubbed)\s*(?:the\s+|an?\s+)?["“]?$/i;
/** What separates clauses within a sentence. */
const CLAUSE_BREAK = /[,;:()—–]/;
/** What separates the statements a sentence lists ("A, which…; B, which…"). */
const PART_BREAK = /[;:]|[.!?]\s/;

/** Share of the question's words found in the sentence that stand with the candidate between the same semicolons or colons. */
function partShare(candidate: Candidate, anchors: readonly Position[], text: string): number {
  if (anchors.length === 0) return 0;
  const between = (a: Position) => (a.end <= candidate.start ? text.slice(a.end, candidate.start) : text.slice(candidate.end, a.start));
  const terms = new Set(anchors.map((a) => a.term));
  return new Set(anchors.filter((a) => !PART_BREAK.test(between(a))).map((a) => a.term)).size / terms.size;
}

/**
 * The candidate names a kind of the noun the question asks for: it stands right before it ("Boolean
 * circuits" for "what type of circuit") or right after it and "of" ("the choice of encoding" for "what
 * choice").
 */
function attachedToHead(candidate: Candidate, sentence: readonly Position[], head: string, text: string): boolean {
  return sentence.some(
    (p) =>
      p.term === head &&
      ((p.start >= candidate.end && /^[\s-]*$/.test(text.slice(candidate.end, p.start))) || (p.end <= candidate.start && /^\s+of\s+(?:the\s+|an?\s+)?$/i.test(text.slice(p.end, candidate.start)))),
  );
}

const COPULA = /^(?:is|was|are|were|be|been)$/i;

export function spanFeatures(candidate: Candidate, sentence: Position[], terms: QuestionTerms, analysis: QuestionAnalysis, text: string, slot: Slot): SpanFeatures {
  const own = positions(candidate.text).map((p) => p.term).filter((t): t is string => t !== null);
  const echoes = own.length > 0 && own.every((t) => terms.terms.includes(t) || terms.framing.includes(t));
  const questionWords = new Set(analysis.focus.map((w) => w.toLowerCase()));
  // "Which bridge…": a name that holds the asked noun ("Harbour Bridge") is what is asked for.
  const head = analysis.head ? normalizeTerm(analysis.head) : null;
  const anchors = sentence.filter((p) => p.term !== null && terms.terms.includes(p.term) && (p.end <= candidate.start || p.start >= candidate.end));
  const side = (before: boolean) =>
    Math.max(
      0,
      ...anchors
        .filter((anchor) => (anchor.end <= candidate.start) === before)
        .map((anchor) => 1 / (1 + ((before ? text.slice(anchor.end, candidate.start) : text.slice(candidate.end, anchor.start)).match(WORD) ?? []).length / 3)),
    );
  const [near, far] = [side(true), side(false)].sort((a, b) => b - a) as [number, number];
  const type = analysis.type === 'list' ? (analysis.itemType ?? 'person') : analysis.type;
  const tagged = tagWords(text);
  const last = tagged.findLast((w) => w.end <= candidate.end);
  const gap = (from: number, to: number) => (text.slice(from, to).match(WORD) ?? []).length;
  const wordBefore = /(\S+)\s*$/.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start))?.[1] ?? '';
  const wordAfter = /^\s*(\S+)/.exec(text.slice(candidate.end, candidate.end + 20))?.[1] ?? '';
  const calledSo = CALLED.test(text.slice(Math.max(0, candidate.start - 24), candidate.start));
  return {
    echoes,
    near,
    far,
    repeated: own.filter((t) => terms.terms.includes(t) && t !== head).length / Math.max(1, own.length),
    namesHead: head !== null && own.includes(head) && own.length > 1,
    kind: kindBonus(type, candidate, text, isOutletNoun(analysis.head)),
    slot: fillsSlot(candidate, sentence, slot, text),
    looseSlot: fillsSlot(candidate, sentence, slot, text, true),
    words: candidate.text.split(/\s+/).length,
    ordinary: /^[\p{Ll}\s'’-]+$/u.test(candidate.text),
    questionWord: questionWords.has(candidate.text.toLowerCase()),
    proper: /^[\p{Lu}\p{N}$€£¥]/u.test(candidate.text),
    afterCopula: COPULA.test(wordBefore) || /\b(?:is|was|are|were|be|been)\s+(?:the|an?)\s*$/i.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)),
    beforeCopula: COPULA.test(wordAfter),
    introduced: /(?:such as|including|called|known as|named|,)\s*(?:the\s+|an?\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)),
    after: anchors.length === 0 ? 0.5 : anchors.filter((a) => a.end <= candidate.start).length / anchors.length,
    endsIn: last?.pos === 'PROPN' ? 'name' : last?.pos === 'NOUN' ? 'noun' : last?.pos === 'NUM' ? 'number' : 'other',
    nextToHead:
      head !== null &&
      !own.includes(head) &&
      sentence.some((p) => {
        if (p.term !== head) return false;
        const [from, to] = p.end <= candidate.start ? [p.end, candidate.start] : p.start >= candidate.end ? [candidate.end, p.start] : [0, 0];
        return to > from && gap(from, to) <= 2 && !PART_BREAK.test(text.slice(from, to));
      }),
    headAttached: head !== null && !own.includes(head) && attachedToHead(candidate, sentence, head, text),
    kindOfHead: analysis.head !== null && head !== null && !own.includes(head) && isKindOf(/[\p{L}-]+$/u.exec(candidate.text)?.[0] ?? '', analysis.head),
    subject: !tagged.some((w) => w.end <= candidate.start && (w.pos === 'VERB' || w.pos === 'AUX')),
    bracketed: /\(\s*$/.test(text.slice(0, candidate.start)),
    figure: /\d/.test(candidate.text),
    calledSo,
    // "A probabilistic machine is a machine with…" defines its subject: the subject is the term asked for.
    givesName: slot.named && (calledSo || (COPULA.test(wordAfter) && !tagged.some((w) => w.end <= candidate.start && (w.pos === 'VERB' || w.pos === 'AUX')))),
    clauseShare: clauseShare(candidate, anchors, text),
    partShare: partShare(candidate, anchors, text),
    trimmed: candidate.trimmed === true,
    subjectSide: slot.subject && anchors.length > 0 ? anchors.filter((a) => a.start >= candidate.end).length / anchors.length : 0,
    objectSide: !slot.subject && anchors.length > 0 ? anchors.filter((a) => a.end <= candidate.start).length / anchors.length : 0,
    sameClause: anchors.some((a) => !CLAUSE_BREAK.test(a.end <= candidate.start ? text.slice(a.end, candidate.start) : text.slice(candidate.end, a.start))),
  };
}

/** How well a candidate answers: near the question's words in the sentence, not one of them, of the right kind. */
function candidateScore(f: SpanFeatures, analysis: QuestionAnalysis): number {
  if (f.echoes) return 0;
  // Closeness to the nearest question word on one side, and half of that on the other: an amount or a
  // name standing between the question's words beats one beside them. Not for a phrase of ordinary words,
  // where on development data that favoured the filler between them ("focuses" in "theory that focuses on").
  const phraseType = analysis.type === 'thing' || analysis.type === 'definition';
  let score = (f.near || 0.1) + (phraseType && f.ordinary ? 0 : 0.5 * f.far) - f.repeated * 0.5 + (f.namesHead ? 0.4 : 0) + f.kind;
  if (f.slot) score += SLOT_WEIGHT;
  // Short answers: a long phrase is rarely the whole of one.
  if (analysis.type === 'thing' || analysis.type === 'definition' || analysis.type === 'manner') score -= Math.max(0, f.words - 3) * 0.03;
  // Nor is one ordinary word ("amount", "study"): answers are names, numbers and noun phrases.
  if (phraseType && f.ordinary && f.words === 1) score -= 0.5;
  if (f.questionWord) score -= 0.5;
  return score;
}

/** The features as the numbers SPAN_WEIGHTS multiply, in order. */
export function spanVector(f: SpanFeatures): number[] {
  return [
    f.echoes ? 1 : 0,
    f.near,
    f.far,
    f.repeated,
    f.namesHead ? 1 : 0,
    f.kind,
    f.slot ? 1 : 0,
    Math.min(8, f.words),
    f.ordinary ? 1 : 0,
    f.ordinary && f.words === 1 ? 1 : 0,
    f.questionWord ? 1 : 0,
    f.proper ? 1 : 0,
    f.afterCopula ? 1 : 0,
    f.beforeCopula ? 1 : 0,
    f.introduced ? 1 : 0,
    f.after,
    f.endsIn === 'noun' ? 1 : 0,
    f.endsIn === 'name' ? 1 : 0,
    f.endsIn === 'number' ? 1 : 0,
    f.nextToHead ? 1 : 0,
    f.subject ? 1 : 0,
    f.bracketed ? 1 : 0,
    f.figure ? 1 : 0,
    // An amount between the question's words is its answer; a phrase there is often filler.
    f.figure ? f.far : 0,
    f.calledSo ? 1 : 0,
    f.givesName ? 1 : 0,
    f.sameClause ? 1 : 0,
    f.clauseShare,
    f.trimmed ? 1 : 0,
    f.subjectSide,
    f.objectSide,
    f.headAttached ? 1 : 0,
    f.partShare,
    f.kindOfHead ? 1 : 0,
    f.looseSlot ? 1 : 0,
  ];
}

/**
 * Weights of the short answer's choice within the chosen sentence, one per entry of spanVector, fitted by
 * `node dist/scripts/fit-spans.js` on the development half of SQuAD: the candidate nearest the gold
 * answer (by token F1) should score highest among the sentence's candidates.
 */
export const SPAN_WEIGHTS: readonly number[] = [-1.350, 1.160, -0.282, -1.143, 2.176, 1.105, 0.669, 0.491, 0.389, -0.549, 0.288, 0.729, -0.298, -0.023, 0.337, 0.424, 0.528, 0.591, -0.379, 1.628, 0.064, 0.207, -0.022, 1.033, 1.302, 3.293, 0.141, 1.163, -0.611, 0.196, 0.479, 0.815, 1.208, 0.593, 0.501];

/**
 * The types whose short answer is chosen by SPAN_WEIGHTS: phrases, where words near the question's say
 * least, and names, where the side of the question's verb they stand on says much ("who signed" is
 * answered before "signed", "who did they elect" after "elect"), and dates. Numbers keep the
 * hand-weighted choice: an amount between the question's words is its answer (fitted, it took a total
 * beside the count asked for in the question set in tests/).
 */
export const FITTED_SPAN_TYPES: ReadonlySet<AnswerType> = new Set<AnswerType>(['thing', 'definition', 'manner', 'person', 'organization', 'place', 'date']);

function spanScore(f: SpanFeatures): number {
  return spanVector(f).reduce((sum, value, i) => sum + value * (SPAN_WEIGHTS[i] ?? 0), 0);
}

/** The candidate the fitted weights score highest (the first of equals). */
export function bestSpan(spans: readonly SpanChoice[]): Candidate | null {
  let best: SpanChoice | null = null;
  for (const span of spans) if (!best || spanScore(span.features) > spanScore(best.features)) best = span;
  return best?.candidate ?? null;
}

/** What the text does around a news outlet's name: "the Evening Star wrote", "according to the Lantern", "the tabloid Orla". */
const OUTLET_BEFORE = /\b(?:according to|reported by|published by|quoted by|cited by|told|interview with|(?:news)?papers?|daily|tabloid|magazine|broadcaster|channel|agency|outlet|website|publications? in|(?:wrote|reported|published|appeared) in)\s+(?:the\s+)?$/i;
const OUTLET_AFTER = /^(?:['’]s)?\s*(?:,\s*)?(?:wrote|writes|reported|reports|published|publishes|quoted|quotes|cited|cites|revealed|reveals|has (?:reported|written|published)|newspaper|daily|tabloid|magazine|broadcaster|channel|agency|website)\b/i;
/** Words that end the names of newspapers and magazines. */
const MASTHEAD = /\b(?:Times|Post|Star|Gazette|Courier|Herald|Journal|Tribune|News|Daily|Chronicle|Telegraph|Observer|Guardian|Mirror|Express|Standard|Mail|Press|Review|Record|Examiner|Inquirer|Sun|Globe|Bulletin|Dispatch|Monitor|Magazine|Weekly|Agency|Radio|TV)$/;

/** The name is a news outlet's, by what the text says it does or by its masthead. */
function namesOutlet(candidate: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 30);
  // "The Evening Star said": people are not named with "the".
  const theSaid = /\bthe\s+$/i.test(before) && /^\s*(?:said|says)\b/i.test(after);
  return OUTLET_BEFORE.test(before) || OUTLET_AFTER.test(after) || theSaid || MASTHEAD.test(candidate.text);
}

/** A noun of place with the name after it, in apposition or with "of". */
const PLACE_NOUN_BEFORE = /\b(?:city|town|village|capital|port|region|province|county|district|island|suburb|valley)(?:\s+of|,)?\s+$/i;

/** Places stand after "in/at/from"; people and organisations are not places; an outlet asked for is named as one. */
function kindBonus(type: AnswerType, candidate: Candidate, text: string, outlet = false): number {
  if (outlet) return namesOutlet(candidate, text) ? 0.3 : -0.3;
  const before = text.slice(Math.max(0, candidate.start - 12), candidate.start).toLowerCase();
  const isPlace =
    gazetteer().tokens.has(candidate.text.toLowerCase().replace(/\s+/g, ' ')) ||
    /\b(in|at|from|near|to|into)\s+(the\s+)?$/.test(before) ||
    // "the regional capital, Lucera", "the town of Pieve": a name set beside a noun of place.
    PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, candidate.start - 24), candidate.start)) ||
    // "a Vessmark-based firm": where it is based.
    /^-based\b/i.test(text.slice(candidate.end));
  // A name that is no place does not answer "where", however near it stands; nor does a people's
  // name ("the French", "Thai"), which the gazetteer holds to find its country.
  if (type === 'place') return isPlace && !isDemonym(candidate.text) ? 0.3 : -1;
  // "The American President": a people's adjective alone names no person.
  if (type === 'person') return isDemonym(candidate.text) ? -1 : isPlace ? -0.3 : /^\p{Lu}\S*\s+\p{Lu}/u.test(candidate.text) ? 0.15 : 0;
  return 0;
}

export function answerByType(kb: Knowledge, question: string, analysis: QuestionAnalysis, asked: QuestionTerms, kind: AnswerKind): Answer | null {
  return typedAnswer(kb, question, analysis, asked, kind)?.answer ?? null;
}

/** The typed answer with the features its confidence was computed from (the confidence fit reads them). */
export function typedAnswer(
  kb: Knowledge,
  question: string,
  analysis: QuestionAnalysis,
  asked: QuestionTerms,
  kind: AnswerKind,
): { answer: Answer; features: ConfidenceFeatures; spans: SpanChoice[] } | null {
  // The noun that names the answer's type ("what year", "which number") need not stand in the sentence.
  // Nor does the outlet noun ("which paper"): the text names the paper, seldom calling it one.
  const outletTerm = isOutletNoun(analysis.head) ? normalizeTerm(analysis.head!) : null;
  const typedTerms =
    analysis.head && (TYPE_NOUNS.test(analysis.head) || outletTerm !== null)
      ? { ...asked, terms: asked.terms.filter((t) => t !== outletTerm), unknown: asked.unknown.filter((w) => w.toLowerCase() !== analysis.head) }
      : asked;
  // "According to the Gazette, how many homes burned?": the articles that outlet published answer, and its name
  // need not stand in the sentence.
  const outlet = outletArticles(kb, analysis.according);
  const ownTerms = outlet ? withoutOutlet(typedTerms, outlet) : typedTerms;
  // "What did they discuss?" names nothing but the discussion: its verb is what the sentence must hold.
  const terms = ownTerms.terms.length === 0 && asksForTopic(question) ? { ...ownTerms, terms: ownTerms.framing } : ownTerms;
  if (terms.terms.length === 0) return null;
  const synonyms = questionSynonyms(kb, question, terms);
  const questionPairs = pairs(analyze(question));
  // Synonyms join the search only for words the articles never use: for the others they only re-rank,
  // which keeps the search as cheap as the question itself.
  const standIns = [...synonyms].filter(([key]) => !terms.terms.includes(key)).flatMap(([, found]) => found);
  // The event's other names join the search: the sentence that answers may use only them. They stand
  // for the event's word wherever a synonym would, and count as the word itself.
  const kin = eventKin(kb, question, analysis);
  const placeOfEvent = kin.size > 0 && analysis.type === 'place';
  // "Who said…", "according to whom": the one who reports is the answer; otherwise the one reporting is not.
  const askedForSource = (question.match(WORD) ?? []).some((word) => isReportingWord(word) || /^(?:accord\w*|source|sources)$/i.test(word));
  const whereabouts = analysis.type === 'place' && !askedForSource ? whereSubject(question, terms) : [];
  // "Where was Lund?": a sentence that says "Lund was in Oslo" places the one asked about; it may stand
  // far down among the many that name Lund.
  const located = (text: string) => whereabouts.length > 0 && [...text.matchAll(LOCATED)].some((m) => whereabouts.includes(normalizeTerm(m[1]!) ?? ''));
  for (const [key, words] of kin) synonyms.set(key, [...new Set([...(synonyms.get(key) ?? []), ...words])]);
  const hits = kb.index.searchSentences([...terms.terms, ...standIns, ...[...kin.values()].flat()].join(' '), {
    limit: kin.size > 0 || whereabouts.length > 0 ? FRAMED_SEARCHED_SENTENCES : SEARCHED_SENTENCES,
    ...(outlet ? { articleIds: outlet.articleIds } : {}),
  });
  if (hits.length === 0) return null;
  const topScore = hits[0]!.score;
  const type = analysis.type === 'list' ? (analysis.itemType ?? 'person') : analysis.type;
  const extracts = type !== 'yes-no' && type !== 'summary' && type !== 'comparison' && type !== 'quote';
  const rarest = rarestTerm(kb, terms);
  const slot = slotOf(question);
  const countsOccasions = type === 'number' && /\bhow many times\b/i.test(question);
  // A judgement ("compared to", "described as") that a sentence reports without saying whose is its source's.
  const judging = JUDGING_VERB.test(askedVerb(question) ?? '');
  const notSource = (text: string) => (c: Candidate) => askedForSource || judging || (type !== 'person' && type !== 'organization') || !isSourceOf(text, c);
  const stranded = STRICT_TYPES.has(type) ? null : strandedPreposition(question);
  // "What was the main topic?": what a sentence says the topic was.
  const role = stranded === null && !STRICT_TYPES.has(type) ? askedRole(question) : null;
  // "What was the atmosphere like?": how a sentence describes it.
  const described = stranded === null && role === null ? describedNoun(question) : null;
  // "Who was the highest-ranking woman?": the name a sentence gives her.
  const holder = stranded === null && role === null && type === 'person' ? askedHolder(question) : null;
  // "What did they talk about?": a sentence that says what a discussion was about.
  const topicAsked = asksForTopic(question);
  // "What did the mayor reaffirm?": what the verb acts on.
  // "Which film is nominated for…?": the subject of that passive in the sentence.
  const passiveVerb = stranded === null && role === null && type === 'thing' ? passiveAsked(question) : null;
  // "What did the firm plan to do?": the action the sentence says is to be taken.
  const actionAsked = stranded === null && role === null && asksForAction(question);
  const objectVerb = stranded === null && role === null && !topicAsked && !actionAsked && type === 'thing' ? verbOfObjectAsked(question) : null;
  // "Who did the mayor warn?": the person the verb acts on ("warned her deputy", "warned Ada Lund").
  const personVerb = (type === 'person' || type === 'organization') && !slot.subject ? verbOfPersonAsked(question) : null;
  // "Who called the plan bold?": the name before the verb is who called it; one after it is whose plan.
  const asksDoer = slot.subject && (analysis.type === 'person' || analysis.type === 'organization');
  const personObject = (text: string) => {
    const object = personVerb === null ? null : objectOfVerb(text, personVerb, { clause: false });
    const head = object?.text.split(/\s+/).at(-1) ?? '';
    return object && (/^\p{Lu}/u.test(head) || isPersonNoun(head)) ? object : null;
  };
  // "Which issues…?": the examples a sentence gives of them ("issues including A, B and C").
  // "What guarantees does the union seek?": the noun is what the question's verb acts on, which the sentence may qualify.
  const objectAsked = /^(?:what|which)\s+\p{L}+\s+(?:do|does|did|will|would|can|could|should)\s/iu.test(question.trim());
  const exemplified = (type === 'thing' || analysis.type === 'list') && analysis.head !== null && !TYPE_NOUNS.test(analysis.head) ? analysis.head : null;
  const negative = analysis.polarity === 'negative';
  // "What is Lind's majority?": the figure the sentence gives that noun ("a 6,932 majority").
  const measured = stranded === null && role === null && type === 'thing' ? MEASURED_NOUN.exec(question)?.[1]?.toLowerCase() ?? null : null;
  // A sentence's words are read one by one ("European", "Union") where the question's terms join the
  // names the gazetteer knows ("European Union"): a phrase is matched against both.
  const spanTerms = { ...terms, terms: [...new Set([...terms.terms, ...positions(question).flatMap((p) => (p.term !== null && !terms.framing.includes(p.term) ? [p.term] : []))])] };

  // First every sentence by its words, then answer candidates only in the best few: the candidates'
  // part of the score is too small to lift a sentence from further down.
  const ranked = hits
    .map((hit) => {
      const sentence = positions(hit.sentence.text);
      const present = new Set(sentence.map((p) => p.term));
      const previous = termsOf(hit.article.sentences[hit.sentence.index - 1]?.text ?? '');
      const around = new Set([...termsOf(hit.article.title), ...previous]);
      // "this proposed increase": a sentence that points back holds what the sentence before it names.
      const pointsBack = /\b(?:this|these)\s+(?:\p{L}+\s+){0,2}\p{L}+/iu.test(hit.sentence.text);
      const coverage = weightedCoverage(kb, terms, pointsBack ? new Set([...present, ...previous]) : present, around, synonyms, kin);
      const namesMatched = terms.names.every((name) => nameHeld(terms, name, (term) => matches(term, present) || around.has(term)));
      // Examples listed under a denial that matches the question's ("did not touch on topics such as…") agree with it.
      const listed = exemplified !== null && examplesOf(hit.sentence.text, exemplified, negative) !== null;
      const polarityAgrees = listed || (analysis.polarity === 'negative') === deniesQuestionWord(hit.sentence.text, sentence, [...terms.terms, ...[...kin.values()].flat()]);
      const sequence = sequenceOf(hit.sentence.text);
      const phrase = questionPairs.size === 0 ? 0 : [...pairs(sequence)].filter((pair) => questionPairs.has(pair)).length / questionPairs.size;
      const context = weightedCoverage(kb, terms, neighbourTerms(hit), new Set(), synonyms, kin);
      // "What did she compare it to?": a sentence with the verb and its preposition says what.
      const strandedFilled =
        (stranded !== null && afterStranded(stranded, hit.sentence.text) !== null) ||
        (role !== null && roleFiller(hit.sentence.text, role) !== null) ||
        (described !== null && descriptionOf(hit.sentence.text, described) !== null) ||
        (holder !== null && holderNamed(hit.sentence.text, holder) !== null) ||
        (topicAsked && discussionTopic(hit.sentence.text) !== null) ||
        (objectVerb !== null && objectOfVerb(hit.sentence.text, objectVerb) !== null) ||
        (actionAsked && plannedAction(hit.sentence.text) !== null) ||
        (passiveVerb !== null && subjectOfPassive(hit.sentence.text, passiveVerb, question) !== null) ||
        (measured !== null && figureOf(hit.sentence.text, measured) !== null) ||
        listed ||
        personObject(hit.sentence.text) !== null
          ? STRANDED_WEIGHT
          : 0;
      // A sentence that denies the event ("could not meet") places no one at it.
      const placed = (placeOfEvent && polarityAgrees && namesPlace(hit.sentence.text)) || located(hit.sentence.text) ? PLACED_WEIGHT : 0;
      const score = coverage + PHRASE_WEIGHT * phrase + CONTEXT_WEIGHT * context + 0.05 * (hit.score / topScore) - (namesMatched ? 0 : 0.2) - (polarityAgrees ? 0 : 0.05) + placed + strandedFilled;
      return { hit, sentence, present, around, coverage, namesMatched, polarityAgrees, phrase, score };
    })
    // "Where was Lind during the talks?": a sentence that names neither Lind nor anyone who may be Lind
    // ("he", "her") places someone else, and one where Lind only reports ("Lind added that the next round
    // is in Orlen") places what Lind spoke of.
    .filter(({ hit, sentence }) => whereabouts.length === 0 || placesSubject(hit.sentence.text, sentence, whereabouts))
    // "Which topics did they discuss?" is not answered by "they did not touch on topics such as…", nor the reverse.
    .filter(({ hit }) => exemplified === null || examplesOf(hit.sentence.text, exemplified, !negative) === null)
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATE_SENTENCES);

  // "How many people…" is counted by residents, workers or passengers as well: only a noun of its own is held to.
  const endPoint = STRICT_TYPES.has(type) ? endPointAsked(question) : null;
  const changeAsked = STRICT_TYPES.has(type) && endPoint === null && CHANGE_ASKED.test(question);
  // "How long will the trip take?" over "cut the trip from 48 minutes by bus to 26 minutes by tram": what will be
  // is where the change ends.
  const reached = STRICT_TYPES.has(type) && endPoint === null && !changeAsked && AHEAD.test(question);
  const countedNoun = /\bhow many\b/i.test(question) && analysis.head !== null && !TYPE_NOUNS.test(analysis.head) && !GENERIC_COUNTS.test(analysis.head) ? normalizeTerm(analysis.head) : null;
  // "How many farmers…" counts farmers: a share or a sum ("a 12 percent drop", "$3 million") counts no one.
  const countsThings = countedNoun !== null && !isKindOf(analysis.head!, 'measure');
  let best: Scored | null = null;
  let bestHolding: Scored | null = null;
  let runnerUp = 0;
  // "Where did they meet?" of a meeting held by video or telephone: that is where, and no place is. ("Where
  // was she during the call?" asks where she was, wherever the others were.)
  const ownEvent = placeOfEvent && [...question.matchAll(EVENT_FRAME)].length === 0;
  const remote = ownEvent ? ranked.slice(0, REMOTE_READ).find((r) => r.namesMatched && r.polarityAgrees && remoteMeans(r.hit.sentence.text) !== null) : undefined;
  for (const { hit, sentence, present, around, coverage, namesMatched, polarityAgrees, phrase, score: wordScore } of remote ? [remote] : ranked) {
    let candidate: Candidate | null = null;
    let candidateValue = 0;
    const spans: SpanChoice[] = [];
    if (extracts) {
      const found = [
        ...candidatesIn(hit.sentence.text, analysis.type === 'list' ? 'list' : type),
        // "How many times have they met?": "their meeting was the fifth" counts them.
        ...(countsOccasions ? candidatesIn(hit.sentence.text, 'ordinal') : []),
      ]
        .filter((c) => notSource(hit.sentence.text)(c) && !(analysis.type === 'person' && namesNoOne(c, hit.sentence.text)))
        // "Where was she?": a place in words she is quoted on ("a “war in the north”") is what she spoke of, and
        // one that does not follow "in", "at" or the like is not where anyone was ("promised that Oslo would…").
        .filter((c) => whereabouts.length === 0 || (!insideQuotation(hit.sentence.text, c.start) && LOCATIVE_BEFORE.test(hit.sentence.text.slice(Math.max(0, c.start - 12), c.start))))
        // "By how much did revenue fall?" over "fell 8 percent to 310 million": the change, not the level it reached.
        .filter((c) => !changeAsked || !LEVEL_BEFORE.test(hit.sentence.text.slice(Math.max(0, c.start - 16), c.start)))
        .filter((c) => !countsThings || !SHARE_OR_SUM.test(c.text));
      // "Who resigned?" over "She resigned on Tuesday", a sentence that names no one: the person "she" stands for.
      if (asksDoer && found.length === 0) found.push(...pronounSubject(hit));
      // "How much of a pay rise…?" over "a rise of 6.5 percent": an amount asked for may be a share.
      if (type === 'money' && found.length === 0) found.push(...candidatesIn(hit.sentence.text, 'percentage'));
      // "How many aircraft…" over "four aircraft and 180 firefighters": the figure that counts the asked noun.
      const counting = type === 'number' && countedNoun !== null ? found.filter((c) => countsNoun(c, hit.sentence.text, countedNoun)) : [];
      // "Raised to how much?" over "raised from £79 to £105": the figure the question's end point names.
      const before = (c: Candidate) => hit.sentence.text.slice(Math.max(0, c.start - END_REACH), c.start);
      const ends = endPoint !== null || reached ? found.flatMap((c) => changeEnds(c, hit.sentence.text) ?? [c]) : found;
      const ending =
        endPoint !== null
          ? ends.filter((c) => lastEndWord(before(c)) === endPoint)
          : reached
            ? ends.filter((c) => lastEndWord(before(c)) === 'to' && /\bfrom\b/i.test(before(c)))
            : [];
      const named = counting.length > 0 ? counting : ending.length > 0 ? ending : FITTED_SPAN_TYPES.has(analysis.type) ? withoutQuestionWords(found, spanTerms, hit.sentence.text) : found;
      // "Which paper…" is answered by a paper's name, never by the person the paper reports on.
      const outlets = outletTerm !== null ? named.filter((c) => namesOutlet(c, hit.sentence.text)) : [];
      for (const c of outlets.length > 0 ? outlets : named) {
        const features = spanFeatures(c, sentence, spanTerms, analysis, hit.sentence.text, slot);
        spans.push({ candidate: c, features });
        const value = candidateScore(features, analysis);
        if (value > candidateValue) {
          candidate = c;
          candidateValue = value;
        }
      }
    }
    const typed = candidate !== null && type !== 'thing' && type !== 'definition' && type !== 'manner';
    const score = wordScore + (typed ? 0.2 : 0.05) * candidateValue;
    const scored = { hit, present, around, coverage, phrase, namesMatched, polarityAgrees, candidate, candidateScore: candidateValue, spans, score };
    if (candidate !== null && (!bestHolding || score > bestHolding.score)) bestHolding = scored;
    if (!best || score > best.score) {
      if (best) runnerUp = best.score;
      best = scored;
    } else if (score > runnerUp) runnerUp = score;
  }
  // A number, date or amount that the sentence does not hold cannot be answered from it; the best sentence that
  // holds one answers instead if it covers the question nearly as well ("the strike, called by…" outranks "the
  // talks lasted nine hours" for "how long did the rail talks go on" on the rail name alone).
  if (best?.candidate === null && STRICT_TYPES.has(type)) {
    best = bestHolding && bestHolding.coverage >= STRICT_FALLBACK_COVERAGE * best.coverage ? bestHolding : null;
  }
  if (!best) return null;
  const { hit, present, around } = best;
  // The sentence was chosen with the hand-weighted fit; a phrase or name answer in it by the fitted one
  // (numbers keep the hand-weighted choice, which is right more often on them).
  // A sentence with no name or place of the expected kind still answers better by its best phrase than
  // by the whole of it ("where did they settle?": "the eastern coast").
  const read = best.candidate
    ? FITTED_SPAN_TYPES.has(analysis.type)
      ? bestSpan(best.spans)
      : (inNamedClause(best.candidate, best.spans, hit.sentence.text, terms.names, analysis) ?? best.candidate)
    : // A doer's noun that stands for the question's verb names the one who did it: "director Ada Lund". With no
      // name there, it names no answer ("who will lead the talks?" over "…attended by the union leaders").
      extracts && !STRICT_TYPES.has(type) && type !== 'reason' && whereabouts.length === 0 && !terms.doerNouns.some((t) => present.has(t))
      ? bestSpan(
          withoutQuestionWords(candidatesIn(hit.sentence.text, 'thing').filter(notSource(hit.sentence.text)), spanTerms, hit.sentence.text)
            // "Who will lead the talks?" is not answered by "the harbour fees": a phrase answers "who" when it names
            // people, or a body of them ("the city council").
            .filter((c) => type !== 'person' || isPersonNoun(c.text.split(/\s+/).at(-1)!) || isOrganizationNoun(c.text.split(/\s+/).at(-1)!))
            // "Where did the fire start?" over "started on Saturday afternoon near a quarry": a time says no place;
            // nor does a figure ("a 1.4 billion crown tram line").
            .filter((c) => type !== 'place' || (!saysWhen(c.text) && !/^\p{N}/u.test(c.text)))
            .map((c) => ({ candidate: c, features: spanFeatures(c, positions(hit.sentence.text), spanTerms, analysis, hit.sentence.text, slot) })),
        )
      : null;
  // "What did she compare it to?": what follows the verb and its preposition; "what did they discuss?": a discussion's subject.
  const strandedAnswer = (exemplified !== null && !remote ? (examplesOf(hit.sentence.text, exemplified, negative) ?? (objectAsked ? qualifiedNoun(hit.sentence.text, exemplified) : null)) : null) ?? personObject(hit.sentence.text) ?? (remote
    ? remoteMeans(hit.sentence.text)
    : stranded
      ? afterStranded(stranded, hit.sentence.text)
      : topicAsked
        ? discussionTopic(hit.sentence.text)
        : role
          ? roleFiller(hit.sentence.text, role)
          : described
            ? descriptionOf(hit.sentence.text, described)
            : holder
              ? holderNamed(hit.sentence.text, holder)
          : objectVerb
            ? objectOfVerb(hit.sentence.text, objectVerb)
          : actionAsked
            ? plannedAction(hit.sentence.text)
          : passiveVerb
            ? subjectOfPassive(hit.sentence.text, passiveVerb, question)
            : measured
            ? figureOf(hit.sentence.text, measured)
            : null);
  // "Who sent the aircraft?" over "…were sent by the government": the agent; else the active verb's subject.
  const agent = asksDoer ? agentOfPassive(question, hit.sentence.text) : null;
  // "Who arrested the man?" over "a man was arrested on Tuesday": the sentence names no one who did it.
  // "Who compared the talks to a metronome?" over "Lind said the talks can be compared to a metronome":
  // a judgement reported without its agent is the reporter's.
  const passive = asksDoer && agent === null && passiveWithoutAgent(question, hit.sentence.text);
  const judge = passive && JUDGING_VERB.test(askedVerb(question) ?? '') ? (best.spans.map((s) => s.candidate).find((c) => isSourceOf(hit.sentence.text, c)) ?? null) : null;
  if (passive && judge === null) return null;
  const doer =
    strandedAnswer ??
    agent ??
    judge ??
    (asksDoer ? relativeDoer(question, hit.sentence.text) : null) ??
    (read && asksDoer ? (subjectOfVerb(question, best.spans, hit.sentence.text, read) ?? read) : read);
  // "Who lost two cranes?" over "the harbour authority of Vessby lost…": the body, not the place it serves.
  const chosen = doer && (analysis.type === 'person' || analysis.type === 'organization') && doer !== strandedAnswer ? (headedBy(doer, hit.sentence.text) ?? doer) : doer;
  // A "who" question is not answered by a sentence that names no one but its source and speaks of no people.
  // Nor is it answered by the doer's noun that stands for its verb, with no name by it (see `read`).
  if (chosen === null && analysis.type === 'person' && (!speaksOfPeople(hit.sentence.text, askedForSource) || terms.doerNouns.some((t) => present.has(t)))) return null;
  // "Where was she?" is not answered by a sentence that places no one.
  if (chosen === null && whereabouts.length > 0) return null;
  // "Which goalkeeper will they sign?" over "…close to signing a goalkeeper, but the club declined to name the player":
  // the sentence says the articles do not know the name of the one it calls only "a goalkeeper".
  const unnamedHead = analysis.head !== null && new RegExp(String.raw`\b(?:a|an|another|one)\s+(?:[\p{L}-]+\s+)?${analysis.head}\b`, 'iu').test(hit.sentence.text);
  if (unnamedHead && WITHHELD.test(hit.sentence.text) && !WITHHELD_ASKED.test(question)) return null;
  const phrase =
    analysis.type === 'list'
      ? listIn(hit.sentence.text, terms, chosen, analysis.itemType, COUNTRY_NOUNS.test(analysis.head ?? ''))
      : analysis.type === 'person' && chosen
        ? joined(coordinationOf(hit.sentence.text, chosen).filter((c) => c === chosen || (kindBonus('person', c, hit.sentence.text) >= 0 && !namesAsked(c, terms))))
        : (chosen?.text ?? null);
  // "Which communities…?" over "Orrin and three smaller communities, Pell, Ashgrove and Dunmere": the names.
  const headTerm = analysis.head ? normalizeTerm(analysis.head) : null;
  const spelledOut = chosen && headTerm !== null && normalizeTerm(chosen.text.split(/\s+/).at(-1)!) === headTerm ? namesCounted(hit.sentence.text, chosen) : null;
  const short = spelledOut ?? (phrase && withUnit(asAmount(asLength(withoutExcluded(question, withoutClosingStop(phrase)), type), type), question, chosen, hit.sentence.text));
  // "Which furniture maker signed the deal?" over "…a deal with a manufacturer of outdoor furniture": the sentence
  // does not name the maker. (A person may be answered so: "a spokeswoman for the ministry" is who spoke.)
  const indefinite = (c: Candidate) => INDEFINITE.test(c.text) || INDEFINITE_BEFORE.test(hit.sentence.text.slice(Math.max(0, c.start - INDEFINITE_REACH), c.start));
  if (analysis.type === 'organization' && chosen !== null && indefinite(chosen)) return null;
  const questionWords = question.toLowerCase().match(WORD) ?? [];
  const sentenceWords = new Set(hit.sentence.text.toLowerCase().match(WORD) ?? []);
  // "Why did Kerr vote against?" over "Kerr also voted against. She said she could not back a route that…": a
  // sentence that reports the act with no reason, and after it the one who did it giving one.
  const reasonNext = type === 'reason' && best.candidate === null ? reasonAfter(hit) : null;
  const features: ConfidenceFeatures = {
    coverage: best.coverage,
    phrase: best.phrase,
    namesMatched: best.namesMatched,
    focusShare: focusShare(terms, present, synonyms),
    literalShare: focusShare(terms, present, synonyms, true),
    polarityAgrees: best.polarityAgrees,
    rarestFound: rarest === null || present.has(rarest) || matches(rarest, present) || around.has(rarest),
    typeFound: best.candidate !== null || !extracts || reasonNext !== null,
    candidateScore: best.candidateScore,
    slotFilled: chosen !== null && fillsSlot(chosen, positions(hit.sentence.text), slot, hit.sentence.text),
    unknownWords: terms.unknown.length,
    numbersMatched: numbersIn(questionWords, sentenceWords),
    opposite: opposesWord(questionWords, sentenceWords, hit.sentence.text.toLowerCase().match(WORD) ?? []),
    margin: ranked.length > 1 ? best.score - runnerUp : 0.5,
    sentenceScore: best.score,
    foreign: absentFromParagraph(hit, around, terms, questionWords) || aboutAnother(kb, hit.sentence.text, present, terms),
    swapped: swapsModifier(question, hit.sentence.text, new Set([...neighbourTerms(hit), ...around]), synonyms, chosen),
    missingWords: terms.terms.filter((t) => !present.has(t) && !matches(t, present) && !around.has(t) && !(synonyms.get(t) ?? []).some((s) => present.has(s))).length,
    type: analysis.type,
  };
  const confidence = confidenceOf(features);
  const sentenceCitation = cite(hit.article, hit.sentence);
  if (reasonNext) {
    const given = reasonNext.text.slice(reasonNext.from);
    return {
      answer: { question, answer: withoutClosingStop(given), kind, type: analysis.type, confidence, text: `${hit.sentence.text} ${reasonNext.text}`, citations: [sentenceCitation, cite(hit.article, reasonNext)] },
      features,
      spans: best.spans,
    };
  }
  const citations = chosen
    ? [sentenceCitation, cite(hit.article, { start: hit.sentence.start + offsetIn(hit, chosen.start), end: hit.sentence.start + offsetIn(hit, chosen.end) })]
    : [sentenceCitation];
  const answer: Answer = {
    question,
    answer: short ?? hit.sentence.text,
    kind,
    type: analysis.type,
    confidence,
    text: short ? `${capitalise(short)}. ${hit.sentence.text}` : hit.sentence.text,
    citations,
  };
  return { answer, features, spans: best.spans };
}

/** "She said …", "They argued that …" opening a sentence: its doer gives what follows as the reason. */
const GIVES_REASON = /^(?:He|She|They|It)\s+(?:said|says|told\s+\p{L}+|explained|argued|added)\s+(?:that\s+)?/u;

/** The next sentence of the paragraph, when it opens with the doer giving a reason; `from` is where the reason starts. */
function reasonAfter(hit: SentenceHit): (Sentence & { from: number }) | null {
  const next = hit.article.sentences[hit.sentence.index + 1];
  if (!next || next.paragraph !== hit.sentence.paragraph) return null;
  const opening = GIVES_REASON.exec(next.text);
  return opening ? { ...next, from: opening[0].length } : null;
}

/**
 * Answers seldom repeat the question's words: "what type of circuit?" is answered "Boolean" more often
 * than "Boolean circuits". Each phrase that opens or ends with words of the question is a candidate
 * without them too, beside the phrase itself (the fitted choice weighs the two).
 */
export function withoutQuestionWords(candidates: readonly Candidate[], terms: QuestionTerms, text: string): Candidate[] {
  const out = [...candidates];
  const seen = new Set(candidates.map((c) => `${c.start}:${c.end}`));
  const asked = (p: Position) => p.term === null || terms.terms.includes(p.term) || terms.framing.includes(p.term);
  for (const c of candidates) {
    const words = positions(c.text);
    // A phrase that ends in a name the question gives ("…Minister Anna Berg" for "what did Lind discuss with
    // Berg?") is that person, and so is what stands before the name (a title, a first name): no answer.
    if (endsInAskedName(c.text, words, terms)) {
      out.splice(out.indexOf(c), 1);
      continue;
    }
    let [from, to] = [0, words.length];
    // "co-NP" is one word: a hyphen holds its parts together.
    const joined = (i: number) => !/\s/.test(c.text.slice(words[i]!.end, words[i + 1]?.start ?? words[i]!.end + 1));
    while (from < to && asked(words[from]!) && !joined(from)) from++;
    while (to > from && asked(words[to - 1]!) && !(to - 2 >= 0 && joined(to - 2))) to--;
    if (from === to || (from === 0 && to === words.length)) continue;
    // A stop word left at either end ("of", "the") is no part of the answer.
    while (from < to && words[from]!.term === null) from++;
    while (to > from && words[to - 1]!.term === null) to--;
    if (from === to) continue;
    const [start, end] = [c.start + words[from]!.start, c.start + words[to - 1]!.end];
    if (seen.has(`${start}:${end}`)) continue;
    seen.add(`${start}:${end}`);
    out.push({ text: text.slice(start, end), start, end, trimmed: true });
  }
  return out;
}

/**
 * The candidate reports the sentence rather than taking part in it: "Lind added that the talks…",
 * "according to Lind", "…, Lind said."
 */
function isSourceOf(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end);
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{L}+)\s+that\b/u.exec(after)?.[1] ?? /^\s+(\p{L}+)\s*[.!]?$/u.exec(after)?.[1];
  return (verb !== undefined && isReportingWord(verb)) || /\baccording\s+to\s+$/i.test(text.slice(0, candidate.start));
}

/**
 * The names whose whereabouts a "where" question asks: "where was Lind (during the talks)?", "where were
 * Lind and Moss?". Empty when more than names stands between "was" and the end or the event ("where was
 * the treaty signed?").
 */
function whereSubject(question: string, terms: QuestionTerms): string[] {
  const subject = /^where\s+(?:was|were|is|are)\s+(.+?)(?:\s+(?:during|before|after|throughout|at the time of|when|while)\b|\s*[?.!]*$)/i.exec(question)?.[1];
  if (!subject) return [];
  const words = tokenize(subject).map((t) => normalizeTerm(t)).filter((t) => t !== null);
  return words.length > 0 && words.every((t) => terms.names.includes(t)) ? words : [];
}

/**
 * The sentence holds one of `names`, or a pronoun that may stand for one, other than as the one who
 * reports ("Lind added that…", "according to him").
 */
function placesSubject(text: string, sentence: readonly Position[], names: readonly string[]): boolean {
  // "They" stands for people only when more than one is asked about; otherwise it is as often things.
  const pronoun = names.length > 1 ? /^(?:he|she|him|her|his|they|them|their)$/i : /^(?:he|she|him|her|his)$/i;
  // A sentence that opens on "It" or "They" most often goes on about the subject of the one before.
  const opening = (p: Position) => p.start === sentence[0]?.start && /^(?:it|they)$/i.test(text.slice(p.start, p.end));
  const found = sentence.filter((p) => (p.term !== null && names.includes(p.term)) || pronoun.test(text.slice(p.start, p.end)) || opening(p));
  // The reporting verb follows the whole name: "Kofi Mensah added", not "Kofi" alone.
  const wholeName = (p: Position) => ({ text: '', start: p.start, end: p.end + (/^(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(p.end))?.[0].length ?? 0) });
  // "Lind said after the talks", "…,” said Lind": the words are Lind's, the places in them what Lind spoke of.
  const saidAfter = (p: Position) => isReportingWord(/^\s+(?:\p{Ll}+ly\s+)?(\p{L}+)/u.exec(text.slice(wholeName(p).end))?.[1] ?? '');
  const saidBefore = (p: Position) => isReportingWord(/(\p{L}+)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$/u.exec(text.slice(0, p.start))?.[1] ?? '');
  return found.some((p) => !isSourceOf(text, wholeName(p)) && !saidAfter(p) && !saidBefore(p));
}

/** The words before a place that say someone or something is there. */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|inside)\s+(?:the\s+)?$/i;

/** The position stands between opening and closing quotation marks. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** The phrase ends in a name the question gives (a place or body the gazetteer knows too), read word by word or as the gazetteer joins it ("United States"). */
function endsInAskedName(text: string, words: readonly Position[], terms: QuestionTerms): boolean {
  const last = words.at(-1)?.term;
  const joined = normalizeTerm(tokenize(text).at(-1) ?? '');
  const asked = (term: string | null | undefined) => term != null && (terms.names.includes(term) || (terms.terms.includes(term) && gazetteer().tokens.has(term)));
  return asked(last) || asked(joined);
}

/**
 * A name or a figure the question gives that the paragraph of the sentence does not hold (nor its
 * article's title): "the American Union" where the paragraph speaks of the European one, "in 1970"
 * where it says 1960. The question is then about something the articles do not report.
 */
function absentFromParagraph(hit: SentenceHit, around: Set<string | null>, terms: QuestionTerms, questionWords: readonly string[]): boolean {
  const paragraph = new Set([...neighbourTerms(hit), ...around]);
  // A decade or an ordinal counts as its figure: "the 1940's" is not in a paragraph of "the 1950s", nor
  // "the 12th century" in one of "the 10th century".
  const figure = (word: string) => /^(\d+)(?:st|nd|rd|th|['’]?s)?$/i.exec(word)?.[1];
  return terms.names.some((name) => !nameHeld(terms, name, (term) => matches(term, paragraph))) || questionWords.some((word) => {
    const written = figure(word);
    // "3rd" is written "third" too.
    const spelled = written === undefined ? undefined : Object.keys(ORDINAL_WORDS).find((word) => ORDINAL_WORDS[word] === Number(written));
    return written !== undefined && ![normalizeTerm(word), written, `${written}s`, spelled && normalizeTerm(spelled)].some((form) => form && paragraph.has(form));
  });
}

/**
 * The sentence names none of the question's names and opens with another name as its subject ("Orbis, which employs
 * 9,000 people, reported revenue of…" for "how much revenue did Lingwell make?", Lingwell named only in the
 * sentence before): it speaks of that other party.
 */
function aboutAnother(kb: Knowledge, text: string, present: Set<string | null>, terms: QuestionTerms): boolean {
  if (terms.names.length === 0 || terms.names.some((name) => nameHeld(terms, name, (term) => matches(term, present)))) return false;
  const opening = OPENING_NAME.exec(text)?.[1];
  if (!opening) return false;
  const own = analyze(opening);
  return own.length > 0 && own.every((term) => kb.index.isName(term) && !terms.names.includes(term));
}

/** A name that opens a sentence as its subject: capitalised words, then a comma or a verb in lower case. */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*)(?:,|\s+(?:\p{Ll}+ed|said|says|has|had|is|was|will|reported|won|lost|made|gave|took)\b)/u;

/** The question's verb when the question word is its subject ("who called…", "which paper reported…"). */
function askedVerb(question: string): string | null {
  const words = tagWords(question);
  const at = words.findIndex((w) => WH_WORD.test(w.text));
  // "Which paper reported…": the verb follows the noun the question asks for.
  const next = words.slice(at + 1).find((w) => w.pos !== 'NOUN');
  return at >= 0 && next?.pos === 'VERB' ? normalizeTerm(next.text) : null;
}

/**
 * The name that stands nearest before the question's verb in the same clause, where the sentence uses
 * that verb in the active voice ("Quell called Hartwig's plan bold"): its subject, when the fitted choice
 * stands after the verb ("Hartwig") or in another clause. Null to keep the fitted choice: the verb is not
 * there, is passive ("was called by"), or no name shares its clause ("Gist, acting for Virginia, explored").
 */
function subjectOfVerb(question: string, spans: readonly SpanChoice[], text: string, read: Candidate): Candidate | null {
  const at = activeVerb(question, text);
  if (at === null) return null;
  const sharesClause = (c: Candidate) => c.end <= at.start && !CLAUSE_BREAK.test(text.slice(c.end, at.start)) && !/[.!?]/.test(text.slice(c.end, at.start));
  if (sharesClause(read)) return null;
  const before = spans.filter((s) => !s.features.echoes && s.features.kind >= 0 && sharesClause(s.candidate));
  return (
    before.reduce<Candidate | null>((nearest, s) => (nearest === null || s.candidate.end > nearest.end ? s.candidate : nearest), null) ??
    bodyBefore(text, at.start)
  );
}

/**
 * Where the sentence uses the question's verb in the active voice; of several ("X reported A, Y reported
 * B"), the one followed by most of the question's words. Null when it does not.
 */
function activeVerb(question: string, text: string): Position | null {
  const verb = askedVerb(question);
  if (verb === null) return null;
  const words = positions(text);
  const active = words.flatMap((p, i) => (p.term === verb && !COPULA.test(text.slice(words[i - 1]?.start ?? 0, words[i - 1]?.end ?? 0)) && !/^\s+by\b/i.test(text.slice(p.end)) ? [i] : []));
  if (active.length === 0) return null;
  const asked = new Set(positions(question).map((p) => p.term).filter((t) => t !== null && t !== verb));
  const heldAfter = (k: number) => words.slice(active[k]! + 1, active[k + 1] ?? words.length).filter((p) => asked.has(p.term)).length;
  return words[active[active.map((_, k) => heldAfter(k)).reduce((top, held, k, all) => (held > all[top]! ? k : top), 0)]!]!;
}

/** A noun phrase for people or a body right before a verb, but for words of time: "A regional court (on Tuesday)". */
const BODY_BEFORE_VERB = /(?:^|[,;:()–—]\s*|\s-\s+)(?:(?:[Tt]he|[Aa]n?)\s+)?((?:\p{L}[\p{L}'’-]*\s+){0,3}?(\p{Ll}[\p{Ll}-]*))\s+(?:(?:on|last|this|late|early|earlier)\s+(?:\p{L}+\s+){0,2}|yesterday\s+|today\s+)?$/u;

/** The phrase for people or a body that is the subject of the verb at `verbAt` ("the regional court"), or null. */
function bodyBefore(text: string, verbAt: number): Candidate | null {
  const match = BODY_BEFORE_VERB.exec(text.slice(0, verbAt));
  if (!match) return null;
  const head = match[2]!;
  if (!isPersonNoun(head) && !isOrganizationNoun(head) && !isBodyNoun(head) && !isKindOf(head, 'person')) return null;
  const start = match.index + match[0].indexOf(match[1]!);
  return { text: match[1]!, start, end: start + match[1]!.length };
}

/** A question for the size of a change: "by how much…", "how much did profit fall / rise…". */
const CHANGE_ASKED = /\bby how (?:much|many)\b|\bhow (?:much|many)\b.*(?<!\b(?:the|a|an|this|that|its|their|after|before)\s)\b(?:fall|fell|fallen|rise|rose|risen|drop|dropped|grow|grew|grown|increase|increased|decrease|decreased|climb|climbed|decline|declined|gain|gained|lose|lost|jump|jumped|slump|slumped|shrink|shrank|sink|sank|cut)\b/i;
/** Words before a figure that make it the level a change reached or started from, not the change: "to 310 million", "from 1.5 million". */
const LEVEL_BEFORE = /\b(?:to|from)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** A clause whose object is what stands before it: ", which shipping lines opposed", ", which the council approved". */
const OBJECT_CLAUSE = /,\s+(?:which|that)\s+([^,;.]+)/gu;
/** A phrase and a "who" clause after it: "Local fishermen, who brought the case, …". */
const WHO_CLAUSE = /(?:^|[,;:(]\s*|\band\s+)((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+),\s+who\s+(?:\p{Ll}+ly\s+)?(\p{L}+)/gu;

/**
 * "Who brought the case?" over "Local fishermen, who brought the case with a group, welcomed…": the phrase
 * the "who" clause with the question's verb describes, without its article. Null when no such clause.
 */
function relativeDoer(question: string, text: string): Candidate | null {
  const verb = askedVerb(question);
  if (verb === null) return null;
  for (const match of text.matchAll(WHO_CLAUSE)) {
    if (normalizeTerm(match[2]!) !== verb) continue;
    return withoutArticle(match[1]!, match.index + match[0].indexOf(match[1]!));
  }
  // "…without raising fees, which shipping lines opposed": the subject of a clause whose object is the thing before it.
  for (const match of text.matchAll(OBJECT_CLAUSE)) {
    const clauseAt = match.index + match[0].length - match[1]!.length;
    const words = [...match[1]!.matchAll(/[\p{L}'’-]+/gu)];
    const at = words.findIndex((word, i) => i > 0 && i <= 4 && normalizeTerm(word[0]) === verb);
    if (at < 0) continue;
    const subject = words.slice(0, at).filter((word) => !/^\p{Ll}+ly$/u.test(word[0]));
    const head = subject.at(-1)![0];
    // "…, which it opposed": a pronoun names no one.
    if (subject.length === 1 && isStopWord(head.toLowerCase())) continue;
    const start = clauseAt + subject[0]!.index;
    return withoutArticle(text.slice(start, clauseAt + subject.at(-1)!.index + head.length), start);
  }
  return null;
}

/** A phrase without its article, with its place in the sentence. */
function withoutArticle(phrase: string, at: number): Candidate {
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
  const start = at + phrase.length - bare.length;
  return { text: bare, start, end: start + bare.length };
}

/** Nouns any count of people or things answers: "how many people" over "2,300 residents". */
const GENERIC_COUNTS = /^(?:people|persons|individuals|men|women|others|things|items|ones)$/i;

/** Words that may stand between a figure and the noun it counts: "four water-bombing aircraft", "12 new and used ships". */
const COUNT_REACH = 3;

/** The figure counts the noun: the noun follows it within a few words, none of them another noun's figure or a break. */
function countsNoun(candidate: Candidate, text: string, noun: string): boolean {
  const after = text.slice(candidate.end);
  const stop = /[,;:.!?()]|\s(?:and|or)\s+\d/.exec(after)?.index ?? after.length;
  return positions(after.slice(0, stop)).slice(0, COUNT_REACH).some((p) => p.term === noun);
}

/** Where an agent's phrase after "by" ends: a clause break, or a preposition that starts when or where. */
const AGENT_END = /[,;:()—–.!?]|\s(?:on|in|at|during|after|before|since|for|from|to|with|as|when|while|because|and\s+(?:was|were|is|are))\s/i;

/**
 * "Who sent the aircraft?" over "two aircraft were sent by the national government on Sunday": the agent of
 * the question's verb in the passive, the phrase after "by" up to where the clause goes on to when or where.
 * Null when the sentence does not use the verb so.
 */
function agentOfPassive(question: string, text: string): Candidate | null {
  const verb = askedVerb(question);
  if (verb === null) return null;
  for (const p of positions(text)) {
    if (p.term !== verb) continue;
    const by = BY_AFTER_VERB.exec(text.slice(p.end));
    if (!by) continue;
    const from = p.end + by[0].length;
    const rest = text.slice(from);
    const phrase = rest.slice(0, AGENT_END.exec(rest)?.index ?? rest.length).trim();
    if (phrase.length > 0 && phrase.split(/\s+/).length <= AGENT_WORDS) return { text: phrase, start: from, end: from + phrase.length };
  }
  return null;
}

/** "A man was arrested on Tuesday": the question's verb in the passive with no "by", which names no doer. */
function passiveWithoutAgent(question: string, text: string): boolean {
  const verb = askedVerb(question);
  if (verb === null) return false;
  const words = positions(text);
  return words.some((p, i) => p.term === verb && i > 0 && PASSIVE_AUXILIARY.test(text.slice(words[i - 1]!.start, words[i - 1]!.end)) && !BY_AFTER_VERB.test(text.slice(p.end)));
}

/** Index terms of verbs that pass a judgement on something: whoever reports one unattributed holds it. */
const JUDGING_VERB = /^(?:compar|liken|describ|call|consid|regard|view|character\w*|label|term|dub|brand)$/;

const PASSIVE_AUXILIARY = /^(?:is|are|was|were|be|been|being|get|gets|got)$/i;
/**
 * "by" after a verb, its particle or a short phrase of time or place between them: "sent by", "carried out by",
 * "founded in 1979 by", "set up in the capital by".
 */
const BY_AFTER_VERB = /^\s+(?:(?:out|up|off|down|over|back|away|through|in)\s+)?(?:(?:in|on|at|during|last|early|late)\s+(?:[\p{L}\p{N}]+\s+){1,3}?)?by\s+/iu;

/** The longest agent phrase read: more is a clause, not a name. */
const AGENT_WORDS = 6;

/** Sentence offsets are into the sentence's text as stored; map a candidate offset into the article. */
function offsetIn(hit: SentenceHit, at: number): number {
  return Math.min(at, hit.sentence.end - hit.sentence.start);
}

/** Where a sentence sets two clauses side by side: "…, while the other firm fell…", "…; the rest…". */
const CONTRAST = /,\s*(?:while|whereas|but)\s+|;\s*/gi;

/**
 * "How much did Norvik Lines shares fall?" over "Norvik Lines finished down $4.10, while Vessmark Ferries fell
 * $2.35": a figure in a clause that names none of the question's names gives way to the best other
 * candidate in a clause that names one. Null to keep the choice: the sentence has one clause, or the
 * choice's clause names one too.
 */
function inNamedClause(chosen: Candidate, spans: readonly SpanChoice[], text: string, names: readonly string[], analysis: QuestionAnalysis): Candidate | null {
  if (names.length === 0) return null;
  const bounds = [0, ...[...text.matchAll(CONTRAST)].map((m) => m.index! + m[0].length), text.length];
  if (bounds.length <= 2) return null;
  const clauseOf = (at: number) => bounds.findIndex((b, i) => at >= b && at < (bounds[i + 1] ?? Infinity));
  const naming = (clause: number) => {
    const held = new Set(termsOf(text.slice(bounds[clause], bounds[clause + 1])));
    return names.some((name) => matches(name, held));
  };
  if (naming(clauseOf(chosen.start))) return null;
  const others = spans.filter((s) => s.candidate !== chosen && naming(clauseOf(s.candidate.start)));
  if (others.length === 0) return null;
  return others.reduce((top, s) => (candidateScore(s.features, analysis) > candidateScore(top.features, analysis) ? s : top)).candidate;
}

/** "Besides Tromvik, where…?", "who apart from the mayor…": what the question sets aside, to the next comma or question word. */
const SET_ASIDE = /\b(?:besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to|along\s+with)\s+([^,?]+?)(?=\s*(?:,|\?|$|\b(?:what|which|who|whom|where|when|how|did|does|do|is|are|was|were|has|have)\b))/i;

/**
 * "Besides Tromvik, where did the firm open offices?" answered "Tromvik and Vessby": the items the question
 * sets aside are left out of a list ("Vessby"), unless nothing else would be left.
 */
function withoutExcluded(question: string, answer: string): string {
  const aside = SET_ASIDE.exec(question)?.[1];
  if (!aside) return answer;
  const excluded = new Set(analyze(aside));
  const items = answer.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  const kept = items.filter((item) => {
    const terms = analyze(item);
    return terms.length === 0 || !terms.every((term) => excluded.has(term));
  });
  if (kept.length === 0 || kept.length === items.length) return answer;
  return kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}`;
}

/** The nouns of a question that lists countries ("which countries…"), not any place. */
const COUNTRY_NOUNS = /^(?:countries|nations|states)$/;

/** "Which leaders…": every name in the sentence the question does not already give. */
function listIn(text: string, terms: QuestionTerms, first: Candidate | null, itemType: AnswerType | null, countries: boolean): string | null {
  const listed = candidatesIn(text, 'list');
  // "the Baltic States, Romania and Poland": a group of countries listed with countries is among them.
  const countryGroup = (c: Candidate) => COUNTRY_GROUP.test(c.text) && coordinationOf(text, c, listed).some((other) => isCountry(other.text));
  const names = listed
    // "Which leaders…" lists people: the places beside them are not among the answer.
    .filter((c) => itemType !== 'person' || kindBonus('person', c, text) >= 0)
    // "Which cities…" lists places, "which countries…" countries: not the people and offices beside them.
    .filter((c) => itemType !== 'place' || (countries ? isCountry(c.text) || countryGroup(c) : kindBonus('place', c, text) > 0))
    .filter((c) => !positions(c.text).every((p) => p.term === null || terms.terms.includes(p.term)));
  return joined(names) ?? first?.text ?? null;
}

/** The candidate holds a name the question gives: "who did Lind meet?" is not answered by Lind. */
function namesAsked(candidate: Candidate, terms: QuestionTerms): boolean {
  return positions(candidate.text).some((p) => p.term !== null && terms.names.includes(p.term));
}

/** "A", "A and B", "A, B and C": each name once; null for none. */
function joined(candidates: readonly Candidate[]): string | null {
  const unique = [...new Set(candidates.map((c) => c.text))];
  if (unique.length === 0) return null;
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** What stands between two names of one series: a comma, "and", "or", and a role before the next ("and the pilot"). */
const COORDINATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){1,2})?$/u;

/** A group of countries by its region: "the Baltic States", "the Nordic countries". */
const COUNTRY_GROUP = /\s(?:States|states|countries|nations|republics)$/;

/**
 * The names listed in one series with `candidate` ("consulted A, B, C and D"), in order; the candidate
 * alone when no comma or "and" joins it to another.
 */
function coordinationOf(text: string, candidate: Candidate, listed = candidatesIn(text, 'list')): Candidate[] {
  let at = listed.findIndex((c) => c.start <= candidate.start && candidate.end <= c.end);
  if (at < 0) return [candidate];
  let first = at;
  while (first > 0 && COORDINATOR.test(text.slice(listed[first - 1]!.end, listed[first]!.start))) first--;
  while (at < listed.length - 1 && COORDINATOR.test(text.slice(listed[at]!.end, listed[at + 1]!.start))) at++;
  // "the former prime minister, Lena Voss": a comma alone before the last name sets it beside the one before.
  if (first === at || !/\b(?:and|or)\b/.test(text.slice(listed[at - 1]!.end, listed[at]!.start))) return [candidate];
  return listed.slice(first, at + 1);
}

/**
 * "How much rain fell?" over "more than 110 millimetres of rain": the figure with the unit that follows it, which
 * is what an amount means ("110" alone says nothing). A count ("how many visitors?") needs no unit.
 */
function withUnit(phrase: string, question: string, chosen: Candidate | null, sentence: string): string {
  if (!chosen || !/\bhow much\b/i.test(question) || !/\p{N}\s*(?:thousand|million|billion|trillion|mln|bln|bn)?$/iu.test(phrase) || !phrase.endsWith(chosen.text.slice(-1))) return phrase;
  // A unit is a word of its own in lower case ("in" and "at" are units too, and "February" a measure of time).
  const unit = /^\s+(\p{Ll}{3,})\b/u.exec(sentence.slice(chosen.end))?.[1];
  return unit && !/^\p{Sc}/u.test(phrase) && !isStopWord(unit) && isKindOf(unit, 'measure') ? `${phrase} ${unit}` : phrase;
}

/** A share or a sum of money: a figure that counts nothing. */
const SHARE_OR_SUM = /%|\bper\s?cent\b|\bpercent\b|\bpct\b|\p{Sc}/iu;

/** A sentence that says a name was kept back: "declined to name the buyer", "did not identify the man". */
/** A phrase that describes something without naming it: "a manufacturer of outdoor furniture". */
const INDEFINITE = /^(?:a|an|another|one|some)\s/i;
const INDEFINITE_BEFORE = /\b(?:a|an|another|one|some)\s+$/i;
const INDEFINITE_REACH = 10;
const WITHHELD = /\b(?:declined|refused|did\s+not|would\s+not|wouldn['’]t|didn['’]t|without)\s+(?:to\s+)?(?:name|naming|identify|identifying|disclose|disclosing|reveal|revealing)\s+(?:the|a|an|his|her|its|their|which|who)\b/i;
/** A question about the keeping back itself ("who declined to name the buyer?"). */
const WITHHELD_ASKED = /\b(?:name|naming|named|identify|identified|disclose|disclosed|reveal|revealed)\b/i;

/** A sum written as a modifier ("a 1.4 billion crown tram line") as a sum: "1.4 billion crowns". */
function asAmount(phrase: string, type: AnswerType): string {
  if (type !== 'money') return phrase;
  const modifier = /^(.*\d.*?)\s+(?:crown|euro|dollar|pound|franc|rouble|ruble|rupee)$/i.exec(phrase);
  return modifier && !/^(?:1|one|a)$/i.test(modifier[1]!.trim()) ? `${phrase}s` : phrase;
}

/** A length written as a modifier ("a nine-day strike", "a 12-hour-long shift") as a length: "nine days". */
function asLength(phrase: string, type: AnswerType): string {
  if (type !== 'duration') return phrase;
  const modifier = /^(\S+)-(second|minute|hour|day|week|month|year|decade)(?:-long)?$/i.exec(phrase);
  if (!modifier) return phrase;
  const [, count, unit] = modifier;
  return `${count} ${unit}${/^(?:one|1|a)$/i.test(count!) ? '' : 's'}`;
}

/**
 * A phrase cut from the end of a quotation keeps its full stop ("return to democracy."), which the answer
 * line then doubles. A short word before the stop may be an abbreviation ("Corp.", "U.S.") and keeps it.
 */
function withoutClosingStop(phrase: string): string {
  return phrase.replace(/(\p{Ll}{5,})[.,;:]+$/u, '$1');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
