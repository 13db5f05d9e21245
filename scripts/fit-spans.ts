/**
 * Fits how the typed route chooses its short answer inside the sentence it chose (SPAN_WEIGHTS in
 * src/answer/typed.ts) for phrase answers, on the development half of the SQuAD questions: for every
 * answerable question of those types whose chosen sentence holds a gold answer, a softmax over the
 * sentence's candidates that puts the weight on the candidates nearest the gold answer by token F1.
 * Prints the weights and the mean F1 of the chosen candidate on each half (the held-out half is never
 * used to choose anything).
 *
 * Usage: npm run build && node dist/scripts/fit-spans.js
 */
import { join } from 'node:path';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { Dossier } from '../src/answer/dossier.js';
import { questionTerms } from '../src/answer/evidence.js';
import { normalizeQuestion, routeQuestion } from '../src/answer/question.js';
import { FITTED_SPAN_TYPES, SPAN_WEIGHTS, spanVector, typedAnswer } from '../src/answer/typed.js';
import { bestGain, chosenGain, fitSoftmax, type Choice } from './lib/softmax.js';
import { normaliseAnswer, readSquadQuestions, splitOf, SQUAD_DIR, tokenF1 } from './lib/squad.js';

/** One question's candidates, with the half it belongs to. */
interface SpanChoice extends Choice {
  split: 'dev' | 'held-out';
}

async function main(): Promise<void> {
  const questions = readSquadQuestions();
  const articles = [...new Set(questions.map((q) => q.article))];
  const dossier = await Dossier.open({ articlesDir: join(SQUAD_DIR, 'articles'), cacheDir: null });
  const kb = dossier.knowledge;
  const choices: SpanChoice[] = [];
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
    choices.push({ split: splitOf(q.article, articles), xs: found.spans.map((s) => spanVector(s.features)), gains: f1 });
  }
  const dev = choices.filter((c) => c.split === 'dev');
  const weights = fitSoftmax(dev);
  console.log(`SPAN_WEIGHTS = [${weights.map((w) => w.toFixed(3)).join(', ')}]`);
  for (const split of ['dev', 'held-out'] as const) {
    const of = choices.filter((c) => c.split === split);
    console.log(
      `${split}: ${of.length} sentences holding a gold answer; F1 of the fitted choice ${(100 * chosenGain(of, weights)).toFixed(1)}, of the weights in use ${(100 * chosenGain(of, SPAN_WEIGHTS)).toFixed(1)} (best candidate ${(100 * bestGain(of)).toFixed(1)})`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
