import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import { answerAround, answerWhen, formatDate, lifeYear, spanEndAsked, whenFocus } from '../src/answer/when.js';
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
    '',
    'Berg and the union leaders could talk again as early as June.',
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
      next: false,
      timetable: false,
      dates: [],
      ordinal: null,
      verbs: [],
      beginning: false,
      zone: null,
      group: false,
    });
    expect(whenFocus('When will the union leaders vote?').future).toBe(true);
    // people asked by a plural noun are whoever takes part, not a word the event must hold
    expect(whenFocus('When will the union leaders vote?')).toMatchObject({ group: true, words: ['union'] });
    // "next" and "again" say which occurrence, not what it is; a modal asks ahead as "will" does
    expect(whenFocus('When could the ministers talk again?')).toMatchObject({ eventWords: ['talk'], words: [], future: true, next: true });
    expect(whenFocus('When did the ministers meet again?').future).toBe(false);
  });

  it('lists what happened after or before a named event or day, nearest first', () => {
    const after = answerAround(kb, 'what happened after the video call', 'after', 'the video call')!;
    expect(after.text.split('\n')).toEqual([
      expect.stringMatching(/^After: .*video call.*\(14 March 2023\)$/),
      '3 April 2023: The union leaders will put the offer to a vote on April 3',
      expect.stringMatching(/^June 2023: /),
    ]);
    const before = answerAround(kb, 'what happened before March 14, 2023', 'before', 'March 14, 2023')!;
    expect(before.text.split('\n')[1]).toMatch(/^10 March 2023: The union leaders met the opposition/);
    expect(answerAround(kb, 'what happened after the ferry strike', 'after', 'the ferry strike')).toBeNull();
  });

  it('takes the names of a question typed in lower case from the articles', () => {
    // Ashby never met the union leaders: their meeting with the opposition is not his.
    expect(answerWhen(kb, 'when did ashby meet the union leaders')?.answer).not.toBe('10 March 2023');
    expect(answerWhen(kb, 'when did berg hold the video call')!.answer).toBe('14 March 2023, 09:30–12:30 GMT');
  });

  it('answers with the date at its precision, the time of day and zone, and every article reporting it', () => {
    const answer = answerWhen(kb, 'When did Berg hold the video call?')!;
    expect(answer.answer).toBe('14 March 2023, 09:30–12:30 GMT');
    expect(new Set(answer.citations.map((c) => c.file))).toEqual(new Set(['talks.txt', 'summit.txt']));
  });

  it('answers "what time" with the clock time, its start or its end when asked', () => {
    expect(answerWhen(kb, 'What time did the video call start?')!.answer).toBe('09:30 GMT');
    expect(answerWhen(kb, 'what time did the video call end')!.answer).toBe('12:30 GMT');
    expect(answerWhen(kb, 'At what time was the video call held?')!.answer).toBe('09:30–12:30 GMT');
    // "when" asked of its start or its end: the day, with that time
    expect(answerWhen(kb, 'When did the video call start?')!.answer).toBe('14 March 2023, 09:30 GMT');
    expect(answerWhen(kb, 'when did the video call end')!.answer).toBe('14 March 2023, 12:30 GMT');
  });

  it('finds the event under another name of its kind', () => {
    expect(answerWhen(kb, 'When was the conversation between Berg and the unions?')!.answer).toMatch(/^14 March 2023/);
    expect(answerWhen(kb, 'When did the meeting with Berg take place?')!.answer).toMatch(/^14 March 2023/);
  });

  it('answers a question about the future with a date ahead of the articles', () => {
    expect(answerWhen(kb, 'When will the union leaders vote on the offer?')!.answer).toBe('3 April 2023');
    // The meeting the articles report as done is not the next one, though more of them report it.
    expect(answerWhen(kb, 'When is the next video call between Berg and the union leaders?')!.answer).toBe('June 2023');
    expect(answerWhen(kb, 'When will Berg hold the next call with the unions?')!.answer).toBe('June 2023');
  });

  it('says when the articles report an event but do not date it; the dates its undated article mentions bound nothing', () => {
    const answer = answerWhen(kb, 'When did Ashby have a phone call with the unions?')!;
    // the meeting of March 10 told before it may as well have followed it
    expect(answer.answer).toBe('not dated in the articles');
    expect(answer.citations[0]!.file).toBe('phone.txt');
  });

  it('returns nothing for an event the articles do not report', () => {
    expect(answerWhen(kb, 'When did the airport open?')).toBeNull();
  });
});

