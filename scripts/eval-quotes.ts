/**
 * Quote and reported-speech extraction measured on PolNeAR: US news texts from the 2016 election with
 * brat attribution annotations (Source, Cue, Content spans). Rules are developed on the training split
 * (../shared/eval/polnear-train/, 840 texts) and reported on the development split (polnear-dev, 84
 * texts, not tuned on); both are printed.
 *
 * Gold direct quotations are Content spans that open with a quotation mark; the others are reported
 * speech. A text annotated by more than one annotator is scored against the annotator file that sorts
 * first. All texts of a split are extracted as one corpus, as the bot would load them.
 *
 * Direct quotations:
 * - recall: gold direct quotations overlapped by an extracted quote (kind "quote"; "quote or fragment" too)
 * - precision: extracted quotes (kind "quote") that overlap any gold Content span, direct or reported
 * - speaker accuracy: among matched gold quotations whose Source is a name (a capitalised word other than
 *   a pronoun or article), the share whose extracted speaker matches it: the speaker's last name is a word
 *   of the gold source, or the gold source's last capitalised word is a word of the speaker's names
 * Reported speech:
 * - recall: gold non-quoted Content spans at least half covered by one extracted statement
 * - precision: extracted statements that overlap any gold Content span
 * - named-speaker accuracy: as for quotations, over the matched gold spans whose Source is a name
 *
 * Usage: npm run eval:quotes [-- --json] [-- --errors] [-- --split train|dev]
 *   (--errors lists misses, RMISS~ for reported words only partly covered, and wrong speakers of the one
 *   split asked for, train unless told)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/corpus/article.js';
import type { Article } from '../src/corpus/types.js';
import { FUNCTION_WORDS } from '../src/text/phrases.js';
import { extractQuotes } from '../src/extract/quotes/quotes.js';
import type { Quote, QuoteSet, Speaker } from '../src/extract/types.js';
import { PROJECT_ROOT } from '../src/config.js';

interface Span {
  start: number;
  end: number;
}

interface GoldAttribution {
  text: string;
  content: Span[];
  contentText: string;
  source: string | null;
  cue: string | null;
}

interface Document {
  id: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
}

/** brat stand-off: "T3\tContent 24 60;70 80\twords" and "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1". */
function readAnnotations(path: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Record<string, string>[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, { type: type!, spans: ranges });
    } else if (id.startsWith('E')) {
      events.push(Object.fromEntries(body.split(' ').map((pair) => pair.split(':') as [string, string])));
    }
  }
  const slice = (ref: string | undefined) => {
    const span = ref ? spans.get(ref) : undefined;
    return span ? span.spans.map((s) => text.slice(s.start, s.end)).join(' ') : null;
  };
  return events.flatMap((event) => {
    const content = event.Content ? spans.get(event.Content) : undefined;
    if (!content) return [];
    return [{ text: slice(event.Content)!, content: content.spans, contentText: slice(event.Content)!, source: slice(event.Source), cue: slice(event.Cue) }];
  });
}

function loadDocuments(dir: string): Document[] {
  const annotations = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const documents: Document[] = [];
  for (const name of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const id = name.replace(/\.txt$/, '');
    const file = annotations.find((a) => a.startsWith(`${id}_`));
    if (!file) continue;
    const text = readFileSync(join(dir, 'text', name), 'utf8');
    documents.push({ id, annotator: file.slice(id.length + 1, -4), text, attributions: readAnnotations(join(dir, 'attributions', file), text) });
  }
  return documents;
}

const isDirect = (a: GoldAttribution) => /^\s*["“‘«']/.test(a.contentText);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlapsAny = (spans: Span[], q: Span) => spans.some((s) => overlap(s, q) > 0);

/** Lower-case words, a possessive's ending dropped ("Sanders’ campaign" names Sanders). */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/, ''));
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'president', 'senator', 'chairman']);

/** Capitalised words that are not pronouns, articles or titles: the gold source names someone. */
function goldNameWords(source: string): string[] {
  return (source.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? [])
    .map((w) => w.toLowerCase().replace(/\.$/, ''))
    .filter((w) => !FUNCTION_WORDS.has(w) && !TITLES.has(w));
}

