import type { Knowledge } from '../index/knowledge.js';
import type { SentenceHit } from '../index/search-index.js';
import { tagWords, type TaggedWord } from '../text/pos.js';
import { isCountry, isDemonym } from '../text/gazetteer.js';
import { cite, type QuestionTerms } from './evidence.js';
import { isPersonNoun } from './analysis.js';
import { askedRole, SELECTIVE } from './stranded.js';
import { noAnswer } from './nothing.js';
import type { Answer } from './types.js';

/**
 * "What is the green corridor?", "what does 'tram fund' mean?": what a term is, from a sentence that says
 * so ("X is a…", "X means…", "X, a…,", "a…, X,", "…known as X", "they view A as X"). A sentence that only uses the
 * term defines nothing: without one, the articles don't say.
 */

/** The term a definition question asks about, or null for a question of another shape. */
export function definedTerm(question: string): string | null {
  const q = question
    .trim()
    .replace(/^(?:(?:hey|hi|hello|yo|ok|okay|so|pls|please|bot|dossier)\b[\s,!:]*)+/i, '')
    .replace(/[?.!]+$/, '')
    .trim();
  const match =
    /^(?:what|who)\s+(?:is|are|was|were)\s+meant\s+by\s+(.+)$/i.exec(q) ??
    /^what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand\s+for)$/i.exec(q) ??
    /^(?:define|(?:what\s+is\s+)?the\s+meaning\s+of)\s+(.+)$/i.exec(q) ??
    /^what(?:\s+(?:is|are|was|were)|'s|’s|s)\s+(.+)$/i.exec(q);
  if (!match) return null;
  const term = match[1]!
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim();
  // A long stretch is a question about something else ("what is the largest city of the region").
  const words = term.split(/\s+/).length;
  // "What was the main topic?", "what is their position?", "what was the first step?": what fills a role in the
  // story, or one thing it picks out, not what a word means.
  const first = term.split(/\s+/)[0]!;
  if (askedRole(question) !== null || SELECTIVE.test(first) || POSSESSIVE.test(first)) return null;
  return term.length > 0 && words <= MAX_TERM_WORDS ? term : null;
}

const POSSESSIVE = /^(?:their|his|her|its|our)$/i;

/** How many words a term asked about may have. */
const MAX_TERM_WORDS = 4;

/** How many words a definition's short answer may have; the sentence holds the rest. */
const SHORT_WORDS = 12;

interface Definition {
  /** Where the defining words stand in the sentence. */
  start: number;
  end: number;
  /** How surely the pattern defines: "X is a…" and "X means…" more than an apposition. */
  confidence: number;
}

