import { isReportingWord } from '../extract/events/event-words.js';
import { isPastTense, normalizeTerm } from '../text/analyzer.js';
import { tagWords, type TaggedWord } from '../text/pos.js';
import { isStopWord } from '../text/stopwords.js';
import { isMoodNoun, kindredWords } from '../text/kindred.js';
import { isKindOf, isNounOrVerb, isVerb, synonymsOf, withSynonymTerms } from '../text/synonyms.js';
import type { Candidate } from './candidates.js';
import { isPersonNoun } from './analysis.js';

/**
 * "What did she compare the plan to?", "where did they move to?": a question that ends on its verb's
 * preposition asks for what follows that verb and preposition in the evidence ("compared the plan to a
 * bridge between two families").
 */
export interface Stranded {
  /** Index terms of the question's verb and the verbs that mean the same with the same preposition. */
  verbs: string[];
  prepositions: string[];
  /** The question's own words: a preposition between the verb and its stranded one must be one of them. */
  words: Set<string>;
}

const PREPOSITION = /^(?:to|with|as|into|for|from|about|on|by|of|at|in|against|like|onto|toward|towards)$/i;

/** Verbs of likening, one meaning whichever a text uses, with "to" or "with". */
const LIKENING = ['compare', 'liken', 'equate'];
/** Verbs of talking with someone: "who did she talk to?" is answered by "talks with X", "consulted with X", "spoke to X". */
const TALKING_TO = ['talk', 'speak', 'spoke', 'spoken', 'meet', 'met', 'consult', 'confer', 'chat'];
/** Verbs of agreeing and deciding: "what did they agree on?" is answered by "agreed on X" or "agreed to do X". */
const AGREEING = ['agree', 'decide'];

/** How many words the verb's object may take before the preposition ("compared the new tram plan to"). */
const OBJECT_REACH = 8;
/** How many words of what follows the preposition make an answer, at most. */
const ANSWER_WORDS = 8;

export function strandedPreposition(question: string): Stranded | null {
  // "Who did she talk to on Monday?": a closing time or place is no part of the verb's phrase.
  const words = tagWords(question.replace(/[?.!\s]+$/, '').replace(TIME_OR_PLACE_AFTER, ''));
  const last = words.at(-1);
  if (!last || !PREPOSITION.test(last.text)) return null;
  // The verb nearest before it; a capitalised word is a name however it is tagged ("Quell").
  const verb = words.slice(1, -1).findLast((w) => w.pos === 'VERB' && !/^\p{Lu}/u.test(w.text)) ?? untaggedVerb(words, words.length - 2);
  const term = verb ? normalizeTerm(verb.text) : null;
  if (!verb || term === null) return null;
  const likening = LIKENING.map((w) => normalizeTerm(w)!);
  const preposition = last.text.toLowerCase();
  const own = new Set(words.map((w) => w.text.toLowerCase()));
  if (likening.includes(term) && (preposition === 'to' || preposition === 'with')) return { verbs: likening, prepositions: ['to', 'with'], words: own };
  const talking = TALKING_TO.map((w) => normalizeTerm(w)!);
  if (talking.includes(term) && (preposition === 'to' || preposition === 'with')) return { verbs: talking, prepositions: ['to', 'with'], words: own };
  if (AGREEING.some((w) => normalizeTerm(w) === term) && /^(?:on|upon|to)$/.test(preposition)) return { verbs: [term], prepositions: ['on', 'upon', 'to'], words: own };
  return { verbs: [term], prepositions: [preposition], words: own };
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)$/i;
/** Where what follows the preposition ends: a clause break, or a word that opens another clause. */
const CLAUSE_END = /[,;:.!?()—–"“”]|\s(?:which|that|who|whom|whose|where|while|because|but|since|when|after|before|although|though|if|and said)\s/i;

/**
 * What follows the question's verb and preposition in a sentence, as a candidate answer: the rest of
 * that clause, without a leading article, when it is short. Null when the sentence lacks the pair.
 */
export function afterStranded(stranded: Stranded, text: string): Candidate | null {
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    if (!stranded.verbs.includes(normalizeTerm(words[i]![0]) ?? '')) continue;
    for (let j = i + 1; j <= i + OBJECT_REACH + 1 && j < words.length; j++) {
      const between = text.slice(words[i]!.index! + words[i]![0].length, words[j]!.index!);
      if (CLAUSE_END.test(between)) break;
      const word = words[j]![0].toLowerCase();
      if (!stranded.prepositions.includes(word)) {
        // "made from the bark of…" answers "made from what", not "made out of what".
        if (PREPOSITION.test(word) && !stranded.words.has(word)) break;
        continue;
      }
      const from = words[j]!.index! + words[j]![0].length;
      const rest = text.slice(from);
      const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
      const stretch = [...rest.slice(0, end).matchAll(WORD)];
      let first = 0;
      while (first < stretch.length && DETERMINER.test(stretch[first]![0])) first++;
      if (first >= stretch.length) return null;
      // Too long a stretch is a clause ("with the leaders to discuss the crisis and…"): the noun phrase that opens it.
      if (stretch.length - first > ANSWER_WORDS) return nounPhraseAt(text, from + stretch[first]!.index!);
      const start = from + stretch[first]!.index!;
      const last = stretch.at(-1)!;
      const stop = from + last.index! + last[0].length;
      return { text: text.slice(start, stop), start, end: stop };
    }
  }
  return null;
}

