/** Words: runs of letters and digits, joined across an apostrophe, full stop or hyphen ("U.S.", "it's"). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text, i)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && JOINERS.includes(text[i]!) && i + 1 < text.length && isWordChar(text, i + 1)) {
      continue;
    } else {
      inWord = false;
    }
  }
  return count;
}

const JOINERS = "'’.-";
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A surrogate pair (an emoji, a rare script) is tested whole.
  return NON_ASCII_WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** White space other than a single space: a tab, a line break, a no-break space, or two spaces. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/**
 * Every run of white space as one space. Most sentences have none to collapse, and a replace would
 * still copy them word by word: they are returned as they are.
 */
export function collapseSpace(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
