import {
  capitalisesNextWord,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  INSTITUTION_NOUNS,
  isPossessive,
  PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUNS,
  TIME_WORDS,
  VERB_MODIFIERS,
  type Token,
} from '../../text/phrases.js';
import { collapseSpace } from '../../text/words.js';

/**
 * Reading the phrase that names a speaker: "US National Security Adviser Tomas Okafor", "the Foreign Ministry",
 * "he", "the aide to the finance minister", "Ministry statement", "one of the newspaper's interlocutors".
 * Which capitalised words are names and which are institutions is decided by evidence gathered over the
 * whole corpus (NameEvidence), not by lists of names.
 */

export type MentionKind = 'person' | 'institution' | 'pronoun' | 'description' | 'document' | 'unnamed';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** The phrase as written, white space folded. */
  text: string;
  /** Person: the plain name ("Tomas Okafor"); institution: its name without "the"; otherwise the phrase. */
  name: string;
  /** An institution the articles write with "the". */
  the: boolean;
  /** What the phrase says the speaker is ("US National Security Adviser"), or null. */
  role: string | null;
  /** A document's owner ("Ministry statement" → the Foreign Ministry), or null. */
  owner: Mention | null;
}

/** Counts over the corpus that tell names from common words, and institutions from people. */
export class NameEvidence {
  private readonly lower = new Map<string, number>();
  private readonly capital = new Map<string, number>();
  private readonly withThe = new Map<string, number>();
  private readonly bare = new Map<string, number>();
  private readonly place = new Map<string, number>();
  private readonly surname = new Map<string, number>();
  private readonly runs = new Map<string, number>();

  /** One sentence's tokens. The first word, and a word after an opening quotation mark, is capitalised by rule: skipped. */
  observe(tokens: readonly Token[]): void {
    let initial = true;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.word) {
        if (capitalisesNextWord(token)) initial = true;
        continue;
      }
      // Grammar words and numbers are never asked about; counting them would only cost time.
      if (!initial && !FUNCTION_WORDS.has(token.lower) && !isDigit(token.text)) bump(token.cap ? this.capital : this.lower, token.lower);
      initial = false;
      if (!isNameLike(token) || isNameLike(tokens[i - 1])) continue;
      let end = i;
      while (end < tokens.length && isNameLike(tokens[end])) end++;
      const run = tokens.slice(i, end);
      const key = run.map((t) => t.lower).join(' ');
      const before = tokens[i - 1]?.lower;
      const after = tokens[end];
      // Only where the run is the whole noun phrase ("the Foreign Ministry said"), not a modifier ("Ministry aide").
      const wholePhrase = !after || !after.word || FUNCTION_WORDS.has(after.lower) || /(s|ed)$/.test(after.lower);
      if (before === 'the' && wholePhrase) bump(this.withThe, key);
      else if (before !== 'the' && i > 0 && wholePhrase) bump(this.bare, key);
      bump(this.runs, key);
      if (before && /^(in|to|from|at|near|across|throughout)$/.test(before)) bump(this.place, key);
      if (run.length >= 2 && before !== 'the' && !INSTITUTION_NOUNS.has(run[run.length - 1]!.lower)) bump(this.surname, run[run.length - 1]!.lower);
    }
  }

  /** A word written more often in lower case than capitalised mid-sentence: a common word, not a name. */
  isCommon(lower: string): boolean {
    const small = this.lower.get(lower) ?? 0;
    return small > 0 && small >= (this.capital.get(lower) ?? 0);
  }

  /**
   * A name used like an institution or a place ("the Foreign Ministry", "in Valmora", "to South Korea"), not as a
   * surname. People are almost never "the Smith": a little evidence of "the" outweighs much bare use.
   */
  isInstitutional(key: string): boolean {
    const single = !key.includes(' ');
    if (single && (this.surname.get(key) ?? 0) > 0) return false;
    const withThe = this.withThe.get(key) ?? 0;
    const place = this.place.get(key) ?? 0;
    // A full name follows "to" or "from" now and then; a place does so often.
    const placeLike = single ? place > 0 : place * 4 >= (this.runs.get(key) ?? 0);
    return (withThe > 0 && withThe * 3 >= (this.bare.get(key) ?? 0)) || (place > 0 && placeLike);
  }

  /** Capitalised somewhere other than at a sentence's start, or the last word of a longer name. */
  seenAsName(lower: string): boolean {
    return (this.capital.get(lower) ?? 0) > 0 || (this.surname.get(lower) ?? 0) > 0;
  }

  /** Usually written with "the" ("the Town Hall"). */
  takesThe(key: string): boolean {
    return (this.withThe.get(key) ?? 0) > 0;
  }
}

function isDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const ROMAN = /^(II|III|IV|VI|Jr\.?|Sr\.?)$/;
const INITIAL = /^\p{Lu}\.$/u;
const allCaps = (token: Token) => /^[\p{Lu}.&-]{2,}$/u.test(token.text) && !ROMAN.test(token.text);

/** Capitalised, and not a capitalised function word ("The", "He") or a day or month; an acronym ("US") counts. */
export function isNameLike(token: Token | undefined): boolean {
  if (!token || !token.word || !token.cap || TIME_WORDS.has(token.lower)) return false;
  return !FUNCTION_WORDS.has(token.lower) || allCaps(token);
}

/** Part of a person's name: not a title, not a common word, not an acronym. */
function isPersonWord(token: Token, evidence: NameEvidence): boolean {
  if (INITIAL.test(token.text) || ROMAN.test(token.text)) return true;
  if (allCaps(token) || ROLE_NOUNS.has(token.lower) || INSTITUTION_NOUNS.has(token.lower)) return false;
  return !evidence.isCommon(token.lower) && /\p{Ll}/u.test(token.text);
}

/** The person's name at the end of a capitalised run: at most two full words, with initials and suffixes. */
function personSuffix(run: readonly Token[], evidence: NameEvidence): number {
  let start = run.length;
  let core = 0;
  while (start > 0) {
    const token = run[start - 1]!;
    if (!isPersonWord(token, evidence)) break;
    const isCore = !INITIAL.test(token.text) && !ROMAN.test(token.text);
    if (isCore && core === 2) break;
    if (isCore) core++;
    start--;
  }
  while (start < run.length && (INITIAL.test(run[start]!.text) || ROMAN.test(run[start]!.text))) start++;
  return core > 0 ? start : run.length;
}

export function phraseText(text: string, from: number, to: number): string {
  return collapseSpace(text.slice(from, to)).trim();
}

interface Run {
  /** Index of the run's first and past-last token in the part. */
  from: number;
  to: number;
  /** Where the name proper starts (after titles): the whole run for an institution. */
  nameFrom: number;
  kind: 'person' | 'institution';
}

/** Classify one capitalised run in its context. Null when it is only a title ("the President"). */
function readRun(part: readonly Token[], from: number, to: number, evidence: NameEvidence): Run | null {
  const run = part.slice(from, to);
  const last = run[run.length - 1]!;
  const the = part[from - 1]?.lower === 'the';
  if (INSTITUTION_NOUNS.has(last.lower)) return { from, to, nameFrom: from, kind: 'institution' };
  const suffix = personSuffix(run, evidence);
  if (suffix === run.length) {
    // "American President", "Vice President": a title alone describes a person, it names no institution;
    // common words capitalised only at a sentence's start ("Analysts said") name nothing.
    if (ROLE_NOUNS.has(last.lower) || (!evidence.seenAsName(last.lower) && !run.some(allCaps))) return null;
    return { from, to, nameFrom: from, kind: 'institution' };
  }
  if (evidence.isInstitutional(run.map((t) => t.lower).join(' ')) && suffix === 0) return { from, to, nameFrom: from, kind: 'institution' };
  const titled = suffix > 0 && ROLE_NOUNS.has(run[suffix - 1]!.lower);
  if (the && !titled && suffix === 0) return { from, to, nameFrom: from, kind: 'institution' };
  if (suffix > 0 && run.slice(0, suffix).some(allCaps) && run.length - suffix === 1 && !titled) {
    return { from, to, nameFrom: from, kind: 'institution' }; // "Agence France-Presse"
  }
  if (run.length - suffix === 1 && !titled && evidence.isInstitutional(last.lower)) {
    return { from, to, nameFrom: from, kind: 'institution' };
  }
  // One capitalised word never seen capitalised mid-sentence nor as a surname is a sentence's first word ("Critics").
  if (run.length === 1 && !evidence.seenAsName(last.lower)) return null;
  return { from, to, nameFrom: from + suffix, kind: 'person' };
}

/** Capitalised runs in a part, each classified. */
function runsIn(part: readonly Token[], evidence: NameEvidence): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < part.length; i++) {
    if (!isNameLike(part[i])) continue;
    let end = i;
    while (end < part.length && isNameLike(part[end])) end++;
    const run = readRun(part, i, end, evidence);
    if (run) runs.push(run);
    i = end - 1;
  }
  return runs;
}

/**
 * The run that heads the part: not inside a modifier ("aide to the Prime Minister"), not modifying
 * a noun after it ("a top Halvorsen surrogate", "Okafor's campaign manager").
 */
