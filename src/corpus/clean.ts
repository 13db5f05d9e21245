import type { Dropped, DroppedReason, Paragraph, Signature, Span } from './types.js';
import { isOtherLanguage } from '../text/language.js';
import { ROLE_NOUN_PATTERN } from '../text/phrases.js';
import { collapseSpace, wordCount } from '../text/words.js';

/**
 * Cleaning: split the body into paragraphs, classify each, and drop what is not the article's own
 * reporting (notices, link blocks, appeals, counters, captions), recording every drop with its reason.
 * Rules look at the shape of a paragraph, never at a particular site's wording alone.
 */

export interface RawParagraph extends Span {
  text: string;
}

/** Paragraphs: one per line, or per blank-line block when the text is hard-wrapped. */
export function splitParagraphs(text: string, from = 0): RawParagraph[] {
  const lines: RawParagraph[] = [];
  // Lines end in \n, \r\n or a lone \r (old Mac files), mixed in one file or not.
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length - m[1]!.length;
    lines.push({ start, end, text: text.slice(start, end) });
    if (m[0].length === 0) break;
  }
  const wrapped = isHardWrapped(lines);
  const paragraphs: RawParagraph[] = [];
  let open: RawParagraph | null = null;
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blank || !wrapped) {
      if (open) paragraphs.push(open);
      open = null;
      if (!blank) paragraphs.push(trimmed(text, line));
      continue;
    }
    open = open ? { start: open.start, end: line.end, text: '' } : { ...line };
  }
  if (open) paragraphs.push(open);
  return paragraphs.map((p) => trimmed(text, p));
}

/** Hard-wrapped text: most lines end near one width and run on into the next line. */
function isHardWrapped(lines: RawParagraph[]): boolean {
  const full = lines.filter((l) => l.text.trim().length > 0);
  if (full.length < 6) return false;
  const widths = full.map((l) => l.text.length);
  // Not Math.max(...widths): spreading a file of a few hundred thousand lines overflows the stack.
  const max = widths.reduce((most, w) => Math.max(most, w), 0);
  if (max > 120) return false;
  const nearMax = widths.filter((w) => w >= max - 15).length;
  return nearMax / full.length >= 0.5;
}

function trimmed(text: string, span: Span): RawParagraph {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: collapseSpace(text.slice(start, end)) };
}

export interface CleanResult {
  kept: Paragraph[];
  dropped: Dropped[];
}

/** Classify paragraphs (after the title and dateline were taken off) into kept and dropped ones. */
export function cleanParagraphs(text: string, raw: RawParagraph[], title: string | null): CleanResult {
  const headline = title === null ? null : normalise(title);
  const reasons: (DroppedReason | null)[] = raw.map((p) => dropReason(p.text, headline));
  // The whole text's share, summed paragraph by paragraph: joining them copied the whole article.
  const counts = { letters: 0, latin: 0 };
  for (const p of raw) countLetters(p.text, counts);
  const latin = isLatinShare(counts);
  raw.forEach((p, i) => {
    if (!reasons[i] && latin && (!mostlyLatin(p.text) || isOtherLanguage(p.text))) reasons[i] = 'foreign-language';
  });
  dropLinkListsAfterHeaders(raw, reasons);
  dropFooter(raw, reasons);

  const kept: Paragraph[] = [];
  const dropped: Dropped[] = [];
  raw.forEach((p, i) => {
    const reason = reasons[i];
    if (reason) dropped.push({ start: p.start, end: p.end, text: p.text, reason });
    else kept.push({ index: kept.length, kind: 'body', start: p.start, end: p.end, text: p.text });
  });
  classifyKept(text, kept);
  return { kept, dropped };
}

/** Machine-translation services are named the same in a notice in any language. */
const TRANSLATION_SERVICE = /\b(google translate|deepl|yandex[ .]?translate|bing translator|microsoft translator|papago|systran)\b/i;
const MACHINE_TRANSLATED = /\b(machine[- ]translat\w*|automatically translated|translated automatically|auto-translated)\b/i;
const LINK_HEADER =
  /^(read (also|more|next)|also read|see also|related( (articles|stories|news))?|materials on the topic|more on (this|the) (topic|subject)|on the (subject|topic)|you (may|might) (also )?(be interested in|like)|recommended|more from|top stories|trending)(?![a-z])/i;