/**
 * "What did they discuss?", "what did she talk about?": the question asks for the subject of a discussion.
 * "What was discussed about the fares?" names it, and asks what was said on it.
 */
const ASKS_TOPIC = /^what\b.*\b(?:discuss|discussed|discusses|debate|debated|negotiate|negotiated|talk(?:ed|s)? about)\b(?!\s+(?:about|regarding|concerning)\b)/i;
/** A discussion named by a noun, then what it was about: "a discussion on the quotas", "talks over the border". */
const DISCUSSION_NOUN = /^(?:discussions?|talks|debates?|negotiations?|conversations?|dialogue)$/i;
const TOPIC_PREPOSITION = /^(?:on|about|of|over|regarding|concerning)$/i;
/** Verbs whose object is what was discussed: "they discussed the quotas". */
const DISCUSSING_VERB = /^(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing)|raised?|raising)$/i;
/** Verbs followed by a preposition and what was discussed: "they talked about the quotas", "touched on". */
const TALKING_VERB = /^(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?|spoken|touch(?:ed|es|ing)?)$/i;
/** "the topic of the quotas", "a range of issues": nouns that only name or measure a topic give way to it. */
const TOPIC_NAME = /^(?:topics?|subjects?|issues?|questions?|matters?|range|number|variety|series|host|list|set)$/i;
const QUOTE_MARK = /^["“”‘’]$/;
const OPENING_MARK = /^["“‘]$/;
const CLOSING_MARK = /^["”’]$/;

/** Words of a topic's noun phrase: "the future of the fishing quotas" is cut at "of" (its head stands first). */
const TOPIC_WORD = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const TOPIC_WORDS = 9;
/** Words of the list that follows a topic ("issues including …"). */
const TOPIC_LIST_WORDS = 14;

export function asksForTopic(question: string): boolean {
  return ASKS_TOPIC.test(question);
}

/**
 * The subject of a discussion the sentence names by a noun: "A difficult discussion on the fishing
 * quotas took place…" answers "what did they discuss?" with "fishing quotas". Null when it names none.
 */
export function discussionTopic(text: string): Candidate | null {
  const words = tagWords(text);
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    const byPreposition = (DISCUSSION_NOUN.test(word.text) || (TALKING_VERB.test(word.text) && word.pos === 'VERB')) && TOPIC_PREPOSITION.test(words[i + 1]!.text);
    const byObject = DISCUSSING_VERB.test(word.text) && word.pos === 'VERB';
    if (!byPreposition && !byObject) continue;
    const phrase = nounPhraseFrom(text, words, byPreposition ? i + 2 : i + 1);
    if (phrase) return phrase;
  }
  return null;
}

/**
 * What the question's verb acts on in the sentence: "What did the mayor reaffirm?" over "the mayor
 * reaffirmed her support for the ferry plan" is "support for the ferry plan". `verbs`: the question's
 * verb as an index term, then its synonyms'. `clause`: a that-clause after the verb may be what it acts on
 * (not when a person is asked: "warned the governor that…" acts on the governor). Null when the sentence
 * uses none of the verbs, or nothing follows.
 */
export function objectOfVerb(text: string, verbs: readonly string[], { clause = true }: { clause?: boolean } = {}): Candidate | null {
  const words = tagWords(text);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.pos !== 'VERB') continue;
    const term = normalizeTerm(words[i]!.text);
    if (term === null || !verbs.includes(term)) continue;
    // A synonym may take through a preposition what the question's verb takes directly ("aimed at the
    // banks" for "target the banks").
    const from = term !== verbs[0] && words[i + 1]?.pos === 'ADP' ? i + 2 : i + 1;
    const phrase = infinitiveFrom(text, words, from) ?? (clause ? thatClauseFrom(text, words, from) : null) ?? nounPhraseFrom(text, words, from);
    if (phrase) return phrase;
  }
  return null;
}

/** How many words may stand between a verb and the "that" of its clause ("reminded him in response that"). */
const THAT_REACH = 4;
/** How many words of a that-clause make an answer, at most. */
const THAT_CLAUSE_WORDS = 16;

/**
 * "reminded him in response that the coup was preceded by…": what the verb says is the clause after its
 * "that", past a short object. Null when no "that" opens a clause within reach of word `at`.
 */
function thatClauseFrom(text: string, words: readonly TaggedWord[], at: number): Candidate | null {
  let that = at;
  while (that < words.length && that - at < THAT_REACH && words[that]!.text.toLowerCase() !== 'that' && words[that]!.pos !== 'PUNCT' && words[that]!.pos !== 'VERB') that++;
  if (words[that]?.text.toLowerCase() !== 'that' || words[that]!.pos !== 'SCONJ') return null;
  let to = that + 1;
  while (to < words.length && to - that <= THAT_CLAUSE_WORDS && !/^[.;:!?]$/.test(words[to]!.text)) to++;
  // Cut short, it ends on a word of its own, not on "to" or "the".
  while (to > that + 1 && !TOPIC_WORD.has(words[to - 1]!.pos) && words[to - 1]!.pos !== 'VERB' && !CLOSING_MARK.test(words[to - 1]!.text)) to--;
  if (to === that + 1) return null;
  const [start, end] = [words[that + 1]!.start, words[to - 1]!.end];
  return { text: text.slice(start, end), start, end };
}

