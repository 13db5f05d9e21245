import { beforeAll, describe, expect, it } from 'vitest';
import { answerWhen, whenFocus } from '../src/answer/when.js';
import { buildCorpus } from '../src/corpus/load.js';
import { buildKnowledge } from '../src/index/build.js';
import type { Knowledge } from '../src/index/knowledge.js';

/** Articles written for the test: a call reported under two names, a phone call no article dates, a vote to come. */
const TEXTS: Record<string, string> = {
  'talks.txt': [
    'Ministers and rail unions hold talks',
    '',
    'Transport minister Olga Berg and the leaders of two rail unions held a video call on Tuesday, March 14, 2023.',
    '',
    'The call began at 9:30 am GMT and ended at 12:30 pm GMT.',
    '',
    'During the video call, Berg offered a new pay scale.',
  ].join('\n'),
  'summit.txt': [
    'Berg meets union leaders',
    '',
    'The virtual summit between Olga Berg and the union leaders took place on March 14, 2023.',
    '',
    'The union leaders will put the offer to a vote on April 3.',
  ].join('\n'),
  'phone.txt': [
    'Unions seek support',
    '',
    'The union leaders met the opposition on March 10, 2023, and briefed them on the dispute.',
    '',
    'In a phone call, Tom Ashby promised the unions his support.',
  ].join('\n'),
};

describe('the when-route on articles written for the test', () => {
  let kb: Knowledge;
  beforeAll(async () => {
    const corpus = buildCorpus({ dir: '/test', files: Object.entries(TEXTS).map(([name, text]) => ({ name, text })), warnings: [], hash: 'when', empty: false });
    kb = await buildKnowledge(corpus);
  });

  it('reads the event, its participants and its other words from the question', () => {
    expect(whenFocus('When did Berg hold the video call with the unions?')).toEqual({
      eventWords: ['call'],
      participants: ['Berg'],
      words: ['hold', 'video', 'unions'],
      future: false,
    });
    expect(whenFocus('When will the union leaders vote?').future).toBe(true);
  });

  it('answers with the date at its precision, the time of day and zone, and every article reporting it', () => {
    const answer = answerWhen(kb, 'When did Berg hold the video call?')!;
    expect(answer.answer).toBe('14 March 2023, 09:30–12:30 GMT');
    expect(new Set(answer.citations.map((c) => c.file))).toEqual(new Set(['talks.txt', 'summit.txt']));
  });

  it('finds the event under another name of its kind', () => {
    expect(answerWhen(kb, 'When was the conversation between Berg and the unions?')!.answer).toMatch(/^14 March 2023/);
    expect(answerWhen(kb, 'When did the meeting with Berg take place?')!.answer).toMatch(/^14 March 2023/);
  });

  it('answers a question about the future with a date ahead of the articles', () => {
    expect(answerWhen(kb, 'When will the union leaders vote on the offer?')!.answer).toBe('3 April 2023');
  });

  it('says when the articles report an event but do not date it, and what bounds it', () => {
    const answer = answerWhen(kb, 'When did Ashby have a phone call with the unions?')!;
    expect(answer.answer).toBe('not dated in the articles; after 10 March 2023, the latest date the report mentions');
    expect(answer.citations[0]!.file).toBe('phone.txt');
  });

  it('returns nothing for an event the articles do not report', () => {
    expect(answerWhen(kb, 'When did the airport open?')).toBeNull();
  });
});