/** An article written for the test: events named by verbs of no event family, one of them never dated. */
const MUSEUM = [
  '---',
  'title: Museum wing to reopen',
  'published: 2024-05-20',
  '---',
  'The Lindqvist Museum will reopen its east wing on June 5 after a year of restoration, director Hanna Moll said on Monday.',
  '',
  'The museum first reopened its galleries on 3 March 2021 and reopened them again on 9 September 2021 after a second flood.',
  '',
  'The museum cafe will resume service once a new kitchen is fitted, Moll said.',
  '',
  'Visitor numbers have doubled this decade.',
  '',
  'The council said that the old boathouse was repainted by volunteers long ago, but today it is used for the first time as a gallery.',
  '',
  'As the Harbour Gazette wrote on May 2, many visitors at first reacted with surprise to the closure.',
].join('\n');

describe('the when-route on events named by any verb', () => {
  let kb: Knowledge;
  beforeAll(async () => {
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'museum.md', text: MUSEUM }], warnings: [], hash: 'museum', empty: false });
    kb = await buildKnowledge(corpus);
  });

  it('takes the focus, names, date limits and ordinal from the shared question analysis, and the verb from its place', () => {
    const focus = whenFocus('When will the Lindqvist Museum reopen its east wing?');
    expect(focus).toMatchObject({ eventWords: [], participants: ['Lindqvist Museum'], future: true });
    expect(focus.verbs[0]).toBe('reopen');
    expect(whenFocus('When did the museum first reopen its galleries?')).toMatchObject({ ordinal: 1, verbs: ['reopen'] });
    expect(whenFocus('When did the council close the bridge to traffic?').verbs[0]).toBe('close');
    expect(whenFocus('When did the museum reopen its galleries after March 2021?').dates).toEqual([{ relation: 'after', text: 'March 2021' }]);
    expect(whenFocus('hey bot when does the museum cafe resume service').verbs).toContain('resume');
  });

  it('answers with the date tied to the verb, not the day it was reported', () => {
    const answer = answerWhen(kb, 'When will the Lindqvist Museum reopen its east wing?')!;
    expect(answer.answer).toBe('5 June 2024');
    expect(answer.citations[0]!.text).toContain('June 5');
  });

  it('picks among several dates of the event by ordinal and by date limit', () => {
    expect(answerWhen(kb, 'When did the museum first reopen its galleries?')!.answer).toBe('3 March 2021');
    expect(answerWhen(kb, 'When did the museum last reopen its galleries?')!.answer).toBe('9 September 2021');
    expect(answerWhen(kb, 'When did the museum reopen its galleries after March 2021?')!.answer).toBe('9 September 2021');
  });

  it('dates no event whose verb the articles never write, nor any word for it', () => {
    // The museum's entries name it, but none is a robbery: their dates answer another question.
    expect(answerWhen(kb, 'When was the Lindqvist Museum robbed?')).toBeNull();
    expect(answerWhen(kb, 'When will the Lindqvist Museum reopen its east wing?')!.answer).toBe('5 June 2024');
  });

  it('says when the event is reported but not dated', () => {
    // "this decade" runs past the article's date: it bounds nothing
    expect(answerWhen(kb, 'When will the museum cafe resume service?')!.answer).toMatch(/^not dated in the articles; after 20 May 2024/);
  });

  it('bounds an undated event reported as done by the date of the article, and takes no date from another clause', () => {
    // "today" dates the first use, not the repainting
    const answer = answerWhen(kb, 'When was the boathouse repainted?')!;
    expect(answer.answer).toBe('not dated in the articles; before 20 May 2024, the date of the article that reports it');
    expect(answer.citations[0]!.text).toContain('repainted by volunteers');
    // the date's clause holds the question's name, though not the word taken for its verb
    expect(answerWhen(kb, "When did the Harbour Gazette write about the visitors' surprise?")!.answer).toBe('2 May 2024');
  });

  it('reads only the entries its index gives, not the whole timeline, once the index is built', () => {
    let reads = 0;
    const timeline = new Proxy(kb.timeline, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const counted = { ...kb, timeline } as Knowledge;
    answerWhen(counted, 'When will the Lindqvist Museum reopen its east wing?');
    reads = 0;
    expect(answerWhen(counted, 'When did the museum first reopen its galleries?')!.answer).toBe('3 March 2021');
    expect(reads).toBe(0);
  });
});

