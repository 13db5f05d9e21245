import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analysis.js';
import { candidatesIn } from '../src/answer/candidates.js';
import { slotOf } from '../src/answer/typed.js';
import { tagWords } from '../src/text/pos.js';

describe('analyzeQuestion: the expected answer type', () => {
  it.each([
    ['When will the bridge reopen?', 'date'],
    ['what year did the works start', 'date'],
    ['What time do the first images arrive?', 'time'],
    ['How long did the talks last?', 'duration'],
    // a count of a unit of time, written out or clipped as in chat
    ['how many hrs did the meeting last', 'duration'],
    ['How many minutes did the crossing take?', 'duration'],
    ['how many mins to the airport', 'duration'],
    // what is paid, by the name of the charge
    ['How much will the average bill be?', 'money'],
    ['how much are the new fares', 'money'],
    ['Who signed the agreement?', 'person'],
    ['Which company did the repairs?', 'organization'],
    ['Where was the agreement signed?', 'place'],
    ['In which city are the mission controllers?', 'place'],
    ['How many trains were cancelled?', 'number'],
    ['How much did the repairs cost?', 'money'],
    ['How much did the singer make last year?', 'money'],
    // a size asked with "how" is a figure
    ['How big was the bribe?', 'number'],
    ['how high is the harbour debt', 'number'],
    ['What percentage was the pay rise?', 'percentage'],
    ['Why did the probe travel so far?', 'reason'],
    ['How did the probe map the surface?', 'manner'],
    ['Did the council discuss tolls?', 'yes-no'],
    ['is the strike over', 'yes-no'],
    ['What did the union leader say about the deal?', 'quote'],
    ['summarize the rail articles', 'summary'],
    ['compare the union and company versions', 'comparison'],
    ['how do the two reports differ', 'comparison'],
    ['any news on the strike?', 'summary'],
    // the news of all the articles, asked in chat
    ["what's the latest news?", 'summary'],
    ['whats new', 'summary'],
    // "compare" as the verb of what someone said: a thing is asked for, not the versions side by side
    ['What did the mayor compare the budget to?', 'thing'],
    // "both sides" inside what someone is asked to have said: a person is asked for
    ['Who said the deal was good for both sides?', 'person'],
    // "version" in a question that asks when, where or how many: that is what is asked
    ['When did the union publish its version of the deal?', 'date'],
    ['How many versions of the report are there?', 'number'],
    // a noun the question asks to be described
    ['What was the mood like?', 'manner'],
    ['What is a comet?', 'definition'],
    ['What was damaged by the gas?', 'thing'],
    // "when" after another question word opens a clause; the first word says what is asked.
    ['Which lane must be closed when the wind is strong?', 'thing'],
    ['Who led the crew when the probe launched?', 'person'],
    ['The bridge reopens when?', 'date'],
    // an adjective before the noun that names the answer's kind
    ['Which coastal towns did the storm reach?', 'list'],
    ['which northern leaders signed the pact', 'list'],
    ['What coastal city hosts the fair?', 'place'],
  ])('%s → %s', (question, type) => {
    expect(analyzeQuestion(question).type).toBe(type);
  });

  it('names the item type of a list question', () => {
    expect(analyzeQuestion('Which leaders signed the deal?')).toMatchObject({ type: 'list', itemType: 'person' });
    expect(analyzeQuestion('which cities did the probe pass')).toMatchObject({ type: 'list', itemType: 'place' });
    // A compound's head is its last noun: "committee members" are people, "the company president" a person.
    expect(analyzeQuestion('Which committee members voted against the plan?')).toMatchObject({ head: 'members', type: 'list', itemType: 'person' });
    expect(analyzeQuestion('Which company president resigned?')).toMatchObject({ head: 'president', type: 'person' });
    expect(analyzeQuestion('Which town council approved the plan?')).toMatchObject({ head: 'council', type: 'organization' });
  });

  it('reads chat style: greetings, lower case, shorthand, no punctuation', () => {
    expect(analyzeQuestion('hey bot whn does the bridge reopen pls').type).toBe('date');
    expect(analyzeQuestion('yo wat did the mayor say abt cables').type).toBe('quote');
    expect(analyzeQuestion('hw many drivers r they hiring').type).toBe('number');
  });
});

