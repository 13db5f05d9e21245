import { FUNCTION_WORDS, PREPOSITIONS, ROLE_NOUNS, VERB_MODIFIERS, isPronoun, type Token } from '../../text/phrases.js';
import { remembered } from '../../text/memo.js';

/**
 * Speech verbs: a compact seed of core reporting verbs, extended from the corpus itself. Next to a
 * quotation the attribution has a fixed shape ("...,” Okafor referred", "...,” concluded Lindqvist",
 * "She tweeted: “..."), so the word standing in the verb's place is a speech verb even when no list
 * knows it. Verbs are compared by a crude base form, so one form learned covers the others.
 */

const SEED =
  'say tell state add note explain stress claim argue insist warn ask reply respond write announce declare ' +
  'confirm deny report conclude admit acknowledge suggest predict comment remark recall tweet emphasize ' +
  'emphasise assert urge complain promise vow caution observe';

/**
 * Verbs that report a clause without being speech next to a quotation: thought, belief, expectation and
 * evidence ("X believes that ...", "the report found that ..."). They make statements, never quote cues.
 */
const REPORTING =
  'believe think expect hope fear worry doubt agree allege contend maintain reiterate disclose concede signal ' +
  'testify assure inform remind hint recount insist deny argue acknowledge predict assume conclude suspect ' +
  'estimate forecast speculate guess reckon feel know learn realize realise understand recognize recognise remember ' +
  'imagine anticipate wonder';

/**
 * Verbs that report a stance on something rather than a clause: what follows the verb is what was said
 * ("called for an inquiry", "accused the mayor of lying", "urged voters to stay home").
 */
const STANCE =
  'call accuse criticize criticise praise endorse defend describe urge vow promise pledge propose demand ' +
  'dismiss blame condemn reject cite refer decline refuse threaten welcome slam blast question oppose want ' +
  'support back seek express speak talk discuss mention denounce attack plan intend decide prefer favor favour ' +
  'tout boast highlight portray embrace dispute challenge applaud hail mock ridicule decry deride lambaste offer ' +
  'vote consider push focus view point advocate promote encourage ignore request address voice try issue raise share deliver';

/** Speech verbs that report an object when no clause follows: "announced his candidacy", "asked about the merger". */
const OBJECT = 'announce ask report deny confirm acknowledge admit predict reiterate recall raise';

/** Verbs whose content must open with "that" or a name: "the poll found that ...", not "police found a body". */
const EVIDENCE = 'show find suggest indicate reveal';

/** Base forms that are rarely nouns, so "they say", "analysts believe" report speech. */
const BARE = new Set(['want', 'say', 'think', 'believe', 'expect', 'argue', 'insist', 'agree', 'contend', 'maintain', 'suggest', 'predict', 'acknowledge', 'warn', 'tell', 'claim', 'deny', 'show', 'find', 'suspect', 'worry', 'fear', 'hope', 'feel', 'doubt']);

/** Verbs whose listener stands between the verb and the reported clause: "told reporters that ...". */
const LISTENER = new Set(['tell', 'ask', 'warn', 'assure', 'inform', 'remind', 'urge', 'convince', 'persuade', 'advise', 'caution']);

const IRREGULAR = new Map<string, string>([
  ['thought', 'think'],
  ['found', 'find'],
  ['felt', 'feel'],
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['sought', 'seek'],
  ['knew', 'know'],
  ['known', 'know'],
]);

/** A base form good enough to match inflections: "concluded", "concludes", "concluding" → "conclud". */
export function verbKey(word: string): string {
  return verbKeyOfLower(word.toLowerCase());
}

/** Asked for every inflected word of every sentence: the same words recur. */
const verbKeyOfLower = remembered((lower: string): string => {
  let w = lower;
  w = IRREGULAR.get(w) ?? w;
  if (/(ies|ied)$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('eed') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && !/[aeiou]es$/.test(w.slice(-4))) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  // "agree" keeps its double "e", so that "agreed" finds it.
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 3) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}, 50_000);

/** An inflected verb form: "-s", "-ed" or an irregular past. A bare base form is too often a noun. */
function looksLikeVerb(token: Token): boolean {
  if (!/^\p{Ll}+$/u.test(token.text) || token.text.length < 3) return false;
  if (FUNCTION_WORDS.has(token.lower) || ROLE_NOUNS.has(token.lower)) return false;
  return IRREGULAR.has(token.lower) || /ed$/.test(token.lower) || (/s$/.test(token.lower) && !/ss$/.test(token.lower));
}

const REPORTING_KEYS = new Set(REPORTING.split(' ').map(verbKey));
const EVIDENCE_KEYS = new Set(EVIDENCE.split(' ').map(verbKey));
const STANCE_KEYS = new Set(STANCE.split(' ').map(verbKey));
const OBJECT_KEYS = new Set(OBJECT.split(' ').map(verbKey));

/** How a verb reports: speech or thought take a clause, evidence a marked clause, a stance its object. */
export type ReportSort = 'speech' | 'thought' | 'evidence' | 'stance';
const LISTENER_KEYS = new Set([...LISTENER].map(verbKey));
/** Verbs that take a clause and hardly any noun object. */
const CLAUSE_KEYS = new Set(['say', 'think', 'believe', 'argue', 'insist', 'contend', 'add', 'tell'].map(verbKey));

