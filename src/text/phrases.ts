import { NAME_ABBREVIATIONS } from './abbreviations.js';

/**
 * Words with their offsets, and the small closed-class vocabularies that attribution needs: function
 * words, pronouns, titles and the nouns that head a role, an institution or a document. These are
 * general English; everything about particular people and outlets is learned from the articles.
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

/**
 * Words and marks from text[from, to): a word is letters or digits with inner hyphens, apostrophes, dots
 * or ampersands ("ex-president", "U.S", "AT&T"); '' and `` are one mark each; any other character that is
 * not white space is a mark. Read character by character, as the pattern
 * /([\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*)|''|``|\S/gu would: attribution tokenises every sentence
 * more than once, and the pattern's match arrays were most of what it allocated.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, word: boolean) => {
    const value = text.slice(start, end);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, word, cap: word && isUpper(value.charCodeAt(0), value) });
  };
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    if (wordCharLength(text, i) === 0) {
      const length = (code === 39 || code === 96) && text.charCodeAt(i + 1) === code ? 2 : isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      i += length;
      push(start, Math.min(i, to), false);
      continue;
    }
    i = wordEnd(text, i);
    let end = Math.min(i, to);
    // "Norway’s" is "Norway" and a possessive; "U.S." and "Mr." keep their full stop.
    const last = text[end - 1];
    if (text[end - 2] === '’' || text[end - 2] === "'") {
      if ((last === 's' || last === 'S') && end - start > 3) {
        push(start, end - 2, true);
        tokens.push({ text: text.slice(end - 2, end), lower: `${text[end - 2]}s`, start: end - 2, end, word: false, cap: false });
        continue;
      }
    }
    if (text[end] === '.' && end < to && keepsFullStop(text.slice(start, end))) {
      end += 1;
      i = end;
    }
    push(start, end, true);
  }
  return tokens;
}

const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const SPACE_AT = /\s/y;

/** How many code units the letter or digit at `i` takes; 0 when there is none. ASCII is decided by code. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(text) ? LETTER_OR_DIGIT_AT.lastIndex - i : 0;
}

/** Where the word that starts at `i` ends: runs of letters and digits joined by one inner mark each. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    for (let length = wordCharLength(text, end); length > 0; length = wordCharLength(text, end)) end += length;
    if (!isJoiner(text.charCodeAt(end)) || wordCharLength(text, end + 1) === 0) return end;
    end += 1;
  }
}

/** - ‐ ' ’ . & */
function isJoiner(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 39 || code === 0x2019 || code === 46 || code === 38;
}

function isSpace(code: number, text: string, i: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A capital first letter; ASCII is decided without a regular expression. */
function isUpper(code: number, value: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(value[0]!);
}

function keepsFullStop(word: string): boolean {
  return NAME_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && UPPER.test(word)) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Grammar words: never part of a name, never a speech verb. */
export const FUNCTION_WORDS = words(`
  a an the and or but nor if so yet than then that this these those there here it its is are was were be been being
  am has have had do does did will would shall should can could may might must not no of to in on at by for from with
  about as into onto upon over under after before during since until while when where which who whom whose what why
  how however meanwhile moreover although though because despite according also too very just only even still
  already all both each every some any many much more most other another such own same again once further
  first second last next later earlier now today yesterday tomorrow here’s it’s that’s there’s ’s 's
  he she they we i you him her them us me his hers their theirs our ours my your one
`);

/** Personal pronouns that can stand for a speaker, with what they refer to. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'group' | 'thing' | 'self'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['they', 'group'],
  ['we', 'group'],
  ['it', 'thing'],
  ['i', 'self'],
]);

/** Titles and offices: they describe a person and may precede a name, but are never the name. */
export const ROLE_NOUNS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt.
  adm adm. rev rev. hon hon. sir lord lady dame
  president vice minister secretary spokesman spokeswoman spokesperson spokespeople adviser advisor aide assistant
  deputy director chairman chairwoman chair chief head leader senator congressman congresswoman representative
  governor mayor ambassador envoy official officer commander general admiral colonel judge justice attorney lawyer
  candidate nominee analyst expert researcher professor economist specialist scientist manager executive ceo cfo
  founder member chancellor premier king queen prince princess pope bishop cardinal sheikh emir speaker strategist
  surrogate writer journalist reporter editor columnist correspondent host anchor commentator activist author
  consultant counsel counselor councillor councilor negotiator diplomat delegate coordinator commissioner inspector prosecutor
  sheriff lieutenant sergeant captain major marshal press campaign former acting ex interim incoming outgoing
  veteran retired chairperson boss owner partner pollster historian counterpart colleague mp mep politician fellow
`);

/** One role noun (plural too) as a whole word, in any case: "Deputy", "advisers". */
export const ROLE_NOUN_PATTERN = new RegExp(
  String.raw`\b(?:${[...ROLE_NOUNS].filter((w) => /^[a-z]+$/.test(w)).join('|')})s?\b`,
  'i',
);

/** Role nouns that name the same kind of job. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['assistant', 'aide'],
  ['adviser', 'aide'],
  ['advisor', 'aide'],
  ['counselor', 'aide'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['ex', 'former'],
  ['boss', 'chief'],
  ['ceo', 'executive'],
]);

/** Nouns that head the name of an organisation ("the Town Hall", "the Foreign Ministry"). */
export const INSTITUTION_NOUNS = words(`
  house ministry office department government administration agency committee commission council court party
  service services bank company corporation group union parliament senate congress assembly police army military
  navy embassy foundation institute university times post journal news press tribune herald telegraph network
  channel television radio magazine newspaper daily gazette review inc inc. corp corp. ltd ltd. board bureau
  authority cabinet federation alliance organization organisation association coalition secretariat exchange
  firm consortium co co. plc llc ag sa nv gmbh bhd holdings industries partners airlines fund trust reserve
  centre center club society league
`);

/** Days and months: capitalised, never names. */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december
`);

/** Nouns for what an institution publishes: a quote "stated in the report" belongs to the report's owner. */
export const DOCUMENT_NOUNS = words(`
  statement statements report reports readout release communique communiqué version document letter memo
  transcript declaration announcement message tweet website summary notice resolution decree note
`);

/** Words that may sit between a speaker and the speech verb ("Moll has repeatedly stated"). */
export const VERB_MODIFIERS = words(`
  has have had is was were are be been will would did does do 's ’s also then later further once again repeatedly
  previously earlier recently still already just reportedly publicly privately separately specifically
  finally first initially subsequently quickly immediately simply even never not always often
`);

/** Prepositions that end a name and open a modifier ("aide to the president", "professor at Princeton"). */
export const PREPOSITIONS = words('of to for at in on with from by about against among between into over under near');

export const isPronoun = (token: Token) => PRONOUNS.has(token.lower);

export const isPossessive = (token: Token | undefined) => token !== undefined && /^['’]s$/.test(token.text);

/** Words that make the next word a noun: "the report", "of reports", "his statement". */
export const NOUN_MARKERS = words(`
  the a an this that these those his her its their our my your such many some no any every each
  of to for at in on with from by about against among between into over under near
`);

/** A mark after which the next word is capitalised by rule, not because it is a name: an opening quotation mark, a bracket, a colon. */
export function capitalisesNextWord(token: Token): boolean {
  return !token.word && /[“"‘«(:]/.test(token.text);
}
