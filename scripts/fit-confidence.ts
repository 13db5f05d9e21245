/**
 * Fits the typed answers' confidence (src/answer/confidence.ts) on the development half of the SQuAD
 * questions: a logistic regression from the confidence features to "the answer's first lines hold a gold
 * answer" (every unanswerable question is a 0).
 *
 * What is fitted must hold on articles it has not seen, so the choices are made by leave-one-article-out
 * cross-validation inside the development half: for each of its articles, fit on the others, choose the
 * threshold on them, and count right answers plus right refusals on the article left out. The ridge
 * strength is the strongest within a point of the best cross-validated share; then features are dropped
 * one at a time while that share does not fall (a feature whose weight only fits one article's quirks
 * goes). Every fit also drops a feature whose weight comes out against the sign its meaning gives it
 * (CONFIDENCE_FEATURES in confidence.ts). The weights are
 * refitted on the whole half, and the threshold is the one where the left-out articles' share peaks.
 * The held-out half is printed last and never used to choose anything.
 *
 * Usage: npm run build && node dist/scripts/fit-confidence.js
 */
import { join } from 'node:path';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { ANSWER_THRESHOLD, CONFIDENCE_FEATURES, featureVector } from '../src/answer/confidence.js';
import { Dossier } from '../src/answer/dossier.js';
import { questionTerms } from '../src/answer/evidence.js';
import { normalizeQuestion, routeQuestion } from '../src/answer/question.js';
import { typedAnswer } from '../src/answer/typed.js';
import { isHit, readSquadQuestions, splitOf, SQUAD_DIR } from './lib/squad.js';

interface Row {
  split: 'dev' | 'held-out';
  article: string;
  impossible: boolean;
  /** Null when the typed route finds no answer at all. */
  x: number[] | null;
  hit: boolean;
}

/** Ridge strengths tried (on standardised features, per question). */
const RIDGES = [0.001, 0.01, 0.03, 0.1, 0.3, 1];
/** How far below the peak share of right outcomes a threshold may stay and still be on the plateau. */
const FLAT = 0.01;
const THRESHOLDS = Array.from({ length: 91 }, (_, i) => (5 + i) / 100);

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and well conditioned by the ridge). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Logistic regression by Newton's method on standardised features, with a ridge penalty (per question)
 * on every weight but the intercept; weights returned on the raw scale, intercept first. Features left
 * out of `use` get weight 0.
 */
function fit(xs: number[][], ys: number[], ridge: number, use: readonly number[]): number[] {
  const n = xs.length;
  const mean = use.map((j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const sd = use.map((j, k) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[k]!) ** 2, 0) / n) || 1);
  const zs = xs.map((x) => [1, ...use.map((j, k) => (x[j]! - mean[k]!) / sd[k]!)]);
  const d = use.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < 25; step++) {
    const hessian = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? ridge * n : 0)));
    const grad = w.map((v, j) => (j > 0 ? ridge * n * v : 0));
    zs.forEach((z, i) => {
      const p = sigmoid(z.reduce((s, v, j) => s + v * w[j]!, 0));
      const weight = Math.max(1e-6, p * (1 - p));
      for (let a = 0; a < d; a++) {
        grad[a]! += (p - ys[i]!) * z[a]!;
        for (let b = 0; b < d; b++) hessian[a]![b]! += weight * z[a]! * z[b]!;
      }
    });
    const delta = solve(hessian, grad);
    w = w.map((v, j) => v - delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  const raw = new Array<number>(xs[0]!.length).fill(0);
  use.forEach((j, k) => (raw[j] = w[k + 1]! / sd[k]!));
  const intercept = w[0]! - use.reduce((s, j, k) => s + raw[j]! * mean[k]!, 0);
  return [intercept, ...raw];
}

function probability(weights: readonly number[], x: number[]): number {
  return Math.round(100 * sigmoid(x.reduce((s, v, j) => s + v * weights[j + 1]!, weights[0]!))) / 100;
}

/** Right answers and right refusals when answering at or above the threshold, given each row's confidence. */
function outcome(rows: readonly Row[], confidence: (r: Row) => number, threshold: number) {
  const answers = (r: Row) => r.x !== null && confidence(r) >= threshold;
  const answerable = rows.filter((r) => !r.impossible);
  const impossible = rows.filter((r) => r.impossible);
  const hits = answerable.filter((r) => r.hit && answers(r)).length;
  const declined = impossible.filter((r) => !answers(r)).length;
  return { right: hits + declined, hit: hits / answerable.length, declined: declined / impossible.length, mean: (hits + declined) / rows.length };
}

function bestThreshold(rows: readonly Row[], confidence: (r: Row) => number): number {
  let best = THRESHOLDS[0]!;
  for (const t of THRESHOLDS) if (outcome(rows, confidence, t).right > outcome(rows, confidence, best).right) best = t;
  return best;
}

