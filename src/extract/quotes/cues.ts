import { isNameLike } from '../people/mentions.js';
import { DOCUMENT_NOUNS, FUNCTION_WORDS, NOUN_MARKERS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, VERB_MODIFIERS, isPossessive, type Token } from '../../text/phrases.js';
import { verbKey, type ReportSort, type SpeechVerbs } from './speech-verbs.js';
import { isPastTense } from '../../text/analyzer.js';

/**
 * Attribution cues: where the words that name a speaker stand next to a quotation or a reported
 * statement. Each finder returns the speaker phrase's tokens and the span of the whole cue; reading
 * the phrase (name, pronoun, description) is left to `readMention`.
 */

export interface Cue {
  /** The tokens that name the speaker. */
  phrase: Token[];
  /** The speech verb stands after the phrase ("Okafor said") rather than before it ("said Okafor"). */
  verbAfter: boolean;
  start: number;
  end: number;
  /** "is stated in the report": the phrase names where the words were published. */
  passive: boolean;
}

const LEAD = /^[,–—―:-]$/;
const STOP_BACK = /^[.;:“”"‘«»!?]$/;
/** Words that open a clause: a subject never reaches back past them. */
const CLAUSE_OPENERS = new Set(['that', 'what', 'who', 'whom', 'whose', 'which', 'when', 'because', 'if', 'while', 'as', 'since', 'although', 'though', 'whether', 'where', 'after', 'before', 'and', 'but']);
/** Within a speaker phrase "and" may join titles ("an economist and tax expert"); these still end it. */
const PHRASE_ENDERS = new Set(['that', 'who', 'whom', 'which', 'when', 'because', 'if', 'while', 'since', 'although', 'whether', 'where']);
const DASH = /^[–—―-]$/;
/** What ends a subject that precedes its verb; a relative clause ("Smith, who ..., said") does not. */
const CLAUSE_ENDERS = new Set(['that', 'because', 'if', 'when', 'while', 'since', 'although', 'whether', 'where']);

/**
 * After a closing mark: "...,” Okafor said", "...,” said Lindqvist", "...,” is stated in the report".
 * With `tight` (no comma closed the quotation: "...” Flynn said"), the verb must come within a few words.
 */
export function cueAfter(tokens: readonly Token[], verbs: SpeechVerbs, tight = false): Cue | null {
  let i = 0;
  while (i < tokens.length && LEAD.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || !first.word) return null;
  const end = clauseEnd(tokens, i);
  if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') return phraseCue(tokens, i, i + 2, end);
  // "...” ― Azucena Gonzàlez": a name alone after a dash signs the quotation.
  if (i > 0 && DASH.test(tokens[i - 1]!.text) && end - i <= 6 && tokens.slice(i, end).every((t) => t.cap || !t.word || t.text === ',')) {
    return phraseCue(tokens, i - 1, i, end);
  }
  if (speechVerbAt(tokens, i, verbs)) {
    let from = i + 1;
    // "said, for example, the aide ...": step over a short aside.
    if (tokens[from]?.text === ',') {
      const close = tokens.findIndex((t, k) => k > from && t.text === ',');
      if (close > 0 && close - from <= 4) from = close + 1;
    }
    // "said 9/11 widow Terry Strada": the phrase opens like a subject or soon holds a name. "told X" names the listener.
    const phraseEnd = invertedEnd(tokens, from, end, verbs);
    const subject = tokens[from];
    if (!subject || verbKey(first.lower) === verbKey('tell')) return null;
    if (!startsSubject(subject) && !tokens.slice(from, Math.min(phraseEnd, from + 4)).some(isNameLike)) return null;
    return phraseCue(tokens, i, from, phraseEnd);
  }
  if (/^(is|was|are|were)$/.test(first.lower)) {
    const verb = tokens[i + 1];
    const by = tokens[i + 2];
    if (!verb || !by || !verbs.has(verb) || !/^(in|by)$/.test(by.lower)) return null;
    const cue = phraseCue(tokens, i, i + 3, end);
    return cue ? { ...cue, passive: by.lower === 'in' } : null;
  }
  for (let j = i + 1; j < end && j - i <= (tight ? 6 : 25); j++) {
    if (CLAUSE_ENDERS.has(tokens[j]!.lower)) return null;
    if (speechVerbAt(tokens, j, verbs)) {
      const phrase = trimModifiers(tokens.slice(i, j));
      // "panel Chairman Rep. Jason Chaffetz said": any opening will do when the phrase holds a name.
      if (phrase.length === 0 || (!startsSubject(first) && !phrase.some(isNameLike) && !namesGroup(phrase))) return null;
      return { phrase, verbAfter: true, start: tokens[i]!.start, end: tokens[j]!.end, passive: false };
    }
  }
  return null;
}

/** A speech verb used as a verb: not after an article or a preposition ("of reports"), not passive or infinitive. */
function speechVerbAt(tokens: readonly Token[], i: number, verbs: SpeechVerbs): boolean {
  const token = tokens[i];
  if (!token || !verbs.has(token)) return false;
  const previous = tokens[i - 1];
  return !previous || (!NOUN_MARKERS.has(previous.lower) && !/^(be|been|being)$/.test(previous.lower));
}

/** Nouns for a body of people that take no plural "-s". */
const COLLECTIVE = /^(police|staff|people|public|clergy|military|press)$/;

/** "officials said", "federal investigators say": a short phrase whose head is a role or people in the plural. */
export function namesGroup(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1];
  return !!head && phrase.length <= 4 && !head.cap && isGroupNoun(head.lower);
}

/** A noun for people: a role ("aides"), a plural ("voters"), a body ("police"). */
export function isGroupNoun(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower)) return false;
  return COLLECTIVE.test(lower) || ROLE_NOUNS.has(lower.replace(/s$/, '')) || /[^su]s$/.test(lower);
}

