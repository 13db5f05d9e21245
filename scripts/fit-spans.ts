/**
 * Fits how the typed route chooses its short answer inside the sentence it chose (SPAN_WEIGHTS in
 * src/answer/typed.ts) for phrase answers, on the development half of the SQuAD questions: for every
 * answerable question of those types whose chosen sentence holds a gold answer, a softmax over the sentence's candidates that puts the
 * weight on the candidates nearest the gold answer by token F1. Prints the weights and the mean F1 of the
 * chosen candidate on each half (the held-out half is never used to choose anything).
 *
 * Usage: npm run build && node dist/scripts/fit-spans.js
 */
import { join } from 'node:path';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { Dossier } from '../src/answer/dossier.js';
import { questionTerms } from '../src/answer/evidence.js';
import { normalizeQuestion, routeQuestion } from '../src/answer/question.js';
import { FITTED_SPAN_TYPES, spanVector, typedAnswer } from '../src/answer/typed.js';
import { normaliseAnswer, readSquadQuestions, splitOf, SQUAD_DIR, tokenF1 } from './lib/squad.js';

/** One question: its candidates' feature vectors and each candidate's F1 against the gold answers. */
interface Choice {
  split: 'dev' | 'held-out';
  xs: number[][];
  f1: number[];
}

const L2 = 0.001;
const STEPS = 1500;
const RATE = 0.5;

/** Softmax over each question's candidates, trained toward the candidates of the best F1; standardised features. */
function fit(choices: Choice[]): number[] {
  const all = choices.flatMap((c) => c.xs);
  const d = all[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => all.reduce((s, x) => s + x[j]!, 0) / all.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(all.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / all.length) || 1);
  const standard = choices.map((c) => ({ zs: c.xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!)), target: targetOf(c.f1) }));
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(d).fill(0);
    for (const { zs, target } of standard) {
      const scores = zs.map((z) => z.reduce((s, v, j) => s + v * w[j]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      zs.forEach((z, i) => {
        const error = exp[i]! / total - target[i]!;
        z.forEach((v, j) => (grad[j]! += error * v));
      });
    }
    for (let j = 0; j < d; j++) w[j]! -= RATE * (grad[j]! / standard.length + L2 * w[j]!);
  }
  // Per-question softmax ignores a constant, so the means need no intercept: weights on the raw scale.
  return w.map((v, j) => v / sd[j]!);
}

/** The target distribution: shared among the candidates of the best F1. */
function targetOf(f1: number[]): number[] {
  const best = Math.max(...f1);
  const count = f1.filter((v) => v === best).length;
  return f1.map((v) => (v === best ? 1 / count : 0));
}

function chosenF1(choices: Choice[], weights: number[]): number {
  const picked = choices.map((c) => {
    const scores = c.xs.map((x) => x.reduce((s, v, j) => s + v * weights[j]!, 0));
    return c.f1[scores.indexOf(Math.max(...scores))]!;
  });
  return (100 * picked.reduce((a, b) => a + b, 0)) / Math.max(1, picked.length);
}

async function main(): Promise<void> {
  const questions = readSquadQuestions();
  const articles = [...new Set(questions.map((q) => q.article))];
  const dossier = await Dossier.open({ articlesDir: join(SQUAD_DIR, 'articles'), cacheDir: null });
  const kb = dossier.knowledge;
  const choices: Choice[] = [];
  for (const q of questions) {
    if (q.impossible) continue;
    const question = normalizeQuestion(q.q);
    const intent = routeQuestion(question);
    const analysis = analyzeQuestion(question);
    if (!FITTED_SPAN_TYPES.has(analysis.type)) continue;
    const found = typedAnswer(kb, question, analysis, questionTerms(kb.index, question), intent.kind === 'passages' ? 'passages' : intent.kind);
    const sentence = ` ${normaliseAnswer(found?.answer.citations[0]?.text ?? '')} `;
    if (!found || found.spans.length < 2 || !q.answers.some((gold) => sentence.includes(` ${normaliseAnswer(gold)} `))) continue;
    const f1 = found.spans.map((s) => Math.max(...q.answers.map((gold) => tokenF1(s.candidate.text, gold))));
    if (Math.max(...f1) === 0) continue;
    choices.push({ split: splitOf(q.article, articles), xs: found.spans.map((s) => spanVector(s.features)), f1 });
  }
  const dev = choices.filter((c) => c.split === 'dev');
  const weights = fit(dev);
  console.log(`SPAN_WEIGHTS = [${weights.map((w) => w.toFixed(3)).join(', ')}]`);
  for (const split of ['dev', 'held-out'] as const) {
    const of = choices.filter((c) => c.split === split);
    const best = (100 * of.reduce((s, c) => s + Math.max(...c.f1), 0)) / Math.max(1, of.length);
    console.log(`${split}: ${of.length} sentences holding a gold answer; F1 of the fitted choice ${chosenF1(of, weights).toFixed(1)} (best candidate ${best.toFixed(1)})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
