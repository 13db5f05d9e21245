import { describe, expect, it } from 'vitest';
import { conflictingDetail, contradicts } from '../src/answer/contradiction.js';

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

  it('a question about a refusal or a failure is not answered by a sentence that reports it done', () => {
    expect(contradicts('When did the island refuse to join the league?', 'The island joined the league in 1985.')).toBe(true);
    expect(contradicts('When was the treaty rejected?', 'The treaty was signed in 2007.')).toBe(true);
    expect(contradicts('When did the ferry fail to sail?', 'The ferry sailed on Monday.')).toBe(true);
    expect(contradicts('When was the treaty rejected?', 'Voters rejected the treaty in 2005.')).toBe(false);
    expect(contradicts('Who declined to name the buyer?', 'The club declined to name the buyer.')).toBe(false);
    // a fall is no refusal
    expect(contradicts('When did profits decline?', 'Profits fell in March.')).toBe(false);
  });

  it('a question about the least of something, over a sentence that places nothing low', () => {
    expect(contradicts('Which route is the least used?', 'The northern route is used by the ferries in winter.')).toBe(true);
    expect(contradicts('Which route is the least used?', 'The northern route is the least used of the three.')).toBe(false);
    expect(contradicts('Which route do fewer ferries take?', 'The northern route is used by the ferries in winter.')).toBe(false);
    // "at least" bounds a figure
    expect(contradicts('How many ships, at least, were lost?', 'Twelve ships were lost in the storm.')).toBe(false);
  });

  it('a question that denies more than its sentence does', () => {
    expect(contradicts('Which rule does not say that ferries may not dock at night?', 'Rule 12 says that ferries may not dock at night.')).toBe(true);
    expect(contradicts('Which rule says that ferries may not dock at night?', 'Rule 12 says that ferries may not dock at night.')).toBe(false);
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

  it('an opposite WordNet gives, in any form the sentence writes it', () => {
    expect(contradicts('What does the new charter allow?', 'The new charter prohibits night fishing in the bay.')).toBe(true);
    expect(contradicts('When did the ferry service expand?', 'The ferry service contracted in 1998.')).toBe(true);
  });

  it('a question word the sentence holds in another form beside its opposite', () => {
    // "ended" is "end": the sentence's "began" opposes nothing the question asks
    expect(contradicts('What time did the hearing end?', 'The hearing began at ten and ended at noon.')).toBe(false);
    expect(contradicts('When does the levy come into force?', 'When the levy comes into force on 1 May we will go to court.')).toBe(false);
  });

  it('an adjective\'s opposite that describes other things opposes nothing', () => {
    // "new" describes the cameras, not the town.
    expect(contradicts("What's the fine for driving into the old town?", 'Drivers face a fine of 150 euros, enforced by 22 new cameras.')).toBe(false);
    expect(contradicts('Which is the largest harbour?', 'Ostby has the smallest harbour on the coast.')).toBe(true);
    // The same thing, described in other words.
    expect(contradicts('What is the maximum percent of alcohol allowed?', 'The law sets a minimum alcohol content of 25 percent.')).toBe(true);
    // Said of the subject, not of a noun after it: "uncommon in the valley" against "common at the time".
    expect(contradicts('Which custom became uncommon in the valley?', 'The custom became common at that time.')).toBe(true);
  });

  it('"last" as a verb is no opposite of "first"', () => {
    expect(contradicts('How long did the stoppage last?', 'The first stoppage, in May, lasted two days.')).toBe(false);
    expect(contradicts('Which was the last stoppage?', 'The first stoppage was in May.')).toBe(true);
  });

  it('a question asked the way the sentence says it', () => {
    expect(contradicts('When was the lighthouse lit?', 'The lighthouse was lit again in 1904 after the storm.')).toBe(false);
    expect(contradicts('Who refused to sign the charter?', 'The harbour board refused to sign the charter.')).toBe(false);
  });
});

describe('a detail of a claim that the articles give otherwise', () => {
  it('a month, weekday, year or figure the text gives another of', () => {
    expect(conflictingDetail('the ferry would sail in June', 'The ferry will sail on August 14, the harbour master said.')).toBe('June');
    expect(conflictingDetail('the vote was held on Thursday', 'Councillors voted on Monday evening.')).toBe('Thursday');
    expect(conflictingDetail('the mill closed in 1998', 'The mill closed in 2004 after a fire.')).toBe('1998');
    expect(conflictingDetail('the plant employs 300 people', 'The plant employs 1,200 people.')).toBe('300');
  });

  it('no conflict when the text gives the same detail, or none of its kind', () => {
    expect(conflictingDetail('the plant employs 1200 people', 'The plant employs 1,200 people.')).toBeNull();
    expect(conflictingDetail('the ferry would sail in Aug', 'The ferry will sail on August 14.')).toBeNull();
    expect(conflictingDetail('the mill closed in 1998', 'The mill closed after a fire that destroyed 40 looms.')).toBeNull();
    expect(conflictingDetail('the mill closed on Friday', 'The mill closed in 2004.')).toBeNull();
  });

  it('a modal "may" or the verb "march" is no month', () => {
    expect(conflictingDetail('prices may rise', 'Prices will rise in April.')).toBeNull();
    expect(conflictingDetail('the miners would march to the capital', 'The miners marched on 3 April.')).toBeNull();
  });
});
