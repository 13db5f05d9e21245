/**
 * "Orrin and three smaller communities, Pell, Ashgrove and Dunmere": a counted noun phrase that the names
 * after it spell out. Asked "which communities…", the names are the answer, with any named before it by
 * "and" ("Orrin and three…").
 */

const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** "three smaller communities": a count, at most two modifiers, a plural noun. */
const COUNTED = /^(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}+s$/iu;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’.-]*)*`;
/** ", Pell, Ashgrove and Dunmere" or ": Pell, Ashgrove and Dunmere" right after the phrase. */
const NAMES_AFTER = new RegExp(String.raw`^\s*[,:(—–]\s*(${NAME}(?:\s*,\s*${NAME})*,?\s+and\s+${NAME})`, 'u');
/** "Orrin and " right before the phrase. */
const NAME_BEFORE = new RegExp(String.raw`(${NAME})\s+and\s+$`, 'u');

/** The names a counted phrase stands for, as one list ("Orrin, Pell, Ashgrove and Dunmere"); null when the names do not make up the count. */
export function namesCounted(text: string, phrase: { start: number; end: number }): string | null {
  const counted = COUNTED.exec(text.slice(phrase.start, phrase.end));
  if (!counted) return null;
  const count = COUNTS[counted[1]!.toLowerCase()] ?? Number(counted[1]);
  const after = NAMES_AFTER.exec(text.slice(phrase.end));
  if (!after) return null;
  // The sentence's full stop is no part of the last name ("Dunmere."), an initial's is ("St.").
  const names = after[1]!.replace(/(\p{L}{3})\.$/u, '$1').split(/\s*,\s*|,?\s+and\s+/).filter((name) => name.length > 0);
  if (names.length !== count) return null;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, phrase.start - 60), phrase.start));
  const all = before ? [before[1]!, ...names] : names;
  return `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}
