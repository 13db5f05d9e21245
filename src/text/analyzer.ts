import { foldNames, gazetteer } from './gazetteer.js';
import { CHAT_FORMS, SHORT_FORMS } from './short-forms.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stopwords.js';
import { remembered } from './memo.js';

/**
 * English analysis for the index and for questions: tokens, place names folded to one spelling,
 * stop words dropped, Porter stems. The same function runs on both sides, so a question matches the
 * text whatever spelling either uses.
 */

/** Irregular past forms to their base verb, which the Porter stemmer leaves alone: "began" finds "begin". */
export const IRREGULAR_VERBS: Record<string, string> = Object.fromEntries(
  (
    'began:begin begun:begin met:meet held:hold took:take taken:take spoke:speak spoken:speak went:go gone:go came:come ' +
    'gave:give given:give made:make won:win lost:lose left:leave sent:send brought:bring thought:think wrote:write ' +
    'written:write ran:run saw:see seen:see knew:know known:know chose:choose chosen:choose fell:fall fallen:fall ' +
    'rose:rise risen:rise struck:strike fought:fight sought:seek led:lead kept:keep paid:pay sold:sell bought:buy ' +
    'built:build stood:stand became:become broke:break broken:break drew:draw drawn:draw grew:grow grown:grow ' +
    'threw:throw thrown:throw flew:fly flown:fly froze:freeze frozen:freeze hid:hide hidden:hide shook:shake ' +
    'woke:wake wore:wear worn:wear spent:spend meant:mean heard:hear found:find felt:feel dealt:deal ' +
    'used:use shown:show got:get told:tell said:say ate:eat eaten:eat drove:drive driven:drive rode:ride ridden:ride ' +
    'sang:sing sung:sing swam:swim forgot:forget forgotten:forget forgave:forgive forgiven:forgive hung:hang ' +
    'stole:steal stolen:steal stuck:stick swore:swear sworn:swear tore:tear torn:tear understood:understand ' +
    'withdrew:withdraw withdrawn:withdraw arose:arise arisen:arise beaten:beat fled:flee forbade:forbid forbidden:forbid ' +
    'lent:lend mistook:mistake mistaken:mistake oversaw:oversee overseen:oversee rang:ring rung:ring shot:shoot ' +
    'sank:sink sunk:sink slept:sleep taught:teach wove:weave woven:weave overcame:overcome undertook:undertake ' +
    'undertaken:undertake overtook:overtake overtaken:overtake upheld:uphold withheld:withhold spun:spin dug:dig'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Base verb → its simple past, for the irregular verbs above ("take" → "took", not "taken"). */
const SIMPLE_PAST = new Map<string, string>();
for (const [form, base] of Object.entries(IRREGULAR_VERBS)) {
  if (!SIMPLE_PAST.has(base) && !/(?:en|wn|rn)$/.test(form)) SIMPLE_PAST.set(base, form);
}
const KEEPS_DOUBLE = /(?:ll|ss|ff|zz)$/;

/**
 * The simple past of a verb in -ing ("joining" → "joined", "stopping" → "stopped", "making" → "made",
 * "carrying" → "carried"); null when it is no -ing form or its past cannot be told.
 */
export function pastOfGerund(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]{2,}ing$/.test(lower)) return null;
  const stem = lower.slice(0, -3);
  // "being", "having", "doing": their past depends on the subject or they name no event.
  if (/^(?:be|hav|do)$/.test(stem)) return null;
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) && !KEEPS_DOUBLE.test(stem) ? stem.slice(0, -1) : stem;
  for (const base of [stem, `${stem}e`, undoubled]) {
    const irregular = SIMPLE_PAST.get(base);
    if (irregular) return irregular;
  }
  // "carry" → "carried"; otherwise -ed on the stem as written, which gives "closed" and "stopped" too.
  return /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
}

/** A verb in the past tense or a past participle, regular ("reopened") or not ("held"); expects lower case. */
export function isPastTense(word: string): boolean {
  return /^[a-z]{3,}ed$/.test(word) || Object.hasOwn(IRREGULAR_VERBS, word);
}

/** Question words, reporting verbs and chat contractions ("gonna"): present in almost every sentence or question, useless for ranking. */
const QUESTION_WORDS = new Set(['say', 'said', 'says', 'tell', 'told', 'hey', 'bot', 'pls', 'please', 'r', 'u', 'ur', 'whats', 'happen', 'happened', 'gonna', 'wanna', 'gotta']);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** "U.S." → "US", "E.U." → "EU": initials are written with and without full stops. */
const DOTTED_INITIALS = /\b((?:\p{Lu}\.){2,})(?!\p{L})/gu;
/** "G-7" → "G7", "COVID-19" → "COVID19": a short name and its number are written with and without a hyphen. */
const HYPHENATED_NUMBER = /\b(\p{L}{1,5})-(\d+)\b/gu;

/** Split text into raw tokens, with place and organisation names folded to one token each (see gazetteer). */
export function tokenize(text: string): string[] {
  const joined = text.replace(DOTTED_INITIALS, (initials: string) => initials.replace(/\./g, '')).replace(HYPHENATED_NUMBER, '$1$2');
  return foldNames(joined.match(TOKEN) ?? []);
}

/** One token to its index term, or null for a stop word; tokens repeat, so each is analysed once. */
export const normalizeTerm: (token: string) => string | null = remembered(analyseToken, 200_000);

function analyseToken(token: string): string | null {
  const lower = token
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (gazetteer().tokens.has(lower)) return lower;
  if (lower.length === 0 || STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower)) return null;
  const full = SHORT_FORMS.get(lower) ?? (/^\p{Ll}/u.test(token) ? CHAT_FORMS.get(lower) : undefined) ?? lower;
  // "abt" is "about", a stop word as written in full.
  if (full !== lower && (STOP_WORDS.has(full) || QUESTION_WORDS.has(full))) return null;
  const spelled = IRREGULAR_VERBS[full] ?? full;
  return stem(spelled);
}

/** The terms of a text, in order, stop words dropped. */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

/** A question term with the terms that can stand for it. */
export function expandTerm(term: string): string[] {
  const others = gazetteer().standsFor.get(term);
  return others ? [term, ...others] : [term];
}