describe('"when did X become Y"', () => {
  let kb: Knowledge;
  beforeAll(async () => {
    const board = [
      'Rail operator names a new chair',
      '',
      'The rail operator named Priya Nand chair of its board on February 2, 2023, the company said on Monday.',
      '',
      'Chairman Ivo Marsh said the timetable would change in May.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'board.txt', text: board }], warnings: [], hash: 'become', empty: false });
    kb = await buildKnowledge(corpus);
  });

  it('dates the start of the role from the word that names it, not the reporting date', () => {
    expect(answerWhen(kb, 'When did Priya Nand become chair?')?.answer).toBe('2 February 2023');
  });

  it('does not take a title in front of a name for the start of the role', () => {
    expect(answerWhen(kb, 'When did Ivo Marsh become chairman?')).toBeNull();
  });
});

describe('a report of something done, in an article that also expects more of it', () => {
  it('is not dated by the expected occurrence: it says the articles do not date it', async () => {
    const text = [
      'Mayors agree to keep talking',
      '',
      'Lisbon, 3 May 2024. In a telephone conversation, the two mayors promised to share their water plans.',
      '',
      'They could hold another conversation as early as June 2024, an aide said on 2 May 2024.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'mayors.txt', text }], warnings: [], hash: 'done', empty: false });
    const kb = await buildKnowledge(corpus);
    const answer = answerWhen(kb, 'When was the phone call between the mayors?');
    expect(answer?.answer).toMatch(/^not dated in the articles/);
  });
});

describe('a beginning asked of a thing no event word names', () => {
  let kb: Knowledge;
  beforeAll(async () => {
    const text = [
      '---',
      'published: 2023-05-12',
      '---',
      'River flood forces evacuations',
      '',
      'Volunteers began filling sandbags on Saturday as floodwater rose in the upper valley.',
      '',
      'The flood started on Monday morning near the old mill, the water board said.',
      '',
      'Residents began returning home on Thursday.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'flood.md', text }], warnings: [], hash: 'flood', empty: false });
    kb = await buildKnowledge(corpus);
  });

  it('"when did the flood start/begin" asks when the flood started, whichever verb the article uses', () => {
    expect(answerWhen(kb, 'When did the flood start?')?.answer).toBe('8 May 2023');
    expect(answerWhen(kb, 'When did the flood begin?')?.answer).toBe('8 May 2023');
  });

  it('"when will…" is not answered by an event its articles report as past', () => {
    const answer = answerWhen(kb, 'When will residents begin returning home?')!;
    expect(answer.answer).toBeNull();
    expect(answer.text).toMatch(/^The articles date no such event to come\. The latest they report: 11 May 2023/);
  });

  it('an entry holding only another word of the event\'s family, and nothing else the question names, is another event', () => {
    // "began" shares a family with "opened"; nothing here is about a dam
    expect(answerWhen(kb, 'When was the new dam opened?')?.answer ?? null).toBeNull();
  });

  it('a word found only inside another ("flood" in "floodwater") counts less than the word itself', () => {
    expect(answerWhen(kb, 'When did the flood start?')?.answer).not.toBe('6 May 2023');
    expect(answerWhen(kb, 'When did residents begin returning home?')?.answer).toBe('11 May 2023');
  });
});

describe('an event asked by a noun', () => {
  it('is dated by another name of it in its article, over a dated sentence that names it but dates the results', async () => {
    const text = [
      'Lissel backs ferry link in referendum',
      '',
      'LISSEL, 6 May 2025 — Voters in Lissel backed a new ferry link in the town referendum, final results showed on Tuesday.',
      '',
      'Turnout in the vote on Sunday, 4 May 2025, was 58 percent, the election office said.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text }], warnings: [], hash: 'ferry-vote', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(answerWhen(kb, 'When was the Lissel referendum held?')?.answer).toBe('4 May 2025');
  });
});

describe('a verb of two words', () => {
  it('is the verb it stands for: "broke out" is when a fire started, "set up" when a firm was founded', async () => {
    const text = [
      'Hill fire still burning',
      '',
      'KELDA, June 20 (Coastwire) - Investigators said on Friday that they did not yet know what had started the hill fire.',
      '',
      'The fire broke out on the morning of 14 June 2024 near a campsite, the fire service said.',
      '',
      'Orrel Outdoor, the campsite operator, was set up in 2011 by two brothers.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'fire.txt', text }], warnings: [], hash: 'hill-fire', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(answerWhen(kb, 'When did the hill fire start?')?.answer).toBe('14 June 2024');
    expect(answerWhen(kb, 'when did the fire break out')?.answer).toBe('14 June 2024');
    expect(answerWhen(kb, 'When was Orrel Outdoor founded?')?.answer).toBe('2011');
  });
});

describe('a beginning asked of an event its word names', () => {
  it('"when did the talks begin" is the talks whose reports say when they began, not other talks', async () => {
    const files = [
      { name: 'fares.md', text: ['---', 'published: 2023-05-12', '---', 'Ferry fares', '', 'On Monday the mayor held talks with the ferry operators about fares.'].join('\n') },
      {
        name: 'port.md',
        text: ['---', 'published: 2023-05-12', '---', 'Port deal', '', 'The union and the port authority met on Tuesday in a meeting that began at 9 a.m. and lasted six hours.'].join('\n'),
      },
    ];
    const kb = await buildKnowledge(buildCorpus({ dir: '/test', files, warnings: [], hash: 'talks', empty: false }));
    expect(answerWhen(kb, 'When did the talks begin?')?.answer).toMatch(/^9 May 2023/);
    // asked without a beginning, the talks by that very word still come first
    expect(answerWhen(kb, 'When were the talks held?')?.answer).toBe('8 May 2023');
  });
});

describe('a time asked by the clock of a place', () => {
  it('"what time … in X" is the time the reports give by X\'s clock, and X is no participant', async () => {
    const text = [
      '---',
      'published: 2023-05-12',
      '---',
      'Ferry talks',
      '',
      'The ferry talks between the two port boards began on Monday at 9:15 Lisbon time and ended at noon.',
      '',
      'The talks started at 9:15 Lisbon time (10:15 Madrid time), a spokesman said.',
    ].join('\n');
    const kb = await buildKnowledge(buildCorpus({ dir: '/test', files: [{ name: 'ferry.md', text }], warnings: [], hash: 'zone', empty: false }));
    expect(whenFocus('What time did the ferry talks start in Madrid?')).toMatchObject({ zone: 'Madrid', participants: [] });
    expect(answerWhen(kb, 'What time did the ferry talks start in Madrid?')?.answer).toBe('10:15 Madrid time');
    expect(answerWhen(kb, 'what time did the ferry talks start madrid time')?.answer).toBe('10:15 Madrid time');
    // "in the morning" is no clock
    expect(whenFocus('What time did the ferry talks start in the morning?').zone).toBeNull();
  });
});

describe('a birth or death asked of a life written in brackets', () => {
  it('takes the year of the end asked, for the person named', () => {
    const sentence = 'The historians Ola Berg (1919–1980) and Ada Lund (1920–1999) wrote the harbour history.';
    expect(lifeYear('When did Ada Lund die?', ['Ada Lund'], sentence)).toBe('1999');
    expect(lifeYear('When was Ada Lund born?', ['Ada Lund'], sentence)).toBe('1920');
    expect(lifeYear('When was Ola Berg born?', ['Ola Berg'], sentence)).toBe('1919');
    // a second year written short takes the first one's century
    expect(lifeYear('When did Ivo Marsh die?', ['Ivo Marsh'], 'The mayor Ivo Marsh (1862–90) built the quay.')).toBe('1890');
    // no brackets after that name, or a question of neither
    expect(lifeYear('When did Ivo Marsh die?', ['Ivo Marsh'], sentence)).toBeNull();
    expect(lifeYear('When did Ada Lund write it?', ['Ada Lund'], sentence)).toBeNull();
  });

  it('answers "when did X die?" with that year, not the range', async () => {
    const history = ['Harbour history', '', 'The historians Ola Berg (1919–1980) and Ada Lund (1920–1999) wrote the first history of the Norvik harbour.'].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'history.txt', text: history }], warnings: [], hash: 'life', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(ask(kb, 'When did Ada Lund die?', '').answer).toBe('1999');
    expect(ask(kb, 'When was Ola Berg born?', '').answer).toBe('1919');
  });
});

describe('an undated report that denies the event asked about', () => {
  it('says nothing of when it happens', async () => {
    const rules = ['Harbour rules', '', 'The harbour board cannot approve berths which block the ferry lane.', '', 'The board will publish new berth fees next year.'].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'rules.txt', text: rules }], warnings: [], hash: 'denied', empty: false });
    const kb = await buildKnowledge(corpus);
    // the only report of approving is a denial: no "not dated" for it
    expect(answerWhen(kb, 'When can the harbour board approve berths?')).toBeNull();
    // a question about what it cannot do is answered by the denial
    expect(answerWhen(kb, 'When can the harbour board not approve berths?')?.answer).toMatch(/not dated/);
  });
});

