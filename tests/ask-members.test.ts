import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../src/answer/dossier.js';
import type { Answer } from '../src/answer/types.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';

/**
 * Members' everyday questions whose answer stands in other words than the question's, on articles written
 * for the tests: two mayors planning a tram by video link, and newspaper reports on its cost.
 */
let dossier: Dossier;

beforeAll(async () => {
  dossier = await Dossier.open({ articlesDir: join(import.meta.dirname, 'fixtures', 'members'), cacheDir: null });
}, 60_000);

describe('where someone was during an event the text names another way', () => {
  it.each([
    ['Where was Quell during the talks?', 'Lake Orsa'],
    ['Where was Quell during the meeting?', 'Lake Orsa'],
    ['Where was Hartwig during the call?', 'Brelholm'],
    ['where was hartwig during the conversation', 'Brelholm'],
  ])('%s', (question, place) => {
    const answer = dossier.ask(question);
    expect(answer.kind).toBe('where');
    expect(answer.answer).toBe(place);
    expect(answer.citations[0]!.text).toContain('During the conversation');
  });
});

describe('a function word mistyped', () => {
  it.each([
    ['where was quell durin the talks', 'Lake Orsa'],
    ['where was hartwig durng the call', 'Brelholm'],
  ])('%s', (question, place) => {
    const answer = dossier.ask(question);
    expect(answer.answer).toBe(place);
    // the member's own words are shown back
    expect(answer.question).toBe(question);
  });
});

