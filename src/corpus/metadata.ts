import * as chrono from 'chrono-node';
import { wordCount } from '../text/words.js';
import { isHeadlineLike } from './clean.js';

/** A line that is only a date, with the year: a dateline ("09:15, 14 March 2023"). Returns ISO or null. */
export function parseDateline(line: string): string | null {
  const trimmed = line.trim().replace(/^(published|updated|posted|date)\s*:?\s*/i, '');
  // A dateline names its year: without four digits there is nothing to parse.
  if (trimmed.length === 0 || !/\d{4}/.test(trimmed) || wordCount(trimmed) > 10) return null;
  const [result] = chrono.en.GB.parse(trimmed);
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) {
    return null;
  }
  const outside = trimmed.slice(0, result.index) + trimmed.slice(result.index + result.text.length);
  if (/[\p{L}\p{N}]{3,}/u.test(outside.replace(/\b(GMT|UTC|ET|EST|EDT|PT|MSK|CET)\b/g, ''))) return null;
  return componentsToIso(result.start);
}

/**
 * A wire dateline opening the first paragraph: the place, the date with its year, the outlet in brackets,
 * a dash ("Norvik, 14 May 2025 (Coastal Times) - Dock workers…"). A date without its year tells too little.
 */
const WIRE_DATELINE = /^\s*\p{Lu}[\p{L}' .-]{1,40},\s+([^()–—-]{6,30}?\d{4})\s*(?:\((\p{Lu}[^()]{1,40})\)\s*)?[-–—]+\s+\S/u;

/**
 * A wire dateline without its year, as agencies write them: the place in capitals, then the month and day or the
 * outlet in brackets or both ("ORRIN, Aug 12 (Reuters) -", "KESSLING (Nordpress) -"). The place may be followed by
 * its region or country before the date ("ORRIN, Vestland, Aug 12 (Reuters) -").
 */
const YEARLESS_DATELINE = /^\s*\p{Lu}[\p{Lu}' .-]{1,40}?(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d))?(?:,\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}))?\s*(?:\((\p{Lu}[^()]{1,40})\)\s*)?[-–—]+\s+\S/u;

/**
 * The date (ISO) and outlet a paragraph's wire dateline gives, with its length up to the story's first word, or
 * null. A dateline without its year dates nothing (`published` is null) but still names the outlet, and is no
 * part of the story.
 */
export function wireDateline(paragraph: string): { published: string | null; outlet: string | null; length: number } | null {
  const match = WIRE_DATELINE.exec(paragraph);
  const published = match ? parseDateline(match[1]!) : null;
  if (published) return { published, outlet: match![2]?.trim() ?? null, length: match![0].length - 1 };
  const yearless = YEARLESS_DATELINE.exec(paragraph);
  if (!yearless || (yearless[1] === undefined && yearless[2] === undefined) || (yearless[1] !== undefined && !monthDay(yearless[1]))) return null;
  return { published: null, outlet: yearless[2]?.trim() ?? null, length: yearless[0].length - 1 };
}

/** The month and day of a dateline that gives them without a year ("ORRIN, Aug 12 (Reuters) - "), or null. */
export function datelineMonthDay(dateline: string): { month: number; day: number } | null {
  const written = /,\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})\b/u.exec(dateline)?.[1];
  return written ? monthDay(written) : null;
}

function monthDay(text: string): { month: number; day: number } | null {
  const [result] = chrono.en.parse(text);
  if (!result || result.index !== 0 || !result.start.isCertain('month') || !result.start.isCertain('day') || result.start.isCertain('year')) return null;
  return { month: result.start.get('month')!, day: result.start.get('day')! };
}

/** ISO date, or date and time when the hour is given, in the writer's local time (no zone shift). */
export function componentsToIso(components: chrono.ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${components.get('year')}-${pad(components.get('month')!)}-${pad(components.get('day')!)}`;
  if (!components.isCertain('hour')) return date;
  return `${date}T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`;
}

/** A first line that reads as a headline: a title, not a sentence. */
export function isHeadline(line: string): boolean {
  return wordCount(line) >= 2 && wordCount(line) <= 25 && isHeadlineLike(line.replace(/\s+\S+:$/, ''));
}

/** A title made from the opening sentence, cut at a word boundary. */
export function titleFromOpening(sentence: string, maxLength = 90): string {
  const clean = sentence.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean.replace(/[.]$/, '');
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : maxLength).replace(/[,;:–—-]+$/, '')}…`;
}

const OUTLET = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|the|for|de|di))*)`;
/** The outlet promoting itself: "Read on The Lantern", "Read also on HarbourDaily:", "Subscribe to HarbourDaily". */
const SELF_REFERENCE = new RegExp(
  String.raw`^(?:[Rr]ead (?:also |more )?(?:on|at|in)|[Ss]ubscribe to|[Aa]lways yours,|[Ff]ollow)\s+${OUTLET}`,
  'u',
);
/** The outlet reporting: "..., reports Nordic Wire." / "NWA reports". */
const REPORTS = new RegExp(String.raw`(?:\breports?|\breported by|\bwrites)\s+${OUTLET}\s*[.,;…]|^${OUTLET}\s+reports\b`, 'u');
/** A byline that names the outlet after the writer: "By Jenna Kowalczyk, Calder Gazette", "By Per Holm for The Lantern". */
const BYLINE = new RegExp(String.raw`^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,|\s+for|\s+[|–—-])\s+${OUTLET}\s*$`, 'u');
/** A wire credit closing the lead: "TASS…", "(Reuters)". */
const WIRE_CREDIT = /^\(?(\p{Lu}[\p{Lu}\p{N}&-]{1,10}|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\)?\s*(…|\.\.\.|\.)?$/u;

/** How many opening paragraphs are read for a byline. */
const BYLINE_PARAGRAPHS = 3;

/**
 * The outlet, when the text names it: a self-reference (the publisher) first, then a byline, then the agency
 * the lead says it reports from, then a wire credit.
 */
export function inferSource(paragraphs: string[], dropped: string[], leadSentences: string[]): string | null {
  for (const text of [...dropped, ...paragraphs]) {
    const self = SELF_REFERENCE.exec(text.replace(/^(?:on google news|in facebook)\b/i, ''));
    if (self) return tidyOutlet(self[1]!);
  }
  for (const text of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    const byline = BYLINE.exec(text.trim());
    if (byline) return tidyOutlet(byline[1]!);
  }
  for (const sentence of leadSentences) {
    const reports = REPORTS.exec(sentence);
    if (reports) return tidyOutlet(reports[1] ?? reports[2]!);
  }
  for (const sentence of leadSentences) {
    const credit = WIRE_CREDIT.exec(sentence.trim());
    if (credit) return credit[1]!;
  }
  return null;
}

export function isWireCredit(sentence: string): boolean {
  return WIRE_CREDIT.test(sentence.trim()) && wordCount(sentence) <= 2;
}

function tidyOutlet(name: string): string {
  return name
    .replace(/\s+(on|in)\s+(google news|facebook|twitter|telegram)\b.*$/i, '')
    .replace(/\s+(of|the|for|de|di)$/i, '')
    .replace(/[.:]+$/, '')
    .trim();
}
