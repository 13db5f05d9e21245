/** SQuAD 2.0 scoring shared by the ask evaluation and the confidence fit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Answer } from '../../src/answer/types.js';

export interface SquadQuestion {
  id: string;
  article: string;
  q: string;
  answers: string[];
  impossible: boolean;
}

export const SQUAD_DIR = join(PROJECT_ROOT, '..', 'shared', 'eval', 'squad2-dev');

export function readSquadQuestions(): SquadQuestion[] {
  return (JSON.parse(readFileSync(join(SQUAD_DIR, 'questions.json'), 'utf8')) as { questions: SquadQuestion[] }).questions;
}

/** SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces. */
export function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenF1(predicted: string, gold: string): number {
  const p = normaliseAnswer(predicted).split(' ').filter(Boolean);
  const g = normaliseAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      same++;
      counts.set(t, n - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The reply's first lines as a reader sees them: the short answer and the sentence it stands in. */
function shownFirst(answer: Answer): string {
  return `${answer.answer ?? ''} ${answer.citations[0]?.text ?? answer.text.split('\n')[0] ?? ''}`;
}

/** An answer hits when its first lines contain a gold answer (normalised, on word boundaries). */
export function isHit(question: SquadQuestion, answer: Answer): boolean {
  if (answer.answer === null) return false;
  const shown = ` ${normaliseAnswer(shownFirst(answer))} `;
  return question.answers.some((gold) => normaliseAnswer(gold) !== '' && shown.includes(` ${normaliseAnswer(gold)} `));
}

/** Development half: the first four articles by name; held-out half: the other four. */
export function splitOf(article: string, articles: string[]): 'dev' | 'held-out' {
  return [...articles].sort().indexOf(article) < 4 ? 'dev' : 'held-out';
}