function speakerMatches(speaker: Speaker | undefined, source: string): boolean {
  if (!speaker) return false;
  const gold = new Set(words(source));
  const ours = words(speaker.name);
  if (ours.length > 0 && gold.has(ours[ours.length - 1]!)) return true;
  const names = new Set([speaker.name, ...speaker.aliases].flatMap(words));
  const goldNames = goldNameWords(source);
  return goldNames.length > 0 && names.has(goldNames[goldNames.length - 1]!);
}

interface Scores {
  texts: number;
  goldDirect: number;
  found: number;
  foundWithFragments: number;
  extracted: number;
  precise: number;
  namedSources: number;
  speakerRight: number;
  fragments: number;
  recall: number;
  recallWithFragments: number;
  precision: number;
  f1: number;
  speakerAccuracy: number;
  reported: ReportedScores;
  milliseconds: number;
}

interface ReportedScores {
  gold: number;
  found: number;
  statements: number;
  precise: number;
  namedSources: number;
  speakerRight: number;
  recall: number;
  precision: number;
  speakerAccuracy: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const covered = (gold: Span[], q: Span) => gold.reduce((n, c) => n + overlap(c, q), 0);
const size = (gold: Span[]) => gold.reduce((n, c) => n + c.end - c.start, 0);

/** The extracted item that covers most of a gold span, the tightest of those that cover as much (an inner report before the outer). */
function bestMatch(gold: GoldAttribution, quotes: readonly Quote[]): { q: Quote; size: number } | undefined {
  let best: { q: Quote; size: number } | undefined;
  for (const q of quotes) {
    const n = covered(gold.content, q);
    if (n > 0 && (!best || n > best.size || (n === best.size && q.end - q.start < best.q.end - best.q.start))) best = { q, size: n };
  }
  return best;
}

function evaluate(documents: Document[], errors: boolean): Scores {
  const articles: Article[] = documents.map((d) => buildArticle({ id: d.id, file: `${d.id}.txt`, text: d.text }));
  const started = performance.now();
  const set: QuoteSet = extractQuotes(articles);
  const milliseconds = performance.now() - started;
  const speakerById = new Map(set.speakers.map((s) => [s.id, s]));
  const byArticle = new Map<string, Quote[]>();
  for (const q of set.quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
  const log = (line: string) => {
    if (errors) console.log(line);
  };
  const rightSpeaker = (gold: GoldAttribution, q: Quote, tag: string, doc: Document): 0 | 1 => {
    const speaker = q.speakerId ? speakerById.get(q.speakerId) : undefined;
    if (speakerMatches(speaker, gold.source!)) return 1;
    log(`${tag} ${doc.id.slice(0, 40)}  gold=${JSON.stringify(gold.source)} ours=${JSON.stringify(q.speaker)} cue=${JSON.stringify(q.cue?.text ?? null)}  ${JSON.stringify(q.text.slice(0, 70))}`);
    return 0;
  };
  const named = (gold: GoldAttribution) => gold.source !== null && goldNameWords(gold.source).length > 0;

  const s = { goldDirect: 0, found: 0, foundWithFragments: 0, extracted: 0, precise: 0, namedSources: 0, speakerRight: 0, fragments: 0 };
  const r = { gold: 0, found: 0, statements: 0, precise: 0, namedSources: 0, speakerRight: 0 };
  for (const doc of documents) {
    const quotes = byArticle.get(doc.id) ?? [];
    const direct = quotes.filter((q) => q.kind === 'quote');
    const statements = quotes.filter((q) => q.kind === 'statement');
    s.fragments += quotes.filter((q) => q.kind === 'fragment').length;
    for (const gold of doc.attributions) {
      if (isDirect(gold)) {
        s.goldDirect++;
        if (quotes.some((q) => q.kind !== 'statement' && overlapsAny(gold.content, q))) s.foundWithFragments++;
        const best = bestMatch(gold, direct);
        if (!best) {
          log(`MISS   ${doc.id.slice(0, 40)}  ${JSON.stringify(gold.contentText.slice(0, 100))}`);
          continue;
        }
        s.found++;
        if (!named(gold)) continue;
        s.namedSources++;
        s.speakerRight += rightSpeaker(gold, best.q, 'WHO   ', doc);
      } else {
        r.gold++;
        const best = bestMatch(gold, statements);
        if (!best || best.size * 2 < size(gold.content)) {
          log(`RMISS${best ? '~' : ' '} ${doc.id.slice(0, 40)}  ${JSON.stringify(gold.source)} ${JSON.stringify(gold.cue)} ${JSON.stringify(gold.contentText.slice(0, 100))}`);
          continue;
        }
        r.found++;
        if (!named(gold)) continue;
        r.namedSources++;
        r.speakerRight += rightSpeaker(gold, best.q, 'RWHO  ', doc);
      }
    }
    for (const q of direct) {
      s.extracted++;
      if (doc.attributions.some((a) => overlapsAny(a.content, q))) s.precise++;
      else log(`EXTRA  ${doc.id.slice(0, 40)}  ${JSON.stringify(q.text.slice(0, 100))}`);
    }
    for (const q of statements) {
      r.statements++;
      if (doc.attributions.some((a) => overlapsAny(a.content, q))) r.precise++;
      else log(`REXTRA ${doc.id.slice(0, 40)}  ${JSON.stringify(q.speaker)} ${JSON.stringify(q.cue?.text ?? null)} ${JSON.stringify(q.text.slice(0, 100))}`);
    }
  }
  const recall = ratio(s.found, s.goldDirect);
  const precision = ratio(s.precise, s.extracted);
  return {
    texts: documents.length,
    ...s,
    recall,
    recallWithFragments: ratio(s.foundWithFragments, s.goldDirect),
    precision,
    f1: ratio(2 * recall * precision, recall + precision),
    speakerAccuracy: ratio(s.speakerRight, s.namedSources),
    reported: { ...r, recall: ratio(r.found, r.gold), precision: ratio(r.precise, r.statements), speakerAccuracy: ratio(r.speakerRight, r.namedSources) },
    milliseconds,
  };
}

const SPLITS = { train: 'polnear-train', dev: 'polnear-dev' } as const;

function splitDir(split: keyof typeof SPLITS): string {
  return join(PROJECT_ROOT, '..', 'shared', 'eval', SPLITS[split], 'data', split);
}

function printScores(split: string, scores: Scores): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const r = scores.reported;
  console.log(`PolNeAR ${split}: ${scores.texts} texts (first annotator file of each), ${scores.goldDirect} gold direct quotations, ${r.gold} gold reported (non-quoted) contents`);
  console.log('');
  console.log('| measure | value | counts |');
  console.log('|---|---|---|');
  console.log(`| direct-quotation recall (kind quote) | ${pct(scores.recall)} | ${scores.found} / ${scores.goldDirect} |`);
  console.log(`| recall, quote or fragment | ${pct(scores.recallWithFragments)} | ${scores.foundWithFragments} / ${scores.goldDirect} |`);
  console.log(`| precision (kind quote overlaps a gold Content) | ${pct(scores.precision)} | ${scores.precise} / ${scores.extracted} |`);
  console.log(`| F1 | ${pct(scores.f1)} | |`);
  console.log(`| speaker accuracy (gold source is a name) | ${pct(scores.speakerAccuracy)} | ${scores.speakerRight} / ${scores.namedSources} |`);
  console.log(`| reported-speech recall (a statement covers ≥ half) | ${pct(r.recall)} | ${r.found} / ${r.gold} |`);
  console.log(`| reported-speech precision (statement overlaps a gold Content) | ${pct(r.precision)} | ${r.precise} / ${r.statements} |`);
  console.log(`| reported-speech named-speaker accuracy | ${pct(r.speakerAccuracy)} | ${r.speakerRight} / ${r.namedSources} |`);
  console.log('');
  console.log(`Also extracted: ${scores.fragments} fragments. Extraction took ${scores.milliseconds.toFixed(0)} ms.`);
}

function main(): void {
  const json = process.argv.includes('--json');
  const errors = process.argv.includes('--errors') && !json;
  const asked = process.argv[process.argv.indexOf('--split') + 1];
  const splits = (Object.keys(SPLITS) as (keyof typeof SPLITS)[]).filter((split) => (process.argv.includes('--split') ? split === asked : !errors || split === 'train'));
  const results: Record<string, Scores> = {};
  for (const split of splits) {
    const dir = splitDir(split);
    if (!existsSync(join(dir, 'text'))) {
      console.log(`Skipped: PolNeAR ${split} split not found at ${dir} (see ../shared/README.md).`);
      continue;
    }
    results[split] = evaluate(loadDocuments(dir), errors);
    if (!json) {
      printScores(split === 'train' ? 'train (developed on)' : 'dev (held out, reported)', results[split]!);
      console.log('');
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
}

main();