/** How many words of an infinitive's clause make an answer, at most. */
const INFINITIVE_WORDS = 12;

/**
 * "agreed to continue contacts on the border": what the verb acts on is the infinitive and its clause,
 * up to the clause's end. Null when no "to" and verb start at word `at`.
 */
function infinitiveFrom(text: string, words: readonly TaggedWord[], at: number): Candidate | null {
  if (words[at]?.text.toLowerCase() !== 'to' || words[at + 1]?.pos !== 'VERB') return null;
  let to = at + 2;
  while (to < words.length && to - at < INFINITIVE_WORDS && words[to]!.pos !== 'PUNCT' && !(words[to]!.pos === 'CCONJ' && words[to + 1]?.pos === 'VERB')) to++;
  const [start, end] = [words[at]!.start, words[to - 1]!.end];
  return { text: text.slice(start, end), start, end };
}

/**
 * "What did the mayor reaffirm?": the verb whose object is asked, as index terms (its own, then its
 * synonyms'); null for other questions.
 */
export function verbOfObjectAsked(question: string): string[] | null {
  // "What is the council considering?" too, but not "what is it called?", whose verb is passive; the verb
  // may be followed by when or where ("what does she eat every day?").
  const text = withoutClosingPhrase(question.trim().replace(TIME_OR_PLACE_AFTER, ''));
  // ("What crop did the firm plan to grow?": the noun asked for may stand before the auxiliary.)
  const match = /^what(?:\s+\p{L}+){0,2}?\s+(?:did|does|do|has|have|had|will|would|(?:is|are|was|were)(?=\s.*ing\s*[?.!]*$))\s+\S.*?\s(\p{L}+)\s*[?.!]*$/iu.exec(text);
  if (!match) return null;
  const words = tagWords(text).filter((w) => /\p{L}/u.test(w.text));
  const last = words.at(-1);
  const isVerbAsked = last !== undefined && (last.pos === 'VERB' || untaggedVerb(words, words.length - 1) !== undefined);
  if (isVerbAsked) return isStopWord(last.text.toLowerCase()) ? null : withSynonymTerms(match[1]!);
  // "What did the harbour master remind the mayor?": the verb before the person it is told to.
  const told = personTold(words);
  return told ? withSynonymTerms(told.text) : null;
}

/** "What did the firm plan to do?", "what is the union going to do?", "what should the council do, according to X?": an action asked for. */
const ACTION_ASKED = /^what\s+(?:(?:do|does|did|will|would|is|are|was|were)\s+.+?\s+(?:plan|plans|planning|intend|intending|want|wanting|hope|aim|expect|decide|agree|promise|threaten|vow|going|set|about|likely|due)\s+to\s+do|(?:will|would|could|should|must)\s+.+?\s+do(?:\s+next)?)(?:,?\s+according\s+to\s+[^?.!]+)?\s*[?.!]*$/i;

/** Whether the question asks what someone is to do. */
export function asksForAction(question: string): boolean {
  return ACTION_ASKED.test(question.trim());
}

