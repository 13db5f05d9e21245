/**
 * Tense: the nearest word that shows one. Auxiliaries, common irregular verbs and "scheduled" are sure
 * signs; modals and words in -ed are weaker ones, counted as a little further away than they are.
 */

export type Tense = 'past' | 'future' | 'present';

/** "was set for", "were postponed to": an event planned for the date, whatever the tense of the planning. */
const PLANNED_FOR = String.raw`(?:(?:scheduled|slated|planned|set|due)(?=\s+for\b)|(?:postponed|rescheduled)(?=\s+(?:for|to|until)\b))`;

/** "plans to", "is planning to": a plan is a sign of the future only as a verb ("blocked the plans on Tuesday" is past). */
const SURE_FUTURE = String.raw`${PLANNED_FOR}|will|won['’]t|shall|['’]ll|going to|scheduled|slated|(?:plans?|planning)(?=\s+to\b)|expects?|expecting|(?:was|were)\s+expected|upcoming|intends?|is to|are to|set to|as soon as|as early as`;

/** ("the planned merger", "an expected rise": an adjective after a determiner shows no tense.) */
const WEAK_FUTURE = String.raw`would|could|can|might|should|must|hopes?|aims?|(?<!\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+)(?:planned|expected)|until`;

/**
 * "had expected", "was scheduled": a past auxiliary makes the participle after it past. "Was expected in
 * Oslo on Saturday" is not: what was expected is ahead of the expecting.
 */
const PAST_PARTICIPLE = String.raw`(?:was|were|had|wasn['’]t|weren['’]t|hadn['’]t)\s+(?:not\s+)?(?!${PLANNED_FOR}\b)(?!(?:expected|due)\b)(?:\w+ed|due|set)`;

const SURE_PAST =
  String.raw`${PAST_PARTICIPLE}|was|were|wasn['’]t|weren['’]t|had|hadn['’]t|did|didn['’]t|has|have|hasn['’]t|haven['’]t|['’]ve|ago|earlier|last|previously|` +
  String.raw`said|told|held|met|took|began|came|went|made|gave|spoke|saw|fell|rose|won|lost|left|sent|brought|bought|` +
  String.raw`sold|paid|kept|led|ran|wrote|became|chose|drew|flew|grew|knew|thought|found|struck|stood|broke|heard|` +
  String.raw`meant|sought|taught|threw|understood|felt|fought|spent|built|got|woke|wore|tore|shot|rang|sank|sat|slept|swore`;

const PRESENT = String.raw`is|are|am|isn['’]t|aren['’]t|says|remains|continues`;

const WEAK_PAST = String.raw`[a-z]{2,}ed`;

/** "could be organized", "will be held": a modal makes the participle after it future. */
const MODAL_PASSIVE = String.raw`(?:will|would|could|can|might|should|must|may)\s+(?:not\s+)?be\s+\w+ed`;

const TENSE_SIGN = new RegExp(
  String.raw`\b(?:(${MODAL_PASSIVE}|${SURE_FUTURE})|(${WEAK_FUTURE})|(${SURE_PAST})|(${PRESENT})|(${WEAK_PAST}))\b|(?<![\p{L}])(may)\b`,
  'giu',
);

/** How much further a weak sign counts, in characters. */
const WEAK_SIGN_PENALTY = 12;
/**
 * How much further a sign counts that follows the date past a comma or a subordinating word: "could arrive
 * on Sunday night, though they said…" is told by "could", not by the clause after it.
 */
const NEXT_CLAUSE_PENALTY = 30;
/** What opens another clause between a date and a sign after it: a comma, or a word that subordinates ("…in the autumn while bearings are lifted"). */
const CLAUSE_BETWEEN = /,|\b(?:while|whilst|when|because|although|though|whereas|after|before|since|until|unless|if)\b/i;

const SIGNS: Array<{ tense: Tense; weak: boolean }> = [
  { tense: 'future', weak: false },
  { tense: 'future', weak: true },
  { tense: 'past', weak: false },
  { tense: 'present', weak: false },
  { tense: 'past', weak: true },
  { tense: 'future', weak: true },
];

interface Sign {
  at: number;
  to: number;
  tense: Tense;
  weak: boolean;
}

/** The signs of the text read last: the parsers and refiners ask about each date of one sentence in turn. */
let read: { text: string; signs: Sign[] } = { text: '', signs: [] };

function signsOf(text: string): Sign[] {
  if (read.text === text) return read.signs;
  const signs: Sign[] = [];
  for (const match of text.matchAll(TENSE_SIGN)) {
    const group = match.findIndex((part, i) => i > 0 && part !== undefined) - 1;
    if (group === 4 && match[0] !== match[0].toLowerCase()) continue;
    if (group === 5 && match[0] !== 'may') continue;
    signs.push({ at: match.index, to: match.index + match[0].length, ...SIGNS[group]! });
  }
  read = { text, signs };
  return signs;
}

/** The tense of the words nearest to text[start, end), or null when the sentence shows none. */
export function tenseAt(text: string, start: number, end: number): Tense | null {
  let best: { distance: number; tense: Tense } | null = null;
  for (const { at, to, tense, weak } of signsOf(text)) {
    if (to > start && at < end) continue;
    const distance = (at >= end ? at - end : start - to) + (weak ? WEAK_SIGN_PENALTY : 0) + (at >= end && CLAUSE_BETWEEN.test(text.slice(end, at)) ? NEXT_CLAUSE_PENALTY : 0);
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? null;
}
