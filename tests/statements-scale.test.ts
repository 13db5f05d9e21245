import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { extractQuotes } from '../src/extract/quotes/quotes.js';

/**
 * Pathological articles: each shape takes well under a second when quote pairing, attribution and
 * statements are linear, and minutes when any of them is quadratic, so the generous timeout catches
 * a regression without asserting speed.
 */
const TIMEOUT = 60_000;
const N = 4000;

const extract = (text: string) => extractQuotes([buildArticle({ id: 'big', file: 'big.txt', text: `A long file\n\n${text}` })]);
const repeat = (make: (i: number) => string, separator = ' ') => Array.from({ length: N }, (_, i) => make(i)).join(separator);

describe('quotes and statements at scale', () => {
  it('pairs thousands of quotation marks in one sentence', { timeout: TIMEOUT }, () => {
    const set = extract(repeat(() => '"ok"'));
    expect(set.quotes).toHaveLength(N);
    expect(set.quotes.every((q) => q.text === 'ok')).toBe(true);
  });

  it('attributes thousands of quotations with their cues in one paragraph', { timeout: TIMEOUT }, () => {
    const set = extract(repeat((i) => `"Item ${i} is ready," Marta Olsen said "and the rest`) + '.');
    const attributed = set.quotes.filter((q) => q.speaker === 'Marta Olsen');
    expect(attributed.length).toBeGreaterThanOrEqual(N - 1);
  });

  it('reads unbalanced quotation marks to the paragraph end', { timeout: TIMEOUT }, () => {
    const set = extract(repeat((i) => `Ines Varga said “the plan ${i} is fine and`) + '.');
    expect(set.quotes.length).toBeGreaterThanOrEqual(1);
  });

  it('reads a sentence of thousands of clauses without a stop', { timeout: TIMEOUT }, () => {
    const set = extract(repeat((i) => `the mayor said that clerks told reporters the budget ${i} was fine`, ' and '));
    // Reports per sentence are capped; the first ones are read, outer and inner.
    expect(set.quotes.filter((q) => q.kind === 'statement').length).toBeGreaterThanOrEqual(2);
  });

  it('reads thousands of reporting verbs with no subject in one sentence', { timeout: TIMEOUT }, () => {
    const set = extract(repeat((i) => `the budget ${i} was fine, saying and said it`) + '.');
    expect(set.quotes).toEqual([]);
  });

  it('reads one huge paragraph of attributed sentences, names and pronouns', { timeout: TIMEOUT }, () => {
    const set = extract(repeat((i) => `Petra Holm${i} met the adviser. “We will go ${i},” she said. The adviser to the mayor said the talks went well.`));
    expect(set.quotes.filter((q) => q.kind === 'quote')).toHaveLength(N);
    expect(set.quotes.find((q) => q.text === 'We will go 17')?.speaker).toBe('Petra Holm17');
  });
});
