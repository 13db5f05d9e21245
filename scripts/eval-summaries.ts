/**
 * `npm run eval:summaries`: ROUGE-1/2/L of Dossier's article summaries against the BBC News Summary
 * references, beside the lead baseline (the article's first sentences) on the same articles and budget.
 *
 * Protocol: every article of ../shared/eval/bbc-news-summary (business, entertainment, politics) is built
 * with `buildArticle` (its first line is the headline); both systems pick whole sentences from the same
 * segmentation. Two budgets: 3 sentences (lead-3, and Dossier's default summary length), and as many
 * sentences as the reference has. The reference's run-together sentences are split by matching the
 * article's sentences. ROUGE F1 per article (Porter-stemmed tokens, summary-level ROUGE-L), averaged
 * over articles, × 100. `--json` prints the figures as one JSON document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { buildArticle } from '../src/corpus/article.js';
import type { Article } from '../src/corpus/types.js';
import { rouge, splitRunTogether, type RougeScores } from './lib/rouge.js';
import { summarizeArticle } from '../src/extract/summaries/summarize.js';

const DATA = join(PROJECT_ROOT, '..', 'shared', 'eval', 'bbc-news-summary');
const json = process.argv.includes('--json');

interface Item {
  category: string;
  article: Article;
  reference: string[];
}

type Budget = 'three' | 'reference';
const BUDGETS: Record<Budget, string> = { three: '3 sentences', reference: 'as many sentences as the reference' };
const SYSTEMS = ['lead', 'dossier'] as const;
type System = (typeof SYSTEMS)[number];

/** The folder that holds "News Articles/" and "Summaries/" (the data set nests it one level down). */
function findDataset(): string | null {
  for (const dir of [DATA, join(DATA, 'BBC News Summary')]) {
    if (existsSync(join(dir, 'News Articles')) && existsSync(join(dir, 'Summaries'))) return dir;
  }
  return null;
}

function load(dir: string): Item[] {
  const items: Item[] = [];
  for (const category of readdirSync(join(dir, 'News Articles')).sort()) {
    for (const file of readdirSync(join(dir, 'News Articles', category)).sort()) {
      const text = readFileSync(join(dir, 'News Articles', category, file), 'utf8');
      const summaryPath = join(dir, 'Summaries', category, file);
      if (!existsSync(summaryPath)) continue;
      const article = buildArticle({ id: `${category}/${file.replace(/\.txt$/, '')}`, file: `${category}/${file}`, text });
      const reference = splitRunTogether(readFileSync(summaryPath, 'utf8'), article.sentences.map((s) => s.text));
      if (article.sentences.length > 0 && reference.length > 0) items.push({ category, article, reference });
    }
  }
  return items;
}

type Totals = Record<'rouge1' | 'rouge2' | 'rougeL', number>;

function mean(scores: RougeScores[]): Totals {
  const sum = (key: keyof RougeScores) => (100 * scores.reduce((total, s) => total + s[key].f1, 0)) / Math.max(1, scores.length);
  return { rouge1: sum('rouge1'), rouge2: sum('rouge2'), rougeL: sum('rougeL') };
}

function main(): void {
  const dir = findDataset();
  if (!dir) {
    console.log(`Skipping the summary evaluation: ${DATA} not found (see ../shared/README.md).`);
    return;
  }
  const items = load(dir);
  const categories = [...new Set(items.map((i) => i.category))];
  const results: Record<Budget, Record<string, Record<System, Totals>>> = { three: {}, reference: {} };
  let summarizeMs = 0;
  let summarized = 0;

  for (const budget of Object.keys(BUDGETS) as Budget[]) {
    const scores = new Map<string, Record<System, RougeScores[]>>();
    for (const item of items) {
      const count = budget === 'three' ? 3 : item.reference.length;
      const started = performance.now();
      const ours = summarizeArticle(item.article, count).sentences.map((s) => s.text);
      summarizeMs += performance.now() - started;
      summarized++;
      const lead = item.article.sentences.slice(0, count).map((s) => s.text);
      for (const key of [item.category, 'all']) {
        const entry = scores.get(key) ?? { lead: [], dossier: [] };
        scores.set(key, entry);
        entry.lead.push(rouge(lead, item.reference));
        entry.dossier.push(rouge(ours, item.reference));
      }
    }
    for (const [key, entry] of scores) results[budget][key] = { lead: mean(entry.lead), dossier: mean(entry.dossier) };
  }

  const timing = { articles: items.length, msPerSummary: summarizeMs / summarized };
  if (json) {
    console.log(JSON.stringify({ dataset: 'bbc-news-summary', articles: items.length, categories, results, timing }, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(2).padStart(6);
  console.log(`BBC News Summary: ${items.length} articles (${categories.join(', ')}); ROUGE F1 × 100, Porter-stemmed, ROUGE-L summary-level.`);
  for (const budget of Object.keys(BUDGETS) as Budget[]) {
    console.log('');
    console.log(`Budget: ${BUDGETS[budget]}`);
    console.log(`  ${'set'.padEnd(14)} ${'system'.padEnd(8)}     R-1    R-2    R-L`);
    for (const key of ['all', ...categories]) {
      const row = results[budget][key]!;
      for (const system of SYSTEMS) console.log(`  ${key.padEnd(14)} ${system.padEnd(8)} ${f(row[system].rouge1)} ${f(row[system].rouge2)} ${f(row[system].rougeL)}`);
      const d = (k: keyof Totals) => `${row.dossier[k] >= row.lead[k] ? '+' : ''}${(row.dossier[k] - row.lead[k]).toFixed(2)}`.padStart(6);
      console.log(`  ${''.padEnd(14)} ${'delta'.padEnd(8)} ${d('rouge1')} ${d('rouge2')} ${d('rougeL')}`);
    }
  }
  console.log('');
  console.log(`Summarising took ${timing.msPerSummary.toFixed(2)} ms per article on average.`);
}

main();
