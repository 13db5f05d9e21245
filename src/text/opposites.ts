import { normalizeTerm } from './analyzer.js';
import { isStopWord } from './stopwords.js';
import { antonymsOf, isAdjective, isVerb } from './synonyms.js';

/**
 * Words of opposite meaning: a question that swaps a sentence's word for its opposite ("informal" for
 * "formal", "decrease" for "increase") asks about something the sentence does not say. Three sources: a
 * negating prefix on the same word, a closed list of common pairs that share no letters, and WordNet's
 * opposites of a word's commonest sense.
 */

const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'non-', 'dis', 'a'];

const PAIRS: [string, string][] = [
  ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['increase', 'decrease'], ['increased', 'decreased'],
  ['increasing', 'decreasing'], ['rise', 'fall'], ['rose', 'fell'], ['grow', 'fall'], ['grew', 'fell'], ['grow', 'shrink'],
  ['grew', 'shrank'], ['rise', 'drop'], ['rose', 'dropped'], ['growth', 'decline'], ['gain', 'loss'], ['win', 'lose'], ['won', 'lost'],
  ['before', 'after'], ['first', 'last'], ['earliest', 'latest'], ['early', 'late'], ['earlier', 'later'],
  ['begin', 'end'], ['began', 'ended'], ['start', 'end'], ['started', 'ended'], ['high', 'low'], ['higher', 'lower'],
  ['highest', 'lowest'], ['large', 'small'], ['larger', 'smaller'], ['largest', 'smallest'], ['big', 'small'],
  ['bigger', 'smaller'], ['biggest', 'smallest'], ['long', 'short'], ['longer', 'shorter'], ['longest', 'shortest'],
  ['maximum', 'minimum'], ['major', 'minor'], ['majority', 'minority'], ['internal', 'external'], ['inner', 'outer'],
  ['upper', 'lower'], ['above', 'below'], ['over', 'under'], ['inside', 'outside'], ['positive', 'negative'],
  ['success', 'failure'], ['succeeded', 'failed'], ['strong', 'weak'], ['stronger', 'weaker'], ['rich', 'poor'],
  ['old', 'new'], ['older', 'newer'], ['oldest', 'newest'], ['ancient', 'modern'], ['private', 'public'],
  ['same', 'different'], ['accept', 'reject'], ['accepted', 'rejected'], ['allow', 'forbid'], ['allowed', 'forbidden'],
  ['allowed', 'banned'], ['north', 'south'], ['northern', 'southern'], ['east', 'west'], ['eastern', 'western'],
  ['true', 'false'], ['simple', 'complex'], ['easy', 'hard'], ['easy', 'difficult'], ['fast', 'slow'],
  ['faster', 'slower'], ['hot', 'cold'], ['heavy', 'light'], ['wide', 'narrow'], ['open', 'closed'], ['enter', 'leave'],
  ['import', 'export'], ['imports', 'exports'], ['buy', 'sell'], ['bought', 'sold'], ['give', 'take'],
  ['support', 'oppose'], ['supported', 'opposed'], ['friend', 'enemy'], ['ally', 'enemy'], ['allies', 'enemies'],
  ['victory', 'defeat'], ['defeated', 'victorious'], ['attack', 'defend'], ['always', 'never'], ['all', 'none'],
  ['many', 'few'], ['often', 'rarely'], ['common', 'rare'], ['commonly', 'rarely'], ['top', 'bottom'], ['upward', 'downward'],
  ['birth', 'death'], ['born', 'died'], ['male', 'female'], ['men', 'women'], ['lowest', 'highest'], ['best', 'worst'],
  ['better', 'worse'], ['good', 'bad'], ['input', 'output'], ['inputs', 'outputs'], ['lower', 'raise'],
  ['agree', 'refuse'], ['agreed', 'refused'], ['advance', 'retreat'], ['abstract', 'concrete'], ['past', 'future'],
  ['harder', 'easier'], ['hardest', 'easiest'],
  // Decisions: what a court, board or vote lets happen, or stops.
  ['approve', 'reject'], ['approved', 'rejected'], ['approve', 'block'], ['approved', 'blocked'], ['allow', 'block'],
  ['allowed', 'blocked'], ['permit', 'ban'], ['permitted', 'banned'], ['lift', 'impose'], ['lifted', 'imposed'],
];

const OPPOSITE: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const [a, b] of PAIRS) {
    add(a, b);
    add(b, a);
  }
  return map;
})();

