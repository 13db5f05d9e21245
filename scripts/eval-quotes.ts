/**
 * Quote extraction measured on the PolNeAR development set (../shared/eval/polnear-dev/): 84 US news
 * texts from the 2016 election with brat attribution annotations (Source, Cue, Content spans).
 *
 * Gold direct quotations are Content spans that open with a quotation mark. A text annotated by more
 * than one annotator is scored against the annotator file that sorts first. All texts are extracted as
 * one corpus, as the bot would load them.
 *
 * - recall: gold direct quotations overlapped by an extracted quote (kind "quote"; "quote or fragment" too)
 * - precision: extracted quotes (kind "quote") that overlap any gold Content span, direct or reported
 * - speaker accuracy: among matched gold quotations whose Source is a name (a capitalised word other than
 *   a pronoun or article), the share whose extracted speaker matches it: the speaker's last name is a word
 *   of the gold source, or the gold source's last capitalised word is a word of the speaker's names
 *
 * Usage: npm run eval:quotes [-- --json] [-- --errors]   (--errors lists misses and wrong speakers)
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
    return [{ text: slice(event.Content)!, content: content.spans, contentText: slice(event.Content)!, source: slice(event.Source) }];
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

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
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
  annotatedTexts: number;
  goldDirect: number;
  found: number;
  foundWithFragments: number;
  extracted: number;
  precise: number;
  namedSources: number;
  speakerRight: number;
  fragments: number;
  statements: number;
  recall: number;
  recallWithFragments: number;
  precision: number;
  f1: number;
  speakerAccuracy: number;
  milliseconds: number;
}

function evaluate(documents: Document[], errors: boolean): Scores {
  const articles: Article[] = documents.map((d) => buildArticle({ id: d.id, file: `${d.id}.txt`, text: d.text }));
  const started = performance.now();
  const set: QuoteSet = extractQuotes(articles);
  const milliseconds = performance.now() - started;
  const speakerById = new Map(set.speakers.map((s) => [s.id, s]));
  const byArticle = new Map<string, Quote[]>();
  for (const q of set.quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);

  const s = { goldDirect: 0, found: 0, foundWithFragments: 0, extracted: 0, precise: 0, namedSources: 0, speakerRight: 0, fragments: 0, statements: 0 };
  for (const doc of documents) {
    const quotes = byArticle.get(doc.id) ?? [];
    const direct = quotes.filter((q) => q.kind === 'quote');
    s.fragments += quotes.filter((q) => q.kind === 'fragment').length;
    s.statements += quotes.filter((q) => q.kind === 'statement').length;
    for (const gold of doc.attributions.filter(isDirect)) {
      s.goldDirect++;
      const best = direct
        .map((q) => ({ q, size: gold.content.reduce((n, c) => n + overlap(c, q), 0) }))
        .filter((m) => m.size > 0)
        .sort((a, b) => b.size - a.size)[0]?.q;
      if (quotes.some((q) => q.kind !== 'statement' && overlapsAny(gold.content, q))) s.foundWithFragments++;
      if (!best) {
        if (errors) console.log(`MISS   ${doc.id.slice(0, 40)}  ${JSON.stringify(gold.contentText.slice(0, 100))}`);
        continue;
      }
      s.found++;
      if (!gold.source || goldNameWords(gold.source).length === 0) continue;
      s.namedSources++;
      const speaker = best.speakerId ? speakerById.get(best.speakerId) : undefined;
      if (speakerMatches(speaker, gold.source)) s.speakerRight++;
      else if (errors) console.log(`WHO    ${doc.id.slice(0, 40)}  gold=${JSON.stringify(gold.source)} ours=${JSON.stringify(best.speaker)} cue=${JSON.stringify(best.cue?.text ?? null)}  ${JSON.stringify(best.text.slice(0, 70))}`);
    }
    for (const q of direct) {
      s.extracted++;
      if (doc.attributions.some((a) => overlapsAny(a.content, q))) s.precise++;
      else if (errors) console.log(`EXTRA  ${doc.id.slice(0, 40)}  ${JSON.stringify(q.text.slice(0, 100))}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const recall = ratio(s.found, s.goldDirect);
  const precision = ratio(s.precise, s.extracted);
  return {
    texts: documents.length,
    annotatedTexts: documents.filter((d) => d.attributions.length > 0).length,
    ...s,
    recall,
    recallWithFragments: ratio(s.foundWithFragments, s.goldDirect),
    precision,
    f1: ratio(2 * recall * precision, recall + precision),
    speakerAccuracy: ratio(s.speakerRight, s.namedSources),
    milliseconds,
  };
}

function main(): void {
  const dir = join(PROJECT_ROOT, '..', 'shared', 'eval', 'polnear-dev', 'data', 'dev');
  if (!existsSync(join(dir, 'text'))) {
    console.log(`Skipped: PolNeAR development set not found at ${dir} (see ../shared/README.md).`);
    return;
  }
  const json = process.argv.includes('--json');
  const documents = loadDocuments(dir);
  const scores = evaluate(documents, process.argv.includes('--errors') && !json);
  if (json) {
    console.log(JSON.stringify(scores, null, 2));
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`PolNeAR dev: ${scores.texts} texts (first annotator file of each), ${scores.goldDirect} gold direct quotations`);
  console.log('');
  console.log('| measure | value | counts |');
  console.log('|---|---|---|');
  console.log(`| direct-quotation recall (kind quote) | ${pct(scores.recall)} | ${scores.found} / ${scores.goldDirect} |`);
  console.log(`| recall, quote or fragment | ${pct(scores.recallWithFragments)} | ${scores.foundWithFragments} / ${scores.goldDirect} |`);
  console.log(`| precision (kind quote overlaps a gold Content) | ${pct(scores.precision)} | ${scores.precise} / ${scores.extracted} |`);
  console.log(`| F1 | ${pct(scores.f1)} | |`);
  console.log(`| speaker accuracy (gold source is a name) | ${pct(scores.speakerAccuracy)} | ${scores.speakerRight} / ${scores.namedSources} |`);
  console.log('');
  console.log(`Also extracted: ${scores.fragments} fragments, ${scores.statements} statements. Extraction took ${scores.milliseconds.toFixed(0)} ms.`);
}

main();
