import { expandTerm, normalizeTerm } from '../text/analyzer.js';
import { tagWords, type TaggedWord } from '../text/pos.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { adjectiveKin } from '../text/synonyms.js';
import { ORDINAL_WORDS } from './analysis.js';

const MODIFIER = /^(?:ADJ|NOUN|PROPN)$/;
const HEAD = /^(?:NOUN|PROPN)$/;
/** "non-Arab", "un-American": a modifier that denies the one written without it. */
const DENYING_PREFIX = /^(?:non|un|anti)-(.+)$/i;

/** A word that says which of a series: "first", "tenth", "last". */
function isOrdinal(word: string): boolean {
  const place = ORDINAL_WORDS[word.toLowerCase()];
  return place !== undefined && place >= -1;
}

/** A word that can modify the noun after it: an adjective or noun that is neither a stop word nor a figure. */
function modifies(word: TaggedWord | undefined): word is TaggedWord {
  return word !== undefined && MODIFIER.test(word.pos) && !STOP_WORDS.has(word.text.toLowerCase()) && !/\d/.test(word.text);
}

/** At most two letters added, dropped or changed: a slip of the keyboard ("Maastrich"), not another word. */
function misspelt(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]! <= 2;
}

/** The two modifiers may say the same: one of them misspelt, or adjectives of like sense. */
function maySayTheSame(asked: string, written: string): boolean {
  const [a, w] = [asked.toLowerCase(), written.toLowerCase()];
  return misspelt(a, w) || adjectiveKin(a).has(w) || adjectiveKin(w).has(a);
}

/**
 * The question's noun comes with a modifier its passage never uses, and the sentence gives that noun a
 * modifier of its own ("who governed the northern region?" over "the Central Region was governed by…";
 * "who confirmed the discovery of mechanical heat?" over "…latent heat"; "the non-Arab spring" over "the
 * Arab Spring"): the question asks about another thing of that kind, which the articles do not report.
 * `passage` holds the terms of the sentence's paragraph and surroundings, `standIns` those that stand for
 * a question term (its synonyms); `answer` is where the short answer stands in the sentence: a modifier
 * there is what the question asks for ("the leader's favourite club" → "the Harbour club"), not a swap.
 */
export function swapsModifier(
  question: string,
  sentence: string,
  passage: ReadonlySet<string | null>,
  standIns: ReadonlyMap<string, readonly string[]>,
  answer: { start: number; end: number } | null,
): boolean {
  const asked = tagWords(question);
  const written = tagWords(sentence);
  const askedTerms = new Set(asked.map((word) => normalizeTerm(word.text)));
  const inPassage = (term: string) => passage.has(term) || expandTerm(term).some((t) => passage.has(t)) || (standIns.get(term) ?? []).some((t) => passage.has(t));
  return asked.some((head, i) => {
    const modifier = asked[i - 1];
    if (!HEAD.test(head.pos) || !modifies(modifier)) return false;
    const [modifierTerm, headTerm] = [normalizeTerm(modifier.text), normalizeTerm(head.text)];
    const denied = DENYING_PREFIX.exec(modifier.text)?.[1];
    // "The first fort" is not "the second fort", wherever else the passage says "first".
    const ordinal = isOrdinal(modifier.text);
    if (modifierTerm === null || headTerm === null || (!denied && !ordinal && inPassage(modifierTerm))) return false;
    if (!denied && !ordinal && [...adjectiveKin(modifier.text)].some((kin) => inPassage(normalizeTerm(kin) ?? kin))) return false;
    return written.some((word, k) => {
      const own = written[k - 1];
      if (!HEAD.test(word.pos) || normalizeTerm(word.text) !== headTerm || !modifies(own) || (answer && own.start >= answer.start && own.end <= answer.end)) return false;
      // "Along with Walschaerts, what is an example of a simple motion?" over "Walschaerts motion": the question names it too.
      if (askedTerms.has(normalizeTerm(own.text))) return false;
      if (denied) return own.text.toLowerCase() === denied.toLowerCase();
      // "the last round" is "the final round": the same place in the series is no swap.
      if (ordinal) return isOrdinal(own.text) && ORDINAL_WORDS[own.text.toLowerCase()] !== ORDINAL_WORDS[modifier.text.toLowerCase()];
      return normalizeTerm(own.text) !== modifierTerm && !maySayTheSame(modifier.text, own.text);
    });
  });
}
