import type { Article } from '../../corpus/types.js';
import { isDemonym } from '../../text/gazetteer.js';
import { ListCache } from '../list-cache.js';
import { NameIndex } from './name-index.js';

/**
 * People the articles describe: a name with the titles and descriptions the text gives it
 * ("Finance Minister Rosa Reyes", "Tomas Okafor, the national security adviser,").
 * This answers "who is X" for people who are mentioned but never quoted.
 */

export interface Description {
  text: string;
  file: string;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Person {
  name: string;
  /** Surnames and other short forms the articles use on their own. */
  aliases: string[];
  descriptions: Description[];
}

const ROLE_WORDS =
  '(?:president|vice president|prime minister|minister|secretary(?: of state)?|press secretary|spokes(?:man|woman|person)|adviser|advisor|aide|assistant|director|chancellor|ambassador|senator|congress(?:man|woman)|governor|mayor|deputy|chairman|chairwoman|chair|head|leader|chief|commander|general|envoy|official|ceo|founder|analyst|researcher|economist|professor|expert|lawyer|judge|editor|correspondent|king|queen|prince|pope)';
/** The office words match in either case ("Foreign Minister", "press secretary"); names stay case-sensitive. */
const ROLE_NOUN = ROLE_WORDS.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`);
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})`;
/** "[former] [US] National Security Adviser Tomas Okafor": a title that ends in an office, then the name. */
const TITLE_THEN_NAME = new RegExp(
  String.raw`((?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy|[Vv]ice|[Ee]x-)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+|of\s+|the\s+|for\s+){0,5}${ROLE_NOUN})\s+${NAME}`,
  'gu',
);
/** "Tomas Okafor, the national security adviser," / "Anna Lindqvist, aide to the finance minister," */
const NAME_THEN_ROLE = new RegExp(String.raw`${NAME},\s+((?:the|a|an|his|her|its)?\s*[^,;.]{0,60}?\b${ROLE_NOUN}\b[^,;.]{0,60}?)[,;.]`, 'gu');
/** "The aide to the finance minister, Anna Lindqvist," */
const ROLE_THEN_NAME = new RegExp(String.raw`((?:[Tt]he|[Aa]n?|^\p{Lu}\p{Ll}+)\s+[^,;.]{0,40}?\b${ROLE_NOUN}\b[^,;.]{0,50}?),\s+${NAME}[,.]`, 'gu');

/**
 * "Johan Eide, who coordinates the relief effort," / "Marta Koval, who led the mill for six years,": what the
 * person does, in a relative clause whose verb is no verb of saying (the clause then tells what was said).
 */
const NAME_THEN_WHO = new RegExp(String.raw`${NAME},\s+(who\s+(?:(?:also|now|previously|formerly|still)\s+)?(?!(?:said|says|told|tells|added|asked|spoke|declined|wrote|announced|stated)\b)(?:(?:is|was)\s+(?:a|an|the)\s+|has\s+(?:been\s+)?|had\s+(?:been\s+)?)?\p{Ll}+[^,;.]{3,70}?)[,;.]`, 'gu');
/** A possessive that opens a role ("Its head, Tove Dahl,"): the body it stands for is named before. */
const POSSESSIVE_ROLE = /^(?:its|their)\s+/i;
/** The body a sentence opens with ("The Keldmark Relief Office said…"): what "its" in the next one stands for. */
const OPENING_BODY = /^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Office|Authority|Agency|Council|Board|Ministry|Department|Commission|Committee|Company|Group|Bank|Institute|Service|Union|Court|Party|Trust|Fund|Association|Federation|Club|University|Museum|Corporation|Corp\.?|Inc\.?|Ltd\.?))\b/u;

