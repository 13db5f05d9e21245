import { describe, expect, it } from 'vitest';
import { contradicts } from '../src/answer/contradiction.js';

describe('an answer sentence that says otherwise than the question', () => {
  it('a negated question is not answered by a sentence that denies nothing', () => {
    expect(contradicts('When was the lighthouse not lit?', 'The lighthouse was lit again in 1904 after the storm.')).toBe(true);
    expect(contradicts("Which ship didn't reach Tallinn?", 'The Aurora reached Tallinn on Friday.')).toBe(true);
  });

  it('a negated question is answered by a sentence that denies, refuses or lacks', () => {
    expect(contradicts('Which ship did not reach Tallinn?', 'The Aurora never reached Tallinn.')).toBe(false);
    expect(contradicts('Who did not sign the charter?', 'The harbour board refused to sign the charter.')).toBe(false);
    expect(contradicts('What did the council not discuss?', 'The council failed to discuss the ferry fares.')).toBe(false);
  });

  it('a negation that leaves the claim standing is no negated question', () => {
    expect(contradicts('Which towns were not only flooded but cut off?', 'Three towns were flooded and cut off for a week.')).toBe(false);
    expect(contradicts('Did the mill close or not, and when?', 'The mill closed in March.')).toBe(false);
  });

  it('a question word the sentence lacks, whose opposite it holds', () => {
    expect(contradicts('Who agreed to sign the charter?', 'The harbour board refused to sign the charter.')).toBe(true);
    expect(contradicts('Which route is harder to sail?', 'The northern route is easier to sail in winter.')).toBe(true);
    expect(contradicts('When did the garrison advance?', 'The garrison began its retreat at dawn.')).toBe(true);
  });

  it('a question asked the way the sentence says it', () => {
    expect(contradicts('When was the lighthouse lit?', 'The lighthouse was lit again in 1904 after the storm.')).toBe(false);
    expect(contradicts('Who refused to sign the charter?', 'The harbour board refused to sign the charter.')).toBe(false);
  });
});