/** What is to be done, after the words that announce it: "was set to pull out of a deal", "plans to close the yard". */
const ACTION = /\b(?:(?:set|plans?|planned|planning|intends?|intended|intending|aims?|aimed|hopes?|hoped|wants?|wanted|expects?|expected|decided|agreed|promised|threatened|vowed|going|likely|about|poised|ready|prepared)\s+to|will|would|should|must|could|may|might)\s+(?!be\b|have\b|do\b)(\p{Ll}[^,.;:!?"“”]*)/iu;

/** The action a sentence says someone is to take, or null when it announces none. */
export function plannedAction(text: string): Candidate | null {
  const match = ACTION.exec(text);
  if (!match?.[1]) return null;
  const action = match[1].trim();
  if (action.split(/\s+/).length < 2) return null;
  const start = match.index + match[0].indexOf(action);
  return { text: action, start, end: start + action.length };
}

/** "Which film is nominated for…", "what bridge was reopened…": the subject of a passive verb asked for. */
const PASSIVE_SUBJECT_ASKED = /^(?:which|what)\s+\p{L}+\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(\p{L}+(?:ed|en|wn))\b/iu;

/** The participle of the passive whose subject the question asks for, or null. */
export function passiveAsked(question: string): string | null {
  return PASSIVE_SUBJECT_ASKED.exec(question.trim())?.[1]?.toLowerCase() ?? null;
}

/**
 * "The Silver Gull is nominated for best short film": the words before the passive verb the question uses, back
 * to the start of their noun phrase. Null when the sentence does not use the verb so, or names there only
 * what the question names.
 */
export function subjectOfPassive(text: string, participle: string, question: string): Candidate | null {
  // "What award was given to Lund?" over "Lund was given the medal": a subject the question names is not asked for.
  const asked = new Set(tagWords(question).map((w) => w.text.toLowerCase()));
  const words = tagWords(text);
  for (let i = 2; i < words.length; i++) {
    if (words[i]!.text.toLowerCase() !== participle || !/^(?:is|was|are|were|been)$/i.test(words[i - 1]!.text)) continue;
    let end = i - 1;
    if (/^been$/i.test(words[end]!.text) && end > 0 && /^(?:has|have|had)$/i.test(words[end - 1]!.text)) end--;
    let from = end;
    while (from > 0 && /^(?:PROPN|NOUN|ADJ|NUM)$/.test(words[from - 1]!.pos)) from--;
    if (from > 0 && words[from - 1]!.pos === 'DET' && /^\p{Lu}/u.test(words[from - 1]!.text)) from--;
    const subject = words.slice(from, end);
    if (subject.some((w) => w.pos === 'PROPN' || w.pos === 'NOUN') && !subject.every((w) => asked.has(w.text.toLowerCase()) || w.pos === 'DET')) return spanOf(text, words, from, end);
  }
  return null;
}

/** How many words the person after the asked verb may take ("the harbour mayor"). */
const TOLD_WORDS = 3;

/** The verb before a closing person ("remind the mayor", "tell Lund"), or null when the question closes otherwise. */
function personTold(words: readonly TaggedWord[]): TaggedWord | null {
  if (!/^(?:did|does|do|will|would|can|could)$/i.test(words[1]?.text ?? '')) return null;
  const verbAt = words.findLastIndex((w, i) => i > 2 && w.pos === 'VERB');
  if (verbAt < 0 || words.length - verbAt - 1 > TOLD_WORDS || verbAt === words.length - 1) return null;
  const tail = words.slice(verbAt + 1);
  if (!tail.every((w) => /^(?:DET|NOUN|PROPN)$/.test(w.pos))) return null;
  const head = tail.at(-1)!;
  // A person: a noun for one, a name as written, or a word no dictionary lists (a name typed in lower case).
  const person = isPersonNoun(head.text) || head.pos === 'PROPN' || /^\p{Lu}/u.test(head.text) || !isNounOrVerb(head.text);
  return person && !isStopWord(words[verbAt]!.text.toLowerCase()) ? words[verbAt]! : null;
}

/** Adjectives of quantity: "and many others" opens a phrase of its own. */
const QUANTIFIER = /^(?:many|some|several|few|more|most|other|others|all|such|various)$/i;

/** How many words a closing phrase after the asked verb may have ("to the fancy dress party"). */
const CLOSING_PHRASE_WORDS = 5;

/** "What did he wear to the party?" read as "what did he wear": a phrase after the verb that only frames it. */
function withoutClosingPhrase(question: string): string {
  const words = tagWords(question.replace(/[?.!\s]+$/, ''));
  const at = words.findIndex((w, i) => i > 1 && w.pos === 'ADP' && words[i - 1]!.pos === 'VERB');
  if (at < 0 || words.length - at > CLOSING_PHRASE_WORDS || !words.slice(at + 1).every((w) => /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(w.pos))) return question;
  return question.slice(0, words[at]!.start).trimEnd() + question.slice(words.at(-1)!.end);
}

/**
 * "Who did the mayor warn about the fees?": the verb whose object, a person, is asked, as index terms
 * (its own, then its synonyms'); null for other questions ("who warned the mayor?" asks for the subject).
 */
export function verbOfPersonAsked(question: string): string[] | null {
  const words = tagWords(question.trim());
  if (!/^whom?$/i.test(words[0]?.text ?? '') || !/^(?:did|does|do|will|would|has|have|had|can|could)$/i.test(words[1]?.text ?? '')) return null;
  // A capitalised word is a name however it is tagged.
  const lastWord = words.findLastIndex((w) => /\p{L}/u.test(w.text));
  const verb = words.slice(2).find((w) => w.pos === 'VERB' && !/^\p{Lu}/u.test(w.text)) ?? untaggedVerb(words, lastWord);
  return verb && !isReportingWord(verb.text) ? withSynonymTerms(verb.text) : null;
}

/**
 * After "did" or "will" a question needs a verb: when the tagger found none, the word at `at` is it if it
 * can be one and is no name ("what will the sanctions target?", "who did Lund talk to?", "who did the
 * firm bribe?").
 */
function untaggedVerb(words: readonly TaggedWord[], at: number): TaggedWord | undefined {
  const word = words[at];
  const inverted = /^(?:did|does|do|will|would|can|could)$/i.test(words[1]?.text ?? '');
  if (!inverted || at <= 2 || !word || /^\p{Lu}/u.test(word.text) || words.slice(2).some((w) => w.pos === 'VERB')) return undefined;
  return isVerb(word.text) ? word : undefined;
}

/** A closing phrase of time or place: "every day", "on Monday", "in the morning", "at home", "last year". */
const TIME_OR_PLACE_AFTER = /\s+(?:(?:every|each|last|this|next)\s+\p{L}+|(?:on|in|at|during)\s+(?:the\s+)?\p{L}+|yesterday|today|tomorrow|now|then|there|here)\s*([?.!]*)$/iu;

/** The noun phrase that starts at a character offset of a text; null when none does. */
function nounPhraseAt(text: string, offset: number): Candidate | null {
  const words = tagWords(text);
  const at = words.findIndex((word) => word.start >= offset);
  return at < 0 ? null : nounPhraseFrom(text, words, at);
}

/** A determiner or a possessive pronoun ("the", "his", "their"). */
function determines(word: TaggedWord): boolean {
  return word.pos === 'DET' || (word.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(word.text));
}

/**
 * The noun phrase that starts at word `from` (its determiners skipped): "the topic of the quotas" and "a
 * wide range of issues" give what their first nouns only name or measure; one "of", a possessive, a
 * hyphen and names joined by "and" stay within it; "… including A, B and C" takes the list.
 */
function nounPhraseFrom(text: string, words: readonly TaggedWord[], at: number): Candidate | null {
  let from = at;
  while (from < words.length && determines(words[from]!)) from++;
  const of = words.findIndex((w, j) => j >= from && j <= from + 2 && w.text.toLowerCase() === 'of');
  if (of >= 0 && of + 1 < words.length && TOPIC_NAME.test(words[of - 1]!.text) && words.slice(from, of).every((w) => w.pos === 'ADJ' || w.pos === 'NOUN')) {
    from = of + 1;
    while (from < words.length && determines(words[from]!)) from++;
  }
  let to = from;
  const joined = (j: number) => words[j]!.text === '-' && j + 1 < words.length && words[j - 1]!.end === words[j]!.start && words[j]!.end === words[j + 1]!.start;
  const possessive = (j: number) => /^['’]s$/.test(words[j]!.text) && words[j - 1]!.end === words[j]!.start;
  const ofNoun = (j: number) => j > from && /^(?:of|for)$/i.test(words[j]!.text) && words.slice(from, j).every((w) => !/^(?:of|for)$/i.test(w.text)) && j + 1 < words.length && (TOPIC_WORD.has(words[j + 1]!.pos) || words[j + 1]!.pos === 'DET');
  const names = (j: number) => words[j]!.text.toLowerCase() === 'and' && words[j - 1]!.pos === 'PROPN' && [words[j + 1], words[j + 2]].some((w, k) => w?.pos === 'PROPN' && (k === 0 || words[j + 1]!.pos === 'DET'));
  // "the movements and concentration of troops": two nouns that share what follows them.
  // ("a yellow oilskin and old fishing boots": the second may have its own adjectives.)
  const nouns = (j: number) => {
    if (words[j]!.text.toLowerCase() !== 'and' || words[j - 1]!.pos !== 'NOUN') return false;
    let k = j + 1;
    while (k < j + 3 && /^(?:ADJ|PROPN)$/.test(words[k]?.pos ?? '') && !QUANTIFIER.test(words[k]!.text)) k++;
    return words[k]?.pos === 'NOUN';
  };
  // "the possibility of a “hot war”": quotation marks around words of the phrase.
  const quoted = (j: number) => QUOTE_MARK.test(words[j]!.text) && j + 1 < words.length && TOPIC_WORD.has(words[j + 1]!.pos);
  const afterJoin = (j: number) => determines(words[j]!) && /^(?:of|for|and)$/i.test(words[j - 1]!.text);
  // "rewards for couples similar to those": an adjective after a common noun opens a phrase of its own (one
  // after a name may be its people's adjective: "European major nations").
  const postnominal = (j: number) => j > from && words[j]!.pos === 'ADJ' && words[j - 1]!.pos === 'NOUN';
  // "imported steel", "the fast growing debt": a participle before a noun describes it; one after a noun
  // ("issues including…") opens a clause of its own.
  const participle = (j: number) => (j === from || /^(?:ADJ|ADV)$/.test(words[j - 1]!.pos)) && words[j]!.pos === 'VERB' && /(?:ed|en|ing)$/i.test(words[j]!.text) && /^(?:NOUN|ADJ)$/.test(words[j + 1]?.pos ?? '');
  // "genetically-modified barley": a word hyphened to the next is part of the phrase, whatever its tag.
  const hyphened = (j: number) => (j + 2 < words.length && joined(j + 1)) || (j > 0 && joined(j - 1));
  while (to < words.length && to - from < TOPIC_WORDS && ((TOPIC_WORD.has(words[to]!.pos) && !postnominal(to)) || participle(to) || hyphened(to) || (to > from && (joined(to) || possessive(to) || ofNoun(to) || names(to) || nouns(to) || afterJoin(to) || quoted(to))))) to++;
  while (to > from && !TOPIC_WORD.has(words[to - 1]!.pos)) to--;
  // A quotation the phrase opens runs to its closing mark ("a “hot war in Europe”"), or is left out if that is far.
  const opened = words.findIndex((w, j) => j >= from && j < to && OPENING_MARK.test(w.text));
  if (opened >= 0 && !words.slice(opened + 1, to).some((w) => CLOSING_MARK.test(w.text))) {
    const closed = words.findIndex((w, j) => j >= to && j - from < TOPIC_WORDS + 2 && CLOSING_MARK.test(w.text));
    to = closed >= 0 ? closed + 1 : opened;
    while (closed < 0 && to > from && !TOPIC_WORD.has(words[to - 1]!.pos)) to--;
    if (to === from) return null;
  }
  if (to === from) return null;
  const listed = to < words.length ? listAfter(words, to) : null;
  if (listed) to = listed.end;
  const [start, end] = [words[from]!.start, words[to - 1]!.end];
  return { text: text.slice(start, end), start, end };
}

/**
 * The list that "including", "such as" or "like" opens at word `at`: its first and one-past-last words
 * ("including A, B and C"). Null when no such word stands there, or no item follows it.
 */
function listAfter(words: readonly TaggedWord[], at: number): { start: number; end: number } | null {
  const opener = words[at]!.text.toLowerCase();
  const asFollows = opener === 'such' && words[at + 1]?.text.toLowerCase() === 'as';
  if (!asFollows && opener !== 'including' && opener !== 'like') return null;
  const start = at + (asFollows ? 2 : 1);
  let end = start;
  // "… and crew pay.": a word tagged as a verb after a noun, ending the clause, is that noun's head; a verb
  // in the past tense there ("…, the union said.") is the clause's own.
  const lastNoun = (j: number) => words[j]!.pos === 'VERB' && !isPastTense(words[j]!.text.toLowerCase()) && TOPIC_WORD.has(words[j - 1]!.pos) && (j + 1 === words.length || words[j + 1]!.pos === 'PUNCT');
  // A comma after the last item ("… A or B, the union said") ends the list.
  const closed = (j: number) => words[j]!.text === ',' && words.slice(start, j).some((w) => /^(?:and|or)$/i.test(w.text));
  while (end < words.length && end - start < TOPIC_LIST_WORDS && !closed(end) && (TOPIC_WORD.has(words[end]!.pos) || /^(?:,|and|or|the|-)$/i.test(words[end]!.text) || (end > start && lastNoun(end)))) end++;
  while (end > start && !TOPIC_WORD.has(words[end - 1]!.pos) && !lastNoun(end - 1)) end--;
  return end > start ? { start, end } : null;
}

/** Nouns that name what is talked of: "which issues" is answered by "topics such as…" too. */
const TOPIC_NOUN = /^(?:topics?|subjects?|issues?|questions?|matters?|themes?)$/i;
const DENIAL = /^(?:not|never|no|n['’]t|without)$/i;

/**
 * The examples a sentence gives of the noun a question asks for: "which issues…" over "a range of issues
 * including A, B and C" is "A, B and C". Null when it gives none, or gives them in a clause whose denial
 * does not match `denied`: "did not touch on topics such as…" lists what was left out, which answers
 * "which topics were not discussed?" only.
 */
export function examplesOf(text: string, noun: string, denied = false): Candidate | null {
  const words = tagWords(text);
  const asked = normalizeTerm(noun);
  const isAsked = (word: string) => (TOPIC_NOUN.test(noun) ? TOPIC_NOUN.test(word) : normalizeTerm(word) === asked);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isAsked(words[i]!.text)) continue;
    const listed = listAfter(words, words[i + 1]!.text === ',' ? i + 2 : i + 1);
    if (!listed) continue;
    let clause = i;
    while (clause > 0 && words[clause - 1]!.pos !== 'PUNCT') clause--;
    if (words.slice(clause, i).some((w) => DENIAL.test(w.text)) !== denied) return null;
    const [start, end] = [words[listed.start]!.start, words[listed.end - 1]!.end];
    return { text: text.slice(start, end), start, end };
  }
  return null;
}

/** Nouns that name a role in a story, which the story fills: "the outcome", "the main topic", "their aim". */
const STORY_ROLE = /^(?:topics?|subjects?|themes?|outcomes?|results?|purposes?|goals?|aims?|reasons?|causes?|issues?|positions?|stances?|responses?|reactions?|demands?|messages?|agenda|focus|plans?|problems?|consequences?|headlines?|slogans?|mottos?|titles?|captions?|verdicts?)$/i;
/** Words that pick one thing out of the story: "the main topic", "the latest offer". */
export const SELECTIVE = /^(?:main|key|chief|primary|principal|central|biggest|largest|greatest|major|first|second|third|last|latest|final|next|only|real|actual|official|overall)$/i;
/** Words between a role's noun and the verb that fills it: "one of the main topics of the meeting was". */
const ROLE_REACH = 8;
/** How many words of what fills a role make an answer, at most. */
const FILLER_WORDS = 12;
const COPULA = /\s(?:is|are|was|were)\s+["“‘']?/i;
/** A quotation that fills a role is kept whole, up to so many words. */
const QUOTED_FILLER_WORDS = 24;

/**
 * The role noun a "what is/was …" question asks to be filled, or null: "what was the main topic of the
 * talks?" → "topic". Only a role noun with at most a determiner and words that pick one out before it:
 * "what is the graph isolation problem?" names a problem, and asks what it is.
 */
export function askedRole(question: string): string | null {
  const asked = /^what\s+(?:is|are|was|were)\s+(.+?)[\s?.!]*$/i.exec(question.trim())?.[1];
  const words = asked?.split(/\s+(?:of|for|behind|in|at|during|from)\s+/i)[0]!.split(/\s+/) ?? [];
  // "the main topic", "their aim", "Lind's next goal"
  let at = DETERMINER.test(words[0] ?? '') || /\p{L}['’]s?$/u.test(words[0] ?? '') ? 1 : 0;
  // ("the newspaper's headline": a possessive after the article, too.)
  while (at < words.length - 1 && (SELECTIVE.test(words[at]!) || /\p{L}['’]s?$/u.test(words[at]!))) at++;
  return at === words.length - 1 && STORY_ROLE.test(words[at]!) ? words[at]!.toLowerCase() : null;
}

/** "What was the atmosphere like?", "how was the mood at the talks?": the noun whose description is asked; null for other questions. */
export function describedNoun(question: string): string | null {
  const q = question.trim().replace(/[?.!\s]+$/, '').replace(/^\p{L}+/u, (first) => first.toLowerCase());
  const match =
    /^what\s+(?:is|are|was|were)\s+(?:the|their|its|his|her|our)\s+(\p{Ll}[\p{L}-]*)(?:\s+(?:of|at|during|in|on|between|with|after|before|among|from|for|around|within|inside|across|over)\s+.+?)?\s+like$/u.exec(q) ??
    /^how\s+(?:is|are|was|were)\s+(?:the|their|its|his|her|our)\s+(\p{Ll}[\p{L}-]*)(?:\s+(?:of|at|during|in|on|between|with|after|before|among|from|for|around|within|inside|across|over)\s+.+)?$/u.exec(q);
  // "What was the mood of the talks?": a noun of mood asks how they were, "like" or not.
  const mood = /^what\s+(?:is|are|was|were)\s+the\s+(\p{Ll}+)\s+(?:of|at|during|in|on|between|with|among|around)\s+.+$/u.exec(q)?.[1];
  return match?.[1] ?? (mood && isMoodNoun(mood) ? mood : null);
}

/** Adjectives that place a thing in time or among others ("the previous call", "a new round"): no description of it. */
const PLACING = /^(?:previous|new|former|current|recent|same|other|exact|further|possible|early|earlier|late|later|future|past|next|upcoming|initial)$/i;

/** Verbs that link a noun to what describes it: "the mood was tense", "the talks remained calm". */
const LINKING = /^(?:is|are|was|were|seemed|seems|remained|remains|became|felt)$/i;

/**
 * How a sentence describes the noun: the adjectives before it ("in a sincere and business-like
 * atmosphere") or after a linking verb ("the mood at the meeting was tense but polite"). Null when it
 * gives none.
 */
export function descriptionOf(text: string, noun: string): Candidate | null {
  const words = tagWords(text);
  const nouns = new Set([noun, ...synonymsOf(noun), ...(isMoodNoun(noun) ? kindredWords(noun) : [])].flatMap((word) => [word, `${word}s`]));
  const adjoining = (j: number) => words[j - 1]!.end === words[j]!.start;
  // "business-like": the pieces of a hyphenated word, joined.
  const describes = (j: number) => (words[j]!.pos === 'ADJ' && !PLACING.test(words[j]!.text) && !SELECTIVE.test(words[j]!.text)) || (words[j]!.text === '-' && adjoining(j) && j + 1 < words.length && adjoining(j + 1));
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.pos !== 'NOUN' || !nouns.has(words[i]!.text.toLowerCase())) continue;
    let from = i;
    const joins = (j: number) =>
      describes(j) || (j > 0 && /^(?:and|or|but|,)$/.test(words[j]!.text) && words[j - 1]!.pos === 'ADJ') || (words[j + 1]?.text === '-' && adjoining(j + 1)) || (j > 0 && words[j - 1]!.text === '-' && adjoining(j));
    while (from > 0 && joins(from - 1)) from--;
    if (words.slice(from, i).some((w) => w.pos === 'ADJ')) return spanOf(text, words, from, i);
    // "the date of the dialogue is unknown" describes the date: the noun must head what the verb describes.
    let head = i - 1;
    while (head >= 0 && (determines(words[head]!) || words[head]!.pos === 'ADJ')) head--;
    if (head >= 0 && /^(?:of|for)$/i.test(words[head]!.text)) continue;
    let link = i + 1;
    while (link < words.length && link - i <= ROLE_REACH && !LINKING.test(words[link]!.text) && words[link]!.pos !== 'PUNCT' && words[link]!.pos !== 'VERB') link++;
    if (link >= words.length || !LINKING.test(words[link]!.text)) continue;
    let to = link + 1;
    while (to < words.length && (describes(to) || words[to]!.pos === 'ADV' || (/^(?:and|or|but|,)$/.test(words[to]!.text) && words[to + 1]?.pos === 'ADJ'))) to++;
    if (words.slice(link + 1, to).some((w) => w.pos === 'ADJ')) return spanOf(text, words, link + 1, to);
  }
  return null;
}

/** Words a clause that tells which of a noun is meant opens with: "guarantees that rule out…". */
const RELATIVE = /^(?:that|which|who)$/i;

/**
 * "What guarantees does the union seek?" over "…interested in reliable, written guarantees that protect
 * night shifts": the noun asked for with what the sentence says of it, the words before it (at least one
 * adjective or participle among them) and a clause of "that" or "which" after it, to the next comma.
 * Null when the sentence gives the noun no such words.
 */
export function qualifiedNoun(text: string, noun: string): Candidate | null {
  const words = tagWords(text);
  const forms = new Set([noun, `${noun}s`, noun.replace(/s$/, '')]);
  const describes = (w: TaggedWord) => w.pos === 'ADJ' || (w.pos === 'VERB' && /(?:ed|en|wn)$/i.test(w.text)) || (w.pos === 'ADV' && /ly$/i.test(w.text));
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.pos !== 'NOUN' || !forms.has(words[i]!.text.toLowerCase())) continue;
    let from = i;
    while (from > 0 && (describes(words[from - 1]!) || (/^(?:,|and)$/.test(words[from - 1]!.text) && from > 1 && describes(words[from - 2]!)))) from--;
    if (!words.slice(from, i).some((w) => w.pos === 'ADJ' || w.pos === 'VERB')) continue;
    let to = i + 1;
    if (words[to] && RELATIVE.test(words[to]!.text) && words[to + 1]?.pos === 'VERB') {
      while (to < words.length && !/^[,;:]$/.test(words[to]!.text) && words[to]!.pos !== 'PUNCT') to++;
    }
    return spanOf(text, words, from, to);
  }
  return null;
}

/** The text of words `from` to one before `to`. */
function spanOf(text: string, words: readonly TaggedWord[], from: number, to: number): Candidate {
  const [start, end] = [words[from]!.start, words[to - 1]!.end];
  return { text: text.slice(start, end), start, end };
}

/** "Who was the highest-ranking woman?": the person noun whose holder is asked; null for other questions. */
export function askedHolder(question: string): string | null {
  const asked = /^who\s+(?:is|was|are|were)\s+(?:the|its|their|his|her|\p{Lu}[\p{L}-]*['’]s)\s+(.+?)[\s?.!]*$/iu.exec(question.trim())?.[1];
  const head = asked?.split(/\s+(?:of|for|in|at|on|from|among|with)\s+/i)[0]!.split(/\s+/).at(-1);
  return head && namesPerson(head) ? head.toLowerCase() : null;
}

/** A noun for a person: a role the answer layer knows, or a kind of person by WordNet ("actor", "woman"). */
function namesPerson(noun: string): boolean {
  return isPersonNoun(noun) || isKindOf(noun, 'person');
}

/** Capitalised words, joined: a name. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:de|da|van|von|der|al|bin)?\s*\p{Lu}[\p{L}'’-]*)*/u;

/**
 * The name a sentence gives the holder of the noun, on either side of "is" or "was": "the highest-ranking
 * woman on the list was Ada Lund", "Ada Lund was the second best-paid actor". Null when it gives none.
 */
export function holderNamed(text: string, noun: string): Candidate | null {
  const filler = roleFiller(text, noun);
  const forward = filler ? NAME_RUN.exec(filler.text) : null;
  if (forward && forward.index === 0) return { text: forward[0], start: filler!.start, end: filler!.start + forward[0].length };
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const backward = new RegExp(String.raw`(${NAME_RUN.source})\s+(?:is|was|became|remains|remained)\s+(?:[^,.;:]{0,60}?\s)?${escaped}s?\b`, 'u').exec(text);
  if (backward) return { text: backward[1]!, start: backward.index, end: backward.index + backward[1]!.length };
  // "Actor Ada Lund has beaten Ola Berg to become the best-paid actor": the subject becomes it.
  if (!new RegExp(String.raw`\bto\s+become\s+(?:[^,.;:]{0,60}?\s)?${escaped}s?\b`, 'iu').test(text)) return null;
  const subject = NAME_RUN.exec(text);
  if (!subject) return null;
  // A title before the name ("Actor", "Mayor") is not part of it.
  const titled = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(subject[0]);
  const skip = titled && namesPerson(titled[1]!) ? titled[0].length : 0;
  return { text: subject[0].slice(skip), start: subject.index + skip, end: subject.index + subject[0].length };
}

/**
 * What a sentence says fills the role, by its noun or a synonym, then "is" or "was" in the same clause:
 * "one of the main topics of the meeting was the situation in the region" fills "topic". Null when none does.
 */
export function roleFiller(text: string, role: string): Candidate | null {
  const singular = role.replace(/s$/, '');
  const nouns = new Set([singular, ...synonymsOf(singular)].flatMap((noun) => [noun, `${noun}s`]));
  for (const match of text.matchAll(WORD)) {
    if (!nouns.has(match[0].toLowerCase())) continue;
    const after = match.index! + match[0].length;
    // "under the headline: “Dozing Through the Crisis.”": a quotation right after the noun fills it.
    const named = /^\s*:?\s*["“‘]([^"”’]{1,200}?)[.,!?]?["”’]/.exec(text.slice(after));
    if (named) {
      const start = after + named[0].indexOf(named[1]!);
      return { text: named[1]!, start, end: start + named[1]!.length };
    }
    // "his next goal is: “…”": a colon after the copula opens what fills the role (same length, offsets kept).
    const rest = text.slice(after).replace(/^((?:\s+[\p{L}'’-]+){0,8}?\s+(?:is|are|was|were)):/iu, '$1 ');
    const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length);
    const copula = COPULA.exec(clause);
    if (!copula || (clause.slice(0, copula.index).match(WORD) ?? []).length > ROLE_REACH) continue;
    const opening = /^["“‘']/.test(text.slice(after + copula.index + copula[0].length)) ? 1 : 0;
    const from = after + copula.index + copula[0].length + opening;
    const tail = text.slice(from);
    // A quotation fills the role whole, up to its closing mark.
    const quoted = opening === 1 || /["“‘']$/.test(copula[0]);
    const stop = quoted ? /["”’]/.exec(tail)?.index : CLAUSE_END.exec(tail)?.index;
    const words = [...tail.slice(0, stop ?? tail.length).matchAll(WORD)].slice(0, quoted ? QUOTED_FILLER_WORDS : FILLER_WORDS);
    if (words.length === 0) continue;
    const last = words.at(-1)!;
    const [start, end] = [from + words[0]!.index!, from + last.index! + last[0].length];
    return { text: text.slice(start, end), start, end };
  }
  return null;
}
