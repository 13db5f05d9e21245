import countries from './gazetteer/countries.json' with { type: 'json' };
import places from './gazetteer/places.json' with { type: 'json' };
import { remembered } from './memo.js';

/**
 * Place and organisation names as the index sees them: every way of writing one place ("Bombay", "Mumbai";
 * "U.S.", "United States of America") becomes one token, and a capital, a seat of government or a
 * demonym can stand for its country in a question ("What did Paris say?" finds "France said").
 * The data is general (every independent country, common transliterations and renamings), never a list
 * for one corpus; see gazetteer/places.json for its sources.
 */

interface CountryRow {
  name: string;
  aliases: string[];
  capitals: string[];
  demonyms: string[];
}

interface PlacesData {
  seats: Record<string, string[]>;
  aliases: Record<string, string[]>;
  variants: string[][];
  organisations: string[][];
}

const COUNTRIES: CountryRow[] = countries;
const PLACES: PlacesData = places;

/** Words of a name, lower-cased, accents and apostrophes dropped: "Côte d'Ivoire" → ["cote", "divoire"]. */
export function nameWords(name: string): string[] {
  return foldAccents(name.toLowerCase()).replace(/['’.]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The one token a name is indexed as: its words run together ("newdelhi"). */
function tokenOf(name: string): string {
  return nameWords(name).join('');
}

/** A short all-capitals name ("US", "UN", "WHO") is that name only in capitals; in lower case it is a word. */
const isCapitalsCode = (name: string) => /^[A-Z]{2,4}$/.test(name.replace(/\./g, ''));

export interface Gazetteer {
  /** Lower-cased words of a name (joined by spaces) → its token. */
  readonly phrases: ReadonlyMap<string, string>;
  /** Names matched only as written in capitals → their token. */
  readonly codes: ReadonlyMap<string, string>;
  /** The longest name, in words, that starts with a given word. */
  readonly longestFrom: ReadonlyMap<string, number>;
  /** Every token the gazetteer makes: kept whole, never stemmed. */
  readonly tokens: ReadonlySet<string>;
  /** A token → the tokens that can stand for it: a country, its capitals and seats of government; a demonym's country. */
  readonly standsFor: ReadonlyMap<string, readonly string[]>;
  /** Every country's demonyms, lower-cased ("russian"). */
  readonly demonyms: ReadonlySet<string>;
  /** Each country's token to its people's adjectives, lower case ("italy" → "italian"). */
  readonly demonymsOf: ReadonlyMap<string, readonly string[]>;
  /** The tokens of countries, not of their cities or of organisations. */
  readonly countries: ReadonlySet<string>;
}

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (built ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const phrases = new Map<string, string>();
  const codes = new Map<string, string>();
  const longestFrom = new Map<string, number>();
  const tokens = new Set<string>();
  const standsFor = new Map<string, string[]>();
  const demonyms = new Set<string>();
  const demonymsOf = new Map<string, string[]>();
  const countries = new Set<string>();

  const addName = (name: string, token: string) => {
    tokens.add(token);
    if (isCapitalsCode(name)) {
      codes.set(name.replace(/\./g, ''), token);
      return;
    }
    const words = nameWords(name);
    if (words.length === 0) return;
    const key = words.join(' ');
    if (!phrases.has(key)) phrases.set(key, token);
    longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
  };
  const group = (members: string[]) => {
    const unique = [...new Set(members)];
    for (const member of unique) {
      const others = unique.filter((m) => m !== member);
      if (others.length > 0) standsFor.set(member, [...(standsFor.get(member) ?? []), ...others]);
    }
  };

  for (const names of [...PLACES.variants, ...PLACES.organisations]) {
    const token = tokenOf(names[0]!);
    for (const name of names) addName(name, token);
  }
  for (const country of COUNTRIES) {
    const token = tokenOf(country.name);
    countries.add(token);
    for (const name of [country.name, ...country.aliases, ...(PLACES.aliases[country.name] ?? [])]) addName(name, token);
    const members = [token];
    for (const place of [...country.capitals, ...(PLACES.seats[country.name] ?? [])]) {
      const placeToken = phrases.get(nameWords(place).join(' ')) ?? tokenOf(place);
      addName(place, placeToken);
      members.push(placeToken);
    }
    group(members);
    // "the Chinese side" may mean China, but "China" rarely means a Chinese person: one way only.
    for (const demonym of country.demonyms) {
      tokens.add(tokenOf(demonym));
      standsFor.set(tokenOf(demonym), [token]);
      demonyms.add(demonym.toLowerCase());
      demonymsOf.set(token, [...(demonymsOf.get(token) ?? []), demonym.toLowerCase()]);
    }
  }
  return { phrases, codes, longestFrom, tokens, standsFor, demonyms, demonymsOf, countries };
}

/**
 * Raw tokens with every name the gazetteer knows folded to its one token. `tokens` are the words of a
 * text as written (case kept): codes are recognised only in capitals.
 */
export function foldNames(tokens: readonly string[]): string[] {
  const { phrases, codes, longestFrom } = gazetteer();
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    // "UK’s Prime Minister": a code with a possessive is the code.
    const code = isLowerAscii(word) ? undefined : codes.get(word.replace(/['’]s$/, ''));
    if (code) {
      out.push(code);
      continue;
    }
    const first = lookupForm(word);
    const longest = longestFrom.get(first);
    let matched = 0;
    let token = '';
    if (longest) {
      const words = [first];
      for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
        if (n > 1) words.push(lookupForm(tokens[i + n - 1]!));
        const found = phrases.get(words.join(' '));
        if (found) [matched, token] = [n, found];
      }
    }
    if (matched > 0) {
      out.push(token);
      i += matched - 1;
    } else {
      out.push(word);
    }
  }
  return out;
}

/** A written word as names are looked up: lower case, no accents, no possessive, no apostrophes. */
function lookupForm(word: string): string {
  return isLowerAscii(word) ? word : foldedForm(word);
}

/** Words repeat across a corpus; remembering their lookup form makes folding nearly free. */
const foldedForm = remembered((word) => foldAccents(word.toLowerCase()).replace(/['’]s$/, '').replace(/['’]/g, ''), 200_000);

/** Letters a to z only: most words are their own lookup form, and need no remembering. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** A place or organisation the gazetteer knows, by any of its spellings: "Ivory Coast", "United Kingdom", "UN". */
export function inGazetteer(name: string): boolean {
  const { phrases, codes } = gazetteer();
  return codes.has(name.replace(/\./g, '')) || phrases.has(nameWords(name).join(' '));
}

/** The country tokens a people's adjective stands for ("spanish" → "spain"); empty for any other word. */
export function countryOfDemonym(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const { demonyms, standsFor } = gazetteer();
  return demonyms.has(lower) ? (standsFor.get(lower) ?? []) : [];
}

/** The people's adjectives of a country named any way the gazetteer knows ("Italy" → "italian"); empty for any other word. */
export function demonymsOfCountry(name: string): readonly string[] {
  const { phrases, codes, demonymsOf } = gazetteer();
  const token = codes.get(name.replace(/\./g, '')) ?? phrases.get(nameWords(name).join(' '));
  return token === undefined ? [] : (demonymsOf.get(token) ?? []);
}

/** A country by any of its spellings ("Britain", "U.S."), not a city or a body. */
export function isCountry(name: string): boolean {
  const { phrases, codes, countries } = gazetteer();
  const token = codes.get(name.replace(/\./g, '')) ?? phrases.get(nameWords(name).join(' '));
  return token !== undefined && countries.has(token);
}

/** The form of a region's demonym ("European"); "-an" alone would take surnames ("Morgan"). */
const DEMONYM_FORM = /^\p{Lu}\p{Ll}+(?:ean|ese|ish)$/u;

/** "Danish", "Danish-Swedish", "European": a country's demonym, or a word of their form that names no place. */
export function isDemonym(word: string): boolean {
  const { demonyms, phrases } = gazetteer();
  return word.split(/[-‐]/).every((part) => {
    const lower = part.toLowerCase();
    return demonyms.has(lower) || (DEMONYM_FORM.test(part) && !phrases.has(lower));
  });
}
