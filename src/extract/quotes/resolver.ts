import { type Mention, type NameEvidence } from '../people/mentions.js';
import { INSTITUTION_NOUNS, PRONOUNS, type Token } from '../../text/phrases.js';
import { firstFrom } from './cues.js';
import { institutionKey, personKey, roleWords, unnamedKey, type SpeakerRef } from './speakers.js';

/**
 * Who a speaker phrase stands for, inside one article: a surname for the full name the article gives
 * ("Lindqvist" → Anna Lindqvist), a pronoun for the latest speaker ("he added"), a description for the
 * person whose roles it matches ("the ex-president" → the one described as "former US President"),
 * "the report" for its owner (named with it, in the section, or in the heading above).
 */

interface NamedPerson {
  key: string;
  name: string;
  start: number;
  paragraph: number;
  /** Index of the sentence that names the person (-1 for the headline). */
  sentence: number;
}

export interface Resolved {
  ref: SpeakerRef;
  /** The role the phrase gives at this point, if any. */
  role: string | null;
  /** The phrase as written, when it is another way to name the speaker. */
  alias: string | null;
}

/** Everyone named in one article, in order: the people pronouns and descriptions may stand for. */
export class ArticleNames {
  readonly people: NamedPerson[] = [];
  /** With the last word of each name: the noun "the ministry" is matched against, read once per name. */
  readonly institutions: { ref: SpeakerRef; noun: string; start: number; paragraph: number }[] = [];
  private readonly full = new Map<string, { key: string; name: string; start: number }[]>();

  constructor(
    private readonly evidence: NameEvidence,
    /** Where each sentence of the article starts, in order. */
    private readonly sentenceStarts: readonly number[],
  ) {}

  add(mention: Mention, paragraph: number): void {
    if (mention.kind === 'institution') {
      const ref = institutionRef(mention, this.evidence);
      this.institutions.push({ ref, noun: lastWord(ref.name), start: mention.start, paragraph });
      return;
    }
    if (mention.kind !== 'person') return;
    const key = personKey(mention.name);
    this.people.push({ key, name: mention.name, start: mention.start, paragraph, sentence: this.sentenceOf(mention.start) });
    if (!key.startsWith('~')) {
      const words = key.split(' ');
      for (const word of [words[0]!, words[words.length - 1]!]) {
        const list = this.full.get(word) ?? [];
        list.push({ key, name: mention.name, start: mention.start });
        this.full.set(word, list);
      }
    }
  }

  /** Surnames resolved once the whole article is read: "Lindqvist:" in a headline means the Anna Lindqvist named below. */
  settle(): void {
    for (const person of this.people) {
      const resolved = this.person(person.name, person.start);
      person.key = resolved.key;
      person.name = resolved.name;
    }
  }