describe('a span of years', () => {
  it('is one answer, and its end or beginning when the question asks for one', async () => {
    const history = ['Ferry history', '', 'The Norvik ferry line ran between 1954 and 1988 across the fjord. The mill at Vessby operated from 1890 to 1962.'].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text: history }], warnings: [], hash: 'span', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(ask(kb, 'When did the Norvik ferry line run?', '').answer).toBe('between 1954 and 1988');
    expect(ask(kb, 'When did the Norvik ferry line end?', '').answer).toBe('1988');
    expect(ask(kb, 'When did the mill at Vessby operate?', '').answer).toBe('from 1890 to 1962');
    expect(ask(kb, 'When did the mill at Vessby start?', '').answer).toBe('1890');
  });

  it('gives the year asked of a span written as the answer', () => {
    expect(spanEndAsked('When did the war end?', '1754–1763')).toBe('1763');
    expect(spanEndAsked('When was the abbey founded?', 'between 1115 and 1234')).toBe('1115');
    expect(spanEndAsked('When did the mayor serve?', '1862–90')).toBeNull();
    expect(spanEndAsked('When did the mayor leave office, and when did he die?', '1862–90')).toBe('1890');
    expect(spanEndAsked('When did the war end?', 'May 1763')).toBeNull();
  });
});

