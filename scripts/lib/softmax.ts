/** A choice among several options, fitted so the best options score highest (the fit scripts share it). */

/** One choice: each option's feature vector, and how good each option is (its F1, or 1 for right and 0 for wrong). */
export interface Choice {
  xs: number[][];
  gains: number[];
}

const L2 = 0.001;
const STEPS = 1500;
const RATE = 0.5;

/** Softmax over each choice's options, trained toward the options of the best gain; standardised features. */
export function fitSoftmax(choices: readonly Choice[]): number[] {
  const all = choices.flatMap((c) => c.xs);
  const d = all[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => all.reduce((s, x) => s + x[j]!, 0) / all.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(all.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / all.length) || 1);
  const standard = choices.map((c) => ({ zs: c.xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!)), target: targetOf(c.gains) }));
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
  // Per-choice softmax ignores a constant, so the means need no intercept: weights on the raw scale.
  return w.map((v, j) => v / sd[j]!);
}

/** The target distribution: shared among the options of the best gain. */
function targetOf(gains: number[]): number[] {
  const best = Math.max(...gains);
  const count = gains.filter((v) => v === best).length;
  return gains.map((v) => (v === best ? 1 / count : 0));
}

/** Mean gain of the option the weights score highest in each choice. */
export function chosenGain(choices: readonly Choice[], weights: readonly number[]): number {
  const picked = choices.map((c) => {
    const scores = c.xs.map((x) => x.reduce((s, v, j) => s + v * (weights[j] ?? 0), 0));
    return c.gains[scores.indexOf(Math.max(...scores))]!;
  });
  return picked.reduce((a, b) => a + b, 0) / Math.max(1, picked.length);
}

/** Mean gain of the best option in each choice: what a perfect choice would reach. */
export function bestGain(choices: readonly Choice[]): number {
  return choices.reduce((s, c) => s + Math.max(...c.gains), 0) / Math.max(1, choices.length);
}