const READ_ON = /^[Rr]ead (it )?(on|at|in) (\p{Lu}[\p{L}'’.-]*)( \p{Lu}[\p{L}'’.-]*)*\.?$/u;
const SUBSCRIBE = /\b(subscribe|sign up for|follow us|join us on|newsletter)\b/i;
const COMMENTS = /^(leave a (reply|comment)|post a comment|add (a )?comment|comments?( \(\d+\))?|\d+ comments?|show comments)$/i;
const PAGE_COUNTER = /^\d[\d,. ]*\s*(requests?|queries|quer(y|ies))\s+in\s+[\d,. ]+\s*(sec(ond)?s?|ms)\.?$|^page generated in\b/i;
const CAPTION = /(^|\s)(photo|image|picture|illustration|video|credit|source)s?\s*(:|by\b)|\b(getty images|shutterstock|ap photo|afp photo)\b/i;
/** The writers speaking of themselves; "US" in capitals is the country. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;
const PAYMENT = /\b(donat(?:e|ion|ions)|contributions?|support us|support our)\b/i;
const PAYMENT_SERVICE = /\b(?:stripe|paypal|patreon)\b/i;
/** UTF-8 Cyrillic read as Windows-1251 ("РєР°"), or UTF-8 Latin read as Latin-1 ("Ã©", "â€™"). */
const MOJIBAKE = /(?:[РС][\u0400-\u045F°»«µ¶·±Ѓ-ї]\s?){3,}|(?:Ã.|â€.|Â[\u00A0-\u00BF]){2,}/u;

/** A paragraph any article would drop on its own: a notice, a link, an appeal, a line in another script. */
export function isBoilerplate(paragraph: string): boolean {
  return dropReason(paragraph, null) !== null || !mostlyLatin(paragraph);
}

/** `headline`: the article's title, normalised; a paragraph that repeats it is dropped. */
function dropReason(paragraph: string, headline: string | null): DroppedReason | null {
  const words = wordCount(paragraph);
  // A short paragraph that names a translation service, in English or in another language, is a notice.
  const names = TRANSLATION_SERVICE.test(paragraph);
  if (words <= 80 && (MACHINE_TRANSLATED.test(paragraph) || (names && (/\btranslat/i.test(paragraph) || isOtherLanguage(paragraph))))) {
    return 'translation-notice';
  }
  if (MOJIBAKE.test(paragraph)) return 'mojibake';
  if (PAGE_COUNTER.test(paragraph)) return 'page-counter';
  if (COMMENTS.test(paragraph)) return 'comments';
  if (LINK_HEADER.test(paragraph) || READ_ON.test(paragraph)) return 'related-links';
  if (SUBSCRIBE.test(paragraph) && (words <= 25 || /\bsubscribe to our\b/i.test(paragraph))) return 'subscribe';
  if (CAPTION.test(paragraph) && words <= 30) return 'photo-caption';
  if (headline && words <= 40 && normalise(paragraph).startsWith(headline)) return 'repeated-headline';
  if (isReaderAppeal(paragraph)) return 'reader-appeal';
  return null;
}

/**
 * The outlet speaking to its readers: "we" and "you" with thanks, support or payment. A paragraph with
 * a quotation is someone else speaking ("“We thank you for your support,” the senator said").
 */
