import type { Article, Span } from '../corpus/types.js';
import { analyze, expandTerm, normalizeTerm, tokenize } from '../text/analyzer.js';
import { countryOfDemonym, demonymsOfCountry, gazetteer } from '../text/gazetteer.js';
import type { SearchIndex } from '../index/search-index.js';
import type { Knowledge } from '../index/knowledge.js';
import { agentRelatives, causeRelatives, isDictionaryWord, isVerb, withSynonymTerms } from '../text/synonyms.js';
import type { Citation } from './types.js';
import { ROLE_NOUNS } from '../text/phrases.js';
import type { Person } from '../extract/people/people.js';
import { roleWords } from '../extract/quotes/speakers.js';
import { groupedList } from './grouped.js';
import { isStopWord } from '../text/stopwords.js';

/** Words that shape a question but name no topic: never required to match. */
const FRAME_WORDS = new Set(
  ['article', 'articles', 'news', 'story', 'stories', 'report', 'happen', 'happened', 'discuss', 'discussed', 'mention', 'mentioned', 'know', 'anything', 'something', 'thing', 'things', 'info', 'information', 'tell', 'explain', 'get', 'got', 'go', 'went', 'take', 'took', 'place', 'long', 'many', 'much', 'time', 'date', 'day', 'kind', 'sort', 'anyone', 'someone', 'people', 'exactly', 'really', 'actually', 'summarize', 'summarise', 'summary', 'compare', 'version', 'versions', 'overview', 'recap',
    // Chat greetings and fillers ("yo why no dividend") are not words the articles could lack.
    'hey', 'hi', 'hello', 'yo', 'pls', 'please', 'okay', 'ppl']
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null),
);

/** Verbs of intending, which a question puts before "to" and what is intended. */
const INTENDING = /^(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|mean|means|meant|hope|hopes|hoped|hoping)$/i;

/** Adjectives of size that "how" turns into a question for a figure. */
const SIZE_WORDS = new Set(['big', 'large', 'high', 'small', 'low', 'heavy', 'deep', 'wide', 'tall']);

/** The question's topic words, resolved against the corpus (typos corrected), and the ones it lacks. */
export interface QuestionTerms {
  /** Resolved index terms, in question order, without repeats. */
  terms: string[];
  /** The resolved terms that are names (capitalised in the question, or mostly in the articles). */
  names: string[];
  /** Words the articles never use (no close spelling either). */
  unknown: string[];
  /** Unknown words that look like names: a question about someone the articles do not mention. */
  unknownNames: string[];
  /** The framing verbs the question uses ("go", "discuss"): not its topic, but what a negation may deny. */
  framing: string[];
  /** Terms that stand for a verb of the question by the noun for its doer ("directed": "director"). */
  doerNouns: string[];
  /**
   * For a first name written before a surname that the articles write it with ("Ines" of "Ines Marlow"), the
   * surname's term: a sentence that names the surname names the person, as reports do after the first mention.
   * Looked up on first need only: it searches the articles.
   */
  surnameOf?: (firstName: string) => string | undefined;
}

