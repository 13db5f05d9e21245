/**
 * TimeBank 1.2 + AQUAINT (TempEval-3 "TBAQ-cleaned", ../shared/eval/timeml-tbaq/) read into plain text with
 * stand-off TIMEX3s, EVENTs and the TLINKs between them, and split into a development part and a held-out
 * part by a fixed rule: a document is held out when the FNV-1a hash of its file name is odd.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildArticle } from '../../src/corpus/article.js';
import { splitSentences } from '../../src/corpus/segment.js';
import type { Article } from '../../src/corpus/types.js';

export interface Timex {
  id: string;
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimemlEvent {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** A TLINK between an event (by its EVENT id) and a TIMEX3 (by its tid). */
export interface EventTimeLink {
  event: string;
  timex: string;
  relation: string;
}

export interface TimemlDocument {
  id: string;
  text: string;
  creationTime: string;
  creationTimeId: string;
  timexes: Timex[];
  events: TimemlEvent[];
  links: EventTimeLink[];
}

export type Part = 'development' | 'held-out';

export const TIMEML_DIR = resolve(PROJECT_ROOT, '../shared/eval/timeml-tbaq');

/** Every document once (the data repeats some), or null when the evaluation data is absent. */
export function readTimeml(dir = TIMEML_DIR): TimemlDocument[] | null {
  if (!existsSync(dir)) return null;
  const seen = new Set<string>();
  const docs: TimemlDocument[] = [];
  for (const file of tmlFiles(dir)) {
    const doc = readDocument(file);
    if (!doc || seen.has(doc.id)) continue;
    seen.add(doc.id);
    docs.push(doc);
  }
  return docs;
}

/**
 * The document as an Article. buildArticle's cleaning would take the first line for a headline and may
 * drop lines that read as boilerplate; TimeML annotates every line, so sentences are cut from the whole
 * text with the project's own sentence splitter instead.
 */
export function timemlArticle(doc: TimemlDocument): Article {
  const base = buildArticle({ id: doc.id, file: `${doc.id}.tml`, text: doc.text, meta: { published: doc.creationTime } });
  const sentences = splitSentences(doc.text).map((span, index) => ({
    ...span,
    index,
    paragraph: 0,
    text: doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
  }));
  return { ...base, sentences };
}

/** The documents of each part, development first; null (after saying so) when the evaluation data is absent. */
export function timemlParts(): Array<{ part: Part; docs: TimemlDocument[] }> | null {
  const docs = readTimeml();
  if (!docs) {
    console.log(`Skipped: ${TIMEML_DIR} not found (the TimeBank/AQUAINT evaluation data lives in ../shared/eval/timeml-tbaq/).`);
    return null;
  }
  return (['development', 'held-out'] as Part[]).map((part) => ({ part, docs: docs.filter((doc) => partOf(doc) === part) }));
}

/** The fixed split: FNV-1a of the document's file name, odd → held out. */
export function partOf(doc: Pick<TimemlDocument, 'id'>): Part {
  let hash = 0x811c9dc5;
  for (const char of `${doc.id}.tml`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 2 === 1 ? 'held-out' : 'development';
}

function tmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) files.push(path);
  }
  return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The TEXT element with its tags stripped; TIMEX3s and EVENTs as offsets into that text; event–time TLINKs. */
function readDocument(path: string): TimemlDocument | null {
  const xml = readFileSync(path, 'utf8');
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) return null;
  let text = '';
  const timexes: Timex[] = [];
  const events: TimemlEvent[] = [];
  let timex: Omit<Timex, 'end' | 'text'> | null = null;
  let event: { id: string; start: number } | null = null;
  for (const part of body[1]!.split(/(<[^>]+>)/)) {
    if (!part.startsWith('<')) {
      text += unescapeXml(part);
    } else if (part.startsWith('<TIMEX3')) {
      const a = attributes(part);
      timex = { id: a.tid ?? '', start: text.length, type: a.type ?? '', value: a.value ?? '' };
    } else if (part.startsWith('</TIMEX3') && timex) {
      timexes.push({ ...timex, end: text.length, text: text.slice(timex.start) });
      timex = null;
    } else if (part.startsWith('<EVENT')) {
      event = { id: attributes(part).eid ?? '', start: text.length };
    } else if (part.startsWith('</EVENT') && event) {
      events.push({ ...event, end: text.length, text: text.slice(event.start) });
      event = null;
    }
  }
  const instanceOf = new Map<string, string>();
  for (const tag of xml.matchAll(/<MAKEINSTANCE[^>]*>/g)) {
    const a = attributes(tag[0]);
    if (a.eiid && a.eventID) instanceOf.set(a.eiid, a.eventID);
  }
  const links: EventTimeLink[] = [];
  for (const tag of xml.matchAll(/<TLINK[^>]*>/g)) {
    const a = attributes(tag[0]);
    const eventId = instanceOf.get(a.eventInstanceID ?? '') ?? instanceOf.get(a.relatedToEventInstance ?? '');
    const timexId = a.relatedToTime ?? a.timeID;
    if (eventId && timexId && a.relType && (a.eventInstanceID ? !a.timeID : !a.relatedToTime)) links.push({ event: eventId, timex: timexId, relation: a.relType });
  }
  const id = path.replace(/^.*\//, '').replace(/\.tml$/, '');
  const creation = attributes(dct[0]);
  return { id, text, creationTime: creation.value!, creationTimeId: creation.tid ?? '', timexes, events, links };
}