describe('a real word the articles lack', () => {
  it('is no typo of another word the question spells right', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-fall-'));
    try {
      await writeFile(
        join(dir, 'guilds.txt'),
        'Fish guilds talk\n\nThe price of herring was the first subject of the call between the two guilds. Traders said the call was useful and the price of herring would be set in spring.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      const answer = local.ask('Did the price of herring fall after the call?');
      expect(answer.answer).toBeNull();
      expect(answer.text).toContain('"fall"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('where someone was, when the articles never place them', () => {
  it('is not a place in their quoted words, nor one that does not follow "in" or "at"', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-where-'));
    try {
      await writeFile(
        join(dir, 'lind.txt'),
        'Lind on the quay\n\nVera Lind runs the harbour board. In an interview with the Harbour Times, she brushed aside a question about “a long winter in Orlen” and promised that Brelholm would pay for the repairs to the quay.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      const answer = local.ask('Where was Vera Lind during the interview?');
      expect(answer.answer).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('whether the date of an event is known', () => {
  it('is No from a sentence that says so, though it names the event another way; Yes with the date when one is given', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-known-'));
    try {
      await writeFile(
        join(dir, 'guilds.txt'),
        'Guilds to talk again\n\nThe weavers and the dyers held talks in Orlen on 4 March 2024. Both guild masters said the talks were useful. The exact date of the new round of negotiations between the guild masters is still unknown. A vote on the wool tax is set for 12 April 2024.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      const next = local.ask('Is the date of the next meeting between the guild masters known?');
      expect(next.answer).toBe('No');
      expect(next.citations[0]!.text).toContain('still unknown');
      const vote = local.ask('has the date of the wool tax vote been set?');
      expect(vote.answer).toBe('Yes');
      expect(vote.text).toContain('12 April 2024');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a yes-no question about agreeing or refusing to do something', () => {
  it('is answered from a sentence about the agreeing, not from one about the act alone', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-agree-'));
    try {
      await writeFile(
        join(dir, 'dock.txt'),
        'Dock strike goes on\n\nThe dockers union called a return to work impossible until the cranes are inspected. The port board agreed to pay for two new cranes.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(local.ask('Did the dockers union agree to return to work?').answer).toBeNull();
      expect(local.ask('Did the port board agree to pay for new cranes?').answer).toBe('Yes');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('when two people met in person', () => {
  it('is not the date of talks they held by video', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-person-'));
    try {
      await writeFile(
        join(dir, 'mayors.txt'),
        'Mayors talk ferries\n\nMayor Anna Berg and Mayor Olli Virtanen met on 3 May 2024 by video link to discuss the winter ferry. Both said the ferry would run until March.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(local.ask('When did Berg and Virtanen meet?').answer).toContain('3 May 2024');
      const inPerson = local.ask('When did Berg and Virtanen meet face to face?');
      expect(inPerson.answer).toBeNull();
      expect(inPerson.text).toContain('by video link');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a summary of one outlet\'s article', () => {
  it('is that article\'s summary, not what all the articles say about the outlet\'s name', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-outlet-'));
    try {
      await writeFile(join(dir, 'lantern.md'), '---\ntitle: Ferry fares rise\nsource: Daily Lantern\n---\nFerry fares in Brelholm rise by a tenth in May. The ferry company blamed the cost of fuel.\n');
      await writeFile(join(dir, 'courier.md'), '---\ntitle: Lantern festival returns\nsource: Valley Courier\n---\nThe daily lantern parade returns to Sarnow in June. Lantern makers expect ten thousand visitors.\n');
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      const answer = local.ask('pls summarize the daily lantern article');
      expect(answer.text).toContain('Ferry fares');
      expect(answer.text).not.toContain('parade');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('what someone called a thing', () => {
  it('is what follows the thing where they call it so, without the thing\'s own words', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-called-'));
    try {
      await writeFile(
        join(dir, 'ferry.txt'),
        'Ferry plan attacked\n\nHarbour master Ida Kerr called the plan a costly detour. Mayor Tomas Quell called the new timetable for the winter ferries “a gift to commuters”.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(local.ask('What did Kerr call the ferry plan?').answer).toBe('a costly detour');
      expect(local.ask('what did quell call the new timetable').answer).toBe('a gift to commuters');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('which one in a row it was', () => {
  it('is the ordinal a sentence gives the noun, not the word beside the noun', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-order-'));
    try {
      await writeFile(join(dir, 'strike.txt'), 'Drivers strike again\n\nBus drivers in Sarnow walked out on Monday. The latest strike is the third since the depot was sold.\n');
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(local.ask('Which strike since the sale of the depot was this?').answer).toBe('the third since the depot was sold');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('which people of a role took part', () => {
  it('names every mayor named with the talks, though not in the sentence that says who took part', () => {
    const answer = dossier.ask('Which mayors took part in the talks?');
    expect(answer.type).toBe('list');
    expect(answer.answer).toContain('Lena Hartwig');
    expect(answer.answer).toContain('Tomas Quell');
    // a mayor the articles name, but never with the talks
    expect(answer.answer).not.toContain('Ada Fenn');
  });

  it('takes "took part" with no event named as part in any event the articles report, not in speaking of one', () => {
    const answer = dossier.ask('Which mayors took part?');
    expect(answer.answer).toContain('Lena Hartwig');
    expect(answer.answer).toContain('Tomas Quell');
    expect(answer.answer).not.toContain('Ada Fenn');
  });

  it('counts mayors as the leaders of their towns', () => {
    const answer = dossier.ask('which leaders took part in the call');
    expect(answer.answer).toContain('Lena Hartwig');
    expect(answer.answer).toContain('Tomas Quell');
  });
});

describe('what follows the question\'s verb and its stranded preposition', () => {
  it.each([
    ['What did Quell compare the tram plan to?', 'bridge between two families'],
    ['What did Hartwig liken the ferry to?', 'museum piece'],
    ['what did hartwig compare the old ferry with', 'museum piece'],
    ['What did Corrigan refer to the tram as?', 'lifeline for commuters'],
  ])('%s', (question, expected) => {
    expect(dossier.ask(question).answer).toBe(expected);
  });
});

describe('which newspaper', () => {
  it.each([
    ['Which newspaper reported the cost of the tram?', 'Sarnow Evening Star'],
    // the sentence names a mayor nearer the question's words than the paper
    ['Which paper said the first trams could run in 2027?', 'Daily Lantern'],
    ['which outlet wrote about the tram cost', 'Sarnow Evening Star'],
  ])('%s', (question, outlet) => {
    const answer = dossier.ask(question);
    expect(answer.type).toBe('organization');
    expect(answer.answer).toBe(outlet);
  });
});

describe('who did it: the name before the verb, not after it', () => {
  it.each([
    ['Who referred to the tram as a lifeline?', 'Corrigan'],
    ['Who called the timetable ambitious?', 'Quell'],
  ])('%s', (question, person) => {
    expect(dossier.ask(question).answer).toBe(person);
  });
});

describe('definitions', () => {
  it.each([
    ['What is the green corridor?', 'strip of parkland along the river'],
    ['What does "green corridor" mean?', 'strip of parkland along the river'],
    ['what does green corridor mean', 'strip of parkland along the river'],
    // the text defines one, the question asks about them
    ['What are the green corridors?', 'strip of parkland along the river'],
    ['What is the Orsa Line?', 'disused freight railway'],
  ])('%s', (question, meaning) => {
    const answer = dossier.ask(question);
    expect(answer.type).toBe('definition');
    expect(answer.answer).toBe(meaning);
  });

  it('reads common nouns after a name, and a relative clause that says what a term is', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-define-'));
    try {
      await writeFile(
        join(dir, 'valley.txt'),
        'Valley plans\n\nThe council did not discuss the fate of the Brel Valley 3 water tunnel. Engineers praised the Orsa accords that are the legal basis for sharing the river. ' +
          'The 9-kilometre bus lane, to be called Route 7, will open in spring.\n',
      );
      const local = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(local.ask('What is Brel Valley 3?').answer).toBe('water tunnel');
      // "…, to be called X,": the thing before the name.
      expect(local.ask('What is Route 7?').answer).toBe('9-kilometre bus lane');
      expect(local.ask('hey bot what are the orsa accords').answer).toBe('legal basis for sharing the river');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('declines a term the articles use but never explain', () => {
    const answer = dossier.ask('What is the tram fund?');
    expect(answer.answer).toBeNull();
    expect(answer.text).toContain('never say what it is');
  });

  it('still asks what a person meant when they spoke', () => {
    expect(dossier.ask('What did Quell mean?').kind).toBe('what-said');
  });
});

/**
 * A member's everyday questions about the default articles, graded by hand against them: the short answer
 * (or the sentence shown) must hold the expected words; a yes/no verdict is the whole word.
 */
describe('members\' questions about the default articles', () => {
  let seed: Dossier;
  beforeAll(async () => {
    seed = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: null });
  }, 60_000);
  const said = (answer: Answer) => `${answer.answer ?? ''}\n${answer.text}`;

  it.each([
    ['Who is Kamala Harris?', 'US Vice President'],
    ['Who called the Bild infographic propaganda?', 'Maria Zakharova'],
    ['Who denied that any troops had been transferred?', 'Dmitry Peskov'],
    ['hey bot who is peskov', "Putin's press secretary"],
    ['What time did the video call end?', '12:08'],
    ['When did Russia begin maneuvers in the Southern Military District?', '1 December 2021'],
    ['When did Biden give the briefing on the list of measures?', '3 December 2021'],
    ["When did the Financial Times write about the allies' suspicion?", '6 December 2021'],
    ['When does Ukrainian intelligence expect a new invasion?', 'late January'],
    ['when did the us media start writing about an invasion', 'October 2021'],
    ['Where did the CIA Director go on an unannounced visit?', 'Russia'],
    // "after" over another thing in the sentence is no swap of the question's "before"
    ['How many people were executed before the coup, according to Blinken?', 'almost a hundred'],
    ['How many times have Biden and Putin talked since Biden took office?', 'fifth'],
    ['how long did they talk for', 'two hours'],
    ['What did Peskov say about the American journalists?', 'poor-quality stuffing'],
    ['What did Kamala Harris say about sanctions?', 'the strongest sanctions'],
    ["What did Avdeev say about Biden's statement?", 'looks like a concession'],
    ['hey bot what did putin say about sanctions', 'no positive effect'],
    // a promise, not all the speaker said
    ['What did Biden promise Putin?', 'would not deploy offensive strike weapons'],
    ['Which newspaper first reported the transfer of Russian troops to the border?', 'Washington Post'],
    ['which outlet published the infographic', 'Bild'],
    ['Why did Washington disclose so much intelligence?', 'to convince allies in Europe'],
    ['what did the presidents agree on', 'continue contacts on the situation'],
    // every leader consulted, by the noun after the adjective
    ['Which European leaders did Biden consult before the call?', 'Boris Johnson, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi and'],
    // the question's word and the text's are of one family the stemmer splits
    ['How long did the videoconference last?', 'two hours'],
    ['where was putin durin the call', 'Sochi'],
    ['hey bot what are the minsk agreements', 'basis for a peaceful settlement'],
    ['pls summarize the tass article', 'revealed details of a telephone conversation'],
    ['When are the security guarantee talks in Geneva scheduled?', '9–10 January 2022'],
    ['How many military personnel took part in the maneuvers in the Southern Military District?', '10 thousand'],
    ['How much military equipment did Trump say was left in Afghanistan?', '$85 billion'],
    ['Who arrived in Russia on an unannounced visit?', 'William Burns'],
  ])('%s', (question, expected) => {
    const answer = seed.ask(question);
    expect(answer.answer).not.toBeNull();
    expect(said(answer)).toContain(expected);
  });

  it.each([
    ['Did Biden and Putin discuss the pandemic?', 'No'],
    ['Did Biden raise the topic of the victims of World War II?', 'Yes'],
    ['Was the meeting held in a closed format?', 'Yes'],
    // the denial is of commenting; the threat stands in a clause of its own
    ['did biden threaten russia with sanctions', 'Yes'],
    ['Did Biden and Putin discuss climate?', 'No'],
    ['Is the date of the next conversation between the presidents known?', 'No'],
  ])('%s', (question, verdict) => {
    expect(seed.ask(question).answer).toBe(verdict);
  });

  it.each([
    ['What is Nord Stream 2?', 'gas pipeline'],
    ['What did Zakharova call the Bild publication?', 'propaganda'],
    ['Which contact since Biden took office was this one?', 'the fifth since Biden took office'],
  ])('%s', (question, answer) => {
    expect(seed.ask(question).answer).toBe(answer);
  });

  it.each([
    // reported without a date, and not by the date of another clause or another event
    'When was the secure video line created?',
    'When did William Burns visit Russia?',
  ])('%s', (question) => {
    expect(seed.ask(question).answer).toBe('not dated in the articles');
  });

  it.each([
    // he only reports: the places in his words are not where he was
    'Where was Ushakov during the call?',
    'What did Merkel say about the call?',
    'how many sanctions did the us impose on russia',
    // no one is named for it: not the topic of the talks, nor their place
    'Who will lead the Geneva talks?',
    // a figure that ends a name counts nothing
    'hey bot what is the population of ukraine',
    // the only places beside her are in her quoted words or not where anyone was
    'Where was Kamala Harris during her CBS interview?',
    // the sentence is about retreating, not about agreeing to
    'Did Russia agree to withdraw its troops from the border?',
    // "fall" is no typo of "call"
    'Did the ruble fall after the call?',
    // the talks the articles date were held by video
    'When did Biden and Putin first meet in person?',
    'What did Sullivan say about the pandemic?',
  ])('%s', (question) => {
    expect(seed.ask(question).answer).toBeNull();
  });
});
