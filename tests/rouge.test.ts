import { describe, expect, it } from 'vitest';
import { lcsPositions, rouge, rougeLsum, rougeN, rougeTokens, splitRunTogether } from '../scripts/lib/rouge.js';

const tokens = (text: string) => text.split(' ');

describe('ROUGE tokens', () => {
  it('lower-cases, splits on anything but a-z and 0-9, and stems words longer than three letters', () => {
    expect(rougeTokens("Sanctions were IMPOSED on Russia's banks (2021)")).toEqual(['sanction', 'were', 'impos', 'on', 'russia', 's', 'bank', '2021']);
    expect(rougeTokens('Sanctions were imposed', { stem: false })).toEqual(['sanctions', 'were', 'imposed']);
  });
});

describe('ROUGE-N', () => {
  it('counts clipped unigram and bigram overlap', () => {
    const candidate = tokens('the cat was on the mat');
    const reference = tokens('the cat sat on the mat');
    const one = rougeN(candidate, reference, 1);
    expect(one.precision).toBeCloseTo(5 / 6);
    expect(one.recall).toBeCloseTo(5 / 6);
    const two = rougeN(candidate, reference, 2);
    // "the cat", "on the", "the mat" of five bigrams each side.
    expect(two.f1).toBeCloseTo(3 / 5);
  });

  it('does not reward a repeated word more often than the reference has it', () => {
    const score = rougeN(tokens('the the the'), tokens('the cat'), 1);
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
  });

  it('gives zero, not NaN, for an empty or too short side', () => {
    expect(rougeN([], tokens('a b'), 1)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rougeN(tokens('a'), tokens('a'), 2).f1).toBe(0);
  });
});

describe('ROUGE-L (summary level)', () => {
  it('finds one longest common subsequence', () => {
    expect(lcsPositions(tokens('a b c d e'), tokens('a c x e'))).toEqual([0, 2, 4]);
    expect(lcsPositions([], tokens('a'))).toEqual([]);
  });

  it('takes the union of the LCS with each candidate sentence (Lin 2004, section 3.2)', () => {
    // r = w1..w5; c1 shares w1 w2, c2 shares w1 w3 w5: the union is w1 w2 w3 w5.
    const reference = [tokens('w1 w2 w3 w4 w5')];
    const candidate = [tokens('w1 w2 w6 w7 w8'), tokens('w1 w3 w8 w9 w5')];
    const score = rougeLsum(candidate, reference);
    expect(score.recall).toBeCloseTo(4 / 5);
    expect(score.precision).toBeCloseTo(4 / 10);
  });

  it('differs from one LCS over the joined text when the order of sentences differs', () => {
    const reference = ['Profits rose sharply.', 'Shares fell in early trading.'];
    const swapped = ['Shares fell in early trading.', 'Profits rose sharply.'];
    expect(rouge(swapped, reference).rougeL.f1).toBeCloseTo(1);
    expect(rouge(swapped, reference).rouge2.f1).toBeLessThan(1);
  });

  it('scores a summary identical to the reference 1 on every measure', () => {
    const text = ['The central bank raised rates by half a point.', 'Markets had expected a smaller rise.'];
    const scores = rouge(text, text);
    expect([scores.rouge1.f1, scores.rouge2.f1, scores.rougeL.f1]).toEqual([1, 1, 1]);
  });
});

describe('splitting a run-together reference', () => {
  it('cuts at the known sentences, even where a full stop is glued to a capital inside a sentence', () => {
    const known = ['Profits at ShipCo rose 5% to $1.2bn.', 'The firm said U.S.Steel was a customer.', 'Its shares fell.'];
    const reference = 'The firm said U.S.Steel was a customer.Profits at ShipCo rose 5% to $1.2bn.Its shares fell.';
    expect(splitRunTogether(reference, known)).toEqual([known[1], known[0], known[2]]);
  });

  it('splits what no known sentence covers after a full stop followed by a capital or a quote', () => {
    const known = ['Sales grew.'];
    const reference = 'Sales grew.Costs were cut by 3.5%."We are pleased," he said.Analysts agreed!';
    expect(splitRunTogether(reference, known)).toEqual(['Sales grew.', 'Costs were cut by 3.5%.', '"We are pleased," he said.', 'Analysts agreed!']);
    expect(splitRunTogether('He said "we are pleased."Analysts agreed.', [])).toEqual(['He said "we are pleased."', 'Analysts agreed.']);
  });
});
