import { beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../src/answer/dossier.js';
import { answerWhatSaid } from '../src/answer/quotes.js';
import { QuestionError, type Answer } from '../src/answer/types.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { buildCorpus } from '../src/corpus/load.js';
import { buildKnowledge } from '../src/index/build.js';

/** [question, expected kind, words the answer (short answer or text) must contain]. */
type Case = [string, Answer['kind'], string];

const SEED_QUESTIONS: Case[] = [
  // when
  ['When did Biden and Putin talk?', 'when', '7 December 2021'],
  ['when was the video call', 'when', '7 December 2021'],
  ['When did the meeting begin?', 'when', '10:07'],
  ['When were the draft agreements presented?', 'when', '17 December 2021'],
  ['When will the Geneva talks take place?', 'when', '9–10 January 2022'],
  ['When did Kamala Harris speak about the strongest sanctions?', 'when', '24 December 2021'],
  ['When did Blinken and Lavrov meet?', 'when', '1 December 2021'],
  ['When did Bild publish the infographic?', 'when', '4 December 2021'],
  ['What happened on December 1?', 'when', 'Blinken'],
  ['What happened on December 17?', 'when', 'Draft agreements'],
  ['What happened in October?', 'when', 'American media'],
  ['When will Putin and Biden talk next?', 'when', 'January 2022'],
  // who, by a role: the role's own words, not a name that shares them
  ['who is the russian president', 'who-is', 'Vladimir Putin'],
  ['when did crimea join russia', 'when', '2014'],
  // what did X say
  ['What did Ushakov say about sanctions?', 'what-said', 'sanctions are not new'],
  ['what did ushakov say about troops', 'what-said', 'send troops'],
  ['What did Jake Sullivan say about Nord Stream?', 'what-said', 'Nord Stream 2'],
  ['What did Trump say?', 'what-said', 'does not care'],
  ['What did Lavrov say?', 'what-said', 'military pumping of Ukraine'],
  ['what did the white house say about sanctions', 'what-said', 'big sanctions'],
  ['What did Shkhagoshev say?', 'what-said', 'metronome'],
  ['What did Zakharova say about the publication?', 'what-said', 'propaganda'],
  // who said
  ['Who said "things we did not do in 2014"?', 'who-said', 'Jake Sullivan'],
  ['Who said "many allies were not convinced"?', 'who-said', 'interlocutors'],
  ['Who said "We have the right to move troops on our territory"?', 'who-said', 'Yuri Ushakov'],
  ['Who said "Putin looks at our pathetic surrender in Afghanistan"?', 'who-said', 'Donald Trump'],
  ['Did Trump say "things we did not do in 2014"?', 'who-said', "not Donald Trump's"],
  ['Did Sullivan say "things we did not do in 2014"?', 'who-said', 'Yes'],
  // who is
  ['Who is Yuri Ushakov?', 'who-is', 'President of Russia'],
  ['Who is Jake Sullivan?', 'who-is', 'National Security'],
  ['Who is Maria Zakharova?', 'who-is', 'Foreign Ministry spokeswoman'],
  ['who is william burns', 'who-is', 'CIA Director'],
  ['Who is Adalbi Shkhagoshev?', 'who-is', 'State Duma'],
  // where, how long, how many, which
  ['Where was Putin during the talks?', 'where', 'Sochi'],
  ['Where was Biden during the talks?', 'where', 'Washington'],
  ['Where are the security guarantee talks scheduled?', 'where', 'Geneva'],
  ['Where did Blinken and Lavrov hold talks?', 'where', 'Stockholm'],
  ['How long did the video meeting last?', 'how-long', 'hours'],
  ['How many military personnel took part in the maneuvers?', 'how-many', '10 thousand'],
  ['How much military equipment was left in Afghanistan?', 'how-many', '$85 billion'],
  ['How many people are in the Ukrainian strike group?', 'how-many', '125 thousand people'],
  ['Which contact since Biden took office was this?', 'which', 'fifth'],
  // yes or no
  ['Did they discuss climate?', 'yes-no', 'No'],
  ['Was the issue of sending troops raised?', 'yes-no', 'No'],
  ['Did they discuss sending troops to Ukraine?', 'yes-no', 'No'],
  ['Did Biden promise not to deploy offensive weapons in Ukraine?', 'yes-no', 'Yes'],
  ['Did the Russian president go to the summit in Rome?', 'yes-no', 'No'],
  ['Did Putin and Biden discuss cybercrime?', 'yes-no', 'Yes'],
  ['Did Biden and Putin meet in person?', 'yes-no', 'No'],
  ['Did Putin attend the G20 summit in Rome?', 'yes-no', 'No'],
  // how long: the talk's length, not "a few days before the talks"
  ['how long did biden and putin talk', 'how-long', 'two hours'],
  // summaries
  ['summarize the article from The Page', 'summary', 'White House'],
  ['give me a summary of the article from ForumDaily', 'summary', 'two hours'],
  ['summarize what the articles say about sanctions', 'summary', 'sanctions'],
  ['compare the White House and Kremlin versions', 'summary', 'The White House and The Kremlin'],
  ["what's the Kremlin's version?", 'summary', "The Kremlin's version"],
  ["What is the Kremlin's version of the talks?", 'summary', "The Kremlin's version"],
  // chat phrasing and misspellings
  ['hey bot when r the talks', 'when', 'January 2022'],
  ['yo what did sulivan say about the pipline', 'what-said', 'pipeline'],
  ['wat did ushakov say abt sanctions', 'what-said', 'sanctions'],
  ['when did putin n biden talk', 'when', '7 December 2021'],
  ['geneva talks', 'passages', 'Geneva'],
  ['Nord Stream 2', 'passages', 'Nord Stream 2'],
];

/** Questions the articles cannot answer: each must get a null answer, never a guess. */
const UNANSWERABLE = [
  // named, never quoted: said so, not answered with a sentence naming him
  'What did Macron say about the talks?',
  // Crimea comes up, but not from Biden
  'Did Biden mention Crimea?',
  'What did Macron say about Brexit?',
  'Who won the world cup?',
  'What is the capital of France?',
  'When did Zelensky visit Washington?',
  'Who is Elon Musk?',
  'How many goals did Messi score?',
  'What happened on March 3, 2019?',
  'Did they discuss Taiwan?',
  'What is the weather in Sochi?',
  'Summarize the article about football',
  'Who said "the moon is made of cheese"?',
  'Did Ushakov say "we will win the election"?',
];

let dossier: Dossier;
beforeAll(async () => {
  dossier = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: null });
});

