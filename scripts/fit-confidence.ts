/**
 * Fits the typed answers' confidence (src/answer/confidence.ts) on the development half of the SQuAD
 * questions: a logistic regression from the confidence features to "the answer's first lines hold a gold
 * answer" (every unanswerable question is a 0). Then the thresholds on the same half: right answers plus
 * right refusals are nearly flat over a wide range, so it prints that plateau (within a point of the peak);
 * confidence.ts takes a threshold from it (see there why). Also prints how the held-out half fares (never
 * used to choose anything).
 *
 * Usage: npm run build && node dist/scripts/fit-confidence.js
 */
import { join } from 'node:path';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { ANSWER_THRESHOLD, featureVector } from '../src/answer/confidence.js';
import { Dossier } from '../src/answer/dossier.js';
import { questionTerms } from '../src/answer/evidence.js';
import { normalizeQuestion, routeQuestion } from '../src/answer/question.js';
import { typedAnswer } from '../src/answer/typed.js';
import { isHit, readSquadQuestions, splitOf, SQUAD_DIR } from './lib/squad.js';

interface Row {
  split: 'dev' | 'held-out';
  impossible: boolean;
  /** Null when the typed route finds no answer at all. */
  x: number[] | null;
  hit: boolean;
}

/** How far below the best share of right outcomes a threshold may stay and still be on the plateau. */
const FLAT = 0.01;
const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression by gradient descent on standardised features; weights returned on the raw scale. */
function fit(xs: number[][], ys: number[]): number[] {
  const n = xs.length;
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    zs.forEach((z, i) => {
      const error = sigmoid(z.reduce((s, v, j) => s + v * w[j + 1]!, w[0]!)) - ys[i]!;
      grad[0]! += error;
      z.forEach((v, j) => (grad[j + 1]! += error * v));
    });
    for (let j = 0; j <= d; j++) w[j]! -= RATE * (grad[j]! / n + (j > 0 ? L2 * w[j]! : 0));
  }
  const raw = w.slice(1).map((v, j) => v / sd[j]!);
  const intercept = w[0]! - raw.reduce((s, v, j) => s + v * mean[j]!, 0);
  return [intercept, ...raw];
}

function probability(weights: number[], x: number[]): number {
  return Math.round(100 * sigmoid(x.reduce((s, v, j) => s + v * weights[j + 1]!, weights[0]!))) / 100;
}

/** Hit rate, refusal rate and their mean over all questions, for the typed route at a threshold. */
function outcome(rows: Row[], weights: number[], threshold: number) {
  const answers = (r: Row) => r.x !== null && probability(weights, r.x) >= threshold;
  const answerable = rows.filter((r) => !r.impossible);
  const impossible = rows.filter((r) => r.impossible);
  const hits = answerable.filter((r) => r.hit && answers(r)).length;
  const declined = impossible.filter((r) => !answers(r)).length;
  return { hit: hits / answerable.length, declined: declined / impossible.length, mean: (hits + declined) / rows.length };
}

async function main(): Promise<void> {
  const questions = readSquadQuestions();
  const articles = [...new Set(questions.map((q) => q.article))];
  const dossier = await Dossier.open({ articlesDir: join(SQUAD_DIR, 'articles'), cacheDir: null });
  const kb = dossier.knowledge;
  const rows: Row[] = questions.map((q) => {
    const question = normalizeQuestion(q.q);
    const intent = routeQuestion(question);
    const found = typedAnswer(kb, question, analyzeQuestion(question), questionTerms(kb.index, question), intent.kind === 'passages' ? 'passages' : intent.kind);
    return { split: splitOf(q.article, articles), impossible: q.impossible, x: found ? featureVector(found.features) : null, hit: found !== null && isHit(q, found.answer) };
  });
  const dev = rows.filter((r) => r.split === 'dev');
  const train = dev.filter((r): r is Row & { x: number[] } => r.x !== null);
  const weights = fit(
    train.map((r) => r.x),
    train.map((r) => (r.hit && !r.impossible ? 1 : 0)),
  );
  const thresholds = Array.from({ length: 91 }, (_, i) => Math.round(5 + i) / 100);
  const peak = Math.max(...thresholds.map((t) => outcome(dev, weights, t).mean));
  const plateau = thresholds.filter((t) => outcome(dev, weights, t).mean >= peak - FLAT);
  console.log(`CONFIDENCE_WEIGHTS = [${weights.map((w) => w.toFixed(3)).join(', ')}]`);
  console.log(`ANSWER_THRESHOLD plateau on dev: ${plateau[0]} to ${plateau.at(-1)} (peak ${peak.toFixed(3)})`);
  console.log('dev by threshold: hit declined mean');
  for (const t of thresholds.filter((_, i) => i % 5 === 0)) {
    const r = outcome(dev, weights, t);
    console.log(`  ${t.toFixed(2)}  ${r.hit.toFixed(3)}  ${r.declined.toFixed(3)}  ${r.mean.toFixed(3)}`);
  }
  for (const split of ['dev', 'held-out'] as const) {
    const r = outcome(rows.filter((row) => row.split === split), weights, ANSWER_THRESHOLD);
    console.log(`${split} at the threshold in confidence.ts (${ANSWER_THRESHOLD}): typed-route hit ${r.hit.toFixed(3)}, declined ${r.declined.toFixed(3)}, mean ${r.mean.toFixed(3)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
