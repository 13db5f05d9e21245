import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { buildArticle } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import { extractAllDates, extractDates } from '../src/extract/dates/dates.js';
import { tenseAt } from '../src/extract/dates/chrono/tense.js';
import { parseNewsDates, referenceDate } from '../src/extract/dates/news-dates.js';
import { referenceTimes } from '../src/extract/dates/reference-time.js';
import { mayHoldDate } from '../src/extract/dates/cue.js';
import type { DateMention, ReferenceTime } from '../src/extract/types.js';

const article = (text: string, id = 'test', published?: string) =>
  buildArticle({ id, file: `${id}.txt`, text, meta: published ? { published } : {} });
const given = (value: string, articleId = 'test'): ReferenceTime => ({ articleId, value, from: 'front-matter', basis: 'test' });
/** Every date in one sentence, as "text → value[..end]". */
const dates = (sentence: string, reference: string) =>
  parseNewsDates(sentence, referenceDate(reference))
    .filter((d) => !d.vague)
    .map((d) => `${d.text} → ${d.value}${d.end ? `..${d.end}` : ''}`);

describe('dates written in full', () => {
  it('reads days, months, years, ranges and clock times as ISO with their granularity', () => {
    const found = parseNewsDates('Talks held on 08 December 2021 follow those of March 3, 1998, in 2014 and in May 2019.', referenceDate('2021-12-09'));
    expect(found.map((d) => [d.text, d.value, d.granularity])).toEqual([
      ['on 08 December 2021', '2021-12-08', 'day'],
      ['March 3, 1998', '1998-03-03', 'day'],
      ['2014', '2014', 'year'],
      ['May 2019', '2019-05', 'month'],
    ]);
    expect(dates('The summit ran from 1990 to 1995.', '2000-01-01')).toEqual(['1990 to 1995 → 1990..1995']);
    expect(dates('Trading opened at 9:30 a.m. on Monday, June 3, 2019.', '2019-06-04')[0]).toMatch(/→ 2019-06-03T09:30$/);
  });

  it('reads news periods chrono does not: quarters, seasons, decades, parts of months', () => {
    const ref = '1989-10-26';
    const timex = (sentence: string) => parseNewsDates(sentence, referenceDate(ref)).map((d) => d.timex ?? d.value);
    expect(timex('Third-quarter profit rose, as it did in the fourth quarter of 1988.')).toEqual(['1989-Q3', '1988-Q4']);
    expect(timex('Sales fell in the quarter, below the year-ago quarter.')).toEqual(['1989-Q3', '1988-Q3']);
    expect(timex('The plant opened last summer and hired through the 1980s.')).toEqual(['1989-SU', '198']);
    expect(dates('Shipments resume in mid-November.', ref)).toEqual(['mid-November → 1989-11-11..1989-11-20']);
    expect(dates('Output peaked in the early 1970s.', ref)).toEqual(['early 1970s → 1970..1973']);
  });

  it('does not take durations, amounts, ages or names for dates', () => {
    const none = [
      'The meeting lasted two hours.',
      'Many mistakes have been made over the past 30 years.',
      'Leaders met at the G20 summit and plan a GXNUMX summit.',
      'In an interview with Rossiya 24, he spoke.',
      'They left behind $85 billion in military equipment.',
      'The talks took 2 hours.',
      'A strike group of up to 125 thousand people gathered.',
      'Victims of World War II were remembered.',
      'Some 1500 troops and 2000 tanks moved.',
      'The stock rose to $2.50 a share from 16 cents.',
      'The Sun reported it first; workers march on the capital.',
      'The company grew 20% in the past year.',
      'Voters must register by 1700 GMT, and the count starts at 2200 BST.',
      'The ship sails at 0930 hrs.',
      'Talks on night-shift pay and morning-after checks will resume.',
    ];
    for (const sentence of none) expect(dates(sentence, '2021-12-08'), sentence).toEqual([]);
  });
});