describe('an end asked of an event whose beginning the articles date', () => {
  it('is not answered by the beginning; the headline that names the end leads to the day it came', async () => {
    const text = [
      'Ferry crews end strike after fuel deal',
      '',
      'Lunholm, 14 May 2025 (Island Courier) - Ferry crews went back to work on Wednesday after a nine-day strike over fuel pay.',
      '',
      'The strike, which began on May 5, stranded hundreds of island residents.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text }], warnings: [], hash: 'strike', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(ask(kb, 'When did the strike begin?', '2025-05-14').answer).toBe('5 May 2025');
    const ended = ask(kb, 'When did the strike end?', '2025-05-14');
    expect(ended.answer).toBe('14 May 2025');
    expect(ended.citations[0]!.text).toContain('went back to work on Wednesday');
  });

  it('knows a walkout or a stoppage for a strike', async () => {
    const text = [
      'Ferry crews end walkout after fuel deal',
      '',
      'Lunholm, 14 May 2025 (Island Courier) - Ferry crews went back to work on Wednesday after a nine-day walkout over fuel pay.',
      '',
      'The walkout, which began on May 5, stranded hundreds of island residents.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text }], warnings: [], hash: 'walkout-ended', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(ask(kb, 'When did the walkout end?', '2025-05-14').answer).toBe('14 May 2025');
  });

  it("takes a headline for a report of its article's main event, done by the article's date", async () => {
    const text = ['Ferry crews end walkout after fuel deal', '', 'Lunholm, 14 May 2025 (Island Courier) - Ferry crews went back to work on Wednesday.'].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text }], warnings: [], hash: 'walkout', empty: false });
    const kb = await buildKnowledge(corpus);
    const answer = answerWhen(kb, 'When did the walkout end?');
    expect(answer?.answer).toBe('not dated in the articles; by 14 May 2025, the date of the article that reports it');
    expect(answer?.citations[0]).toMatchObject({ text: 'Ferry crews end walkout after fuel deal', start: 0 });
  });
});

