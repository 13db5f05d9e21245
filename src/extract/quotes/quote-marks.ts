import type { Span } from '../../corpus/types.js';

/** Words between quotation marks: `start`/`end` span the words, `open`/`close` the marks around them. */
export interface Quotation extends Span {
  open: number;
  /** Just past the closing mark, or the paragraph's end when no mark closes the quotation (it goes on in the next). */
  close: number;
  /** What stands just before the closing mark: "," "." "?" "!" or "" — a comma means the attribution follows. */
  finalMark: string;
}

type Style = 'curly' | 'straight' | 'doubled' | 'single';

/** The characters that may open a quotation, and those that matter inside one. */
const OPENING_MARK = /[“„«"'`‘]/g;
const INNER_MARK = /[“«”»"'’]/g;

/**
 * The top-level quotations in [from, to). Curly, straight and doubled-apostrophe ('') double quotes open a
 * quotation; single quotes inside one are part of its words. A top-level ‘single’ quotation counts too
 * (British style), but a ’ between letters is an apostrophe. Straight marks pair in order.
 */
export function findQuotations(text: string, from: number, to: number): Quotation[] {
  const found: Quotation[] = [];
  let style: Style | null = null;
  let openAt = -1;
  let contentStart = -1;
  let depth = 0;

  const finish = (contentEnd: number, close: number) => {
    const span = trimContent(text, contentStart, contentEnd);
    if (span && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) {
      found.push({ ...span, open: openAt, close, finalMark: finalMark(text, contentStart, contentEnd) });
    }
    style = null;
  };

  // Only marks matter: the next one is found by a regular expression, far faster than a step per
  // character. It searches the paragraph alone: over the whole text, a paragraph without a mark would
  // read on to the article's end.
  const paragraph = text.slice(from, to);
  for (let i = from; i < to; i++) {
    const marks = style === null ? OPENING_MARK : INNER_MARK;
    marks.lastIndex = i - from;
    const found = marks.exec(paragraph);
    if (!found) break;
    i = from + found.index;
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    if (style === null) {
      const opening = openingStyle(text, i, from);
      if (opening) {
        style = opening;
        openAt = i;
        depth = 1;
        contentStart = i + (opening === 'doubled' ? 2 : 1);
        if (opening === 'doubled') i++;
      }
      continue;
    }
    // Curly quotations nest; a curly closing mark also ends a straight opening (sites mix them).
    if (ch === '“' || ch === '«') depth++;
    else if (ch === '”' || ch === '»') {
      if (depth > 1) depth--;
      else if (style === 'curly' || style === 'straight') finish(i, i + 1);
    } else if (style === 'straight' && ch === '"' && depth === 1) {
      // `…next year? "That is…`: a mark after a sentence's end and a space, before a word, opens the next quotation;
      // the one before was left open, as a speaker's words that go on are written.
      if (/[.?!]\s$/.test(text.slice(i - 2, i)) && /[\p{L}\p{N}]/u.test(next)) {
        finish(i - 1, i - 1);
        style = 'straight';
        openAt = i;
        depth = 1;
        contentStart = i + 1;
      } else finish(i, i + 1);
    }
    else if (style === 'doubled' && ch === "'" && next === "'") {
      finish(i, i + 2);
      i++;
    } else if (style === 'single' && ch === '’' && !/[\p{L}\p{N}]/u.test(next)) finish(i, i + 1);
  }
  if (style !== null) finish(to, to);
  return found;
}

function openingStyle(text: string, i: number, from: number): Style | null {
  const ch = text[i]!;
  const before = i > from ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? '';
  const startsWord = /[\s(\[—–-]/u.test(before) || i === from;
  if (ch === '“' || ch === '„' || ch === '«') return 'curly';
  if (ch === '"') return /\S/.test(next) && !/[\p{L}\p{N}]/u.test(before) ? 'straight' : null;
  if ((ch === "'" && next === "'") || (ch === '`' && next === '`')) return startsWord && /\S/.test(text[i + 2] ?? '') ? 'doubled' : null;
  if (ch === '‘') return startsWord && /[\p{L}\p{N}]/u.test(next) ? 'single' : null;
  return null;
}

/** The words inside the marks: white space trimmed, and a trailing comma, which belongs to the sentence. */
function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function finalMark(text: string, start: number, end: number): string {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const last = text[end - 1] ?? '';
  return /[,.?!…]/.test(last) ? last : '';
}
