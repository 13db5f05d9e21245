import { collapseSpace, wordCount } from '../text/words.js';
import { cleanParagraphs, isBoilerplate, splitParagraphs, type RawParagraph } from './clean.js';
import { inferSource, isHeadline, isWireCredit, parseDateline, titleFromOpening, wireDateline } from './metadata.js';
import { splitSentences, wordCounts } from './segment.js';
import type { Article, Dropped, Sentence } from './types.js';

/** What a file says about itself beside its text: front matter or HTML head. Each field overrides inference. */
export interface ArticleMeta {
  title?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  addedBy?: string | undefined;
  addedAt?: string | undefined;
}

export interface ArticleInput {
  id: string;
  file: string;
  text: string;
  /** Where the body starts (after front matter). */
  bodyStart?: number;
  meta?: ArticleMeta;
}

/** Clean and segment one article's text. Pure: the same input always gives the same article. */
export function buildArticle({ id, file, text, bodyStart = 0, meta = {} }: ArticleInput): Article {
  const raw = splitParagraphs(text, bodyStart);
  const dropped: Dropped[] = [];

  const headline = takeHeadline(raw);
  let titleFrom: Article['titleFrom'] = headline ? 'headline' : 'opening';
  let title = headline?.text.replace(/\s+\S+:$/, '') ?? null;
  if (headline) raw.splice(raw.indexOf(headline), 1);

  let published: string | null = null;
  for (const p of raw.slice(0, 3)) {
    published = parseDateline(p.text);
    if (published) {
      raw.splice(raw.indexOf(p), 1);
      dropped.push({ start: p.start, end: p.end, text: p.text, reason: 'dateline' });
      break;
    }
  }

  // No dateline of its own: the wire dateline that opens the first paragraph gives the date and the outlet. It is
  // no part of the story's first sentence: its place and outlet answer no question about the story.
  const wireAt = published ? -1 : raw.slice(0, 3).findIndex((p) => wireDateline(p.text) !== null);
  const wire = wireAt < 0 ? null : wireDateline(raw[wireAt]!.text);
  if (wire) {
    const p = raw[wireAt]!;
    published = wire.published ?? published;
    dropped.push({ start: p.start, end: p.start + wire.length, text: p.text.slice(0, wire.length), reason: 'dateline' });
    raw[wireAt] = { ...p, start: p.start + wire.length, text: p.text.slice(wire.length) };
  }

  const cleaned = cleanParagraphs(text, raw, title);
  // Not push(...): a file of a few hundred thousand dropped lines would overflow the stack.
  for (const drop of cleaned.dropped) dropped.push(drop);
  const paragraphs = cleaned.kept;

  const sentences: Sentence[] = [];
  // Word counts are needed only where a glued heading is suspected: rarely, so counted on first need.
  let counts: Map<string, number> | undefined;
  const words = () => (counts ??= wordCounts(text));
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading' || paragraph.kind === 'signature') continue;
    const to = paragraph.signature && paragraph.signature.start > paragraph.start ? paragraph.signature.start : paragraph.end;
    for (const span of splitSentences(text, paragraph.start, to, words)) {
      const sentenceText = collapseSpace(text.slice(span.start, span.end)).trim();
      if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
      if (paragraph.index === firstBodyIndex(paragraphs) && isWireCredit(sentenceText)) {
        dropped.push({ ...span, text: sentenceText, reason: 'wire-credit' });
        continue;
      }
      sentences.push({ index: sentences.length, paragraph: paragraph.index, text: sentenceText, ...span });
    }
  }
  dropped.sort((a, b) => a.start - b.start);

  const lead = sentences.filter((s) => s.paragraph <= firstBodyIndex(paragraphs) + 1).map((s) => s.text);
  const wireCredits = dropped.filter((d) => d.reason === 'wire-credit').map((d) => d.text);
  const inferredSource = inferSource(
    paragraphs.map((p) => p.text),
    dropped.map((d) => d.text),
    [...lead, ...wireCredits],
  );

  if (meta.title) {
    title = meta.title;
    titleFrom = 'front-matter';
  }
  const publishedFromMeta = meta.published ? normalisePublished(meta.published) : null;
  return {
    id,
    file,
    text,
    title: title ?? titleFromOpening(sentences[0]?.text ?? id),
    titleFrom,
    source: meta.source ?? inferredSource ?? wire?.outlet ?? null,
    url: meta.url ?? null,
    published: publishedFromMeta ?? published,
    publishedFrom: publishedFromMeta ? 'front-matter' : published ? 'dateline' : null,
    paragraphs,
    sentences,
    words: sentences.reduce((n, s) => n + wordCount(s.text), 0),
    dropped,
    ...(meta.addedBy && meta.addedAt ? { added: { by: meta.addedBy, at: meta.addedAt } } : {}),
  };
}

/** The first paragraph that is not a notice, when it reads as a headline. */
function takeHeadline(raw: RawParagraph[]): RawParagraph | null {
  for (const p of raw.slice(0, 4)) {
    if (isBoilerplate(p.text)) continue;
    return isHeadline(p.text) ? p : null;
  }
  return null;
}

function firstBodyIndex(paragraphs: Article['paragraphs']): number {
  return paragraphs.find((p) => p.kind === 'body')?.index ?? 0;
}

/**
 * Front-matter dates as ISO: "2023-03-14", "2023-03-14T09:15:00" (seconds and zone kept when given), or
 * a date in words; null when it is no real date or time ("2023-02-30", "T25:99").
 */
export function normalisePublished(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(trimmed);
  if (!iso) return /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? null : parseDateline(trimmed);
  const [, year, month, day, hour = '0', minute = '0', second = '0', , zoneHour = '0', zoneMinute = '0'] = iso.map((part) => part ?? undefined);
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const valid =
    Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(zoneHour) <= 14 && Number(zoneMinute) <= 59;
  return valid ? trimmed.replace(' ', 'T') : null;
}
