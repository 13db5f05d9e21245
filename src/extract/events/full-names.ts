/**
 * News names a person in full once ("Anna Lund") and by surname after ("Lund said"), or now and then by first
 * name ("Anna said"). A title read alone has lost the sentence that gave the full name, so the first bare
 * surname or first name in it takes the full name back, when the article is unambiguous: it wrote that one
 * full name before any bare use of the word, and no other full name ends (or, for a first name, starts) with
 * it ("Ford" the firm, named before "Bill Ford", stays "Ford").
 */
import type { Article } from '../../corpus/types.js';
import { inGazetteer, isDemonym } from '../../text/gazetteer.js';
import { capitalisedMidSentence, writtenInLowerCase } from './capitals.js';
import { FUNCTION_WORDS, INSTITUTION_NOUNS, ROLE_NOUNS, TIME_WORDS } from '../../text/phrases.js';
import { shorten } from './title.js';

/** A word that may stand alone for a full name: a surname, or a first name when `firstName` is set. */
interface Surname {
  /** The full names the article ends (for a first name, starts) with this word, as written. */
  full: Set<string>;
  /** Where the article first writes a full name with this word. */
  firstFull: number;
  /** Where it first writes the word alone, or Infinity. */
  firstBare: number;
  firstName?: true;
}