describe('analyzeQuestion: focus and constraints', () => {
  it('keeps the event words as the focus and the capitalised words as names', () => {
    const analysis = analyzeQuestion('When did Mayor Carvalho announce the second closure of the Harbour Bridge?');
    expect(analysis.focus).toEqual(['announce', 'second', 'closure']);
    expect(analysis.names).toEqual(['Mayor Carvalho', 'Harbour Bridge']);
    expect(analysis.ordinal).toBe(2);
  });

  it('finds date constraints, polarity and whose account is asked for', () => {
    const analysis = analyzeQuestion("According to the union, what didn't the company offer before March 3?");
    expect(analysis.dates).toEqual([{ relation: 'before', text: 'March 3' }]);
    expect(analysis.polarity).toBe('negative');
    expect(analysis.according).toBe('the union');
    expect(analyzeQuestion('What happened after the last strike?').ordinal).toBe(-1);
  });
});

describe('candidatesIn: stretches of a sentence by type', () => {
  const texts = (text: string, type: Parameters<typeof candidatesIn>[1]) => candidatesIn(text, type).map((c) => c.text);

  it('reads no day of a month as a count, whichever side the month stands', () => {
    expect(texts('The ballot closes on 27 March and on April 2; 40 schools and 12 Mayors took part, and 300 may have voted.', 'number')).toEqual(['40', '12', '300']);
  });

  it('reads a month and a year as one date, not a month and the first figures of the year', () => {
    expect(texts('The ferry first sailed in March 1957 and again on 5 March 1960.', 'date')).toEqual(['March 1957', '5 March 1960']);
  });

  it('finds dates, times with their zone and durations', () => {
    expect(texts('The bridge reopens on April 2, 2024 after work begun in 1998.', 'date')).toEqual(['April 2, 2024', '1998']);
    expect(texts('Images arrive at 9:30 a.m. GMT on Thursday.', 'time')).toEqual(['9:30 a.m. GMT']);
    // a zone named by a city or a region, and no zone in "every time"
    expect(texts('The ferry leaves at 6:40 am Lisbon time and returns at 8 pm every time it sails.', 'time')).toEqual(['6:40 am Lisbon time', '8 pm']);
    expect(texts('Talks began at 10:15 US Eastern time.', 'time')).toEqual(['10:15 US Eastern time']);
    expect(texts('The talks lasted nine hours and the repairs eleven months.', 'duration')).toEqual(['nine hours', 'eleven months']);
    // a span given without a number
    expect(texts('The tolls have been in force for years, and the ban for a long time.', 'duration')).toEqual(['years', 'a long time']);
    expect(texts('It was built in the late 12th century.', 'date')).toEqual(['late 12th century']);
  });

  it('finds numbers written in figures, words, abbreviations and ranges', () => {
    expect(texts('Profit rose to two mln dlrs from 125 thousand.', 'money')).toEqual(['two mln dlrs']);
    expect(texts('Profit rose from 125 thousand to a dozen.', 'number')).toEqual(['125 thousand', 'a dozen']);
    expect(texts('Between 10 and 15 ships sailed; the cost was $4.5 million.', 'number')).toEqual(['10 and 15', '$4.5 million']);
    expect(texts('Turnout fell 3.5 percent.', 'percentage')).toEqual(['3.5 percent']);
    expect(texts('It was the fifth visit and the 21st launch.', 'ordinal')).toEqual(['fifth', '21st']);
    // a scale written onto its figure; the same sum in brackets in another currency is no answer of its own
    expect(texts('The singer made 5.45m euros (£3.8m) and the label $1.2bn.', 'money')).toEqual(['5.45m euros', '$1.2bn']);
    expect(texts('The firm paid a $1.5m (£799,000) fine.', 'number')).toEqual(['$1.5m']);
  });

  it('finds names, not the ordinary word that opens a sentence', () => {
    expect(texts('After the vote, Maria de la Cruz met the Duke of Orlen in Vessmark.', 'person')).toEqual(['Maria de la Cruz', 'Duke of Orlen', 'Vessmark']);
    // a word capitalised only because it opens the sentence names no one
    expect(texts('Almost all of the harbour pilots met Ines Moura.', 'person')).toEqual(['Ines Moura']);
    expect(texts('Engineers from Meridian Construction arrived.', 'organization')).toEqual(['Engineers', 'Meridian Construction']);
  });

  it('finds things as noun phrases that keep an inner "of" and end at a verb', () => {
    const things = texts('The survey of harbour tolls found a rise in fares of ferries.', 'thing');
    expect(things).toContain('survey of harbour tolls');
    expect(things).toContain('rise');
    expect(things).toContain('fares of ferries');
    expect(things).toContain('harbour tolls');
    expect(things.some((t) => /\bfound\b/.test(t))).toBe(false);
  });

  it('takes things by their parts of speech: no verb that opens a sentence, hyphenated words kept whole', () => {
    const things = texts('Stated plainly, the ferry operator includes hand-drawn charts in the survey.', 'thing');
    expect(things).toEqual(['ferry operator', 'hand-drawn charts', 'survey']);
    expect(texts('Regional theories such as tidal drift explained the silt.', 'thing')).toEqual(['Regional theories', 'tidal drift', 'silt']);
  });

  it('finds a span written before its noun as a duration', () => {
    expect(texts('Dock workers began a five-day stoppage and a 48-hour overtime ban.', 'duration')).toEqual(['five-day', '48-hour']);
  });

  it('finds reasons after "because" and similar', () => {
    expect(texts('The ferry stopped because the harbour froze, officials said.', 'reason')).toEqual(['because the harbour froze']);
  });
});