/** A word that can open a speaker phrase: a name, a pronoun, an article, a title. */
function startsSubject(token: Token): boolean {
  return isNameLike(token) || PRONOUNS.has(token.lower) || /^(the|a|an|one|two|some|these|those|his|her|its|their|our|several|many)$/.test(token.lower) || ROLE_NOUNS.has(token.lower);
}

/** After "said Caddell": the phrase stops at a clause ("who", "adding", "that") or a second verb. */
function invertedEnd(tokens: readonly Token[], from: number, end: number, verbs: SpeechVerbs): number {
  for (let k = from + 1; k < end; k++) {
    const token = tokens[k]!;
    if (PHRASE_ENDERS.has(token.lower) || speechVerbAt(tokens, k, verbs)) return k;
  }
  return end;
}

/** A cue whose words open at `cueFrom` ("said", "according to") and whose speaker phrase runs from `from` to `end`. */
function phraseCue(tokens: readonly Token[], cueFrom: number, from: number, end: number): Cue | null {
  const phrase = tokens.slice(from, end);
  if (!phrase.some((t) => t.word)) return null;
  return { phrase, verbAfter: false, start: tokens[cueFrom]!.start, end: phrase[phrase.length - 1]!.end, passive: false };
}

/** Where the clause after a quotation ends: a full stop or an opening mark. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    // An abbreviation's full stop ("(R-Fla.) said", "R-Ky., said") ends nothing.
    if (token.text === '.' && /^[),]$/.test(tokens[k + 1]?.text ?? '')) continue;
    if (/^[.;“"‘«!?]$/.test(token.text)) return k;
  }
  return tokens.length;
}

function trimModifiers(phrase: Token[]): Token[] {
  let to = phrase.length;
  while (to > 0 && (isModifier(phrase[to - 1]!) || !phrase[to - 1]!.word)) to--;
  return phrase.slice(0, to);
}

/**
 * Before an opening mark. Adjacent: the verb ends the words before the mark ("Tomas Okafor stated
 * that “...", "declared “..."), or stands a few words before a comma or colon ("He says of Okafor,
 * “...", "She told reporters: “..."); "According to X, “..." too. Otherwise the clause's outermost
 * attribution counts ("Berg said during the discussion that the alliance attempts to “conquer” the valley").
 */
export function cueBefore(tokens: readonly Token[], verbs: SpeechVerbs, adjacent: boolean): Cue | null {
  let end = tokens.length;
  let punctuated = false;
  while (end > 0 && /^[,:—–―-]$|^that$/.test(tokens[end - 1]!.lower)) {
    if (/^[,:]$/.test(tokens[end - 1]!.text)) punctuated = true;
    end--;
  }
  if (adjacent) {
    const according = findAccording(tokens, end);
    if (according && according.end === tokens[end - 1]?.end) return according;
    const reach = Math.max(0, punctuated ? end - 5 : end - 1);
    for (let v = end - 1; v >= reach; v--) {
      if (STOP_BACK.test(tokens[v]!.text)) break;
      if (!speechVerbAt(tokens, v, verbs)) continue;
      // A participle takes the clause's subject ("He defended the remark, saying, “..."), unless a name
      // stands right before it ("footage of Mara Okafor asking, “..."); so does a second verb of the
      // clause ("She urges him to stay and repeatedly says, “...").
      const participle = /ing$/.test(tokens[v]!.lower) && !isNameLike(tokens[v - 1]);
      return participle ? leadingSubject(tokens, v) : subjectBefore(tokens, v) ?? leadingSubject(tokens, v);
    }
    return null;
  }
  const according = findAccording(tokens, end);
  if (according) return according;
  let clauseStart = 0;
  for (let v = 0; v < end; v++) {
    if (STOP_BACK.test(tokens[v]!.text)) clauseStart = v + 1;
    if (!speechVerbAt(tokens, v, verbs) || /ing$/.test(tokens[v]!.lower)) continue;
    const cue = subjectBefore(tokens, v, clauseStart);
    if (cue) return cue;
  }
  return null;
}

/** "According to X, ..." anywhere before `end`: the phrase runs to the next comma. */
function findAccording(tokens: readonly Token[], end: number): Cue | null {
  for (let k = end - 2; k >= 0; k--) {
    if (tokens[k]!.lower !== 'according' || tokens[k + 1]?.lower !== 'to') continue;
    let stop = k + 2;
    while (stop < end && tokens[stop]!.text !== ',') stop++;
    return phraseCue(tokens, k, k + 2, stop);
  }
  return null;
}

/** The subject that stands before a speech verb: back over modifiers, then to the clause's start. */
function subjectBefore(tokens: readonly Token[], verb: number, floor = 0, quoted: (i: number) => boolean = () => false): Cue | null {
  let end = verb;
  while (end > floor && isModifier(tokens[end - 1]!)) end--;
  let start = end;
  while (start > floor && end - start < 30) {
    const previous = tokens[start - 1]!;
    if (STOP_BACK.test(previous.text) || CLAUSE_OPENERS.has(previous.lower) || quoted(start - 1)) break;
    start--;
  }
  const phrase = tokens.slice(start, end);
  if (!phrase.some((t) => t.word)) return null;
  return { phrase, verbAfter: true, start: phrase[0]!.start, end: tokens[verb]!.end, passive: false };
}

/** "He then defended the remark, saying, “...": the subject of the clause a participle hangs on. */
function leadingSubject(tokens: readonly Token[], verb: number): Cue | null {
  let start = verb;
  while (start > 0 && verb - start < SUBJECT_REACH && !STOP_BACK.test(tokens[start - 1]!.text)) start--;
  return clauseSubject(tokens, start, verb);
}

/** How many tokens back a clause's subject is looked for: any real clause, while a run-on one stays linear. */
const SUBJECT_REACH = 80;

/**
 * The noun phrase that opens a clause, after any introductory phrase set off by a comma: "Moll called on
 * his colleague to “de-escalate ...”" is Moll's wording even though "call on" is no speech verb.
 */