export function questionTerms(index: SearchIndex, text: string): QuestionTerms {
  const result: QuestionTerms = { terms: [], names: [], unknown: [], unknownNames: [], framing: [], doerNouns: [] };
  const tokens = tokenize(text);
  // A word the member typed right elsewhere in the question is no correction of another ("did prices fall
  // after the call?" in articles without "fall": "fall" is not a typo of "call").
  const typedRight = new Set(tokens.map((token) => normalizeTerm(token)).filter((term) => term !== null && index.knows(term)));
  const durationAsked = /^\s*how\s+long\b/i.test(text);
  tokens.forEach((token, position) => {
    const own = normalizeTerm(token);
    if (own === null) return;
    // "How big", "how high": the adjective asks for a figure, it names no topic.
    const sizeAsked = SIZE_WORDS.has(token.toLowerCase()) && tokens[position - 1]?.toLowerCase() === 'how';
    // "How long did the strike last?": the verb restates the duration asked, and articles that never use it
    // ("a nine-day strike") lack no topic word; where they do ("the talks lasted nine hours") it still ranks.
    const lengthVerb = durationAsked && /^last(?:s|ed)?$/i.test(token) && position > 2 && (!index.knows(own) || !usesLastAsVerb(index));
    // "What did the partner plan to do?" over "the partner was set to pull out": a verb of intending before
    // "to" restates what is ahead, and articles that never use it lack no topic word.
    const intending = INTENDING.test(token) && tokens[position + 1]?.toLowerCase() === 'to' && !index.knows(own);
    // "How many work there right now?": "right" only stresses "now".
    const stressingNow = /^right$/i.test(token) && tokens[position + 1]?.toLowerCase() === 'now';
    if (FRAME_WORDS.has(own) || sizeAsked || lengthVerb || intending || stressingNow) {
      result.framing.push(own);
      return;
    }
    const looksLikeName = /^\p{Lu}/u.test(token) && position > 0 && !/^(I|I'm|I'd)$/.test(token);
    const known = corrected(index, token, own) ?? countryTerm(index, token) ?? causeTerm(index, token);
    const doer = known === null ? agentTerm(index, token) : null;
    const resolved = known ?? doer;
    const term = resolved !== own && resolved !== null && typedRight.has(resolved) ? null : resolved;
    if (term === null) {
      result.unknown.push(token);
      // A place the gazetteer folded ("japan") was a name as typed, wherever it stood.
      if (looksLikeName || gazetteer().tokens.has(token)) result.unknownNames.push(token);
      return;
    }
    if (result.terms.includes(term)) return;
    result.terms.push(term);
    if (term === doer && isVerb(token)) result.doerNouns.push(term);
    if (looksLikeName || index.isName(term)) result.names.push(term);
  });
  const pairs = fullNamePairs(text, result.names);
  if (pairs.size === 0) return result;
  const known = new Map<string, string | undefined>();
  const surnameOf = (first: string): string | undefined => {
    if (!known.has(first)) known.set(first, pairs.has(first) && writtenTogether(index, pairs.get(first)!) ? normalizeTerm(pairs.get(first)!.surname)! : undefined);
    return known.get(first);
  };
  return { ...result, surnameOf };
}