/** Fits, then drops the feature whose weight most goes against its meaning and refits, until none does. */
function fitRows(rows: readonly Row[], ridge: number, use: readonly number[]): number[] {
  const train = rows.filter((r): r is Row & { x: number[] } => r.x !== null);
  const xs = train.map((r) => r.x);
  const ys = train.map((r) => (r.hit && !r.impossible ? 1 : 0));
  let kept = [...use];
  for (;;) {
    const weights = fit(xs, ys, ridge, kept);
    const against = kept.filter((j) => weights[j + 1]! * CONFIDENCE_FEATURES[j]![1] < 0);
    if (against.length === 0) return weights;
    const worst = against.reduce((a, j) => (Math.abs(weights[j + 1]!) > Math.abs(weights[a + 1]!) ? j : a));
    kept = kept.filter((j) => j !== worst);
  }
}

/**
 * Leave one article out: each article's questions get the confidence of weights fitted on the other
 * articles, and are answered at the threshold best on those others. Returns the share of right outcomes
 * over all folds, and each question's left-out confidence.
 */
function crossValidate(dev: readonly Row[], ridge: number, use: readonly number[]) {
  const articles = [...new Set(dev.map((r) => r.article))];
  const confidence = new Map<Row, number>();
  let right = 0;
  const folds: number[] = [];
  for (const article of articles) {
    const train = dev.filter((r) => r.article !== article);
    const test = dev.filter((r) => r.article === article);
    const weights = fitRows(train, ridge, use);
    const of = (r: Row) => (r.x === null ? 0 : probability(weights, r.x));
    const result = outcome(test, of, bestThreshold(train, of));
    right += result.right;
    folds.push(result.mean);
    for (const r of test) confidence.set(r, of(r));
  }
  return { mean: right / dev.length, folds, confidence };
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
    return { split: splitOf(q.article, articles), article: q.article, impossible: q.impossible, x: found ? featureVector(found.features) : null, hit: found !== null && isHit(q, found.answer) };
  });
  const dev = rows.filter((r) => r.split === 'dev');
  const all = CONFIDENCE_FEATURES.map((_, j) => j);

  console.log('leave-one-article-out on dev, every feature: ridge  CV mean  (per article)');
  const byRidge = RIDGES.map((r) => {
    const cv = crossValidate(dev, r, all);
    console.log(`  ${String(r).padEnd(6)} ${cv.mean.toFixed(3)}  (${cv.folds.map((m) => m.toFixed(3)).join(' ')})`);
    return { r, mean: cv.mean };
  });
  // A point of the share is about sixteen questions, within the noise of four folds: the strongest ridge
  // within a point of the best is preferred, as it leans least on any one article.
  const top = Math.max(...byRidge.map((x) => x.mean));
  const chosen = byRidge.filter((x) => x.mean >= top - FLAT).at(-1)!;
  const ridge = chosen.r;
  let best = chosen.mean;
  let use = all;
  for (;;) {
    let drop: { j: number; mean: number } | null = null;
    for (const j of use) {
      const mean = crossValidate(
        dev,
        ridge,
        use.filter((k) => k !== j),
      ).mean;
      if (mean >= best && (!drop || mean > drop.mean)) drop = { j, mean };
    }
    if (!drop) break;
    console.log(`  without ${CONFIDENCE_FEATURES[drop.j]![0]}: CV mean ${drop.mean.toFixed(3)}`);
    use = use.filter((k) => k !== drop.j);
    best = drop.mean;
  }
  const cv = crossValidate(dev, ridge, use);
  const threshold = bestThreshold(dev, (r) => cv.confidence.get(r) ?? 0);
  const weights = fitRows(dev, ridge, use);
  console.log(`ridge ${ridge}; features kept: ${use.map((j) => CONFIDENCE_FEATURES[j]![0]).join(', ')}`);
  console.log(`CV mean ${cv.mean.toFixed(3)} (per article ${cv.folds.map((m) => m.toFixed(3)).join(' ')})`);
  console.log(`CONFIDENCE_WEIGHTS = [${weights.map((w) => w.toFixed(3)).join(', ')}]`);
  const leftOut = (t: number) => outcome(dev, (r) => cv.confidence.get(r) ?? 0, t).mean;
  const plateau = THRESHOLDS.filter((t) => leftOut(t) >= leftOut(threshold) - FLAT);
  console.log(`threshold where the left-out articles' share peaks: ${threshold}; within a point of it: ${plateau[0]} to ${plateau.at(-1)}`);
  console.log('dev, left-out confidences, by threshold: hit declined mean');
  for (const t of THRESHOLDS.filter((_, i) => i % 5 === 0)) {
    const r = outcome(dev, (row) => cv.confidence.get(row) ?? 0, t);
    console.log(`  ${t.toFixed(2)}  ${r.hit.toFixed(3)}  ${r.declined.toFixed(3)}  ${r.mean.toFixed(3)}`);
  }
  for (const split of ['dev', 'held-out'] as const) {
    const r = outcome(
      rows.filter((row) => row.split === split),
      (row) => (row.x === null ? 0 : probability(weights, row.x)),
      ANSWER_THRESHOLD,
    );
    console.log(`${split}, these weights at the threshold in confidence.ts (${ANSWER_THRESHOLD}): typed-route hit ${r.hit.toFixed(3)}, declined ${r.declined.toFixed(3)}, mean ${r.mean.toFixed(3)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