function headRun(part: readonly Token[], evidence: NameEvidence): Run | null {
  const runs = runsIn(part, evidence);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    const after = part[run.to];
    let b = run.nameFrom - 1;
    while (b >= 0 && /^(the|a|an)$/.test(part[b]!.lower)) b--;
    const before = part[b];
    const endsPhrase = !after || (!after.word && !isPossessive(after)) || PREPOSITIONS.has(after.lower) || /^(who|which|whose)$/.test(after.lower);
    // The object of a preposition or a verb is no head: "aide to the Prime Minister", "suing the EPA".
    const governed = before !== undefined && (PREPOSITIONS.has(before.lower) || (!before.cap && /(ing|ed)$/.test(before.lower)));
    const insideModifier = run.nameFrom === run.from && governed;
    // "Ada Lund of the Northern Housing Centre": a body after a person's "of" describes the person.
    const link = firstBeforeArticle(part, run.from);
    const earlier = runs[r - 1];
    const namesBody = run.kind === 'institution' || INSTITUTION_NOUNS.has(part[run.to - 1]!.lower);
    const ofEarlierPerson =
      namesBody && earlier !== undefined && earlier.kind === 'person' && earlier.to === link && /^(of|at|from)$/.test(part[link]?.lower ?? '');
    if (endsPhrase && !insideModifier && !ofEarlierPerson) return run;
  }
  return null;
}

/** Index of the word before `from`, past any articles: "of" in "of the Housing Centre". */
function firstBeforeArticle(part: readonly Token[], from: number): number {
  let b = from - 1;
  while (b >= 0 && /^(the|a|an)$/.test(part[b]!.lower)) b--;
  return b;
}

/** Split a phrase on commas, dropping bracketed asides ("Jason Chaffetz (R-Utah)"). */
function splitParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (token.text === ',' || token.text === ';') parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.map(trimPart).filter((p) => p.length > 0);
}

function trimPart(part: Token[]): Token[] {
  let from = 0;
  let to = part.length;
  while (from < to && (!part[from]!.word || /^(and|but|or|while|as|so|then)$/.test(part[from]!.lower))) from++;
  while (to > from && (!part[to - 1]!.word || VERB_MODIFIERS.has(part[to - 1]!.lower))) to--;
  return part.slice(from, to);
}

/** A part that is not a noun phrase: "in turn", "for example", "however", "on Thursday", "82", "R-Ky.". */
function isAside(part: readonly Token[]): boolean {
  const first = part[0]!;
  if (/^\d/.test(first.text)) return true;
  if (part.length <= 2 && part.every((t) => /^\p{Lu}[\p{L}]*-\p{Lu}|^(\p{Lu}\.)+$/u.test(t.text) || !t.word)) return true;
  if (PREPOSITIONS.has(first.lower) && first.lower !== 'of') return true;
  if (part.length === 1 && FUNCTION_WORDS.has(first.lower) && !PRONOUNS.has(first.lower)) return true;
  // "speaking to reporters" is an aside; "outgoing mayor Tilde Brask" names the speaker.
  return /ing$/.test(first.lower) && !first.cap && !ROLE_NOUNS.has(part[1]?.lower ?? '');
}

const DETERMINERS = /^(the|a|an|this|that|these|those|his|her|its|their|our|one|some|another|two|three|several|many)$/;

/**
 * The speaker a phrase names. `nearEnd` says on which side the speech verb stands: after the phrase
 * ("Flynn, a top Halvorsen surrogate, said") the part nearest the verb is the last, before it ("said
 * Caddell, speaking of ...") the first. A named part wins over a description; other descriptions
 * in apposition become the role.
 */