/** The articles an outlet published, and the outlet's terms. */
export interface Outlet {
  articleIds: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * The outlet an "according to" names, when some article's source is that outlet ("according to the Gazette");
 * null otherwise ("according to the minister" names a speaker).
 */
export function outletArticles(kb: Knowledge, according: string | null): Outlet | null {
  if (according === null) return null;
  const terms = new Set(analyze(according));
  if (terms.size === 0) return null;
  const bySource = sourceTerms(kb.corpus.articles);
  const [first, ...rest] = [...terms].map((term) => bySource.get(term) ?? new Set<string>());
  const articleIds = new Set([...first!].filter((id) => rest.every((ids) => ids.has(id))));
  return articleIds.size > 0 ? { articleIds, terms } : null;
}

const sourceTermsOf = new WeakMap<readonly Article[], ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * The articles by each term of their source's name, read once per list of articles: a question with "according
 * to" asks its routes for the outlet three times, and a large corpus has thousands of sources.
 */
function sourceTerms(articles: readonly Article[]): ReadonlyMap<string, ReadonlySet<string>> {
  let bySource = sourceTermsOf.get(articles);
  if (!bySource) {
    const built = new Map<string, Set<string>>();
    for (const article of articles) {
      for (const term of article.source === null ? [] : analyze(article.source)) {
        const ids = built.get(term);
        if (ids) ids.add(article.id);
        else built.set(term, new Set([article.id]));
      }
    }
    sourceTermsOf.set(articles, (bySource = built));
  }
  return bySource;
}

/** The question's words without the outlet's name: its own articles need not repeat it, nor the index hold it. */
export function withoutOutlet(asked: QuestionTerms, outlet: Outlet): QuestionTerms {
  const mine = (word: string) => outlet.terms.has(normalizeTerm(word) ?? word);
  return {
    ...asked,
    terms: asked.terms.filter((t) => !outlet.terms.has(t)),
    names: asked.names.filter((t) => !outlet.terms.has(t)),
    unknown: asked.unknown.filter((word) => !mine(word)),
    unknownNames: asked.unknownNames.filter((word) => !mine(word)),
  };
}

/** Two capitalised words in a row: a first name and a surname, perhaps. */
const FULL_NAME = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu;
/** How many sentences are read to find a full name as the articles write it. */
const FULL_NAME_READ = 5;

/** How many sentences holding a surname are read for another first name written before it. */
const SURNAME_READ = 20;

/** How many sentences a surname may stand in: a word in more ("Inc", "Group") is no surname, and too costly to read. */
const SURNAME_SENTENCES = 400;

/**
 * The question's pairs of names that may be a first name and a surname, by the first name's term. A surname the
 * question writes after two first names ("Kublai Khan", "Möngke Khan") tells neither person apart.
 */
function fullNamePairs(text: string, names: readonly string[]): Map<string, { first: string; surname: string }> {
  const pairs = new Map<string, { first: string; surname: string }>();
  const matches = [...text.matchAll(FULL_NAME)];
  for (const match of matches) {
    const [first, last] = [normalizeTerm(match[1]!), normalizeTerm(match[2]!)];
    if (first === null || last === null || !names.includes(first) || !names.includes(last)) continue;
    if (matches.some((other) => other !== match && normalizeTerm(other[2]!) === last)) continue;
    pairs.set(first, { first: match[1]!, surname: match[2]! });
  }
  return pairs;
}

/** The articles write the full name, and write no other first name before its surname. */
function writtenTogether(index: SearchIndex, { first, surname }: { first: string; surname: string }): boolean {
  if (index.termCount(normalizeTerm(surname)!) > SURNAME_SENTENCES) return false;
  const written = `${first} ${surname}`;
  const inArticles = index.searchSentences(written, { limit: FULL_NAME_READ }).some((hit) => hit.sentence.text.toLowerCase().includes(written.toLowerCase()));
  return inArticles && !otherFirstName(index, first, surname);
}

/** The articles write the surname after a capitalised word that is neither this first name nor a title. */
function otherFirstName(index: SearchIndex, first: string, surname: string): boolean {
  const before = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  return index.searchSentences(surname, { limit: SURNAME_READ }).some((hit) =>
    [...hit.sentence.text.matchAll(before)].some((m) => {
      const word = m[1]!.toLowerCase();
      return word !== first.toLowerCase() && !ROLE_NOUNS.has(word) && !isStopWord(word);
    }),
  );
}

/** Whether the name stands in the terms, or is a first name whose surname does. */
export function nameHeld(question: QuestionTerms, name: string, held: (term: string) => boolean): boolean {
  if (held(name)) return true;
  const surname = question.surnameOf?.(name);
  return surname !== undefined && held(surname);
}

/**
 * The word's term, or the articles' term it is a typo of. A word spelled right is no typo of another word
 * ("talk" of "walk", "senator" of "seat"), only of another form of itself ("earliest", "earlier"; "freed",
 * "free") or a synonym's spelling ("organise", "organize").
 */
function corrected(index: SearchIndex, token: string, own: string): string | null {
  const term = index.resolve(token);
  if (term === null || term === own || !/^\p{Ll}+$/u.test(token) || !isDictionaryWord(token)) return term;
  let shared = 0;
  while (shared < own.length && own[shared] === term[shared]) shared++;
  const sameWord = shared >= Math.min(SAME_WORD_PREFIX, own.length, term.length);
  return sameWord || withSynonymTerms(token).includes(term) ? term : null;
}

/** Letters two forms of one word share at the start, at least ("conclusion", "conclude"). */
const SAME_WORD_PREFIX = 5;

/** "Died" in a question about articles that say "killed": a verb tied to it by cause, as the articles write it. */
function causeTerm(index: SearchIndex, token: string): string | null {
  for (const related of causeRelatives(token)) {
    const term = normalizeTerm(related);
    if (term !== null && index.knows(term)) return term;
  }
  return null;
}

/** "The talks lasted nine hours", "it will last a week": the articles use "last" as a verb, not only in "last year". */
function usesLastAsVerb(index: SearchIndex): boolean {
  return index.searchSentences('last', { limit: LAST_READ }).some((hit) => LAST_AS_VERB.test(hit.sentence.text));
}

const LAST_AS_VERB = /\b(?:last(?:s|ed|ing)|(?:will|would|could|can|may|might|should|to|did|does|do)\s+last)\b|\blast\s+for\b/i;
/** How many sentences with "last" are read to tell the verb from the adjective. */
const LAST_READ = 50;

/** "Directed" in a question about articles that say "director", or the other way round: the doer's noun or its verb, as the articles write it. */
function agentTerm(index: SearchIndex, token: string): string | null {
  for (const related of agentRelatives(token)) {
    // A verb as the articles may inflect it: "found" alone reads as the past of "find", "founded" does not.
    for (const form of [related, `${related}s`, related.endsWith('e') ? `${related}d` : `${related}ed`]) {
      const term = normalizeTerm(form);
      if (term !== null && index.knows(term)) return term;
    }
  }
  return null;
}

/**
 * "Spanish" in a question about articles that say "Spain": the country's term, when the articles name it;
 * "Italy" in one about articles that only say "Italian", the adjective's; a seat of government in one about
 * articles that name only its country, the country's.
 */
function countryTerm(index: SearchIndex, token: string): string | null {
  const seatOf = gazetteer().standsFor.get(token.toLowerCase()) ?? [];
  for (const word of [...countryOfDemonym(token), ...demonymsOfCountry(token), ...seatOf]) {
    const term = index.resolve(word);
    if (term !== null) return term;
  }
  return null;
}

/**
 * Share of the question's words a sentence matches, 0 to 1. Names count double; words the articles never
 * use count too (one and a half), so a question about something absent cannot reach a confident match.
 */
export function coverage(question: QuestionTerms, sentenceText: string): number {
  return coverageOf(question, termsIn(sentenceText));
}

/** A text's index terms. */
export function termsIn(text: string): Set<string | null> {
  return new Set(tokenize(text).map(normalizeTerm));
}

/** `coverage` of the terms a text holds. */
export function coverageOf(question: QuestionTerms, present: ReadonlySet<string | null>): number {
  if (question.terms.length === 0) return 0;
  let total = question.unknown.length * 1.5;
  let found = 0;
  for (const term of question.terms) {
    const weight = question.names.includes(term) ? 2 : 1;
    total += weight;
    if (present.has(term) || (weight === 2 && hasNameVariant(present, term))) found += weight;
  }
  return found / total;
}

/** True when a text's terms hold every name the question asks about. */
export function holdsAllNames(question: QuestionTerms, present: Set<string | null>): boolean {
  return question.names.every((name) => nameHeld(question, name, (term) => present.has(term) || hasNameVariant(present, term)));
}

/**
 * A name and its adjective are one subject ("Norwegian" asks about "Norway", "Finnish" about "Finland"):
 * a place the gazetteer lets stand for the name, or a sentence term that starts the other, both of five
 * letters or more, counts as the name.
 */
function hasNameVariant(present: ReadonlySet<string | null>, name: string): boolean {
  if (expandTerm(name).some((term) => present.has(term))) return true;
  if (name.length < 5) return false;
  for (const term of present) {
    if (term && term.length >= 5 && term !== name && (name.startsWith(term) || term.startsWith(name))) return true;
  }
  return false;
}

export function cite(article: Article, span: Span, text = article.text.slice(span.start, span.end)): Citation {
  return {
    file: article.file,
    title: article.title,
    source: article.source,
    published: article.published,
    text: text.replace(/\s+/g, ' ').trim(),
    start: span.start,
    end: span.end,
  };
}

/** One citation per passage: the same words cited twice add nothing. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.file}:${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The people by each word of the descriptions the articles give them ("deputy", "governor"), kept with the list of people. */
const holdersByRole = groupedList<Person>((person) => person.descriptions.flatMap((description) => roleWords(description.text)));

/**
 * "Why did the deputy governor vote…?": the one person the articles describe by every word of the role a
 * question names in lower case (a role noun and the words before it), whose name the sentence that
 * answers may use instead ("Marr said she had voted against…"). Null when no one, or several, fit.
 */
export function roleHolder(kb: Knowledge, question: string): { role: string[]; person: Person } | null {
  const words = tokenize(question);
  const isRoleNoun = (i: number) => i > 0 && i < words.length && words[i] === words[i]!.toLowerCase() && ROLE_NOUNS.has(words[i]!);
  let at = words.findIndex((_, i) => isRoleNoun(i));
  if (at < 0) return null;
  // "deputy governor": the last of the role nouns is the head.
  while (isRoleNoun(at + 1)) at++;
  // "the union leader": the lower-case words right before the role noun belong to it.
  let from = at;
  while (from > 0 && at - from < 2 && words[from - 1] === words[from - 1]!.toLowerCase() && !isStopWord(words[from - 1]!.toLowerCase())) from--;
  const role = words.slice(from, at + 1);
  const wanted = role.flatMap((word) => roleWords(word));
  // A word of no office ("union") must be written in lower case: "Civic Union leader" leads a party, not a union.
  const common = role.filter((word) => !ROLE_NOUNS.has(word));
  const fitting = (holdersByRole.of(kb.people).get(wanted.at(-1)!) ?? []).filter((person) => {
    const described = new Set(person.descriptions.flatMap((description) => roleWords(description.text)));
    return wanted.every((word) => described.has(word)) && common.every((word) => person.descriptions.some((d) => d.text.split(/[^\p{L}'’]+/u).includes(word)));
  });
  return fitting.length === 1 ? { role, person: fitting[0]! } : null;
}