/** The term as it may stand in a text: any case, quotation marks around it, "-s" on its last word. */
function termPattern(term: string): string {
  // "the green corridors" asks about what the text may call "a green corridor".
  const words = term.split(/\s+/).map((w, i, all) => (i === all.length - 1 && w.length > 3 ? w.replace(/s$/i, '') : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return String.raw`["'“‘]?${words.join(String.raw`[\s-]+`)}(?:e?s)?["'”’]?`;
}

const CLAUSE = String.raw`[^,;:.!?()]`;

/** The defining stretch of one sentence, by the first pattern that holds. */
function defineIn(text: string, term: string): Definition | null {
  const x = termPattern(term);
  const span = (match: RegExpExecArray | null, group: number, confidence: number): Definition | null => {
    if (!match) return null;
    const value = match[group]!;
    const start = match.index + match[0].indexOf(value);
    return { start, end: start + value.trimEnd().length, confidence };
  };
  // "The green corridor is a strip of parkland…": the term, a copula, a noun phrase (not "is closed").
  const copula = new RegExp(String.raw`(?:^|[^\p{L}])${x}\s+(?:is|are|was|were)\s+((?:a|an|one of|the)\s+${CLAUSE}{3,})`, 'iu').exec(text);
  // "the Orsa accords, which are the basis of the truce": a relative clause that says what the term is.
  const relative = new RegExp(String.raw`(?:^|[^\p{L}])${x},?\s+(?:which|that)\s+(?:is|are|was|were)\s+((?:a|an|one of|the)\s+${CLAUSE}{3,})`, 'iu').exec(text);
  const meaning = new RegExp(String.raw`(?:^|[^\p{L}])${x}\s+(?:means|meant|refers to|referred to|stands for|denotes|is defined as|was defined as|is understood as)\s+(${CLAUSE}{3,})`, 'iu').exec(text);
  // "the Orsa Line, a disused freight railway,": a noun phrase in apposition, or in brackets.
  // ("Lumex, Norvik's older tablet,": or after a name's possessive.)
  const apposition = new RegExp(String.raw`(?:^|[^\p{L}])${x}\s*,\s+((?:a|an|the|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s)\s+${CLAUSE}{3,80}?)\s*(?:[,;.]|$)`, 'iu').exec(text);
  // "A supporters' group, the Blue Terrace, said…", "a stake in the local energy company, Keldby Kraft, …": the
  // noun phrase in apposition before the term.
  const fronted = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:in|of|for|at|by|with|from|to|on)\s+)((?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s*,\s+(?:the\s+)?${x}\s*(?:,|\s+by\b)`, 'iu').exec(text);
  // "What was the opening film?" over "The opening film, "Salt Winter" by…,": a role in lower case, and the name that fills it.
  const filler = /\p{Lu}/u.test(term) ? null : new RegExp(String.raw`(?:^|[^\p{L}])${x}\s*,\s+["“]?(\p{Lu}${CLAUSE}{1,60}?)["”]?\s*(?:,|\s+by\b|\s+\()`, 'u').exec(text);
  const bracket = new RegExp(String.raw`(?:^|[^\p{L}])${x}\s*\(((?:a|an|the)\s+[^)]{3,80})\)`, 'iu').exec(text);
  // "a strip of parkland known as the green corridor", "the new line, to be called Line 4,": the name after its thing.
  const named = new RegExp(
    String.raw`((?:a|an|the)\s+${CLAUSE}{3,80}?),?\s+(?:(?:to be|which (?:is|was|will be)|now|also|officially)\s+)?(?:known as|called|named|dubbed|termed|referred to as)\s+(?:the\s+|an?\s+)?${x}(?![\p{L}])`,
    'iu',
  ).exec(text);
  // "labelled as huihui or Muslim medicine": a name, then what it means.
  const glossed = new RegExp(String.raw`\b(?:known|label+ed|called|termed|dubbed|referred to)\s+(?:as\s+)?${x},?\s+or\s+(${CLAUSE}{3,60})`, 'iu').exec(text);
  // "The council views any new road by the river as a red flag": what is seen as the term.
  const seenAs = new RegExp(String.raw`\b(?:views?|viewed|regards?|regarded|considers?|considered|sees|saw|seen|treats?|treated)\s+(${CLAUSE}{3,160}?)\s+as\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}${x}(?![\p{L}])`, 'iu').exec(text);
  // "the space probe Kestrel", "the tabloid Bild": common nouns right before a name say what it is.
  // ("sales of new migraine drug Calvera": or a preposition, where headlines drop the article.)
  const before = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|a|an|of|for|with|on|by|from)\s+((?:[\p{L}-]+\s+){1,4}?)(${x})(?![\p{L}])`, 'iu').exec(text);
  // ("the German tabloid Bild": a people's adjective may stand among them.)
  // (A country may stand among them as well: "UK drug firm Norvik".)
  const common = (words: string) => words.trim().split(/\s+/).every((word) => !/\p{Lu}/u.test(word) || isDemonym(word) || isCountry(word));
  // Adjectives and nouns ending in a noun; the tagger may read an adjective that opens them as an adverb ("new").
  const classifying = (words: readonly TaggedWord[]) => words.every((w, i) => w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN' || (i === 0 && w.pos === 'ADV')) && words.at(-1)?.pos === 'NOUN';
  const classifier = before && common(before[1]!) && /^["'“‘]?\p{Lu}/u.test(before[2]!) && classifying(tagWords(before[1]!)) ? before : null;
  // "the Orsa Line railway", "the Kestrel space probe": common nouns right after a name say what it is.
  const after = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(${x})\s+((?:\p{Ll}[\p{L}-]*\s*){1,3})`, 'iu').exec(text);
  // ("the Harbour Board spokesman", "the Harbour Board version" are someone or something of it, not what it is.)
  const leading = after && /^["'“‘]?\p{Lu}/u.test(after[1]!) ? leadingNouns(after[2]!) : null;
  const head = leading?.split(/\s+/).at(-1) ?? '';
  const headNouns = leading && !isPersonNoun(head) && !BELONGING.test(head) ? leading : null;
  const nounsAfter = after && headNouns ? ({ ...after, index: after.index, 0: after[0], 1: headNouns } as unknown as RegExpExecArray) : null;
  return (
    spelledOut(text, term) ??
    span(copula, 1, 0.8) ??
    span(relative, 1, 0.75) ??
    span(meaning, 1, 0.8) ??
    span(apposition, 1, 0.7) ??
    span(bracket, 1, 0.7) ??
    span(fronted, 1, 0.65) ??
    span(filler, 1, 0.6) ??
    span(named, 1, 0.7) ??
    span(glossed, 1, 0.7) ??
    span(seenAs, 1, 0.6) ??
    span(classifier, 1, 0.6) ??
    span(nounsAfter, 1, 0.6)
  );
}

/** Words an acronym's letters may pass over: "Organisation for Security and Co-operation in Europe". */
const ACRONYM_FILLERS = /^(?:of|and|for|the|in|on|to|de|du|des|la|le|&)$/i;
/** How many words before the brackets an acronym's full name may take. */
const ACRONYM_REACH = 8;

/**
 * "chronic wasting disease (CWD)": the words before an acronym in brackets whose
 * initials spell it, which is what it stands for. Null when the text gives none.
 */
function spelledOut(text: string, term: string): Definition | null {
  const letters = term.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (/\s/.test(term.trim()) || letters.length < 2 || letters.length > ACRONYM_REACH) return null;
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bracket = new RegExp(String.raw`\(\s*${escaped}\s*\)`, 'iu').exec(text);
  if (!bracket) return null;
  const before = [...text.slice(0, bracket.index).matchAll(/[\p{L}][\p{L}'’-]*/gu)].slice(-ACRONYM_REACH);
  for (let from = before.length - 1; from >= 0; from--) {
    const initials = before
      .slice(from)
      .filter((word) => !ACRONYM_FILLERS.test(word[0]))
      .map((word) => word[0][0]!.toLowerCase())
      .join('');
    if (initials === letters) {
      const start = before[from]!.index!;
      const last = before.at(-1)!;
      return { start, end: last.index! + last[0].length, confidence: 0.85 };
    }
    if (initials.length > letters.length) break;
  }
  return null;
}

/** Nouns for what a body says, holds or decides: after its name they name that, not the body's kind. */
const BELONGING = /^(?:versions?|statements?|reports?|press|office|side|views?|positions?|stances?|responses?|reactions?|decisions?|plans?|proposals?|sources?|website|accounts?|orders?|line|officials?|staff|leadership|administration|spokes(?:man|woman|person))$/i;

/** The nouns a stretch opens with ("gas pipeline" of "gas pipeline to the coast"), or null when it opens otherwise. */
function leadingNouns(stretch: string): string | null {
  const words = tagWords(stretch);
  let count = 0;
  while (count < words.length && words[count]!.pos === 'NOUN') count++;
  return count > 0 ? stretch.slice(words[0]!.start, words[count - 1]!.end) : null;
}

/** The definition's first words: up to a relative clause or SHORT_WORDS words, without a leading article. */
function shortDefinition(text: string): string {
  const words = tagWords(text);
  let from = 0;
  while (from < words.length && /^(?:a|an|the)$/i.test(words[from]!.text)) from++;
  let to = from;
  while (to < words.length && to - from < SHORT_WORDS && !/^(?:that|which|who|whom|whose|where|when)$/i.test(words[to]!.text)) to++;
  // Cut short, it ends on its last noun, not on "of" or "by".
  while (to - from > 1 && !/^(?:NOUN|PROPN|NUM|ADJ)$/.test(words[to - 1]!.pos)) to--;
  if (to === from) return text;
  // "a start-up whose…": the tagger splits a hyphened word, which is still one word.
  const end = words[to - 1]!.end;
  return text.slice(words[from]!.start, end + (HYPHENED_REST.exec(text.slice(end))?.[0].length ?? 0));
}

/** The rest of a hyphened word after its first part: "-up" of "start-up". */
const HYPHENED_REST = /^(?:-[\p{L}\p{N}]+)+/u;

/** How many sentences holding the term's words are read for a definition. */
const SEARCHED = 30;

export function answerDefinition(kb: Knowledge, question: string, term: string, terms: QuestionTerms): Answer {
  const termWords = new RegExp(`(?:^|[^\\p{L}])${termPattern(term)}(?![\\p{L}])`, 'iu');
  let used = false;
  let best: { hit: SentenceHit; definition: Definition } | null = null;
  for (const hit of kb.index.searchSentences(term, { limit: SEARCHED })) {
    if (!termWords.test(hit.sentence.text)) continue;
    used = true;
    const definition = defineIn(hit.sentence.text, term);
    if (definition && (!best || definition.confidence > best.definition.confidence)) best = { hit, definition };
  }
  if (!best) return noAnswer(kb, question, terms, used ? `The articles use “${term}” but never say what it is.` : undefined);
  const { hit, definition } = best;
  const short = shortDefinition(hit.sentence.text.slice(definition.start, definition.end));
  const at = hit.sentence.start + definition.start + hit.sentence.text.slice(definition.start).indexOf(short);
  return {
    question,
    answer: short,
    kind: 'passages',
    type: 'definition',
    confidence: definition.confidence,
    text: `${short.charAt(0).toUpperCase()}${short.slice(1)}. ${hit.sentence.text}`,
    citations: [cite(hit.article, hit.sentence), cite(hit.article, { start: at, end: at + short.length })],
  };
}