const said = (a: Answer) => `${a.answer ?? ''}\n${a.text}`;

describe('questions about the seed articles', () => {
  it.each(SEED_QUESTIONS)('%s', (question, kind, expected) => {
    const answer = dossier.ask(question);
    expect(answer.kind).toBe(kind);
    expect(answer.answer).not.toBeNull();
    expect(said(answer)).toContain(expected);
    // A verdict is a whole word: "Not established" must not pass for "No".
    if (kind === 'yes-no') expect(answer.answer).toBe(expected);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      const article = dossier.articles.find((a) => a.file === c.file)!;
      expect(article.text.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(c.text);
    }
  });

  it('describes a person by roles of their own, not by a group they were quoted in ("leaders")', () => {
    const answer = dossier.ask('Who is Joe Biden?');
    expect(answer.text).toContain('US President');
    expect(answer.text).not.toMatch(/\bleaders\b/);
  });

  it('cites every article that reports the same event', () => {
    const answer = dossier.ask('When did Biden and Putin talk?');
    expect(new Set(answer.citations.map((c) => c.file)).size).toBe(5);
  });
});

describe('questions the articles cannot answer', () => {
  it.each(UNANSWERABLE)('%s', (question) => {
    const answer = dossier.ask(question);
    expect(answer.answer).toBeNull();
    expect(answer.text).toMatch(/articles (don't|do not|mention .* but never quote)|Nobody in the articles/);
  });

  it('offers the nearest topics the articles cover', () => {
    const answer = dossier.ask('What did Macron say about Brexit?');
    expect(answer.kind).toBe('none');
    expect(answer.suggestions!.length).toBeGreaterThan(0);
    expect(answer.text).toContain('They cover:');
  });
});

describe('bad questions', () => {
  it('refuses empty, punctuation-only and huge questions with a QuestionError', () => {
    expect(() => dossier.ask('')).toThrow(QuestionError);
    expect(() => dossier.ask('?!?')).toThrow(QuestionError);
    expect(() => dossier.ask('why '.repeat(1000))).toThrow(QuestionError);
  });

  it('answers through markdown, mentions and invisible characters', () => {
    const answer = dossier.ask('<@123456789012345678> **when** did \u200bBiden and Putin talk? @everyone');
    expect(answer.answer).toBe('7 December 2021, 10:07–12:08 ET');
  });
});

describe('questions over articles written for the test', () => {
  const texts: Record<string, string> = {
    'port.txt': [
      'Port strike ends after nine days',
      '',
      '12:05, 14 March 2023',
      '',
      'Dockworkers in Valmora ended their strike on Monday after the union and the port authority signed a new wage deal, reports Harbor Daily.',
      '',
      '“We got what we asked for, and the cranes will move again tomorrow,” union leader Marta Quill said after the vote.',
      '',
      'The strike lasted nine days and left 40 ships waiting offshore.',
      '',
      'Port director Henrik Saal said that the authority would pay for new safety equipment. The deal was signed in Lisbon.',
      '',
      'The union did not discuss pensions during the talks.',
      '',
      'Mayor Teodor Lind attended the signing of the deal.',
      '',
      'Spain’s Prime Minister Elena Vidal called the deal a model for other ports.',
      '',
      'The EU said it would pay for half of the new cranes.',
      '',
      'A harbour police spokesman said Saal had warned the crews about the storm.',
    ].join('\n'),
    'budget.txt': [
      'City budget vote delayed',
      '',
      'The Valmora city council postponed its budget vote to April 2, council speaker Ines Moura said on Friday.',
      '',
      '“We need two more weeks to find the money for the tram line,” Moura said.',
      '',
      'Moura said her conversation with the finance office had been frank.',
    ].join('\n'),
  };
  let local: Dossier;
  beforeAll(async () => {
    const corpus = buildCorpus({ dir: '/test', files: Object.entries(texts).map(([name, text]) => ({ name, text })), warnings: [], hash: 'test', empty: false });
    local = new Dossier(await buildKnowledge(corpus));
  });

  it.each<Case>([
    ['Who said "the cranes will move again"?', 'who-said', 'Marta Quill'],
    ['What did Quill say?', 'what-said', 'We got what we asked for'],
    ['How long did the strike last?', 'how-long', 'nine days'],
    ['How many ships were waiting?', 'how-many', '40 ships'],
    ['Where was the deal signed?', 'where', 'Lisbon'],
    ['When did the strike end?', 'when', '13 March 2023'],
    ['When is the budget vote?', 'when', '2 April 2023'],
    ['Did the union discuss pensions?', 'yes-no', 'No'],
    ['Who is Henrik Saal?', 'who-is', 'Port director'],
    // by the role the articles give someone, and the role asked of someone
    ['who is the port director', 'who-is', 'Henrik Saal'],
    ["what is Quill's role", 'who-is', 'union leader'],
    // a role written the other way round, or with the country's adjective
    ['who is the prime minister of spain', 'who-is', 'Elena Vidal'],
    ['Who is the Spanish prime minister?', 'who-is', 'Elena Vidal'],
    // a topic asked for as a whole: what the articles say on it, not one phrase from one sentence
    ['tell me about the tram line', 'summary', 'two more weeks'],
    ['What did Moura say about the tram line?', 'what-said', 'two more weeks'],
    // the topic named by another word of its event's family
    ['What did Moura say about the call?', 'what-said', 'had been frank'],
  ])('%s', (question, kind, expected) => {
    const answer = local.ask(question);
    expect(answer.kind).toBe(kind);
    expect(said(answer)).toContain(expected);
    if (kind === 'yes-no') expect(answer.answer).toBe(expected);
  });

  it('asks who "she" is when no question before says so, naming those the articles quote', () => {
    const answer = local.ask('what did she say about the deal');
    expect(answer.answer).toBeNull();
    expect(answer.text).toMatch(/^Who is “she”\? Name them/);
    expect(answer.text).toMatch(/quote most often: .*(Marta Quill|Ines Moura)/);
  });

  it('answers "who warned X" with the one who warned, not the one who reported it', () => {
    const answer = local.ask('who warned the crews about the storm');
    expect(answer.answer).toBe('Henrik Saal');
    expect(answer.text).toContain('as A harbour police spokesman reported it');
  });

  it('answers "who warned of “X”" with the one the sentence says warned, when the quotation is credited to its source', async () => {
    const files = [
      {
        name: 'seas.txt',
        text: [
          'Storm season',
          '',
          'According to a harbour office statement, port director Henrik Saal warned the captains of “heavy seas” on the outer route.',
          '',
          'Union leader Marta Quill said on Tuesday that “heavy seas” of another kind lay ahead for the wage talks.',
        ].join('\n'),
      },
    ];
    const seas = new Dossier(await buildKnowledge(buildCorpus({ dir: '/test', files, warnings: [], hash: 'seas', empty: false })));
    expect(seas.ask('who warned of heavy seas').answer).toBe('Henrik Saal');
  });

  it('shows first what covers the topic best, a reported promise before a quotation that only touches it', async () => {
    const files = [
      {
        name: 'terminal.txt',
        text: [
          'Harbour plans',
          '',
          '“The harbour will grow, and the ferries will be busier than ever,” councillor Runa Holt said on Monday.',
          '',
          'At the same meeting, Holt said that the new ferry terminal would open in May.',
          '',
          'Holt promised residents that the new ferry terminal would not block the sea view.',
        ].join('\n'),
      },
    ];
    const harbour = new Dossier(await buildKnowledge(buildCorpus({ dir: '/test', files, warnings: [], hash: 'terminal', empty: false })));
    const answer = harbour.ask('What did Holt say about the ferry terminal?');
    expect(answer.kind).toBe('what-said');
    expect(answer.citations[0]!.text).not.toContain('busier than ever');
    // of equal cover, what the question's verb reports
    const promised = answerWhatSaid(harbour.knowledge, 'What did Holt promise about the ferry terminal?', 'Holt', 'the ferry terminal');
    expect(promised?.citations[0]!.text).toContain('would not block the sea view');
    // where it was said: what was said there
    expect(harbour.ask('What did Holt say at the meeting?').citations[0]!.text).toContain('would open in May');
  });

  it('reads a country code typed in lower case as the speaker, not as "us"', () => {
    const answer = local.ask('what did the eu say about the cranes');
    expect(answer.kind).toBe('what-said');
    expect(answer.text).toContain('half of the new cranes');
  });

  it('says that someone named is never quoted, and shows where they are named', () => {
    const answer = local.ask('What did Teodor Lind say about the deal?');
    expect(answer.answer).toBeNull();
    expect(answer.text).toMatch(/^The articles mention Teodor Lind but never quote/);
    expect(answer.citations.map((c) => c.text)).toEqual(['Mayor Teodor Lind attended the signing of the deal.']);
  });

  it('says that someone is quoted, but not on the topic, and shows what they do say', () => {
    const answer = local.ask('What did Moura say about the strike?');
    expect(answer.answer).toBeNull();
    expect(answer.text).toContain('The articles quote Ines Moura, but not about the strike.');
    expect(answer.text).toContain('two more weeks');
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('says so when the articles do not hold the answer', () => {
    expect(local.ask('What did the mayor say about the airport?').answer).toBeNull();
    expect(local.ask('When did Biden and Putin talk?').answer).toBeNull();
  });
});

describe('article summaries', () => {
  it('give no gist that only repeats the title, whole or cut short', async () => {
    const texts: Record<string, string> = {
      // No headline: the title is the opening sentence, cut short, and the gist would be that sentence.
      'opening.txt': [
        'The harbour authority of Valmora confirmed on Monday that the eastern pier will stay closed to cargo ships until the new cranes have been tested by the inspectors.',
        '',
        'The harbour authority said the eastern pier and its new cranes had been closed since March.',
        '',
        'Cargo ships will use the western pier until the cranes on the eastern pier have been tested.',
      ].join('\n'),
      'headline.txt': ['Ferry fares rise in spring', '', 'Ferry fares on the island routes will rise by a tenth in spring, the operator said.', '', 'The operator blamed the price of fuel.'].join('\n'),
    };
    const corpus = buildCorpus({ dir: '/test', files: Object.entries(texts).map(([name, text]) => ({ name, text })), warnings: [], hash: 'gist', empty: false });
    const local = new Dossier(await buildKnowledge(corpus));
    const opening = local.summary({ article: 'opening' })!;
    expect(opening.title).toMatch(/…$/);
    expect(opening.sentences[0]!.text).toMatch(/^The harbour authority of Valmora confirmed/);
    expect(opening.gist).toBeNull();
    expect(local.summary({ article: 'headline' })!.gist).toBeNull();
  });
});