export function readMention(text: string, tokens: readonly Token[], evidence: NameEvidence, nearEnd: boolean): Mention | null {
  // An opening phrase may still end with the subject: "In a Lantern interview Halvorsen (declared)".
  const parts = splitParts(tokens).filter((p, i, all) => !isAside(p) || (nearEnd && i === all.length - 1 && endsWithName(p, evidence)));
  if (parts.length === 0) return null;
  const ordered = nearEnd ? [...parts].reverse() : parts;

  // "Ada Lund, head of Lakeby Bank, said": the office and what it is "of" are the role of the person
  // another part names, not the speaker.
  const officeOf = parts.filter(opensWithOfficeOf);
  const namesPerson = parts.some((p) => !officeOf.includes(p) && headRun(p, evidence)?.kind === 'person');
  for (const part of ordered) {
    const run = headRun(part, evidence);
    if (!run) continue;
    if (namesPerson && officeOf.includes(part)) continue;
    // "Clean Water Norvik, a campaign group, said": what the apposition calls a body is one, its whole run the name.
    const body = run.kind === 'person' && parts.some((p) => p !== part && describes(p) && INSTITUTION_NOUNS.has(p[headNoun(p)]?.lower ?? ''));
    const mention = namedMention(text, part, body ? { ...run, kind: 'institution', nameFrom: run.from } : run);
    const roles = [roleBefore(text, part, run), ...parts.filter((p) => p !== part && describes(p)).map((p) => roleText(text, p))];
    mention.role = roles.find((r) => r !== null) ?? null;
    return mention;
  }
  const nearest = ordered[0]!;
  if (nearest.length === 1 && PRONOUNS.has(nearest[0]!.lower)) return plain(text, nearest, 'pronoun');
  const description = ordered.find(describes) ?? (ordered[0]!.length <= 6 ? ordered[0]! : null);
  return description ? describedMention(text, description, evidence) : null;
}

/** "Vice President of ...", "head of ...": an office noun, then the part's first preposition. */
function opensWithOfficeOf(part: readonly Token[]): boolean {
  const preposition = part.findIndex((t) => PREPOSITIONS.has(t.lower));
  return preposition > 0 && part.slice(0, preposition).some((t) => ROLE_NOUNS.has(t.lower));
}

function endsWithName(part: readonly Token[], evidence: NameEvidence): boolean {
  const run = headRun(part, evidence);
  return run !== null && run.to === part.length;
}

/** A noun phrase that can describe a speaker: "the aide to ...", "a top Halvorsen surrogate", "Ministry aide". */
function describes(part: readonly Token[]): boolean {
  const first = part[0]!;
  if (DETERMINERS.test(first.lower) || ROLE_NOUNS.has(first.lower)) return true;
  return first.cap && part.some((t) => ROLE_NOUNS.has(t.lower) && !t.cap);
}

function namedMention(text: string, part: readonly Token[], run: Run): Mention {
  const nameTokens = part.slice(run.nameFrom, run.to);
  const the = part[run.from - 1]?.lower === 'the';
  const from = run.kind === 'person' ? roleStart(part, run.nameFrom) : the ? run.from - 1 : run.from;
  const start = part[from]!.start;
  return {
    kind: run.kind,
    start,
    end: part[run.to - 1]!.end,
    text: phraseText(text, start, part[run.to - 1]!.end),
    name: phraseText(text, nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end),
    the,
    role: null,
    owner: null,
  };
}

/** Titles before a person's name within the part: "Ministry aide for Foreign Policy" Anna Lindqvist. */
function roleBefore(text: string, part: readonly Token[], run: Run): string | null {
  if (run.kind !== 'person') return null;
  const start = roleStart(part, run.nameFrom);
  return start < run.nameFrom ? roleText(text, part.slice(start, run.nameFrom)) : null;
}

/**
 * Back from a name over the words that title it: capitalised words, office nouns and their modifiers
 * ("the assistant to the head of government" Anna Lindqvist), stopping at a verb or any other grammar word.
 */
function roleStart(part: readonly Token[], nameFrom: number): number {
  let start = nameFrom;
  while (start > 0) {
    const token = part[start - 1]!;
    const connector = /^(of|for|to|the|on|at)$/.test(token.lower) && start < nameFrom;
    // A lower-case word counts when it names an office, or qualifies a title word already taken ("top" aide).
    const modifier =
      start < nameFrom && token.word && !FUNCTION_WORDS.has(token.lower) && !PREPOSITIONS.has(token.lower) && !/(ed|ing)$|^(said|says|told|tells|wrote|writes)$/.test(token.lower);
    if (!(isPossessive(token) || connector || isNameLike(token) || ROLE_NOUNS.has(token.lower) || modifier)) break;
    start--;
  }
  // "The Social Democratic Alliance of outgoing Prime Minister Henrik Vaal": the body before "of" is his, not his
  // title. ("Minister of Finance Ada Lund" and "Bank of England Governor X" keep theirs.)
  for (let i = nameFrom - 2; i > start; i--) {
    const [owner, next] = [part[i - 1]!, part[i + 1]!];
    if (part[i]!.lower !== 'of' || !INSTITUTION_NOUNS.has(owner.lower) || ROLE_NOUNS.has(owner.lower)) continue;
    if (ROLE_NOUNS.has(next.lower) || (!next.cap && !FUNCTION_WORDS.has(next.lower))) start = i + 1;
    break;
  }
  while (start < nameFrom && (/^(of|for|to|the|on|at|a|an)$/.test(part[start]!.lower) || isPossessive(part[start]))) start++;
  return start;
}

