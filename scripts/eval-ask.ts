/**
 * Question answering measured on SQuAD 2.0 (../shared/eval/squad2-dev/): eight Wikipedia articles loaded
 * as one corpus, every question asked against all of them.
 *
 * - answerable hit: the short answer or the first sentence shown contains a gold answer (normalised)
 * - short-answer F1: SQuAD's token F1 of `answer` against the best gold span (0 when declined)
 * - unanswerable declined: share of unanswerable questions where Dossier says the articles don't say
 * - mean: the share of all questions handled right (hit or rightly declined)
 * - the confidence curve: for each threshold, the share of answerable questions answered and their hit rate
 *
 * Split: an article belongs to the development half when its name sorts in the first four, to the
 * held-out half otherwise. The abstention threshold in src/answer/confidence.ts was set on the
 * development half only.
 *
 * Usage: npm run eval:ask [-- --json] [-- --errors N] [-- --split dev|held-out|all] [-- --by-type]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Dossier } from '../src/answer/dossier.js';
import type { Answer } from '../src/answer/types.js';
import { isHit, readSquadQuestions, splitOf, SQUAD_DIR, tokenF1, type SquadQuestion } from './lib/squad.js';

interface Outcome {
  question: SquadQuestion;
  answer: Answer;
  declined: boolean;
  hit: boolean;
  f1: number;
}

const DIR = SQUAD_DIR;

function score(question: SquadQuestion, answer: Answer): Outcome {
  const declined = answer.answer === null;
  const hit = isHit(question, answer);
  const f1 = declined ? 0 : Math.max(0, ...question.answers.map((gold) => tokenF1(answer.answer ?? '', gold)));
  return { question, answer, declined, hit, f1 };
}

function rates(outcomes: Outcome[]) {
  const answerable = outcomes.filter((o) => !o.question.impossible);
  const impossible = outcomes.filter((o) => o.question.impossible);
  const hit = answerable.filter((o) => o.hit).length / Math.max(1, answerable.length);
  const f1 = (100 * answerable.reduce((sum, o) => sum + o.f1, 0)) / Math.max(1, answerable.length);
  const declined = impossible.filter((o) => o.declined).length / Math.max(1, impossible.length);
  const right = answerable.filter((o) => o.hit).length + impossible.filter((o) => o.declined).length;
  return { questions: outcomes.length, answerable: answerable.length, unanswerable: impossible.length, hit, f1, declined, mean: right / Math.max(1, outcomes.length) };
}

/** For thresholds 0 to 1: share of answerable questions answered at or above it, and how many of those hit. */
function curve(outcomes: Outcome[]) {
  const points = [];
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const answered = outcomes.filter((o) => !o.declined && o.answer.confidence >= t);
    const answerable = outcomes.filter((o) => !o.question.impossible);
    const answeredAnswerable = answered.filter((o) => !o.question.impossible);
    const impossibleDeclined = outcomes.filter((o) => o.question.impossible && (o.declined || o.answer.confidence < t));
    points.push({
      threshold: Math.round(t * 100) / 100,
      answered: answered.length / Math.max(1, outcomes.length),
      accuracy: answered.filter((o) => o.hit).length / Math.max(1, answered.length),
      hit: answeredAnswerable.filter((o) => o.hit).length / Math.max(1, answerable.length),
      declined: impossibleDeclined.length / Math.max(1, outcomes.length - answerable.length),
    });
  }
  return points;
}

async function main(): Promise<void> {
  if (!existsSync(DIR)) {
    console.error(`No SQuAD data at ${DIR}: see ../shared/README.md.`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) || 20 : 0;
  const splitAt = args.indexOf('--split');
  const only = splitAt >= 0 ? args[splitAt + 1] : 'all';

  const questions = readSquadQuestions();
  const articles = [...new Set(questions.map((q) => q.article))];
  const started = performance.now();
  const dossier = await Dossier.open({ articlesDir: join(DIR, 'articles'), cacheDir: null });
  const built = performance.now() - started;

  const outcomes: Outcome[] = [];
  const asked = performance.now();
  for (const question of questions) {
    const split = splitOf(question.article, articles);
    if (only !== 'all' && split !== only) continue;
    let answer: Answer;
    try {
      answer = dossier.ask(question.q);
    } catch (error) {
      answer = { question: question.q, answer: null, kind: 'none', confidence: 0, text: (error as Error).message, citations: [] };
    }
    outcomes.push(score(question, answer));
  }
  const askMs = performance.now() - asked;
  const bySplit = {
    dev: rates(outcomes.filter((o) => splitOf(o.question.article, articles) === 'dev')),
    heldOut: rates(outcomes.filter((o) => splitOf(o.question.article, articles) === 'held-out')),
    all: rates(outcomes),
  };
  const curveSplit = only === 'all' ? 'held-out' : only;
  const points = curve(outcomes.filter((o) => splitOf(o.question.article, articles) === curveSplit));
  if (json) {
    console.log(JSON.stringify({ ...bySplit, curve: points, buildMs: Math.round(built), askMsPerQuestion: askMs / outcomes.length }, null, 2));
    return;
  }
  const pct = (x: number) => x.toFixed(3);
  console.log(`SQuAD 2.0, eight articles as one corpus (built in ${Math.round(built)} ms; ${(askMs / outcomes.length).toFixed(1)} ms a question)`);
  console.log('split      questions  answerable-hit  short-F1  unanswerable-declined  mean');
  for (const [name, r] of Object.entries(bySplit)) {
    if (r.questions === 0) continue;
    console.log(`${name.padEnd(10)} ${String(r.questions).padStart(9)}  ${pct(r.hit).padStart(14)}  ${r.f1.toFixed(1).padStart(8)}  ${pct(r.declined).padStart(21)}  ${pct(r.mean)}`);
  }
  console.log(`\nconfidence curve (${curveSplit}): threshold  answered-share  accuracy-of-answered  answerable-hit  unanswerable-declined`);
  for (const p of points) {
    console.log(`  ${p.threshold.toFixed(2)}  ${pct(p.answered)}  ${pct(p.accuracy)}  ${pct(p.hit)}  ${pct(p.declined)}`);
  }
  if (args.includes('--by-type')) {
    console.log('\nby expected type: answerable (hit) and unanswerable (declined)');
    const types = [...new Set(outcomes.map((o) => o.answer.type ?? 'none'))].sort();
    for (const type of types) {
      const of = outcomes.filter((o) => (o.answer.type ?? 'none') === type);
      const r = rates(of);
      console.log(`  ${type.padEnd(13)} ${String(r.answerable).padStart(5)} ${pct(r.hit)}   ${String(r.unanswerable).padStart(5)} ${pct(r.declined)}`);
    }
  }
  if (showErrors > 0) {
    const wrong = outcomes.filter((o) => (o.question.impossible ? !o.declined : !o.hit));
    console.log(`\n${wrong.length} wrong; the first ${showErrors}:`);
    for (const o of wrong.slice(0, showErrors)) {
      console.log(`- [${o.question.impossible ? 'unanswerable' : 'answerable'}] ${o.question.q}`);
      console.log(`  gold: ${o.question.answers.slice(0, 2).join(' | ') || '(none)'}; got (${o.answer.kind}, ${o.answer.confidence}): ${o.answer.answer ?? '(declined)'}`);
      if (o.answer.citations[0]) console.log(`  shown: ${o.answer.citations[0].text.slice(0, 200)}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