export function clauseSubject(tokens: readonly Token[], from = 0, to = tokens.length): Cue | null {
  if (from >= to) return null;
  // "Then she shattered party norms, pledging ...": past an opening adverb to the subject.
  let start = from;
  while (start < to - 1 && OPENING_ADVERB.test(tokens[start]!.lower)) start++;
  if (!isSubjectWord(tokens[start]!)) start = from;
  let comma = from;
  while (comma < to && comma - from <= 15 && tokens[comma]!.text !== ',') comma++;
  // "During a national security speech earlier in the day, Halvorsen attacked ...": skip the opening phrase.
  if (comma > from && comma < to && tokens[comma]!.text === ',' && !isSubjectWord(tokens[start]!)) start = comma + 1;
  let end = start;
  while (end < to && isSubjectWord(tokens[end]!)) end++;
  if (end === start || !tokens.slice(start, end).some((t) => isNameLike(t) || PRONOUNS.has(t.lower))) return null;
  return { phrase: tokens.slice(start, end), verbAfter: true, start: tokens[start]!.start, end: tokens[end - 1]!.end, passive: false };
}

const OPENING_ADVERB = /^(then|now|later|also|still|so|yet|instead|meanwhile|but|and|however|indeed|finally|again|even)$/;

function isSubjectWord(token: Token): boolean {
  return isNameLike(token) || /^(he|she|they|we|it)$/.test(token.lower) || /^(the|a|an|'s|’s)$/.test(token.lower) || ROLE_NOUNS.has(token.lower);
}

export interface StatementCue {
  /** Who reports the clause; null for an impersonal report ("it was reported that ..."). */
  cue: Cue | null;
  /** The reporting words when no one is named: "it was reported that". */
  words: { start: number; end: number };
  /** The cue is a bare name ("Graham: ..."): only a person or institution the article names will do. */
  bareName?: boolean;
  /** The reported words: a clause of the sentence. */
  start: number;
  end: number;
}

export interface Report extends StatementCue {
  /** Reported inside another report of the sentence ("X said that Y told him ..."): Y does not take the turn. */
  inner: boolean;
}

/** Finite verbs and auxiliaries: a clause follows a reporting verb when one comes soon ("said people here should leave"). */
const FINITE = /^(?:(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do)(?:n['’]t)?|(?:wo|ca)n['’]t)$/;
const BE = /^(is|was|are|were|be|been|being)$/;
/** Reports kept per sentence: nesting goes two or three deep, and a run-on "sentence" of thousands stays linear. */
const MAX_REPORTS = 6;
/** What opens a marked clause or an embedded question after a reporting verb ("asked whether ..."). */
const CLAUSE_MARKS = /^(that|whether|if|how|why|what)$/;
const QUESTION_WORDS = /^(whether|if|how|why|what)$/;
/** Words that open a clause's subject: "said the plan ...", "said all staff ...". */
const CLAUSE_OPENING = /^(the|a|an|this|these|those|there|his|her|their|its|our|it|all|most|many|some|several|both|few|no|every|each)$/;

/**
 * Reported speech in one sentence, outside its quotations, every shape and every level: "According to X,
 * ...", "In X's view, ...", "..., X said.", "X said (that) ...", "X told reporters ...", "X believes ...",
 * "the report found that ...", "..., saying that ...", "it was reported that ...", and the inner report
 * of "X said that Y told him ...". `quoted(i)` tells whether token i stands inside quotation marks.
 */
export function findStatements(sentence: readonly Token[], verbs: SpeechVerbs, quoted: (i: number) => boolean): Report[] {
  const tokens = titleCased(sentence) ? sentence.map((t) => (t.cap && verbs.reports({ ...t, cap: false }) ? { ...t, cap: false } : t)) : sentence;
  const last = lastWordIndex(tokens);
  if (last < 0) return [];
  const sentenceEnd = tokens[last]!.end;
  const found: StatementCue[] = [];
  const opening = openingStatement(tokens, last);
  if (opening) found.push(opening.statement);
  const tail = trailingStatement(tokens, last, verbs, quoted);
  if (tail) found.push(tail.statement);
  // Words before a trailing cue end there: "Smith said the plan failed, officials added."
  const end = tail ? tail.statement.end : sentenceEnd;

  let floor = opening?.from ?? 0;
  for (let v = 1; v <= last && found.length < MAX_REPORTS; v++) {
    const verb = tokens[v]!;
    if (quoted(v) || (tail && v >= tail.from)) continue;
    const hedged = hedgedStatement(tokens, v, last, floor);
    if (hedged) {
      found.push({ ...hedged, end });
      continue;
    }
    const owned = ownedReport(tokens, v, last, floor, quoted);
    if (owned) {
      found.push(owned);
      continue;
    }
    const sort = verbs.reports(verb, verbBefore(tokens[v - 1]!));
    // "of reports", "Smith's comments": a noun.
    if (!sort || NOUN_MARKERS.has(tokens[v - 1]!.lower) || isPossessive(tokens[v - 1])) continue;
    // "is telling voters": a progressive is active; "was told", "is believed" are passive.
    const progressive = /ing$/.test(verb.lower) && BE.test(tokens[v - 1]!.lower);
    if (BE.test(tokens[v - 1]!.lower) && !progressive) {
      const impersonal = impersonalStatement(tokens, v, last);
      if (impersonal) found.push({ ...impersonal, end });
      continue;
    }
    const participle = /ing$/.test(verb.lower) && !progressive;
    const cue = plainSubject(afterReport(participle ? participleSubject(tokens, v, floor, quoted) : finiteSubject(tokens, v, floor, quoted, opening?.from ?? 0), verbs));
    if (!cue || (sort === 'stance' && pluralNoun(verb, cue))) continue;
    const study = namesStudy(cue.phrase);
    let content = parenthetical(tokens, v, cue) ? 0 : contentAfter(tokens, v, last, sort, verbs.takesListener(verb), verbs.takesClause(verb), study);
    if (content < 0 && verbs.takesObject(verb)) content = contentAfter(tokens, v, last, 'stance', false);
    if (content < 0) continue;
    if (tokens[content - 1] && CLAUSE_MARKS.test(tokens[content - 1]!.lower) && !participle) cue.end = tokens[content - 1]!.end;
    found.push({ cue, words: cue, start: tokens[content]!.start, end });
    // An inner report's subject starts after this verb: "X said that Y told him ...".
    floor = v + 1;
  }
  const according = midAccording(tokens, last, opening?.from ?? 0);
  // A closing "..., according to X." is the trailing cue already.
  if (according && found.length < MAX_REPORTS && !(tail && according.words.start >= tokens[tail.from]!.start)) found.push(according);
  // Reported words that open with a quotation are the quotation's.
  const kept = found.filter((report) => !quoted(firstFrom(tokens, report.start)));
  const reports = kept.map((report) => ({ ...report, inner: kept.some((outer) => outer !== report && report.words.start >= outer.start && report.words.start < outer.end) }));
  // "Smith said the race appears closer": a hedge inside someone's report is theirs, not a report of its own.
  return reports.filter((report) => report.cue || !report.inner);
}

/** A headline in title case ("Halvorsen Says He Will Win"): every word but the short grammar words capitalised. */
function titleCased(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    const code = t.text.charCodeAt(0);
    if (!t.word || (code >= 48 && code <= 57)) continue;
    if (!t.cap && !(FUNCTION_WORDS.has(t.lower) && t.lower.length <= 4)) return false;
    words++;
  }
  return words >= 4;
}

/** The index of the first item (in text order) that starts at or after `offset`, by bisection. */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What finds or shows things as evidence: "the survey found", "records show". */
const STUDIES = /^(polls?|polling|surveys?|study|studies|reviews?|analysis|analyses|research|data|papers?|records?|findings|results|numbers|figures|photos?|videos?|footage|documents?|reports?|ledgers?|e-?mails?|filings?|audits?|investigations?|tests?|evidence|statistics|estimates?)$/;

/** A phrase for a study, a poll or a document: "a congressional report", "exit polls reported by the networks". */
export function namesStudy(phrase: readonly Token[]): boolean {
  return phrase.some((t) => !t.cap && (STUDIES.test(t.lower) || DOCUMENT_NOUNS.has(t.lower)));
}

const CONJUNCTION = /^(but|and|yet|so|still|however|also)$/;

/** What reports findings of its own: "in a new poll". */
const POLLS = /^(polls?|polling|surveys?|study|studies|analysis|research)$/;

const VIEW_WORDS = /^(view|opinion|estimation|judgment|judgement|words)$/;

/** "keeps saying she opposed ...": the subject is what follows the last reporting verb in the phrase. */
function afterReport(cue: Cue | null, verbs: SpeechVerbs): Cue | null {
  if (!cue) return null;
  let k = cue.phrase.length - 1;
  while (k >= 0 && !verbs.reports(cue.phrase[k]!)) k--;
  if (k < 0) return cue;
  const phrase = cue.phrase.slice(k + 1);
  return phrase.some((t) => t.word) ? { ...cue, phrase, start: phrase[0]!.start } : null;
}

/**
 * An auxiliary ends no subject: "none of the journalists could find" speaks through "none of the
 * journalists"; "this is related to the processes described" has no speaker at all.
 */
function plainSubject(cue: Cue | null): Cue | null {
  if (!cue) return null;
  let end = cue.phrase.length;
  while (end > 0 && FINITE.test(cue.phrase[end - 1]!.lower)) end--;
  const phrase = cue.phrase.slice(0, end);
  if (!phrase.some((t) => t.word) || (/^(this|that|it|there)$/.test(phrase[0]!.lower) && FINITE.test(phrase[1]?.lower ?? ''))) return null;
  return end === cue.phrase.length ? cue : { ...cue, phrase };
}

/** "They contain calls for ...": a stance verb in -s after a phrase with no name that ends in no pronoun is a plural noun. */
function pluralNoun(verb: Token, cue: Cue): boolean {
  // "Ana Ruiz, an early critic of the toll, calls ...": the name stands before the apposition.
  const subject = cue.phrase.findLast((t) => t.word);
  return /[^s]s$/.test(verb.lower) && !cue.phrase.some(isNameLike) && !(subject && PRONOUNS.has(subject.lower));
}

/** The subject of a finite reporting verb; "He called the actions lawful, and said ...": the clause's subject. */
function finiteSubject(tokens: readonly Token[], v: number, floor: number, quoted: (i: number) => boolean, sentenceFloor = floor): Cue | null {
  // From the sentence's (or the inner report's) start, over any quotation: "She declared “...” and said ...".
  // "The group welcomed the ruling but said …": a report of the first verb leaves the subject where it was.
  if (coordinated(tokens, v)) return clauseSubject(tokens, Math.max(floor, v - SUBJECT_REACH), v) ?? clauseSubject(tokens, Math.max(sentenceFloor, v - SUBJECT_REACH), v);
  return antecedent(tokens, v, floor, quoted) ?? restrictiveAntecedent(tokens, v, floor, quoted) ?? afterIntroduction(subjectBefore(tokens, v, floor, quoted));
}

/** "..., saying that ...": the clause's subject speaks; "with most voters saying ...": the phrase before it. */
function participleSubject(tokens: readonly Token[], v: number, floor: number, quoted: (i: number) => boolean): Cue | null {
  if (tokens[v - 1]!.text === ',') return leadingSubject(tokens, v);
  for (let w = v - 2; w >= Math.max(floor, v - 9); w--) {
    if (quoted(w) || STOP_BACK.test(tokens[w]!.text)) break;
    if (tokens[w]!.lower === 'with') return subjectBefore(tokens, v, w + 1, quoted);
  }
  // "groups backing the governor", "a Democrat supporting Okafor": the noun right before speaks.
  return headsParticiple(tokens[v - 1]!) ? nounPhraseBefore(tokens, v, v, floor, quoted) : null;
}

/** "..., according to the agency, ...": the sentence around the cue is what the source reports. */
function midAccording(tokens: readonly Token[], last: number, from: number): StatementCue | null {
  for (let k = Math.max(from, 2); k < last; k++) {
    if (tokens[k]!.lower !== 'according' || tokens[k + 1]?.lower !== 'to') continue;
    let stop = k + 2;
    while (stop <= last && stop - k < 20 && tokens[stop]!.text !== ',') stop++;
    const cue = phraseCue(tokens, k, k + 2, stop);
    if (!cue) return null;
    // The reported words run before the cue, and on after it when the sentence goes on.
    const end = stop < last ? tokens[last]!.end : tokens[tokens[k - 1]!.word ? k - 1 : k - 2]!.end;
    return { cue, words: cue, start: tokens[from]!.start, end };
  }
  return null;
}

/** "According to X, ..." and "In X's view, ..." / "In the view of X, ..." opening the sentence; `from` is the reported words' first token. */
function openingStatement(tokens: readonly Token[], last: number): { statement: StatementCue; from: number } | null {
  const headline = headlineStatement(tokens, last) ?? askedStatement(tokens, last);
  if (headline) return headline;
  const open = openingAccording(tokens);
  const comma = tokens.findIndex((t, k) => k > open + 1 && k < open + 30 && t.text === ',');
  if (comma < 2 || comma >= last) return null;
  const content = { start: tokens[comma + 1]!.start, end: tokens[last]!.end };
  let cue: Cue | null = null;
  if (tokens[open]!.lower === 'according' && tokens[open + 1]!.lower === 'to') cue = phraseCue(tokens, open, open + 2, comma);
  // "In a poll released Monday, most voters ...": the poll reports what follows.
  else if (tokens[0]!.lower === 'in' && tokens.some((t, k) => k < comma && !t.cap && POLLS.test(t.lower))) cue = phraseCue(tokens, 0, 1, comma);
  else if (tokens[0]!.lower === 'in' && tokens.some((t, k) => k < comma && VIEW_WORDS.test(t.lower))) {
    const of = tokens.findIndex((t, k) => k < comma && t.lower === 'of');
    const possessive = tokens.findIndex((t, k) => k < comma && isPossessive(t));
    const [from, to] = of > 0 ? [of + 1, comma] : [1, possessive];
    const phrase = tokens.slice(from, Math.max(from, to));
    if (phrase.some((t) => t.word)) cue = { phrase, verbAfter: of < 0, start: tokens[0]!.start, end: tokens[comma - 1]!.end, passive: false };
  }
  return cue ? { statement: { cue, words: cue, ...content }, from: comma + 1 } : null;
}

/** "Asked whether he would run, Smith said ...", "When asked about the plan, ...": the question is reported, with no one named. */
function askedStatement(tokens: readonly Token[], last: number): { statement: StatementCue; from: number } | null {
  const asked = tokens[0]!.lower === 'when' ? 1 : 0;
  if (tokens[asked]?.lower !== 'asked') return null;
  const comma = tokens.findIndex((t, k) => k > asked + 2 && k < 40 && t.text === ',');
  if (comma < 0 || comma >= last) return null;
  const words = { start: tokens[0]!.start, end: tokens[asked]!.end };
  return { statement: { cue: null, words, start: tokens[asked + 1]!.start, end: tokens[comma - 1]!.end }, from: comma + 1 };
}

/** Where "according to" opens the sentence's clause: first, after "But", or after a colon ("Not everyone agrees: according to X, ..."). */
function openingAccording(tokens: readonly Token[]): number {
  for (let k = 0; k < Math.min(tokens.length - 1, 12); k++) {
    if (tokens[k]!.lower === 'according' && tokens[k + 1]!.lower === 'to') {
      return k === 0 || tokens[k - 1]!.text === ':' || tokens.slice(0, k).every((t) => CONJUNCTION.test(t.lower)) ? k : 0;
    }
  }
  return 0;
}

/** A headline's "Graham: Halvorsen's rhetoric is destroying the party": a name of up to four words, a colon, the words. */
function headlineStatement(tokens: readonly Token[], last: number): { statement: StatementCue; from: number } | null {
  const colon = tokens.findIndex((t, k) => k >= 1 && k <= 4 && t.text === ':');
  if (colon < 1 || last - colon < 3 || !tokens.slice(0, colon).every((t) => t.cap && !FUNCTION_WORDS.has(t.lower))) return null;
  const phrase = tokens.slice(0, colon);
  const cue: Cue = { phrase, verbAfter: true, start: phrase[0]!.start, end: phrase[colon - 1]!.end, passive: false };
  return { statement: { cue, words: cue, start: tokens[colon + 1]!.start, end: tokens[last]!.end, bareName: true }, from: colon + 1 };
}

/** Words after which a base form is a verb: "they support", "critics call", "would oppose", "didn't back", "40 percent back". */
function verbBefore(token: Token): boolean {
  return /^(they|we|i|you|not|n['’]t|percent|\d+%?)$/.test(token.lower) || (FINITE.test(token.lower) && !BE.test(token.lower) && !/^(has|have|had)$/.test(token.lower)) || (token.word && /[^su'’]s$/.test(token.lower) && !FUNCTION_WORDS.has(token.lower));
}

/** Nouns for something said or decided, whose owner is its speaker: "Smith's claim that ...", "her call for ...". */
const REPORT_NOUNS = new Set(
  ('claim claims call calls plan plans decision promise promises pledge proposal proposals demand demands warning warnings ' +
    'criticism attack attacks support endorsement opposition refusal insistence argument assertion suggestion view views ' +
    'remarks comments statement position stance vow threat threats accusation accusations denial praise')
    .split(' '),
);

/** "Halvorsen's claim that the vote was rigged", "his call for a recount": the owner reports what follows the noun, to the next comma. */
function ownedReport(tokens: readonly Token[], v: number, last: number, floor: number, quoted: (i: number) => boolean): StatementCue | null {
  const noun = tokens[v]!;
  const before = tokens[v - 1]!;
  if (noun.cap || !REPORT_NOUNS.has(noun.lower) || v + 2 > last) return null;
  let cue: Cue | null = null;
  if (/^(his|her|their|its|our)$/.test(before.lower)) cue = { phrase: [before], verbAfter: true, start: before.start, end: noun.end, passive: false };
  else if (isPossessive(before) && v - 2 >= floor) {
    const owner = nounPhraseBefore(tokens, v - 1, v, floor, quoted);
    cue = owner && owner.phrase.some(isNameLike) ? owner : null;
  }
  if (!cue) return null;
  const from = tokens[v + 1]!.lower === 'that' ? v + 2 : v + 1;
  let to = from;
  while (to < last && tokens[to + 1]!.text !== ',' && !STOP_BACK.test(tokens[to + 1]!.text)) to++;
  return to - from >= 1 ? { cue, words: cue, start: tokens[from]!.start, end: tokens[to]!.end } : null;
}

/** Verbs of seeming: "the plan appears doomed", "she seemed to agree". */
const SEEMING = /^(seems?|seemed|seeming|appears?|appeared)$/;
/** Adverbs that report hearsay: "he reportedly told aides ...". */
const HEARSAY = /^(reportedly|allegedly|supposedly|purportedly)$/;
/** What follows "appeared" when it means showing up, not seeming: "appeared on television". */
const SHOWING_UP = /^(alongside|together|onstage|live|briefly|here|there)$/;

/**
 * "The House is expected to pass the bill", "the race appears closer", "she seemed to agree", "he
 * reportedly told aides": a hedged report with no one named; the reported words are the clause, from its
 * subject to the sentence's end.
 */
function hedgedStatement(tokens: readonly Token[], v: number, last: number, floor: number): Omit<StatementCue, 'end'> | null {
  const verb = tokens[v]!;
  const next = tokens[v + 1];
  if (!next || !next.word || v + 2 > last) return null;
  const seeming = SEEMING.test(verb.lower) && (next.lower === 'to' || next.lower === 'that' || (!FUNCTION_WORDS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !SHOWING_UP.test(next.lower)));
  const expected = verb.lower === 'expected' && next.lower === 'to' && BE.test(tokens[v - 1]!.lower);
  if (!seeming && !expected && !HEARSAY.test(verb.lower)) return null;
  let start = v;
  while (start > floor && !STOP_BACK.test(tokens[start - 1]!.text) && tokens[start - 1]!.text !== ',' && !CLAUSE_ENDERS.has(tokens[start - 1]!.lower) && v - start < SUBJECT_REACH) start--;
  if ((start === v && !HEARSAY.test(verb.lower)) || (expected && start === v - 1)) return null;
  const words = expected ? { start: tokens[v - 1]!.start, end: verb.end } : { start: verb.start, end: verb.end };
  return { cue: null, words, start: tokens[start]!.start };
}

/** "It was reported that ...", "it is believed that ...", "It is stated in the report that ...". */
function impersonalStatement(tokens: readonly Token[], v: number, last: number): Omit<StatementCue, 'end'> | null {
  let subject = v - 1;
  while (subject > 0 && (BE.test(tokens[subject]!.lower) || /^(has|have|had)$/.test(tokens[subject]!.lower))) subject--;
  if (tokens[subject]?.lower !== 'it') return null;
  let that = v + 1;
  let cue: Cue | null = null;
  if (/^(in|by)$/.test(tokens[that]?.lower ?? '')) {
    const from = that + 1;
    while (that <= last && that - from < 10 && tokens[that]!.lower !== 'that') that++;
    if (that > from) cue = { phrase: tokens.slice(from, that), verbAfter: false, start: tokens[subject]!.start, end: tokens[that - 1]!.end, passive: tokens[v + 1]!.lower === 'in' };
  }
  if (tokens[that]?.lower !== 'that' || that >= last) return null;
  return { cue, words: { start: tokens[subject]!.start, end: tokens[that]!.end }, start: tokens[that + 1]!.start };
}

/**
 * "Asked about the charges, Rubio said": an introductory phrase set off by a comma is not the subject. A
 * phrase that ends with its comma is an apposition instead ("Ana Ruiz, 45, said") and stays whole.
 */
function afterIntroduction(cue: Cue | null): Cue | null {
  if (!cue) return null;
  const { phrase } = cue;
  let comma = phrase.length - 1;
  while (comma >= 0 && phrase[comma]!.text !== ',') comma--;
  const subject = phrase[comma + 1];
  if (comma < 0 || !subject || !(startsSubject(subject) || namesGroup(phrase.slice(comma + 1)))) return cue;
  return { ...cue, phrase: phrase.slice(comma + 1), start: subject.start };
}

/**
 * "Jo Park, a lawyer for the city, who added that ..." and "Ann Lee, who covered the city for years,
 * said ...": the speaker is the phrase the relative clause hangs on.
 */
function antecedent(tokens: readonly Token[], v: number, floor: number, quoted: (i: number) => boolean): Cue | null {
  const relative = (k: number) => /^(who|which)$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',';
  let k = v - 1;
  while (k > floor && isModifier(tokens[k]!)) k--;
  if (tokens[k]?.text === ',') {
    // Back over the relative clause this comma closes.
    for (k--; k > floor && v - k < 30 && !relative(k); k--) if (STOP_BACK.test(tokens[k]!.text) || quoted(k)) return null;
  }
  if (k <= floor || !relative(k)) return null;
  const cue = subjectBefore(tokens, k - 1, floor, quoted);
  return cue ? { ...cue, end: tokens[v]!.end } : null;
}

/** How many words a noun phrase before "who" may hold: "the 30 percent of voters who said". */
const ANTECEDENT_WORDS = 6;

/**
 * "Republicans who say the law is a failure": with no comma before "who", the speaker is the short
 * noun phrase right before it, back to a preposition or a clause's start.
 */
function restrictiveAntecedent(tokens: readonly Token[], v: number, floor: number, quoted: (i: number) => boolean): Cue | null {
  let who = v - 1;
  while (who > floor && isModifier(tokens[who]!)) who--;
  if (who <= floor || !/^(who|that)$/.test(tokens[who]!.lower) || !tokens[who - 1]!.word) return null;
  return nounPhraseBefore(tokens, who, v, floor, quoted);
}

/** A noun a participle can hang on: a name, a role, or a plural ("voters backing him"); not a verb or a grammar word. */
function headsParticiple(token: Token): boolean {
  if (!token.word || FUNCTION_WORDS.has(token.lower) || VERB_MODIFIERS.has(token.lower) || /(ed|ly|ing)$/.test(token.lower)) return false;
  return isNameLike(token) || ROLE_NOUNS.has(token.lower) || namesGroup([token]);
}

/** The short noun phrase that ends right before `end`, back to a preposition or a clause's start; the cue runs to verb `v`. */
function nounPhraseBefore(tokens: readonly Token[], end: number, v: number, floor: number, quoted: (i: number) => boolean): Cue | null {
  let start = end;
  while (start > floor && end - start < ANTECEDENT_WORDS) {
    const previous = tokens[start - 1]!;
    if (!previous.word || quoted(start - 1) || PREPOSITIONS.has(previous.lower) || CLAUSE_OPENERS.has(previous.lower) || FINITE.test(previous.lower)) break;
    start--;
  }
  if (start === end || end - start >= ANTECEDENT_WORDS) return null;
  const phrase = tokens.slice(start, end);
  return { phrase, verbAfter: true, start: phrase[0]!.start, end: tokens[v]!.end, passive: false };
}

/** An auxiliary or an adverb ("has", "repeatedly"); a name in "-ly" ("Jolly", "Kelly") is none. */
const isModifier = (token: Token) => VERB_MODIFIERS.has(token.lower) || (/ly$/.test(token.lower) && !token.cap);

/** The verb is the second of its subject's: "attempted to re-engage the campaign and said ...". */
function coordinated(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && isModifier(tokens[k]!)) k--;
  return /^(and|but)$/.test(tokens[k]?.lower ?? '');
}