describe('a month before a count', () => {
  it('reads "In January 25 people…" as the month and a count of people, and "on January 25 talks" as a day', () => {
    const ref = '2023-07-10';
    expect(dates('In January 25 people who joined the scheme were fined.', ref)).toEqual(['January → 2023-01']);
    expect(dates('In March 12 of the workers were sacked.', ref)).toEqual(['March → 2023-03']);
    expect(dates('In May 30 miners were trapped underground.', ref)).toEqual(['May → 2023-05']);
    expect(dates('On January 25 talks began in Tarvik.', ref)).toEqual(['January 25 → 2023-01-25']);
    expect(dates('January 25 talks were held in Tarvik.', ref)).toEqual(['January 25 → 2023-01-25']);
  });
});

describe('relative dates against a given reference', () => {
  const wednesday = '2021-12-08T12:39';

  it('looks back for the past and forward for the future', () => {
    expect(dates('Officials met on Tuesday.', wednesday)).toEqual(['on Tuesday → 2021-12-07']);
    expect(dates('The ministers will meet on Tuesday.', wednesday)).toEqual(['on Tuesday → 2021-12-14']);
    expect(dates('Inflation peaked in April, the bank said.', wednesday)).toEqual(['April → 2021-04']);
    expect(dates('The next round is scheduled for January 9-10.', '2021-12-28')).toEqual(['January 9-10 → 2022-01-09..2022-01-10']);
    expect(dates('A vote is planned for March 2.', '2021-12-28')).toEqual(['March 2 → 2022-03-02']);
    expect(dates('Sales fell in October.', '2022-02-10')).toEqual(['October → 2021-10']);
  });

  it('resolves periods named from now: weeks, months, years, "ago"', () => {
    const found = parseNewsDates('Prices fell last week, rose earlier this month and doubled two years ago.', referenceDate(wednesday));
    expect(found.map((d) => [d.value, d.end, d.granularity, d.timex])).toEqual([
      ['2021-11-29', '2021-12-05', 'week', '2021-W48'],
      ['2021-12', null, 'month', undefined],
      ['2019', null, 'year', undefined],
    ]);
    expect(found[1]!.text).toBe('earlier this month');
    expect(dates('Now Russia is doing the same as in April of this year.', wednesday)).toEqual(['April of this year → 2021-04']);
    expect(dates('They spoke last May and again this September.', '1998-08-15')).toEqual(['last May → 1998-05', 'this September → 1998-09']);
    // The month just gone would be "last month": "last July" said in August is a year back.
    expect(dates('They spoke last July.', '1998-08-15')).toEqual(['last July → 1997-07']);
  });

  it('reads late and early as thirds of a month and joins a dashed range', () => {
    expect(dates('An invasion is expected in late January—early February.', '2021-12-08')).toEqual([
      'late January—early February → 2022-01-21..2022-02-10',
    ]);
  });

  it('reads "end" as part of a period only with its "of": the verb "end" takes nothing from the date', () => {
    expect(dates('The route will end on 31 May 2025.', '2025-03-04')).toEqual(['on 31 May 2025 → 2025-05-31']);
    expect(dates('The talks will start on 9 June.', '2025-03-04')).toEqual(['on 9 June → 2025-06-09']);
    expect(dates('The works will finish at the end of June 2025.', '2025-03-04')).toEqual(['end of June 2025 → 2025-06-30']);
  });

  it('dates "the afternoon of <day>" by the day it names', () => {
    expect(dates('The blaze broke out on the afternoon of Saturday, Aug. 9, in dry scrub.', '2025-08-12')).toEqual(['afternoon of Saturday, Aug. 9 → 2025-08-09']);
    expect(dates('The vote was held on the evening of 3 March.', '2024-03-10')).toEqual(['evening of 3 March → 2024-03-03']);
    expect(dates('Crews left on Monday afternoon.', '2024-03-13')).toEqual(['on Monday afternoon → 2024-03-11']);
  });

  it('looks forward for an event planned for a date, whatever the tense of the planning', () => {
    expect(dates('A hearing was set for Friday.', '2023-06-07')).toEqual(['Friday → 2023-06-09']);
    expect(dates('The concert was postponed to July 8.', '2023-03-15')).toEqual(['July 8 → 2023-07-08']);
    // "due to" with a verb plans nothing for the date: the pluperfect still looks back.
    expect(dates('The permit had been due to expire on Friday.', '2023-06-07')).toEqual(['on Friday → 2023-06-02']);
  });

  it('tells the tense from the nearest verb form', () => {
    const at = (sentence: string, words: string) => tenseAt(sentence, sentence.indexOf(words), sentence.indexOf(words) + words.length);
    expect(at('Lund on Tuesday held talks.', 'on Tuesday')).toBe('past');
    expect(at('Talks, which are scheduled for Friday, may slip.', 'for Friday')).toBe('future');
    expect(at('It could be organized after January 10.', 'January 10')).toBe('future');
    expect(at('Moscow hadn’t expected progress before Tuesday.', 'Tuesday')).toBe('past');
    expect(at('Prices are high.', 'high')).toBe('present');
    // A plan is the future as a verb, not as a noun.
    expect(at('A court on Tuesday blocked plans by the firm to expand.', 'on Tuesday')).toBe('past');
    expect(at('The firm on Tuesday plans to open a mine.', 'on Tuesday')).toBe('future');
    // What was expected is ahead of the expecting; a clause after the date's own tells less than the verb before it.
    expect(at('The governor was expected in Ostby on Saturday.', 'on Saturday')).toBe('future');
    expect(at('More rain could arrive on Sunday night, though they said it was likely to be lighter.', 'on Sunday night')).toBe('future');
    expect(at('The rain arrived on Sunday, though it will be lighter.', 'on Sunday')).toBe('past');
    expect(at('The bridge will close for two weekends in the autumn while new bearings are lifted.', 'in the autumn')).toBe('future');
    // "the planned merger" names a plan, it shows no tense
    expect(at('About two thousand people marched through the centre of Lunholm on Wednesday to protest against the planned merger.', 'on Wednesday')).toBe('past');
  });

  it('gives "now" and "recently" only when asked, as TimeML *_REF', () => {
    const text = 'Prices are now high. They rose recently. Rates fell on Monday.';
    expect(extractDates(article(text), given('2021-12-08')).map((m) => m.text)).toEqual(['on Monday']);
    expect(extractDates(article(text), given('2021-12-08'), { vague: true }).map((m) => m.timex ?? m.value)).toEqual([
      'PRESENT_REF',
      'PAST_REF',
      '2021-12-06',
    ]);
  });

  it('puts a clock time on the day named just before it, with the clause it dates', () => {
    const text = 'The central bank cut rates on Thursday. The decision came at 14:30 Berlin time, after a long debate.';
    const mentions = extractDates(article(text), given('2024-03-09'));
    expect(mentions.map((m) => [m.text, m.value, m.granularity])).toEqual([
      ['on Thursday', '2024-03-07', 'day'],
      ['at 14:30', '2024-03-07T14:30', 'time'],
    ]);
    expect(mentions[0]!.clause.text).toBe('The central bank cut rates on Thursday');
    expect(mentions[1]!.clause.text).toBe('The decision came at 14:30 Berlin time');
    expect(text.slice(mentions[1]!.start, mentions[1]!.stop)).toBe('at 14:30');
  });

  it('joins an opening date phrase to the clause after it', () => {
    const [mention] = extractDates(article('On March 4, the mayor opened the new bridge to traffic.'), given('2023-03-10'));
    expect(mention!.clause.text).toBe('On March 4, the mayor opened the new bridge to traffic');
  });
});