describe('synonymsOf: WordNet, most frequent sense only', () => {
  it('gives the words of the first noun and verb sense', async () => {
    const { synonymsOf } = await import('../src/text/synonyms.js');
    expect(synonymsOf('car')).toEqual(expect.arrayContaining(['automobile', 'auto']));
    expect(synonymsOf('phone')).toContain('telephone');
    // Inflected forms find their base form.
    expect(synonymsOf('repaired')).toEqual(expect.arrayContaining(['fix', 'mend']));
    expect(synonymsOf('talks')).toContain('negotiation');
  });

  it('gives nothing for words WordNet lacks, short words and non-words', async () => {
    const { synonymsOf } = await import('../src/text/synonyms.js');
    expect(synonymsOf('qwertyuiop')).toEqual([]);
    expect(synonymsOf('at')).toEqual([]);
    expect(synonymsOf('G7')).toEqual([]);
  });
});

describe('compoundKindsOf: kinds of a noun written as one word ending in it', () => {
  it('finds one-word kinds two levels down, and nothing that is no kind of it', async () => {
    const { compoundKindsOf } = await import('../src/text/synonyms.js');
    expect(compoundKindsOf('fire')).toEqual(expect.arrayContaining(['wildfire', 'bonfire']));
    expect(compoundKindsOf('storms')).toEqual(expect.arrayContaining(['snowstorm', 'thunderstorm']));
    // a firefighter fights fires and is no kind of fire; a kind not written as one word ending in it is left out
    expect(compoundKindsOf('fire')).not.toContain('firefighter');
    expect(compoundKindsOf('ship')).not.toContain('ferry');
    expect(compoundKindsOf('qwertyuiop')).toEqual([]);
  });
});

describe('agentRelatives: a verb and the noun for the one who does it', () => {
  it('ties an inflected verb to its doer and back, keeping to people of the same stem', async () => {
    const { agentRelatives } = await import('../src/text/synonyms.js');
    expect(agentRelatives('directed')).toEqual(['director']);
    expect(agentRelatives('invented')).toContain('inventor');
    expect(agentRelatives('owns')).toContain('owner');
    expect(agentRelatives('founder')).toEqual(['found']);
    expect(agentRelatives('teacher')).toEqual(['teach']);
    // a doer of another stem ("guide" for "direct"), a thing made ("invention") and a word of no doer stay out
    expect(agentRelatives('directed')).not.toContain('guide');
    expect(agentRelatives('invented')).not.toContain('invention');
    expect(agentRelatives('said')).toEqual([]);
    expect(agentRelatives('qwertyuiop')).toEqual([]);
  });
});