export class SpeechVerbs {
  private readonly keys: Set<string>;
  /** Verdicts by lower-cased word: the same words recur across a corpus. */
  private readonly known = new Map<string, boolean>();

  constructor(
    /** Forms learned from the corpus beyond the seed, for reports. */
    readonly learned: readonly string[] = [],
  ) {
    this.keys = new Set([...SEED.split(' ').map(verbKey), ...learned.map(verbKey)]);
  }

  /**
   * A verb that reports: a speech verb, or one of thought, evidence or stance ("believes", "found", "called
   * for"). A base form counts when the list says it is rarely a noun, or when `bare` says the words before
   * make it a verb ("critics call", "would support").
   */
  reports(token: Token, bare = false): ReportSort | null {
    if (!token.word || token.cap) return null;
    const lower = token.lower;
    const inflected = IRREGULAR.has(lower) || /(s|ed|ing)$/.test(lower);
    if ((!inflected && !bare && !BARE.has(lower)) || FUNCTION_WORDS.has(lower)) return null;
    const key = verbKeyOfLower(lower);
    if (EVIDENCE_KEYS.has(key)) return 'evidence';
    if (STANCE_KEYS.has(key)) return 'stance';
    if (this.keys.has(key)) return 'speech';
    return REPORTING_KEYS.has(key) ? 'thought' : null;
  }

  /** A speech verb whose object is what was said when no clause follows ("announced his candidacy"). */
  takesObject(token: Token): boolean {
    return OBJECT_KEYS.has(verbKey(token.lower));
  }

  /** A verb whose object can only be a clause or "so" / "nothing": "said the plan failed". */
  takesClause(token: Token): boolean {
    return CLAUSE_KEYS.has(verbKey(token.lower));
  }

  /** The verb's listener may stand before its clause: "told reporters", "warned the council". */
  takesListener(token: Token): boolean {
    return LISTENER_KEYS.has(verbKey(token.lower));
  }

  /** An inflected form of a known speech verb ("said", "stated", "adds"); bare "state", "report", "note" are too often nouns. */
  has(token: Token): boolean {
    if (!token.word || token.cap) return false;
    let verdict = this.known.get(token.lower);
    if (verdict === undefined) {
      const lower = token.lower;
      const inflected = IRREGULAR.has(lower) || /(s|ed|ing)$/.test(lower) || lower === 'say';
      verdict = inflected && !FUNCTION_WORDS.has(lower) && this.keys.has(verbKey(lower));
      this.known.set(lower, verdict);
    }
    return verdict;
  }
}

/** Collects the words found in a speech verb's slot next to quotations, then yields the verb set. */
export class SpeechVerbLearner {
  private readonly seed = new SpeechVerbs();
  private readonly found = new Map<string, string>();

  /**
   * Tokens after a quotation that ends with a comma, "?" or "!" inside the marks: the attribution
   * follows. Either the verb comes first ("concluded Lindqvist") or a short subject does ("the Foreign Ministry
   * persuades", "Okafor referred to ...").
   */
  observeAfter(tokens: readonly Token[]): void {
    let i = 0;
    while (i < tokens.length && !tokens[i]!.word) i++;
    const first = tokens[i];
    const next = tokens[i + 1];
    if (!first) return;
    if (looksLikeVerb(first) && next && (next.cap || next.lower === 'the')) return this.note(first);
    const subjectEnd = shortSubjectEnd(tokens, i);
    if (subjectEnd < 0) return;
    const verb = tokens[subjectEnd];
    const after = tokens[subjectEnd + 1];
    if (verb && looksLikeVerb(verb) && endsClause(after)) this.note(verb);
  }

  /** Tokens before a quotation's opening mark: "She tweeted: “...", "He says, “...". */
  observeBefore(tokens: readonly Token[]): void {
    const mark = tokens[tokens.length - 1];
    const verb = tokens[tokens.length - 2];
    const subject = tokens[tokens.length - 3];
    if (!mark || !verb || !subject || (mark.text !== ':' && mark.text !== ',')) return;
    if (looksLikeVerb(verb) && (isPronoun(subject) || (subject.cap && !FUNCTION_WORDS.has(subject.lower)))) this.note(verb);
  }

  verbs(): SpeechVerbs {
    const learned = [...this.found.values()].sort();
    return new SpeechVerbs(learned);
  }

  private note(token: Token): void {
    if (this.seed.has(token)) return;
    const key = verbKey(token.lower);
    if (!this.found.has(key)) this.found.set(key, token.lower);
  }
}

/** Where a short subject ends: a pronoun, up to four capitalised words, or "the" and up to three words. */
function shortSubjectEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first) return -1;
  if (isPronoun(first)) return i + 1;
  let j = i;
  if (first.lower === 'the') {
    j++;
    while (j < tokens.length && j - i <= 3 && tokens[j]!.word && !looksLikeVerb(tokens[j]!)) j++;
    return j > i + 1 ? j : -1;
  }
  while (j < tokens.length && j - i < 4 && tokens[j]!.cap && !FUNCTION_WORDS.has(tokens[j]!.lower)) j++;
  return j > i ? j : -1;
}

/** After a speech verb comes the end of the clause, a preposition, an adverb ("again"), or its object ("told Reuters"). */
function endsClause(token: Token | undefined): boolean {
  if (!token || !token.word || token.cap || isPronoun(token)) return true;
  return PREPOSITIONS.has(token.lower) || VERB_MODIFIERS.has(token.lower) || /ly$/.test(token.lower);
}