describe('two events dated in one sentence', () => {
  it('dates the event asked by its own date, however vague the other is, and an "according to" names no word of it', async () => {
    const text = [
      'Council backs tram line',
      '',
      'Vessby, 12 March 2025 (City Ledger) - The council approved a tram line to the harbour on Tuesday.',
      '',
      'Construction is due to start in autumn 2026 and the line should open in 2029, according to the transport department.',
    ].join('\n');
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'tram.txt', text }], warnings: [], hash: 'tram', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(ask(kb, 'When will the line open?', '2025-03-12').answer).toBe('2029');
    expect(ask(kb, 'According to the transport department, when will the line open?', '2025-03-12').answer).toBe('2029');
    expect(whenFocus('According to the transport department, when will the line open?').words).toEqual(['line']);
  });
});

describe('dates as an answer writes them', () => {
  it('writes a season as a season, and other spans of months as months', () => {
    expect(formatDate('2026-09', '2026-11')).toBe('autumn 2026');
    expect(formatDate('2027-06', '2027-08')).toBe('summer 2027');
    expect(formatDate('2026-12', '2027-02')).toBe('winter 2026–2027');
    expect(formatDate('2026-09', '2026-10')).toBe('September 2026 to October 2026');
    expect(formatDate('2026-12', '2026-02')).toBe('December 2026 to February 2026');
    expect(formatDate('2026-03-09', '2026-03-10')).toBe('9–10 March 2026');
  });
});

describe('an ending asked with another word for it', () => {
  it('dates "stop" by the entry that says "end"', async () => {
    const text = 'Ferry to end\n\nNORVIK, March 4, 2025 - The Norvik ferry service to Lunholm will end on 31 May 2025, its operator said on Tuesday.';
    const corpus = buildCorpus({ dir: '/test', files: [{ name: 'ferry.txt', text }], warnings: [], hash: 'ferry', empty: false });
    const kb = await buildKnowledge(corpus);
    expect(answerWhen(kb, 'When does the Norvik ferry stop sailing to Lunholm?')!.answer).toBe('31 May 2025');
  });
});
