import { findPerson, type Person } from '../extract/people/people.js';
import { findSpeaker } from '../extract/quotes/quotes.js';
import { NAME_TITLES } from '../text/abbreviations.js';
import { tokenize } from '../text/analyzer.js';
import { countryOfDemonym, gazetteer, inGazetteer } from '../text/gazetteer.js';
import type { Knowledge } from '../index/knowledge.js';
import { cite, uniqueCitations } from './evidence.js';
import { citeQuote } from './quotes.js';
import { holderNamed } from './stranded.js';
import type { Answer, Citation } from './types.js';

/**
 * "Who is X?": the roles and descriptions the articles give X, as a speaker (roles at their quotes) and
 * as a person described in the text ("Port Director Henrik Saal"). Null when the articles say nothing.
 */
export function answerWhoIs(kb: Knowledge, question: string, name: string): Answer | null {
  // "Who is the port director?": a role the articles give someone, before any name that shares its words.
  const described = describedAs(kb.people, name);
  const speaker = findSpeaker(kb.quotes.speakers, described?.name ?? name);
  const person = described ?? findPerson(kb.people, speaker?.name ?? name) ?? (speaker ? null : findPerson(kb.people, name));
  if (!speaker && !person) return firstNamed(kb, question, name);

  const fullName = person?.name ?? speaker!.name;
  // The text's own descriptions ("Port director Henrik Saal") first; a role that names a group ("leaders of the
  // countries", read at a quote of several) describes no one person.
  // A courtesy title alone ("Mr") describes no one.
  const descriptions = [...new Set([...(person?.descriptions.map((d) => d.text) ?? []), ...(speaker?.roles ?? [])])].filter(
    (role) => !namesGroup(role) && !NAME_TITLES.has(role.toLowerCase().replace(/\.$/, '')),
  );
  const citations: Citation[] = [];
  for (const description of person?.descriptions ?? []) {
    citations.push(cite(kb.articleById.get(description.articleId)!, kb.articleById.get(description.articleId)!.sentences[description.sentence]!));
  }
  if (speaker) {
    const quote = kb.quotes.quotes.find((q) => q.speakerId === speaker.id);
    if (quote) citations.push(citeQuote(kb, quote));
  }
  const quoted = speaker ? speaker.counts.quote + speaker.counts.statement : 0;
  const summary =
    descriptions.length > 0 ? `${fullName}: ${descriptions.slice(0, 3).join('; ')}` : `${fullName}, ${speaker?.kind === 'institution' ? 'an institution' : 'named'} in the articles`;
  const lines = [summary];
  if (quoted > 0) lines.push(`Quoted ${quoted} time${quoted === 1 ? '' : 's'} in ${speaker!.files.length} article${speaker!.files.length === 1 ? '' : 's'}.`);
  return {
    question,
    answer: descriptions[0] ? `${fullName}, ${descriptions[0]}` : fullName,
    kind: 'who-is',
    confidence: descriptions.length > 0 ? 0.9 : 0.5,
    text: lines.join('\n'),
    citations: uniqueCitations(citations).slice(0, 4),
  };
}

/**
 * A name the articles use without a role or a quote ("83-year-old Lena Voss plays golf"): where they
 * first name it, so the member sees who it is from the text. Null when no sentence holds every word of it.
 */
function firstNamed(kb: Knowledge, question: string, name: string): Answer | null {
  const words = tokenize(name).map((word) => word.toLowerCase());
  // Names only: "the port director" is a role, asked of someone else.
  const isName = (word: string) => {
    const term = kb.index.resolve(word);
    return term !== null && kb.index.isName(term);
  };
  if (words.length < 2 || !words.every(isName)) return null;
  const hit = kb.index
    .searchSentences(name, { limit: 20 })
    .filter((h) => {
      const held = new Set(tokenize(h.sentence.text).map((word) => word.toLowerCase()));
      return words.every((word) => held.has(word));
    })
    .sort((a, b) => (a.article.id === b.article.id ? a.sentence.index - b.sentence.index : 0))[0];
  if (!hit) return null;
  const written = hit.sentence.text.slice(hit.sentence.text.toLowerCase().indexOf(words[0]!)).split(/\s+/).slice(0, words.length).join(' ').replace(/[,.;:]+$/, '');
  return {
    question,
    answer: written,
    kind: 'who-is',
    confidence: 0.5,
    text: `${written} is named in the articles with no role given. Where they first name ${written}: ${hit.sentence.text}`,
    citations: [cite(hit.article, hit.sentence)],
  };
}

/** The articles describe someone by this role ("head of the agency" finds its director). */
export function isDescribedRole(kb: Knowledge, role: string): boolean {
  return describedAs(kb.people, role) !== null;
}

/**
 * The person the articles describe exactly so ("Port director", "the aide to the finance minister"); of
 * several, the one described so most often. Null when the phrase is no one's description.
 */