  /** Index of the sentence holding `offset`; -1 before the first (the headline). */
  sentenceOf(offset: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentenceStarts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** A person's key and fullest name in this article: a lone surname takes the nearest full name before it, else after. */
  person(name: string, at: number): { key: string; name: string } {
    const key = personKey(name);
    if (!key.startsWith('~')) return { key, name };
    const candidates = this.full.get(key.slice(1)) ?? [];
    const before = candidates.filter((c) => c.start <= at);
    const chosen = before[before.length - 1] ?? candidates[0];
    return chosen ? { key: chosen.key, name: chosen.name } : { key, name };
  }
}

function institutionRef(mention: Mention, evidence: NameEvidence): SpeakerRef {
  const the = mention.the || evidence.takesThe(mention.name.toLowerCase());
  return { key: institutionKey(mention.name), kind: 'institution', name: capitalise(the ? `the ${mention.name}` : mention.name) };
}

/** A name read from one word and never completed to a full name in the article. */
function isLoneWord(person: NamedPerson): boolean {
  return person.key.startsWith('~');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Gender = 'male' | 'female';

/** he/him/his → male, she/her/hers → female. */
export function genderOf(word: Token | string | undefined): Gender | null {
  const lower = (typeof word === 'string' ? word : word?.lower ?? '').toLowerCase();
  if (/^(he|him|his|mr\.?)$/.test(lower)) return 'male';
  if (/^(she|her|hers|mrs\.?|ms\.?|miss)$/.test(lower)) return 'female';
  return null;
}

/** Votes for each person's gender over the corpus: titles count three, pronouns one. */
export class GenderVotes {
  private readonly votes = new Map<string, { male: number; female: number }>();

  vote(key: string, gender: Gender, weight: number): void {
    const tally = this.votes.get(key) ?? { male: 0, female: 0 };
    tally[gender] += weight;
    this.votes.set(key, tally);
  }

  /** A clear majority (two to one), or null. */
  of(key: string): Gender | null {
    const tally = this.votes.get(key);
    if (!tally) return null;
    if (tally.male >= 2 * tally.female && tally.male > 0) return 'male';
    if (tally.female >= 2 * tally.male && tally.female > 0) return 'female';
    return null;
  }
}

/** What the corpus says about each person: roles, and gender as the pronouns show it. */
export interface PeopleFacts {
  roles: Map<string, string[]>;
  genders: GenderVotes;
}

/** How many earlier attributions a pronoun looks back over (a long paragraph may hold hundreds). */
const RECENT = 40;
/** Nouns that end a company's name or describe one: "the company" may be Acme Holdings. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'holdings', 'industries', 'consortium', 'ag', 'sa', 'nv', 'gmbh', 'bhd']);
/** Nouns for one kind of body: "the newspaper" may be the Evening Times, "the department" the Foreign Ministry. */
const KINDRED_BODIES: readonly ReadonlySet<string>[] = [
  COMPANY_NOUNS,
  new Set(['newspaper', 'paper', 'daily', 'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'telegraph', 'gazette', 'review', 'magazine']),
  new Set(['channel', 'television', 'radio', 'network', 'broadcaster', 'news']),
  new Set(['government', 'administration', 'cabinet', 'ministry', 'department', 'office', 'house']),
];

interface Said {
  ref: SpeakerRef;
  paragraph: number;
  start: number;
}

/** Resolution state while reading one article from top to bottom. */
export class SpeakerResolver {
  private readonly said: Said[] = [];
  private sectionOwner: SpeakerRef | null = null;
  /** Genders this article's own pronouns have shown: after "she said" for Mendes, "he" is someone else. */
  private readonly shown = new Map<string, Gender>();
  private documentOwner: SpeakerRef | null = null;
  /** Each person's role words: a description is compared with hundreds of people, each often. */
  private readonly roleWordsOf = new Map<string, Set<string>>();
  private describable: NamedPerson[] | null = null;
  /** Each institution's kind of body, where its name or an apposition gives one. */
  private readonly kinds = new Map<string, string>();

  constructor(
    private readonly names: ArticleNames,
    private readonly evidence: NameEvidence,
    private readonly facts: PeopleFacts,
  ) {}

  /** A heading opens a section: its first name owns the section's unattributed reports. */
  enterSection(headingNames: readonly Mention[]): void {
    const owner = headingNames.find((m) => m.kind === 'institution') ?? headingNames.find((m) => m.kind === 'person');
    this.sectionOwner = owner ? this.named(owner)?.ref ?? null : null;
    this.documentOwner = null;
  }

  /** Record who spoke, for later pronouns. */
  spoke(ref: SpeakerRef, paragraph: number, start: number): void {
    this.said.push({ ref, paragraph, start });
  }

  resolve(mention: Mention, paragraph: number): Resolved | null {
    switch (mention.kind) {
      case 'person':
      case 'institution':
        return this.named(mention);
      case 'pronoun':
        return this.pronoun(mention, paragraph);
      case 'description':
        return this.description(mention, paragraph);
      case 'document':
        return this.document(mention);
      case 'unnamed':
        if (mention.text.split(' ').length > 10) return null;
        return { ref: { key: unnamedKey(mention.text), kind: 'unnamed', name: capitalise(mention.text) }, role: null, alias: null };
    }
  }

  private named(mention: Mention): Resolved | null {
    if (mention.kind === 'institution') {
      const ref = institutionRef(mention, this.evidence);
      const kind = [lastWord(mention.name), headWord(mention.role ?? '')].find((word) => word !== null && INSTITUTION_NOUNS.has(word));
      if (kind) this.kinds.set(ref.key, kind);
      return { ref, role: null, alias: mention.text };
    }
    if (mention.kind !== 'person') return null;
    const { key, name } = this.names.person(mention.name, mention.start);
    return { ref: { key, kind: 'person', name }, role: mention.role, alias: mention.name !== name ? mention.name : null };
  }

  /**
   * he/she: the person the sentence before opens with, when named after the latest speaker ("Rosa Mendes
   * and Ortiz met the minister. “...,” she said"); else the latest speaker of that gender within two
   * paragraphs; else the latest person named nearby. it/they/we: an institution.
   */
  private pronoun(mention: Mention, paragraph: number): Resolved | null {
    const sort = PRONOUNS.get(mention.text.toLowerCase());
    if (sort === 'self' || !sort) return null;
    const wantsPerson = sort === 'male' || sort === 'female';
    const genderOf = (key: string) => this.facts.genders.of(key) ?? this.shown.get(key) ?? null;
    const fits = (ref: SpeakerRef) => (ref.kind === 'person') === wantsPerson && (!wantsPerson || genderOf(ref.key) !== opposite(sort));
    const found = this.pronounCandidate(mention, paragraph, wantsPerson, fits);
    if (found && wantsPerson) this.shown.set(found.ref.key, sort as Gender);
    return found;
  }

  private pronounCandidate(mention: Mention, paragraph: number, wantsPerson: boolean, fits: (ref: SpeakerRef) => boolean): Resolved | null {
    let speaker: Said | null = null;
    for (let k = this.said.length - 1; k >= Math.max(0, this.said.length - RECENT) && !speaker; k--) {
      const said = this.said[k]!;
      if (said.paragraph < paragraph - 2) break;
      if (fits(said.ref)) speaker = said;
    }
    if (!wantsPerson) {
      if (speaker) return { ref: speaker.ref, role: null, alias: null };
      const institution = latest(this.names.institutions, mention.start, paragraph - 1);
      return institution ? { ref: institution.ref, role: null, alias: null } : null;
    }
    const previousSentence = this.names.sentenceOf(mention.start) - 1;
    // Back from the mention: the latest fitting person, and the first fitting one of the sentence before.
    let person: NamedPerson | null = null;
    let opener: NamedPerson | null = null;
    for (const p of recentBefore(this.names.people, mention.start)) {
      if (p.sentence < previousSentence && (person || p.paragraph < paragraph - 2)) break;
      if (!fits({ key: p.key, kind: 'person', name: p.name })) continue;
      person ??= p;
      // A lone capitalised word ("of Lakeby") may be a place: a full name in the sentence comes first.
      if (p.sentence === previousSentence && (!opener || !isLoneWord(p) || isLoneWord(opener))) opener = p;
    }
    // "Lund welcomed the talks, Berg said. According to him, …": one named in what the sentence before
    // reports is not its reporter, who goes on speaking.
    const reportedBefore = speaker !== null && this.names.sentenceOf(speaker.start) === previousSentence;
    if (opener && !reportedBefore && (!speaker || speaker.start < opener.start)) return { ref: { key: opener.key, kind: 'person', name: opener.name }, role: null, alias: null };
    if (speaker) return { ref: speaker.ref, role: null, alias: null };
    return person && person.paragraph >= paragraph - 2 ? { ref: { key: person.key, kind: 'person', name: person.name }, role: null, alias: null } : null;
  }

  /**
   * "the aide to the finance minister": the person named earlier in the article whose roles share the
   * description's head noun ("aide", with its synonyms) and, when it has any, one of its other words
   * ("Norwegian"); without a head match, two other words. Otherwise an unnamed source described so.
   */
  private description(mention: Mention, paragraph: number): Resolved | null {
    const headNoun = lastWord(mention.text.split(/\s(?:of|to|for|at|in|on|with|from)\s/i)[0] ?? mention.text);
    if (INSTITUTION_NOUNS.has(headNoun)) {
      const institution = this.institutionFor(headNoun, mention.start, paragraph);
      if (institution) return { ref: institution, role: null, alias: null };
      return { ref: { key: unnamedKey(mention.text), kind: 'unnamed', name: capitalise(mention.text) }, role: null, alias: null };
    }
    const words = roleWords(mention.text);
    const head = headWord(mention.text);
    const others = words.filter((w) => w !== head);
    let best: { person: NamedPerson; score: number } | null = null;
    const seen = new Set<string>();
    for (const person of recentBefore(this.peopleWithRoles(), mention.start)) {
      if (seen.has(person.key)) continue;
      seen.add(person.key);
      const known = this.knownRoleWords(person.key);
      const overlap = others.filter((w) => known.has(w)).length;
      const headMatch = head !== null && known.has(head);
      const fits = headMatch ? others.length === 0 || overlap > 0 : overlap >= 2;
      const score = overlap + (headMatch ? 2 : 0);
      if (fits && (!best || score > best.score)) best = { person, score };
    }
    if (best) {
      const role = mention.text.replace(/^the\s+/i, '');
      return { ref: { key: best.person.key, kind: 'person', name: best.person.name }, role, alias: null };
    }
    return { ref: { key: unnamedKey(mention.text), kind: 'unnamed', name: capitalise(mention.text) }, role: null, alias: null };
  }

  /**
   * "the ministry", "the company": the institution named earlier whose name ends in that noun ("the
   * Foreign Ministry"), else the institution that spoke last within two paragraphs ("the department"
   * after "the Palace said"); "the company" (or firm, group) is otherwise the last institution named.
   * Never one whose name or apposition says it is another kind of body: "the council" is not "the
   * Anglers Club", nor "a campaign group".
   */
  private institutionFor(noun: string, before: number, paragraph: number): SpeakerRef | null {
    let last: SpeakerRef | null = null;
    for (const institution of recentBefore(this.names.institutions, before)) {
      if (institution.noun === noun) return institution.ref;
      if (!anotherKind(institution.noun, noun)) last ??= institution.ref;
    }
    for (let k = this.said.length - 1; k >= Math.max(0, this.said.length - RECENT); k--) {
      const said = this.said[k]!;
      if (said.paragraph < paragraph - 2) break;
      if (said.ref.kind === 'institution' && !anotherKind(this.kindOf(said.ref), noun)) return said.ref;
    }
    return COMPANY_NOUNS.has(noun) ? last : null;
  }

  /** The noun for the kind of body an institution is: its name's last word ("club"), else its apposition's ("a campaign group"). */
  private kindOf(ref: SpeakerRef): string | undefined {
    return this.kinds.get(ref.key) ?? this.names.institutions.find((named) => named.ref.key === ref.key)?.noun;
  }

  /** The people named whose roles are known: only they can be what a description stands for. */
  private peopleWithRoles(): readonly NamedPerson[] {
    return (this.describable ??= this.names.people.filter((person) => this.knownRoleWords(person.key).size > 0));
  }

  /** The words of a person's roles, under the full name and the surname alone. Roles are all known before an article is read. */
  private knownRoleWords(key: string): Set<string> {
    let words = this.roleWordsOf.get(key);
    if (!words) {
      const last = key.split(' ').pop() ?? key;
      const roles = [...(this.facts.roles.get(key) ?? []), ...(this.facts.roles.get(`~${last}`) ?? [])];
      this.roleWordsOf.set(key, (words = new Set(roles.flatMap(roleWords))));
    }
    return words;
  }

  /** "Ministry statement" → the Foreign Ministry; "the report" → the owner named last in the section, or the heading's. */
  private document(mention: Mention): Resolved | null {
    if (mention.owner) {
      const owner = this.named(mention.owner);
      if (owner) {
        this.documentOwner = owner.ref;
        return { ref: owner.ref, role: null, alias: null };
      }
    }
    const owner = this.documentOwner ?? this.sectionOwner;
    return owner ? { ref: owner, role: null, alias: null } : null;
  }
}

/** The folded head noun of a description: the last word before its first preposition. */
function headWord(description: string): string | null {
  const head = description.split(/\s(?:of|to|for|at|in|on|with|from)\s/i)[0] ?? description;
  const words = roleWords(head);
  return words[words.length - 1] ?? null;
}

function lastWord(phrase: string): string {
  return phrase.trim().split(/\s+/).pop()!.toLowerCase();
}

/** A body's name ends in a noun for a kind of body ("club") that is not the one described ("council"). */
function anotherKind(own: string | undefined, noun: string): boolean {
  return own !== undefined && INSTITUTION_NOUNS.has(own) && own !== noun && !KINDRED_BODIES.some((kin) => kin.has(own) && kin.has(noun));
}

function opposite(gender: string): Gender | null {
  return gender === 'male' ? 'female' : gender === 'female' ? 'male' : null;
}

function latest<T extends { start: number; paragraph: number }>(items: readonly T[], before: number, fromParagraph: number): T | null {
  for (const item of recentBefore(items, before)) return item.paragraph >= fromParagraph ? item : null;
  return null;
}

/**
 * How many names (people or institutions) a pronoun or description looks back over: far more than an
 * article names, so an article of thousands of names costs each lookup no more than this.
 */
const NAMES_BACK = 300;

/** The items named before `before`, latest first, at most NAMES_BACK; found by bisection (items are in text order). */
function* recentBefore<T extends { start: number }>(items: readonly T[], before: number): Generator<T> {
  const end = firstFrom(items, before);
  for (let k = end - 1; k >= 0 && end - k <= NAMES_BACK; k--) yield items[k]!;
}