describe('causeRelatives: verbs tied by cause, most frequent sense only', () => {
  it('ties a verb to what it causes, and back', async () => {
    const { causeRelatives } = await import('../src/text/synonyms.js');
    expect(causeRelatives('died')).toContain('kill');
    expect(causeRelatives('killed')).toContain('die');
    expect(causeRelatives('learn')).toContain('teach');
    // a verb whose most frequent sense causes nothing has no relatives by some rarer sense
    expect(causeRelatives('disclose')).toEqual([]);
    expect(causeRelatives('qwertyuiop')).toEqual([]);
  });
});

describe('isKindOf: WordNet hypernyms of a noun\'s commoner senses', () => {
  it('finds the category up the chain, for kinds and instances, in any inflection', async () => {
    const { isKindOf } = await import('../src/text/synonyms.js');
    expect(isKindOf('Faroese', 'language')).toBe(true);
    expect(isKindOf('arrows', 'weapon')).toBe(true);
    expect(isKindOf('Norway', 'countries')).toBe(true);
    expect(isKindOf('harbour', 'language')).toBe(false);
    // a word is not a kind of itself, and unknown words are kinds of nothing
    expect(isKindOf('language', 'language')).toBe(false);
    expect(isKindOf('qwertyuiop', 'language')).toBe(false);
  });
});

describe('tagWords: parts of speech and lemmas', () => {
  it('tags each word where it stands, with the lemma of irregular forms', () => {
    const text = 'The council held talks and met the ferry workers.';
    const words = tagWords(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const of = (word: string) => words.find((w) => w.text === word)!;
    expect([of('held').pos, of('held').lemma]).toEqual(['VERB', 'hold']);
    expect(of('met').lemma).toBe('meet');
    expect(of('workers').pos).toBe('NOUN');
  });
});

describe('slotOf: where the answer stands in the question', () => {
  it('takes the word before a question word inside the question', () => {
    expect(slotOf('The harbour board has a duty to what?')).toEqual({ before: 'duti', after: null, named: false, subject: false });
  });

  it('takes the word after "what is", not after "what" and a noun', () => {
    expect(slotOf('What is the oldest bridge in the town?')).toEqual({ before: null, after: 'oldest', named: false, subject: true });
    expect(slotOf('What bridge did the board close?')).toEqual({ before: null, after: null, named: false, subject: false });
  });

  it('knows whether the question word is its verb\'s subject or its object', () => {
    expect(slotOf('Who repaired the bridge?').subject).toBe(true);
    expect(slotOf('Who did the council hire?').subject).toBe(false);
    expect(slotOf('Which firm did the council hire to repair it?').subject).toBe(false);
  });

  it('knows a question after what something is called', () => {
    expect(slotOf('What is the term for a bridge that opens?').named).toBe(true);
    expect(slotOf('What are boats that carry cars called?').named).toBe(true);
    expect(slotOf('What did the board call for?').named).toBe(false);
  });
});

describe('kindredWords: words news uses for one another where WordNet keeps them apart', () => {
  it('ties a rate hike to a raise, a probe to an investigation, a walkout to a strike, a takeover to an acquisition', async () => {
    const { kindredWords } = await import('../src/text/kindred.js');
    expect(kindredWords('hike')).toEqual(expect.arrayContaining(['raise', 'increase']));
    expect(kindredWords('probe')).toEqual(expect.arrayContaining(['investigation', 'inquiry']));
    expect(kindredWords('walkout')).toContain('strike');
    expect(kindredWords('takeover')).toContain('acquisition');
    expect(kindredWords('lowered')).toContain('cut');
    // A word of no group has none, and a group never holds the word asked.
    expect(kindredWords('harbour')).toEqual([]);
    expect(kindredWords('hike')).not.toContain('hike');
  });
});