function describedAs(people: readonly Person[], phrase: string): Person | null {
  const index = describedBy(people);
  const role = plainRole(phrase);
  const found = index.get(role);
  if (found) return found;
  // "the Downing Street trade secretary" is the UK one: a seat of government stands for its country.
  const seat = /^(.+) of (\S+)$/.exec(role);
  for (const body of seat ? (gazetteer().standsFor.get(seat[2]!) ?? []) : []) {
    const holder = index.get(`${seat![1]} of ${body}`);
    if (holder) return holder;
  }
  // "The head of the agency" is whatever the agency's top office is called there.
  const body = /^(?:head|chief|boss) of (.+)$/.exec(role)?.[1];
  for (const office of body ? TOP_OFFICES : []) {
    const holder = index.get(`${office} of ${body}`) ?? index.get(`${body} ${office}`);
    if (holder) return holder;
  }
  return null;
}

/** A role asked of a country or body the gazetteer knows ("the president of Norway", "France's president"): its office and body. */
export function officeOfBody(role: string): { office: string; body: string } | null {
  const match = /^(.+?) of (.+)$/.exec(plainRole(role));
  return match && inGazetteer(match[2]!) ? { office: match[1]!, body: match[2]! } : null;
}

/** How far apart, in words, an office and its body ("president of Norway") or its holder ("President Ada Lund") stand. */
const OFFICE_REACH = 5;
const HOLDER_REACH = 4;

/**
 * The sentence gives the holder that office of that body ("Norway's President Ada Lund", "Ada Lund, the
 * president of Norway", "Ada Lund was elected to become Norway's president"), not merely an office, a
 * body and a name somewhere in it.
 */
export function holdsOffice(text: string, holder: string, { office, body }: { office: string; body: string }): boolean {
  const words = tokenize(text).map((word) => word.toLowerCase().replace(/['’]s$/, ''));
  const plain = words.map((word) => countryOfDemonym(word)[0] ?? word);
  const officeWord = office.split(' ').at(-1)!;
  const bodyWords = new Set([...body.split(' '), gazetteer().phrases.get(body) ?? body]);
  const holderWord = tokenize(holder).at(-1)?.toLowerCase() ?? '';
  const near = (at: number, reach: number, wanted: (word: string) => boolean) => plain.slice(Math.max(0, at - reach), at + reach + 1).some(wanted);
  const officeHeld = (at: number) => near(at, HOLDER_REACH, (w) => w === holderWord) || (holderNamed(text, officeWord)?.text.toLowerCase().includes(holderWord) ?? false);
  return plain.some((word, at) => (word === officeWord || word === `${officeWord}s`) && near(at, OFFICE_REACH, (w) => bodyWords.has(w)) && officeHeld(at));
}

/** The titles a body's head goes by, most usual first. */
const TOP_OFFICES = ['director', 'chief', 'director general', 'chairman', 'chairwoman', 'chair', 'president', 'leader', 'secretary general', 'chief executive', 'governor', 'head'];

/** Each description, as `plainRole` reads it, to the person it describes most often: built once per people list. */
const descriptionIndexes = new WeakMap<readonly Person[], Map<string, Person>>();

function describedBy(people: readonly Person[]): Map<string, Person> {
  let index = descriptionIndexes.get(people);
  if (!index) {
    const best = new Map<string, { person: Person; count: number }>();
    for (const person of people) {
      const counts = new Map<string, number>();
      for (const { text } of person.descriptions) counts.set(plainRole(text), (counts.get(plainRole(text)) ?? 0) + 1);
      for (const [role, count] of counts) {
        const held = best.get(role);
        if (!held || count > held.count) best.set(role, { person, count });
      }
    }
    index = new Map([...best].map(([role, { person }]) => [role, person]));
    descriptionIndexes.set(people, index);
  }
  return index;
}

/**
 * A role as one string whichever way it is written: "France's president", "the French president" and "the
 * president of France" all read "president of france". A country or body named first (its name, its
 * possessive, its adjective) is moved after the office.
 */
function plainRole(text: string): string {
  const words = tokenize(text)
    .map((word) => word.toLowerCase().replace(/['’]s$/, ''))
    .filter((word) => word !== 'the')
    .map((word) => countryOfDemonym(word)[0] ?? word);
  const [first, ...office] = words;
  if (first && office.length > 0 && gazetteer().tokens.has(first) && !office.includes('of')) return [...office, 'of', first].join(' ');
  return words.join(' ');
}

/** A role whose head noun is plural: "leaders", "presidents", "leaders of the two countries". */
function namesGroup(role: string): boolean {
  const head = role.split(/\s+(?:of|to|for|at|in|on)\s+/i)[0]!.trim().split(/\s+/).at(-1) ?? '';
  return /[^s]s$/i.test(head) && !/['’]s$/.test(head);
}