/** A capitalised word, a possessive mark after it left out: "Lund", "Lund's", "Hughes'". */
const CAPITALISED = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?)(?:['’]s?)?(?![\p{L}\p{N}-])/gu;
/** Words of a full name at most: a first name, a middle one, the surname. */
const MAX_NAME_WORDS = 3;

/**
 * A predicate after a word, an age in commas or an aside between dashes between them or not: "said", "was", "first
 * found", "has", ", 54, said", " - a former banker - said".
 */
const ACTS = /^(?:,\s*\d{1,3},|\s[—–-]\s(?:(?!\s[—–-]\s)[^.;:]){1,60}\s[—–-])?\s+(?:(?:\p{Ll}+ly|first|also|then|later)\s+)?(?:is|was|has|had|will|would|could|\p{Ll}+ed|said|says|told|won|made|took|gave|began)\b/u;

interface Names {
  /** By surname, lower case; a word the article writes alone has an entry too, its full names perhaps none. */
  surnames: Map<string, Surname>;
  /** By first name, lower case: the full names that start with it, where the first is written, where it is written alone. */
  firstNames: Map<string, Surname>;
}

const namesByArticle = new WeakMap<Article, Names>();

/** Every name of the article's body paragraphs (the headline left out: it names people as it likes), in one pass. */
function namesOf(article: Article): Names {
  let names = namesByArticle.get(article);
  if (names) return names;
  names = { surnames: new Map(), firstNames: new Map() };
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const text = article.text.slice(paragraph.start, paragraph.end);
    let run: Array<{ word: string; at: number; end: number }> = [];
    const close = () => {
      if (run.length > 0) noteRun(article.text, paragraph.start, run, names!);
      run = [];
    };
    for (const match of text.matchAll(CAPITALISED)) {
      const last = run.at(-1);
      // Words of one name stand one space apart, with no possessive mark ending the one before.
      if (last && !(match.index === last.end + 1 && text.charAt(last.end) === ' ' && !/['’]/.test(text.slice(last.end - 2, last.end)))) close();
      run.push({ word: match[1]!, at: match.index, end: match.index + match[0].length });
    }
    close();
  }
  for (const [word, given] of names.firstNames) given.firstBare = names.surnames.get(word)?.firstBare ?? Infinity;
  namesByArticle.set(article, names);
  return names;
}

/** One run of capitalised words: a full name of a person, or a surname alone. */
function noteRun(text: string, offset: number, run: Array<{ word: string; at: number }>, { surnames, firstNames }: Names): void {
  // "Oscar-winner Sir Anthony Hale", "Mr Fox", "The Fox": titles and grammar words before the name are no part of it.
  const lastRole = run.findLastIndex((w) => ROLE_NOUNS.has(w.word.toLowerCase()));
  let words = run.slice(lastRole + 1);
  while (words.length > 0 && FUNCTION_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
  // "Actress Patsy Hale" at a sentence's start: a word capitalised only there, or written in lower case elsewhere, is no
  // first name when a name follows it.
  const opensSentence = words.length > 0 && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, offset + words[0]!.at - 4), offset + words[0]!.at));
  const common = (word: string) => writtenInLowerCase(text, word) || !capitalisedMidSentence(text, word);
  if (words.length > 2 && opensSentence && common(words[0]!.word)) words = words.slice(1);
  else if (words.length > 1 && writtenInLowerCase(text, words[0]!.word)) words = words.slice(1);
  if (words.length === 0) return;
  const key = words.at(-1)!.word.toLowerCase();
  const titled = lastRole >= 0;
  const at = offset + words[0]!.at;
  if (words.length === 1) {
    const entry = surnames.get(key);
    // "Mr Fox" or "actor Fox" names the person by title, not by the bare surname.
    if (!titled) {
      if (entry) entry.firstBare = Math.min(entry.firstBare, at);
      else surnames.set(key, { full: new Set(), firstFull: Infinity, firstBare: at });
    }
    return;
  }
  const personal =
    words.length <= MAX_NAME_WORDS &&
    !isDemonym(words[0]!.word) &&
    // "Air China", "New York": a place or a body the gazetteer knows is no person's name.
    !inGazetteer(words.at(-1)!.word) &&
    !inGazetteer(words.map((w) => w.word).join(' ')) &&
    !INSTITUTION_NOUNS.has(key) &&
    words.every((w) => !FUNCTION_WORDS.has(w.word.toLowerCase()) && !TIME_WORDS.has(w.word.toLowerCase()));
  if (!personal) return;
  const full = words.map((w) => w.word).join(' ');
  const entry = surnames.get(key) ?? { full: new Set<string>(), firstFull: Infinity, firstBare: Infinity };
  entry.full.add(full);
  entry.firstFull = Math.min(entry.firstFull, at);
  surnames.set(key, entry);
  const first = words[0]!.word.toLowerCase();
  const given = firstNames.get(first) ?? { full: new Set<string>(), firstFull: Infinity, firstBare: Infinity, firstName: true };
  given.full.add(full);
  given.firstFull = Math.min(given.firstFull, at);
  firstNames.set(first, given);
}

/** What a word written alone may stand for: a surname's full names, else (no full name ends with it) a first name's. */
function standingFor({ surnames, firstNames }: Names, word: string): Surname | undefined {
  const bare = surnames.get(word);
  const given = firstNames.get(word);
  return !given || (bare && bare.full.size > 0) ? bare : given;
}

/**
 * A first name alone stands where a person's name does: not in someone's quoted words, not after "a", "the" or an
 * acronym ("a Grammy", "JP Morgan"), not before a noun it modifies ("Eurovision song") or before "and" and a name
 * that may share its last word ("Tom and Ann Lund"), and never as a place's name ("London" of "London Underground").
 */
function standsAsName(title: string, at: number, word: string, next: string): boolean {
  const before = title.slice(0, at);
  const quoted = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
  if (quoted || /(?:^|\s)(?:a|an|the)\s+$/i.test(before) || /\p{Lu}{2,}\s+$/u.test(before) || inGazetteer(word)) return false;
  if (/^\s+(?:and|&|or)\s+\p{Lu}/u.test(next)) return false;
  const following = /^\s+(\p{Ll}+)/u.exec(next)?.[1];
  return following === undefined || FUNCTION_WORDS.has(following) || ACTS.test(next);
}

/**
 * The title with its first bare surname or first name written as the full name the article gave before `at`
 * (where the title's sentence starts); the title as it is when no word qualifies or it already holds the full name.
 */
export function withFullName(article: Article, at: number, title: string): string {
  const names = namesOf(article);
  if (names.surnames.size === 0) return title;
  let previous: { word: string; end: number } | null = null;
  for (const match of title.matchAll(CAPITALISED)) {
    const word = match[1]!;
    const entry = standingFor(names, word.toLowerCase());
    // "Anna Lund", "“Jimmy” Lund": a capitalised word just before makes the word part of a longer name or nickname.
    const joined = previous !== null && /^[\s"“”'‘’]{1,3}$/.test(title.slice(previous.end, match.index));
    const next = title.slice(match.index + match[0].length);
    const before = /(\S+)\s+$/.exec(title.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
    previous = { word, end: match.index + match[0].length };
    if (!entry || entry.full.size !== 1 || joined || /^ \p{Lu}/u.test(next) || ROLE_NOUNS.has(before)) continue;
    // "“Ferries and timetables change”": a word that opens the title, a quotation or a sentence is capitalised by its place.
    const byPlace = /(?:^|[“"‘«]|[.!?:]["”’]?\s)\s*$/u.test(title.slice(0, match.index));
    // There it is a name when the article writes it capitalised mid-sentence, or when it is whose or who acts ("Lund's", "Lund said").
    const acts = match[0] !== word || ACTS.test(next);
    if (byPlace && (writtenInLowerCase(article.text, word) || !(capitalisedMidSentence(article.text, word) || acts))) continue;
    if (!(entry.firstFull < entry.firstBare && entry.firstFull < at)) continue;
    if (entry.firstName && !standsAsName(title, match.index, word, next)) continue;
    const full = [...entry.full][0]!;
    if (title.includes(full)) return title;
    // The longer name may take the title past one line: it is cut again.
    return shorten(`${title.slice(0, match.index)}${full}${title.slice(match.index + word.length)}`);
  }
  return title;
}