/** A sentence that opens with a name and "which": a thing, what "its" in the next one stands for ("National Renewal, which…"). */
const OPENING_THING = /^((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s+which\b/u;

const ROLE_ALONE = new RegExp(`^${ROLE_NOUN}$`, 'u');
/** Every pattern above needs an office word: most sentences have none and skip the three. */
const ANY_ROLE = new RegExp(ROLE_WORDS, 'i');
const ENDS_WITH_NAME = new RegExp(`${ROLE_NOUN}\\s+${NAME}$`, 'u');
const NOT_NAMES = /^(The|This|That|These|Those|In|On|At|For|But|And|If|When|While|After|Before|During|Since|According|However|Meanwhile|White|State|United|National|Foreign|Federal)$/;

export function extractPeople(articles: readonly Article[]): Person[] {
  const people = new Map<string, Person>();
  const add = (article: Article, sentenceIndex: number, name: string, role: string, start: number, end: number) => {
    const cleanName = name.replace(/\s+/g, ' ').trim();
    const first = cleanName.split(' ')[0]!;
    if (NOT_NAMES.test(first) || isDemonym(first) || ROLE_ALONE.test(first) || cleanName.split(' ').length < 2) return;
    const description = role.replace(/\s+/g, ' ').replace(/^(the|a|an)\s+/i, '').trim();
    // "Prime Minister X, German Chancellor Y," lists people: the second is not the first one's description.
    if (description.length < 3 || ENDS_WITH_NAME.test(description)) return;
    const person = people.get(cleanName) ?? { name: cleanName, aliases: [cleanName.split(' ').at(-1)!], descriptions: [] };
    if (!person.descriptions.some((d) => d.text.toLowerCase() === description.toLowerCase())) {
      person.descriptions.push({ text: description, file: article.file, articleId: article.id, sentence: sentenceIndex, start, end });
    }
    people.set(cleanName, person);
  };
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const text = article.text.slice(sentence.start, sentence.end);
      if (text.includes(', who ')) {
        for (const m of text.matchAll(NAME_THEN_WHO)) add(article, sentence.index, m[1]!, m[2]!, sentence.start + m.index!, sentence.start + m.index! + m[0].length);
      }
      if (!ANY_ROLE.test(text)) continue;
      for (const m of text.matchAll(TITLE_THEN_NAME)) {
        add(article, sentence.index, m[2]!, trimTitle(m[1]!), sentence.start + m.index!, sentence.start + m.index! + m[0].length);
      }
      for (const m of text.matchAll(NAME_THEN_ROLE)) {
        add(article, sentence.index, m[1]!, m[2]!, sentence.start + m.index!, sentence.start + m.index! + m[0].length);
      }
      for (const m of text.matchAll(ROLE_THEN_NAME)) {
        add(article, sentence.index, m[2]!, ownedRole(article, sentence.index, m[1]!), sentence.start + m.index!, sentence.start + m.index! + m[0].length);
      }
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * "Its head" after a sentence that opens with "The Keldmark Relief Office…": "head of the Keldmark Relief Office";
 * after one that opens "National Renewal, which…", "leader of National Renewal". With no such sentence the role
 * stays "its head", in lower case: the capital was the sentence's.
 */
function ownedRole(article: Article, sentenceIndex: number, role: string): string {
  if (!POSSESSIVE_ROLE.test(role)) return role;
  const before = article.sentences[sentenceIndex - 1]?.text ?? '';
  const body = OPENING_BODY.exec(before)?.[1];
  if (body) return `${role.replace(POSSESSIVE_ROLE, '')} of the ${body.trim()}`;
  const thing = OPENING_THING.exec(before)?.[1];
  if (thing) return `${role.replace(POSSESSIVE_ROLE, '')} of ${thing.trim().replace(/^The\s/, 'the ')}`;
  return role.replace(POSSESSIVE_ROLE, (word) => word.toLowerCase());
}

/** A title picked up mid-sentence may start with the previous clause's words: keep from the first capital or office. */
function trimTitle(title: string): string {
  const words = title.trim().split(/\s+/);
  while (words.length > 1 && /^(the|and|for|of)$/i.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** The person a name refers to: full name, surname, or a name with a small typo. */
export function findPerson(people: readonly Person[], name: string): Person | null {
  return personIndexes.of(people).find(name);
}

/** The people lists before and after an article was added or removed: the new list's index is the old one's, updated. */
export function carryPersonIndex(previous: readonly Person[], next: readonly Person[]): void {
  personIndexes.carry(previous, next);
}

const personIndexes = new ListCache<Person, NameIndex<Person>>(
  (people) => new NameIndex(people, (p) => [p.name, ...p.aliases], (p) => p.descriptions.length, normaliseName),
  (index, changes) => index.apply(changes),
);

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