/** "The economy, she said, is weak": a short cue set off by commas inside the reported words. */
function parenthetical(tokens: readonly Token[], v: number, cue: Cue): boolean {
  if (tokens[v + 1]?.text !== ',' || cue.phrase.length > 4) return false;
  let before = v - 1;
  while (before >= 0 && tokens[before]!.start >= cue.phrase[0]!.start) before--;
  return before > 0 && tokens[before]!.text === ',';
}

/** "..., Okafor said." / "..., said the aide to the finance minister." / "..., according to the Town Hall." `from` is the comma. */
function trailingStatement(tokens: readonly Token[], last: number, verbs: SpeechVerbs, quoted: (i: number) => boolean): { statement: StatementCue; from: number } | null {
  for (let comma = last - 1; comma > 2 && last - comma <= 16; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    // A comma inside a closing quotation mark ends the reported words too: 'The plan was "a failure," Ruiz said.'
    const after = quoted(comma) ? comma + 2 : comma + 1;
    if (quoted(comma) && (!CLOSING_MARK.test(tokens[comma + 1]?.text ?? '') || quoted(after))) continue;
    const cue = closingCue(tokens.slice(after, last + 1), verbs);
    if (cue) return { statement: { cue, words: cue, start: tokens[0]!.start, end: tokens[comma - 1]!.end }, from: comma };
  }
  return null;
}