describe('reference times', () => {
  it('takes the front matter when given, and says so', () => {
    const references = referenceTimes([article('Rates rose on Tuesday.', 'a', '2024-05-02')]);
    expect(references.get('a')).toMatchObject({ value: '2024-05-02', from: 'front-matter' });
  });

  it('estimates an undated article from the latest past day it reports and the years it names', () => {
    const undated = article(
      'The port reopened in 2019. Workers went back on strike on March 3 and talks failed on March 12. Talks will resume on April 2.',
      'b',
    );
    const reference = referenceTimes([undated]).get('b')!;
    expect(reference).toMatchObject({ value: '2019-03-12', from: 'estimated' });
    expect(reference.basis).toContain('March 12');
  });

  it('says when its estimate has no day to go by: a weekday counted from a guessed year is no day', () => {
    const weekday = referenceTimes([article('Keldmark reported on Thursday a drop in profit. The firm was founded in 1962.', 'w')]).get('w')!;
    expect(weekday).toMatchObject({ from: 'estimated', dayUnknown: true });
    const written = referenceTimes([article('Keldmark reported on March 12 a drop in profit. The firm was founded in 1962.', 'm')]).get('m')!;
    expect(written.dayUnknown).toBeUndefined();
    expect(written.value).toBe('1962-03-12');
  });

  it('takes the day of a wire dateline without its year, and only estimates the year', () => {
    const wire = article('Port strike\n\nNORVIK, March 12 (Coastal Wire) - Workers went back on strike on March 3. The port reopened in 2019.', 'wire');
    const reference = referenceTimes([wire]).get('wire')!;
    expect(reference).toMatchObject({ value: '2019-03-12', from: 'estimated' });
    expect(reference.basis).toContain('NORVIK, March 12');
  });

  it('takes the year in which the weekdays the article writes with their dates fall', () => {
    const wire = article(
      'Port strike\n\nNORVIK, March 4 (Coastal Wire) - Dockers will strike from Thursday, March 6. The port handled a record tonnage in 2024.',
      'wire',
    );
    const reference = referenceTimes([wire]).get('wire')!;
    expect(reference.value).toBe('2025-03-04');
    expect(reference.basis).toContain('Thursday, March 6');
    // Written day first, and a January date in a December article is of the next year.
    const december = article('Ferry timetable\n\nNORVIK, Dec 28 (Coastal Wire) - The new timetable starts on Friday 3 January. It was drafted in 2017.', 'dec');
    expect(referenceTimes([december]).get('dec')!.value).toBe('2019-12-28');
  });

  it('dates an article that names no year by the years the articles loaded with it name', () => {
    const articles = [
      article('Port strike\n\nNORVIK, March 4 (Coastal Wire) - Dockers will strike from Thursday, March 6.', 'strike'),
      article('Port fees\n\nNORVIK, March 5 (Coastal Wire) - Fees will rise in 2025, the port said.', 'fees'),
      article('Ferry delays\n\nOSTBY, March 7 (Coastal Wire) - Ferries ran late on Friday.', 'ferry'),
    ];
    expect(referenceTimes(articles).get('ferry')!.value).toBe('2025-03-07');
  });

  it('reads a day without year, with no year anywhere, as the last one past', () => {
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 20 * 86_400_000);
    const month = next.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const born = article(`Zoo cubs\n\nThe cubs were born on ${month} ${next.getUTCDate()}, the keepers said.`, 'zoo');
    expect(referenceTimes([born]).get('zoo')!.value <= today).toBe(true);
  });

  it('estimates a text far longer than an article from its opening, as news puts the latest first', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Shipment ${i} of grain left the port as planned.`).join(' ');
    const digest = article(`The port reopened in 2019. Workers went back on strike on March 3. ${filler} Talks failed on March 12.`, 'digest');
    expect(referenceTimes([digest]).get('digest')).toMatchObject({ value: '2019-03-03', from: 'estimated' });
  });

  it('dates undated articles on unrelated subjects by the recent years most of them name, not a year of history two share', () => {
    const articles = [
      article('The brewery was founded in 1990. It expanded its plant in 2006.', 'brewery'),
      article('The mill closed in 1990 after a long decline.', 'mill'),
      article('Output at the quarry fell in 2005, the owners said.', 'quarry'),
      article('The ferry company cut its fares on Monday.', 'ferry'),
    ];
    expect(referenceTimes(articles).get('ferry')!.value.slice(0, 4)).toBe('2005');
  });

  it('borrows the year and events of a dated article that reports the same events', () => {
    const dated = article(
      'Fishing quotas for the northern cod stock were cut by the ministers on Tuesday after talks in Brussels about the quota dispute.',
      'dated',
      '2023-11-15',
    );
    const undated = article('The northern cod fishing quotas were cut at the Brussels talks, ministers said, ending the quota dispute that began on October 2.', 'undated');
    const reference = referenceTimes([dated, undated]).get('undated')!;
    expect(reference).toMatchObject({ value: '2023-11-14', from: 'estimated' });
    expect(reference.basis).toContain('dated');
  });
});

describe('the seed articles', () => {
  let articles: Article[];
  let mentions: DateMention[];
  let references: Map<string, ReferenceTime>;
  const of = (prefix: string) => mentions.filter((m) => m.articleId.startsWith(prefix));
  const find = (prefix: string, text: string) => of(prefix).find((m) => m.text === text);
  beforeAll(async () => {
    articles = (await loadCorpus(DEFAULT_ARTICLES_DIR)).articles;
    ({ references, mentions } = extractAllDates(articles));
  });

  it('reads the dateline of 003 and estimates the others', () => {
    const reference = (prefix: string) => [...references.values()].find((r) => r.articleId.startsWith(prefix))!;
    expect(reference('003')).toMatchObject({ value: '2021-12-08T12:39', from: 'dateline' });
    expect(reference('001').from).toBe('estimated');
    expect(reference('001').value >= '2021-12-24').toBe(true);
    for (const prefix of ['000', '002', '004']) expect(reference(prefix).value.slice(0, 7)).toBe('2021-12');
  });

  it('resolves 003: "on Tuesday held talks", "On Monday", and the times of the call', () => {
    expect(find('003', 'on Tuesday')?.value).toBe('2021-12-07');
    expect(find('003', 'On Monday')?.value).toBe('2021-12-06');
    expect(of('003').filter((m) => m.granularity === 'time').map((m) => m.value)).toEqual(['2021-12-07T10:07', '2021-12-07T18:07']);
    expect(of('003').filter((m) => m.text === '2014').length).toBe(2);
  });

  it('resolves 001 against late December: December 17 and 24, January 9-10, January 2022', () => {
    expect(find('001', 'December 17')?.value).toBe('2021-12-17');
    expect(find('001', 'December 24')?.value).toBe('2021-12-24');
    expect(find('001', 'January 9-10')).toMatchObject({ value: '2022-01-09', end: '2022-01-10', granularity: 'day' });
    expect(find('001', 'January 2022')).toMatchObject({ value: '2022-01', granularity: 'month' });
    expect(find('001', 'December 17')!.clause.text).toBe('Draft agreements with NATO and the United States in this area were presented on December 17');
  });

  it('resolves 004 and 002: April of this year, late January—early February, since July, 2014, December days, October', () => {
    expect(find('004', 'April of this year')?.value).toBe('2021-04');
    expect(find('004', 'late January—early February')).toMatchObject({ value: '2022-01-21', end: '2022-02-10' });
    expect(find('004', 'July')?.value).toBe('2021-07');
    expect(find('002', '2014')).toMatchObject({ value: '2014', granularity: 'year' });
    for (const day of ['1', '3', '4', '6']) expect(find('002', `December ${day}`)?.value).toBe(`2021-12-0${day}`);
    expect(find('002', 'October')?.value).toBe('2021-10');
    expect(find('000', 'December 7')?.value).toBe('2021-12-07');
  });

  it('finds no date in the durations, amounts and names of the seeds', () => {
    const texts = mentions.map((m) => m.text).join(' | ');
    expect(texts).not.toMatch(/hours|years|G20|GXNUMX|Rossiya|billion|thousand|War/);
  });

  it('gives offsets into the article text', () => {
    for (const mention of mentions) {
      const text = articles.find((a) => a.id === mention.articleId)!.text;
      expect(text.slice(mention.start, mention.stop).replace(/\s+/g, ' ')).toBe(mention.text);
      expect(text.slice(mention.clause.start, mention.clause.end).replace(/\s+/g, ' ')).toBe(mention.clause.text);
    }
  });
});

describe('the cue that spares chrono a sentence', () => {
  it('lets through every way digits write a date, and not figures alone', () => {
    for (const dated of ['It closed at 10:07.', 'Sales peaked in 1987.', "Prices fell in the '80s.", 'Output doubled in the 1990s.', 'Filed on 12/3.', 'Shares were halted 2 hours later.', 'Markets open at 9 am.', 'Trading resumed on the 5th.', 'The latest period had profit.', 'The deal closes 1987-03-12.', 'Talks ended at 1830 GMT.']) {
      expect(mayHoldDate(dated), dated).toBe(true);
    }
    for (const figures of ['Profit rose 5.2 pct to 1.5 mln dlrs.', 'It sold 125 thousand tonnes, up 12 pct.', 'Shares closed 45 cents higher, up 3 pct.']) {
      expect(mayHoldDate(figures), figures).toBe(false);
    }
  });

  it('reads whole words: a month, a weekday or a holiday, not words that start like one', () => {
    for (const dated of ['The plant shut in May.', 'It reopened on Wed.', 'Sales slowed over Christmas.', 'The deal closes May 5.', 'Shares rose at midday.']) {
      expect(mayHoldDate(dated), dated).toBe(true);
    }
    for (const undated of ['The decline in money market securities may continue.', 'Fed funds opened at 5-15/16 pct.', 'Margins were marginally firmer at 24 dlrs.']) {
      expect(mayHoldDate(undated), undated).toBe(false);
    }
  });

  it('lets "now" and "recently" through only when they are asked for', () => {
    expect(mayHoldDate('Membership is now larger.')).toBe(false);
    expect(mayHoldDate('Membership is now larger.', { vague: true })).toBe(true);
  });
});

describe('dates the cue keeps out', () => {
  it('finds no date in a fraction or in "now" before a figure, and the holiday in a sentence with no other date word', () => {
    const found = (text: string) => extractDates(article(text), given('2019-12-28')).map((m) => m.text);
    expect(found('Federal funds traded at 6-3/16 pct. The fee is now 40 cents.')).toEqual([]);
    expect(found('Retail sales disappointed over Christmas.')).toEqual(['Christmas']);
  });
});

describe('a weekday that begins a name', () => {
  it('"the Sunday Ledger" is a newspaper, not a Sunday; "on Sunday March 5" is a date', () => {
    expect(dates('The Sunday Ledger reported the sale, and the Monday Circle met.', '2023-05-10')).toEqual([]);
    expect(dates('He told the Sunday Ledger on Sunday.', '2023-05-10')).toEqual(['on Sunday → 2023-05-07']);
    expect(dates('The talks ended on Sunday March 5.', '2023-05-10')).toEqual(['on Sunday March 5 → 2023-03-05']);
  });
  it('"the Today programme" within a sentence is a name; "today" is a day, and so is "Today" opening one', () => {
    expect(dates("He told Radio Vessel's Today programme he would resign, and Harbour Today agreed.", '2023-05-10')).toEqual([]);
    expect(dates('He resigned today.', '2023-05-10')).toEqual(['today → 2023-05-10']);
    expect(dates('Today the harbour reopened.', '2023-05-10')).toEqual(['Today → 2023-05-10']);
  });
});