function isReaderAppeal(paragraph: string): boolean {
  if (/["“”«»]/.test(paragraph)) return false;
  // "A bank will donate $8m", "a positive contribution to the account" report; an appeal asks the reader,
  // speaks for the writers, or names the payment service.
  const asksReader = FIRST_PERSON.test(paragraph) || /\b(?:you|your)\b/i.test(paragraph);
  if (PAYMENT_SERVICE.test(paragraph) && (asksReader || wordCount(paragraph) <= 30)) return true;
  if (PAYMENT.test(paragraph) && FIRST_PERSON.test(paragraph)) return true;
  const ourselves = (paragraph.match(new RegExp(FIRST_PERSON.source, 'g')) ?? []).length;
  const reader = /\b(you|your|readers?)\b/i.test(paragraph);
  return ourselves >= 2 && reader && /\b(thank|support|grateful|subscribe|afloat)\w*/i.test(paragraph);
}

/** After a link-list header ("Read also on X:"), the headline-like lines that follow are its links. */
function dropLinkListsAfterHeaders(raw: RawParagraph[], reasons: (DroppedReason | null)[]): void {
  for (let i = 0; i < raw.length; i++) {
    if (reasons[i] !== 'related-links' || !/:\s*$/.test(raw[i]!.text)) continue;
    for (let j = i + 1; j < raw.length && (reasons[j] || isHeadlineLike(raw[j]!.text)); j++) {
      reasons[j] ??= 'related-links';
    }
  }
}

/**
 * The page footer: from the first boilerplate paragraph after which nothing reads as reporting
 * (a full sentence that is not an appeal), everything is dropped.
 */
function dropFooter(raw: RawParagraph[], reasons: (DroppedReason | null)[]): void {
  let footerStart = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    const reason = reasons[i];
    if (reason) {
      if (FOOTER_MARKERS.has(reason)) footerStart = i;
      continue;
    }
    if (!isFooterFiller(raw[i]!.text)) break;
  }
  if (footerStart < 0) return;
  for (let i = footerStart + 1; i < raw.length; i++) reasons[i] ??= 'footer';
}

const FOOTER_MARKERS = new Set<DroppedReason>(['related-links', 'subscribe', 'reader-appeal', 'comments', 'page-counter']);
const SIGN_OFF = /^(thank(s| you)|always yours|yours|sincerely|best regards|regards)\b/i;

function isFooterFiller(paragraph: string): boolean {
  return isHeadlineLike(paragraph) || isReaderAppeal(paragraph) || SIGN_OFF.test(paragraph);
}

/** A line that reads as a title, not a sentence: short and without closing punctuation. */
export function isHeadlineLike(paragraph: string): boolean {
  return wordCount(paragraph) <= 20 && !/[.!?…]["”’»)]?$/.test(paragraph.trim());
}

/** Headings, block quotes and their signatures among the kept paragraphs. */
function classifyKept(text: string, kept: Paragraph[]): void {
  kept.forEach((p, i) => {
    const next = kept[i + 1];
    const standalone = parseSignature(text, p.start, p.end, true);
    if (standalone && i > 0 && kept[i - 1]!.kind !== 'heading') {
      p.kind = 'signature';
      const quoted = kept[i - 1]!;
      if (quoted.kind === 'body' && !/["“”]/.test(quoted.text.slice(0, 1))) {
        quoted.kind = 'blockquote';
        quoted.signature = standalone;
      }
      return;
    }
    const trailing = !/[.!?…"”’»)]$/.test(p.text) ? parseSignature(text, p.start, p.end) : null;
    if (trailing && trailing.start > p.start) {
      p.kind = 'blockquote';
      p.signature = trailing;
      return;
    }
    if (next && isHeadlineLike(p.text) && wordCount(p.text) <= 15 && !parseSignature(text, next.start, next.end, true)) {
      p.kind = 'heading';
    }
  });
}

const NAME_TOKEN = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * A signature at the end of [from, to): a name of two or three capitalised words, then a role that
 * names an office ("Assistant to the Prime Minister", "State Duma deputy"), to the end, with no
 * closing punctuation. With `probe`, only whether the span opens with one.
 */
export function parseSignature(text: string, from: number, to: number, probe = false): Signature | null {
  const segment = text.slice(from, to);
  if (/[.!?…"”]$/.test(segment.trim()) || (probe && wordCount(segment) > 20)) return null;
  // Split glued "LindqvistAdviser" at the joint so the name and role read as words.
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of segment.matchAll(/\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})|[\p{L}\p{N}'’.-]+/gu)) {
    tokens.push({ word: m[0], start: from + m.index!, end: from + m.index! + m[0].length });
  }
  // A signature is at most three name words and twelve role words: only the tail can hold one.
  for (let n = Math.max(0, tokens.length - 15); n < tokens.length - 2; n++) {
    if (probe && n > 0) break;
    for (const nameLength of [2, 3]) {
      const name = tokens.slice(n, n + nameLength);
      const role = tokens.slice(n + nameLength);
      if (name.length < nameLength || role.length === 0 || role.length > 12) continue;
      if (!name.every((t) => NAME_TOKEN.test(t.word) && !ROLE_NOUN_PATTERN.test(t.word))) continue;
      if (n > 0 && NAME_TOKEN.test(tokens[n - 1]!.word) && !isLowerBoundary(tokens[n - 1]!.word)) continue;
      const roleText = text.slice(role[0]!.start, role.at(-1)!.end);
      if (!/^\p{Lu}/u.test(roleText) || !ROLE_NOUN_PATTERN.test(roleText)) continue;
      const nameSpan = { start: name[0]!.start, end: name.at(-1)!.end };
      return {
        start: nameSpan.start,
        end: role.at(-1)!.end,
        name: name.map((t) => t.word).join(' '),
        nameSpan,
        role: roleText,
        roleSpan: { start: role[0]!.start, end: role.at(-1)!.end },
      };
    }
  }
  return null;
}

/** A capitalised word before a name that still cannot be part of it ("In", "The"). */
function isLowerBoundary(word: string): boolean {
  return /^(The|A|An|In|On|At|Of|And|But|Or|So|This|That|It|We|They|He|She)$/.test(word);
}

function mostlyLatin(text: string): boolean {
  return isLatinShare(countLetters(text, { letters: 0, latin: 0 }));
}

function isLatinShare({ letters, latin }: { letters: number; latin: number }): boolean {
  return letters === 0 || latin / letters >= 0.5;
}

/** Adds `text`'s letters and Latin letters to `counts`. */
function countLetters(text: string, counts: { letters: number; latin: number }): { letters: number; latin: number } {
  // ASCII letters are Latin; only the rest need the Unicode script test.
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        counts.letters++;
        counts.latin++;
      }
    } else if (NON_ASCII_LETTER.test(c)) {
      counts.letters++;
      if (LATIN.test(c)) counts.latin++;
    }
  }
  return counts;
}

const NON_ASCII_LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