/** A role worth keeping: it names an office or a job; leading articles dropped. */
function roleText(text: string, tokens: readonly Token[]): string | null {
  let from = 0;
  while (from < tokens.length && (/^(the|a|an)$/.test(tokens[from]!.lower) || !tokens[from]!.word)) from++;
  const rest = tokens.slice(from);
  if (rest.length === 0 || rest.length > 16 || PREPOSITIONS.has(rest[0]!.lower)) return null;
  if (!rest.some((t) => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/^ex-/, '')))) return null;
  return phraseText(text, rest[0]!.start, rest[rest.length - 1]!.end);
}

function plain(text: string, part: readonly Token[], kind: MentionKind): Mention {
  const start = part[0]!.start;
  const end = part[part.length - 1]!.end;
  const words = phraseText(text, start, end);
  return { kind, start, end, text: words, name: words, the: false, role: null, owner: null };
}

/** A phrase without a heading name: a document, an institution by description, an unnamed source, or a description. */
function describedMention(text: string, part: readonly Token[], evidence: NameEvidence): Mention {
  const documentAt = part.findIndex((t) => DOCUMENT_NOUNS.has(t.lower) && !t.cap);
  if (documentAt >= 0) {
    const mention = plain(text, part, 'document');
    mention.owner = documentOwner(text, part, documentAt, evidence);
    return mention;
  }
  const first = part[0]!.lower;
  const head = headNoun(part);
  const possessor = part.findIndex((t) => t.lower === "'s" || t.lower === '’s');
  const namedModifier = part.slice(0, head + 1).some((t) => isNameLike(t));
  if (head >= 0 && INSTITUTION_NOUNS.has(part[head]!.lower) && (possessor > 0 || namedModifier)) {
    return { ...plain(text, part.slice(0, head + 1), 'institution'), the: first === 'the' };
  }
  if (first === 'the' && head >= 0) return plain(text, part, 'description');
  if (/^(his|her|its|their|our)$/.test(first) && head >= 0 && ROLE_NOUNS.has(part[head]!.lower)) return plain(text, part, 'description');
  return plain(text, part, 'unnamed');
}

/** The noun that heads a description: the last word before its first preposition. */
function headNoun(part: readonly Token[]): number {
  let end = part.length;
  for (let i = 1; i < part.length; i++) {
    if (PREPOSITIONS.has(part[i]!.lower) && !/-$/.test(part[i - 1]!.text)) {
      end = i;
      break;
    }
  }
  for (let i = end - 1; i >= 0; i--) if (part[i]!.word && !/^['’]s$/.test(part[i]!.lower)) return i;
  return -1;
}

/** "Ministry statement", "Valmora's official statement", "a Town Hall statement", "release of the Town Hall". */
function documentOwner(text: string, part: readonly Token[], documentAt: number, evidence: NameEvidence): Mention | null {
  const before = part.slice(0, documentAt);
  const runs = runsIn(before, evidence);
  const run = runs[runs.length - 1];
  if (run) {
    // "a Treasury statement": a name that qualifies a document, not as a possessive, is an institution's.
    const kind = isPossessive(before[run.to]) ? run.kind : 'institution';
    return namedMention(text, before, { ...run, kind, nameFrom: kind === 'institution' ? run.from : run.nameFrom });
  }
  const of = part.findIndex((t, i) => i > documentAt && t.lower === 'of');
  if (of < 0) return null;
  const after = part.slice(of + 1);
  const owner = runsIn(after, evidence)[0];
  return owner ? namedMention(text, after, owner) : null;
}

/**
 * Every person and institution named in a sentence (outside quotations), each with the role the
 * sentence gives it: titles before the name, or a description in apposition ("Flynn, a top Halvorsen
 * surrogate," / "the adviser ..., Tomas Okafor,").
 */
export function namesIn(text: string, tokens: readonly Token[], evidence: NameEvidence): Mention[] {
  const parts = splitParts(tokens);
  const found: Mention[] = [];
  parts.forEach((part, p) => {
    for (const run of runsIn(part, evidence)) {
      const mention = namedMention(text, part, run);
      const next = parts[p + 1];
      const previous = parts[p - 1];
      mention.role =
        roleBefore(text, part, run) ??
        (run.kind === 'person' && run.to === part.length && next && describes(next) && next.length <= 14 ? roleText(text, next) : null) ??
        (run.kind === 'person' && run.from === 0 && previous && describes(previous) && previous.length <= 14 ? roleText(text, previous) : null);
      found.push(mention);
    }
  });
  return found;
}