const CLOSING_MARK = /^[”"’']{1,2}$/;

/** The cue that closes a sentence after its last comma ("..., Mr. Holtz-Eakin said."), if it does. */
export function trailingCue(tokens: readonly Token[], verbs: SpeechVerbs): Cue | null {
  const last = lastWordIndex(tokens);
  for (let comma = last - 1; comma > 0 && last - comma <= 16; comma--) {
    if (tokens[comma]!.text === ',') return closingCue(tokens.slice(comma + 1, last + 1), verbs);
  }
  return null;
}

/**
 * A cue that spans what is left of the sentence, give or take a few words ("said Tuesday"). After an
 * inverted verb a clause is no speaker: "Ana Ruiz, the director, said the storm could last" reports.
 */
function closingCue(rest: readonly Token[], verbs: SpeechVerbs): Cue | null {
  const cue = cueAfter(rest, verbs);
  if (!cue || cue.passive || (!cue.verbAfter && holdsClause(cue.phrase))) return null;
  const trailing = rest.filter((t) => t.end > cue.end && t.word);
  // "said Tuesday" closes the sentence; "said he had not decided" opens a clause of its own.
  return trailing.length <= 4 && !trailing.some((t) => FINITE.test(t.lower) || SUBJECT_PRONOUN.test(t.lower)) ? cue : null;
}

/**
 * Where the reported clause starts after a reporting verb: after "that" (or "whether", "how") within a
 * few words, past a listener ("told reporters the ..."), or right away when a clause opens there. A
 * verb of evidence needs its clause marked or opened by a name ("the poll found Smith ahead"); a stance
 * is reported with its verb and whatever follows.
 */
function contentAfter(tokens: readonly Token[], verb: number, last: number, sort: ReportSort, listener: boolean, saysClause = false, study = false): number {
  // The verb is part of what is reported: "called the plan a failure", "urged voters to stay home".
  // "hopes to win": an intention is reported with its verb, like a stance.
  if (sort === 'stance' || (sort === 'thought' && tokens[verb + 1]?.lower === 'to')) return tokens[verb + 1]?.word && last - verb >= 2 ? verb : -1;
  // "that" marks the clause when only an aside stands before it ("said on Friday that"), not an object ("acknowledge the
  // church that"); evidence has one ("found proof that").
  const aside = listener || sort === 'evidence' || !tokens[verb + 1]?.word || ASIDE_OPENING.test(tokens[verb + 1]!.lower) || tokens[verb + 1]!.cap || isModifier(tokens[verb + 1]!);
  for (let k = verb + 1; k <= Math.min(last, verb + (listener ? 15 : 10)) && (aside || k === verb + 1); k++) {
    const token = tokens[k]!;
    // "feel that way": the object itself is what is reported.
    if (token.lower === 'that' && demonstrative(tokens, k)) return k;
    const marks = token.lower === 'that' || ((listener || k === verb + 1) && QUESTION_WORDS.test(token.lower));
    if (marks) return k + 1 <= last ? k + 1 : -1;
    if (/^[.;:“"]$/.test(token.text) || (k > verb + 1 && SUBJECT_PRONOUN.test(token.lower))) break;
  }
  const next = tokens[verb + 1];
  // "As X said, ..." and "X said: ..."
  if ((next?.text === ',' && /^as$/i.test(tokens[0]?.text ?? '')) || next?.text === ':') return last - verb >= 4 ? verb + 2 : -1;
  const from = listener ? listenerEnd(tokens, verb + 1, last) : pastAdjunct(tokens, verb + 1, last);
  const first = tokens[from];
  if (!first || !first.word || last - from < 2) return -1;
  const named = (PRONOUNS.has(first.lower) && !/^(him|her|them|us|me|it)$/.test(first.lower)) || (first.cap && !FUNCTION_WORDS.has(first.lower));
  // "The poll showed a slimmer lead": a study's findings are whatever it shows; a person's need a clause.
  if (sort === 'evidence') return named || finiteSoon(tokens, from, last) || (study && !PREPOSITIONS.has(first.lower)) ? from : -1;
  // "say" takes nothing but a clause, once its objects ("said so", "said nothing") are set aside.
  if (saysClause && !NO_CLAUSE.test(first.lower) && !PREPOSITIONS.has(first.lower) && !/ly$/.test(first.lower)) return from;
  const opensClause = named || CLAUSE_OPENING.test(first.lower) || /^\d/.test(first.text) || finiteSoon(tokens, from, last);
  return opensClause ? from : -1;
}

/** What "said" takes that is no clause: "said so", "said nothing", "said yes". */
const NO_CLAUSE = /^(so|nothing|something|anything|everything|much|little|yes|no|otherwise|goodbye|hello|thanks|sorry)$/;
/** Words that open an aside between a verb and "that": a preposition or a time ("last week", "this month"). */
const ASIDE_OPENING = /^(of|to|for|at|in|on|with|from|by|about|during|after|before|this|last|earlier|again|today|yesterday|tonight|privately|publicly|repeatedly|recently|in)$/;
const SUBJECT_PRONOUN = /^(he|she|they|we|i|it|you)$/;

/** "said on Friday he would run", "said in an interview the plan failed": past a short phrase to the clause's subject. */
function pastAdjunct(tokens: readonly Token[], from: number, last: number): number {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '')) return from;
  for (let k = from + 1; k <= Math.min(last, from + 6); k++) {
    if (SUBJECT_PRONOUN.test(tokens[k]!.lower)) return k;
    if (!tokens[k]!.word) return tokens[k]!.text === ',' ? k + 1 : from;
  }
  return from;
}

/** "feel that way", "said that much": "that" before a lone noun is no clause's mark. */
function demonstrative(tokens: readonly Token[], that: number): boolean {
  const noun = tokens[that + 1];
  const after = tokens[that + 2];
  return !!noun && noun.word && !noun.cap && !FUNCTION_WORDS.has(noun.lower) && (!after || !after.word || PREPOSITIONS.has(after.lower));
}

/** Past the listener of "told": a pronoun, a name, or a short noun phrase ("the council", "reporters"). */
function listenerEnd(tokens: readonly Token[], from: number, last: number): number {
  const first = tokens[from];
  if (!first || !first.word) return from;
  if (/^(him|her|them|us|me|you)$/.test(first.lower)) return from + 1;
  let k = from;
  if (first.cap) {
    while (k <= last && k - from < 5 && tokens[k]!.cap) k++;
    return k;
  }
  if (/^(the|a|an|his|her|their|its|our)$/.test(first.lower)) k++;
  while (k <= last && k - from < 4 && tokens[k]!.word && !FUNCTION_WORDS.has(tokens[k]!.lower)) k++;
  return k;
}

/** A finite verb in a phrase: an auxiliary, or an inflected word right after a name ("Obama failed to ..."). */
function holdsClause(phrase: readonly Token[]): boolean {
  return phrase.some((t, k) => FINITE.test(t.lower) || (k > 0 && phrase[k - 1]!.cap && !t.cap && t.word && /(ed|s)$/.test(t.lower) && !FUNCTION_WORDS.has(t.lower)) || pastAfterNoun(phrase, k));
}

/**
 * "said the river needed years to recover": a past form right after a common noun is that noun's verb. After
 * "the", "newly" or "who" it is not ("the retired general", "a newly elected mayor", "the aide, who asked not
 * to be named").
 */
function pastAfterNoun(phrase: readonly Token[], k: number): boolean {
  const [before, word] = [phrase[k - 1], phrase[k]!];
  return before !== undefined && before.word && !before.cap && isPastTense(word.lower) && !FUNCTION_WORDS.has(before.lower) && !/ly$/.test(before.lower) && !CLAUSE_OPENERS.has(before.lower);
}

/** A finite verb within a few words: "people in the vicinity should stay home", "voters rejected the plan". */
function finiteSoon(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from + 1; k <= Math.min(last, from + 6); k++) {
    const token = tokens[k]!;
    // An auxiliary anywhere, or a past tense right after a short subject ("voters rejected").
    if (FINITE.test(token.lower) || (k <= from + 2 && !token.cap && /ed$/.test(token.lower))) return true;
    if (!token.word) return false;
  }
  return false;
}

function lastWordIndex(tokens: readonly Token[]): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]!.word) return k;
  return -1;
}