/** The pairs by index term, so that any form of one meets any form of the other ("approve", "blocked"). */
const OPPOSITE_TERMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of PAIRS) {
    const [x, y] = [normalizeTerm(a), normalizeTerm(b)];
    if (x === null || y === null || x === y) continue;
    map.set(x, (map.get(x) ?? new Set()).add(y));
    map.set(y, (map.get(y) ?? new Set()).add(x));
  }
  return map;
})();

/** True when one word is the other's opposite, by a listed pair or by a negating prefix ("formal", "informal"). */
export function areOpposites(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return false;
  if (OPPOSITE.get(x)?.has(y)) return true;
  const [xTerm, yTerm] = [normalizeTerm(x), normalizeTerm(y)];
  if (xTerm !== null && yTerm !== null && OPPOSITE_TERMS.get(xTerm)?.has(yTerm)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // The bare word must be long enough that the prefix is not part of an unrelated word ("a" + "gent").
  if (short.length >= 4 && NEGATING_PREFIXES.some((prefix) => long === prefix + short && (prefix !== 'a' || short.length >= 6))) return true;
  return opposedInWordNet(x, y) || opposedInWordNet(y, x);
}

/** WordNet gives `b` (in any form) as an opposite of `a` in its commonest sense ("allow": "prohibits"). */
function opposedInWordNet(a: string, b: string): boolean {
  if (isStopWord(a) || isStopWord(b)) return false;
  const term = normalizeTerm(b);
  return term !== null && antonymsOf(a).some((opposite) => !isStopWord(opposite) && normalizeTerm(opposite) === term);
}

/** How many words after an adjective are read for what it describes. */
const DESCRIBED_WORDS = 4;

/** The terms of the few words after a word: what an adjective there describes. */
function termsAfter(words: readonly string[], at: number): string[] {
  return words.slice(at + 1, at + 1 + DESCRIBED_WORDS).map((word) => normalizeTerm(word)).filter((term): term is string => term !== null);
}

/** Words that relate two things: their opposite says something else only when it relates the same thing. */
const RELATIONS = new Set(['before', 'after', 'above', 'below', 'over', 'under', 'inside', 'outside']);

/**
 * Some word of the question that the sentence lacks has its opposite in the sentence. Given the sentence's
 * words in order, a relation counts only over the same thing: "after the talks" does not oppose "before
 * the coup".
 */
export function opposesWord(questionWords: readonly string[], sentenceWords: ReadonlySet<string>, sentenceOrder?: readonly string[]): boolean {
  const objectAfter = (words: readonly string[], at: number) => words.slice(at + 1).find((w) => !/^(?:the|a|an|its|their|his|her)$/.test(w));
  const sentenceTerms = new Set([...sentenceWords].map((word) => normalizeTerm(word)).filter((term) => term !== null));
  return questionWords.some((word, at) => {
    const lower = word.toLowerCase();
    // "When did the talks end?" over "began at ten and ended at noon": the word stands there, in another form.
    const term = normalizeTerm(lower);
    if (sentenceWords.has(lower) || (term !== null && sentenceTerms.has(term))) return false;
    // "How long did the strike last?": the verb, not the opposite of "first".
    if (lower === 'last' && (at === questionWords.length - 1 || /^(?:for|until|longer)$/i.test(questionWords[at + 1] ?? ''))) return false;
    if (sentenceOrder && RELATIONS.has(lower)) {
      const object = objectAfter(questionWords, at)?.toLowerCase();
      return sentenceOrder.some((other, i) => areOpposites(lower, other) && objectAfter(sentenceOrder, i)?.toLowerCase() === object);
    }
    // An adjective before a noun: "old town", not "became uncommon in…".
    const attributive = isAdjective(lower) && !isVerb(lower) && questionWords[at + 1] !== undefined && normalizeTerm(questionWords[at + 1]!) !== null;
    if (sentenceOrder && attributive) {
      // "the old town" is not opposed by "22 new cameras": an adjective's opposite that describes other things says
      // nothing of these ("maximum percent of alcohol" and "minimum alcohol content" describe one thing).
      const described = termsAfter(questionWords, at);
      return sentenceOrder.some((other, i) => {
        if (!areOpposites(word, other)) return false;
        const its = termsAfter(sentenceOrder, i);
        return described.length === 0 || its.length === 0 || its.some((term) => described.includes(term));
      });
    }
    return [...sentenceWords].some((other) => areOpposites(word, other));
  });
}
