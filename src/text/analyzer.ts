import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.js';

/**
 * English analysis for the index and for questions: tokens, news aliases folded to one spelling,
 * stop words dropped, Porter stems. The same function runs on both sides, so a question matches the
 * text whatever spelling either uses.
 */

/** Words that name the same place or body in news text; each maps to the one spelling the index keeps. */
const SPELLINGS: Record<string, string> = {
  kiev: 'kyiv',
  donbass: 'donbas',
  kharkov: 'kharkiv',
  odessa: 'odesa',
  lugansk: 'luhansk',
  chernobyl: 'chornobyl',
  nikolaev: 'mykolaiv',
  america: 'usa',
  britain: 'uk',
};

/** Irregular past forms to their base verb, which the Porter stemmer leaves alone: "began" finds "begin". */
const IRREGULAR_VERBS: Record<string, string> = Object.fromEntries(
  (
    'began:begin begun:begin met:meet held:hold took:take taken:take spoke:speak spoken:speak went:go gone:go came:come ' +
    'gave:give given:give made:make won:win lost:lose left:leave sent:send brought:bring thought:think wrote:write ' +
    'written:write ran:run saw:see seen:see knew:know known:know chose:choose chosen:choose fell:fall fallen:fall ' +
    'rose:rise risen:rise struck:strike fought:fight sought:seek led:lead kept:keep paid:pay sold:sell bought:buy ' +
    'built:build stood:stand became:become broke:break broken:break drew:draw drawn:draw grew:grow grown:grow ' +
    'threw:throw thrown:throw flew:fly flown:fly froze:freeze frozen:freeze hid:hide hidden:hide shook:shake ' +
    'woke:wake wore:wear worn:wear spent:spend meant:mean heard:hear found:find felt:feel dealt:deal'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Multi-word names folded before tokenising ("United States" and "U.S." are one term). */
const PHRASES: [RegExp, string][] = [
  [/\bU\.S\.A\.?(?=\W|$)|\bU\.S\.(?=\W|$)|\bU\.S\b|\bUSA\b|\bUS\b|\bUnited States(?: of America)?\b|\bthe States\b/g, ' usa '],
  [/\bU\.K\.(?=\W|$)|\bUK\b|\bUnited Kingdom\b|\bGreat Britain\b/g, ' uk '],
  [/\bE\.U\.(?=\W|$)|\bEU\b|\bEuropean Union\b/g, ' eu '],
  [/\bU\.N\.(?=\W|$)|\bUN\b|\bUnited Nations\b/g, ' unitednations '],
  [/\bRussian Federation\b/g, ' russia '],
];

/** Terms that can stand for each other in a question: "Washington" for the US government, "Moscow" for the Kremlin. */
const STANDS_FOR: Record<string, string[]> = {
  usa: ['washington'],
  washington: ['usa'],
  kremlin: ['moscow'],
  moscow: ['kremlin'],
};

/** Question words and reporting verbs: present in almost every sentence or question, useless for ranking. */
const QUESTION_WORDS = new Set(['say', 'said', 'says', 'tell', 'told', 'hey', 'bot', 'pls', 'please', 'r', 'u', 'ur', 'whats', 'happen', 'happened']);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Split text into raw tokens, with multi-word aliases folded to one token first. */
export function tokenize(text: string): string[] {
  let folded = text;
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  return folded.match(TOKEN) ?? [];
}

/** Analysed tokens: questions and candidate sentences repeat the same words, and stemming is not free. */
const analysed = new Map<string, string | null>();
const MAX_REMEMBERED = 200_000;

/** One token to its index term, or null for a stop word. */
export function normalizeTerm(token: string): string | null {
  let term = analysed.get(token);
  if (term === undefined) {
    if (analysed.size >= MAX_REMEMBERED) analysed.clear();
    analysed.set(token, (term = analyseToken(token)));
  }
  return term;
}

function analyseToken(token: string): string | null {
  const lower = token
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (lower.length === 0 || STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower)) return null;
  const spelled = SPELLINGS[lower] ?? IRREGULAR_VERBS[lower] ?? lower;
  return /^\d/.test(spelled) ? spelled : stemmer(spelled);
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
  const others = STANDS_FOR[term];
  return others ? [term, ...others] : [term];
}
