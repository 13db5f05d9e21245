import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import { findQuotations } from '../src/extract/quotes/quote-marks.js';
import { extractQuotes, findSpeaker } from '../src/extract/quotes/quotes.js';
import { verbKey } from '../src/extract/quotes/speech-verbs.js';
import type { Quote, QuoteSet } from '../src/extract/types.js';
import { dossier } from './helpers/cli.js';

const article = (id: string, text: string): Article => buildArticle({ id, file: `${id}.txt`, text });

/** The one quote whose text starts with `words`. */
function quoteStarting(set: QuoteSet, words: string): Quote {
  const found = set.quotes.filter((q) => q.text.startsWith(words));
  expect(found, `quotes starting "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('quotation marks', () => {
  const spans = (text: string) => findQuotations(text, 0, text.length).map((q) => text.slice(q.start, q.end));

  it('pairs curly, straight and doubled-apostrophe quotes, keeping nested single quotes inside', () => {
    expect(spans('He said “we saw ‘threatening’ moves,” and left.')).toEqual(['we saw ‘threatening’ moves']);
    expect(spans(`"He told me 'never again,'" she said.`)).toEqual(["He told me 'never again,'"]);
    expect(spans("''It's more tinkering at the edges,'' he said.")).toEqual(["It's more tinkering at the edges"]);
  });

  it('closes a straight opening with a curly mark, and runs an unclosed quotation to the paragraph end', () => {
    expect(spans('"Oz has a huge bully pulpit,” said David Gorski.')).toEqual(['Oz has a huge bully pulpit']);
    const open = '“The first half of a long statement';
    expect(findQuotations(open, 0, open.length)).toMatchObject([{ start: 1, end: open.length, close: open.length, finalMark: '' }]);
  });

  it('reads a straight mark after a sentence\'s end and a space, before a word, as opening the next quotation', () => {
    expect(spans('Ms Lund said: "Would you sell the farm tomorrow? "That is the question we face." She left.')).toEqual([
      'Would you sell the farm tomorrow?',
      'That is the question we face.',
    ]);
    // A closing mark stands against the words it closes.
    expect(spans('"Is it over?" She asked twice.')).toEqual(['Is it over?']);
  });

  it('reads an apostrophe as an apostrophe, not as a closing single quote', () => {
    expect(spans('It was ‘Russia’s choice’ to make.')).toEqual(['Russia’s choice']);
  });

  it('reads only its paragraph: thousands of paragraphs without a mark never read the text after them', () => {
    // Each paragraph is searched for its marks; a search run on to the text's end made an article of many
    // paragraphs quadratic. Here that would read 20 MB 5,000 times; reading each paragraph alone is instant.
    const paragraph = 'The council met and the budget passed without a vote.\n';
    const text = paragraph.repeat(5000) + 'a'.repeat(20_000_000);
    for (let k = 0; k < 5000; k++) expect(findQuotations(text, k * paragraph.length, (k + 1) * paragraph.length)).toEqual([]);
  }, 60_000);
});

describe('speech verbs', () => {
  it('compares inflections by one base form', () => {
    expect(verbKey('concluded')).toBe(verbKey('concludes'));
    expect(verbKey('added')).toBe(verbKey('adds'));
    expect(verbKey('told')).toBe(verbKey('tells'));
    expect(verbKey('clarified')).toBe(verbKey('clarifies'));
    expect(verbKey('agreed')).toBe(verbKey('agree'));
    expect(verbKey('agreeing')).toBe(verbKey('agrees'));
  });

  it('learns a verb no list has from the shape of an attribution next to a quotation', () => {
    const text = 'Fees rise\n\n“We have no choice but to raise the fees this year,” Tom Becker grumbled.\n\n“Nobody likes it,” Becker grumbled again.';
    const set = extractQuotes([article('fees', text)]);
    expect(set.quotes.filter((q) => q.kind === 'quote').map((q) => q.speaker)).toEqual(['Tom Becker', 'Tom Becker']);
    // Without the quotation, the same word is no cue.
    const plain = extractQuotes([article('plain', 'Fees rise\n\nTom Becker grumbled that the fees would rise again this year.')]);
    expect(plain.quotes).toEqual([]);
  });
});

describe('quotes in the seed articles', () => {
  let set: QuoteSet;
  let articles: Article[];
  beforeAll(async () => {
    articles = (await loadCorpus('data/articles')).articles;
    set = extractQuotes(articles);
  });

  it('keeps every offset true to the text and the run deterministic', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const q of set.quotes) {
      const text = byId.get(q.articleId)!.text;
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end).replace(/\s+/g, ' ')).toBe(q.cue.text);
      expect(byId.get(q.articleId)!.sentences[q.sentence]!.paragraph).toBe(q.paragraph);
    }
    expect(extractQuotes(articles)).toEqual(set);
  });

  it('attributes the block quotes to the signature, glued or not', () => {
    const glued = quoteStarting(set, 'This was not even discussed.');
    expect(glued).toMatchObject({ speaker: 'Yuri Ushakov', role: 'Assistant to the President of Russia', kind: 'quote' });
    expect(glued.text.endsWith('There was no question at all')).toBe(true);
    expect(quoteStarting(set, 'This does not imply anything').speaker).toBe('Yuri Ushakov');
    expect(quoteStarting(set, 'The leaders of the United States and the Russian Federation')).toMatchObject({
      speaker: 'Adalbi Shkhagoshev',
      role: 'State Duma deputy',
    });
  });

  it('finds the attribution after, before and inverted, with verbs beyond "said"', () => {
    expect(quoteStarting(set, 'Things we did not do in 2014').speaker).toBe('Jake Sullivan');
    expect(quoteStarting(set, 'Many such mistakes have already been made')).toMatchObject({ speaker: 'Yuri Ushakov', cue: { text: 'concluded Ushakov' } });
    expect(quoteStarting(set, 'Biden talked about possible sanctions').cue?.text).toBe('said Ushakov');
    expect(quoteStarting(set, 'Biden told President Putin bluntly').speaker).toBe('Jake Sullivan');
    expect(quoteStarting(set, 'The President of Russia, with specific examples').cue?.text).toBe('the Kremlin persuades');
  });

  it('resolves "the ex-president" to Donald Trump and reports to their owners', () => {
    expect(quoteStarting(set, 'Putin looks at our pathetic surrender')).toMatchObject({ speaker: 'Donald Trump', cue: { text: 'the ex-president stated' } });
    expect(quoteStarting(set, 'President Biden expressed deep concern of the United States').speaker).toBe('The White House');
    expect(quoteStarting(set, 'Putin responded by saying').speaker).toBe('The Kremlin');
    expect(quoteStarting(set, 'The intra-Ukrainian crisis').speaker).toBe('The Kremlin');
    expect(quoteStarting(set, 'Therefore, Russia is seriously interested').speaker).toBe('The Kremlin');
    expect(quoteStarting(set, 'President Biden reiterated his support').speaker).toBe("Biden's administration");
    // A paragraph that is only a quotation continues the statement before it.
    expect(quoteStarting(set, 'In response, Vladimir Putin warned').speaker).toBe(quoteStarting(set, 'Biden, in turn, focused').speaker);
  });

  it('keeps an unnamed source unnamed', () => {
    const q = quoteStarting(set, 'Many allies were not convinced');
    expect(q.speaker).toBe('One of the newspaper’s interlocutors');
    expect(set.speakers.find((s) => s.id === q.speakerId)?.kind).toBe('unnamed');
    expect(quoteStarting(set, 'We were surprised by this intelligence difference').speakerId).toBe(q.speakerId);
  });

  it('marks scare quotes as fragments and never takes a dropped related-article title', () => {
    const fragments = set.quotes.filter((q) => q.kind === 'fragment').map((q) => q.text);
    expect(fragments).toEqual(expect.arrayContaining(['red line', 'conquer', 'large-scale sanctions']));
    expect(set.quotes.find((q) => q.text === 'conquer')?.speaker).toBe('Vladimir Putin');
    expect(set.quotes.some((q) => q.text.includes('Sanctions are for life'))).toBe(false);
  });

  it('extracts reported speech as statements, resolving descriptions and pronouns', () => {
    expect(quoteStarting(set, 'the States still do not believe')).toMatchObject({
      kind: 'statement',
      speaker: 'Jake Sullivan',
      text: 'the States still do not believe that Russia has decided to attack Ukraine',
    });
    expect(quoteStarting(set, 'In addition to Ukraine, the leaders')).toMatchObject({ kind: 'statement', speaker: 'Yuri Ushakov', cue: { text: 'said the aide to the Russian president' } });
    expect(quoteStarting(set, 'This issue was raised by Biden himself')).toMatchObject({ speaker: 'Yuri Ushakov', cue: { text: 'he added' } });
  });

  it('gives one canonical speaker per person with aliases and roles', () => {
    const ushakov = set.speakers.filter((s) => /Ushakov/.test(s.name));
    expect(ushakov).toHaveLength(1);
    expect(ushakov[0]).toMatchObject({ id: 'yuri-ushakov', name: 'Yuri Ushakov', kind: 'person' });
    expect(ushakov[0]!.aliases).toEqual(expect.arrayContaining(['Ushakov', 'Kremlin aide for Foreign Policy Yuri Ushakov']));
    expect(ushakov[0]!.roles).toEqual(expect.arrayContaining(['Assistant to the President of Russia', 'Kremlin aide for Foreign Policy']));
    expect(ushakov[0]!.files).toHaveLength(4);
    expect(set.speakers.find((s) => s.name === 'Jake Sullivan')?.roles).toContain('US National Security Adviser');
    expect(set.speakers.filter((s) => /Kremlin$/.test(s.name)).map((s) => [s.name, s.kind])).toEqual([['The Kremlin', 'institution']]);
  });

  it('finds speakers the way people type them', () => {
    expect(findSpeaker(set.speakers, 'ushakov')?.name).toBe('Yuri Ushakov');
    expect(findSpeaker(set.speakers, 'Yuri Ushakov')?.name).toBe('Yuri Ushakov');
    expect(findSpeaker(set.speakers, 'sulivan')?.name).toBe('Jake Sullivan');
    expect(findSpeaker(set.speakers, 'the kremlin')?.name).toBe('The Kremlin');
    expect(findSpeaker(set.speakers, 'KREMLIN')?.name).toBe('The Kremlin');
    expect(findSpeaker(set.speakers, 'Angela Merkel')).toBeNull();
  });
});

describe('quotes in text written for the test', () => {
  const council = article(
    'council',
    [
      'Springfield council approves new budget',
      'Springfield Mayor Maria Lopez defended the plan on Tuesday. “We will not back down from these cuts,” said Lopez, speaking outside city hall.',
      '"He told me \'never again\' and he meant it," council member Tom Becker said of the former treasurer.',
      '"The budget is balanced," Becker said, "and the reserves are full for the first time in a decade."',
      '“We are ready to talk to the unions,” Helen Park, the city manager, said on Monday.',
      '“But we will not accept threats from anyone, and we will not reopen the contract.”',
      'Becker said that the city would hire twelve new teachers before the autumn term.',
      'According to Becker, the vote on the transit levy will take place in May.',
      'Critics called the plan a “dead end” for the town.',
      '“Prices will rise for everyone in the coming months,” he added.',
      'Central bank governor Lena Ostrova spoke in Frankfurt on Wednesday.',
      '“Inflation will stay above target until the spring,” warned the central bank governor.',
      '“Exports grew faster than anyone expected last quarter,” a Treasury statement says.',
      '“The ministry has no comment on the leaked figures at this time,” one of the officials said.',
      '“We sent the letter on Friday and expect an answer soon,” the Foreign Ministry said.',
    ].join('\n\n'),
  );
  const ports = article(
    'ports',
    [
      'Ports reopen after strike',
      'Union leader Sam Ortiz spoke to workers at the gate.',
      'The minister, Alan Reyes, told reporters: “The port will be fully open by Monday morning.”',
      "Dockers' union head Rosa Mendes and Ortiz met the minister.",
      '“We got most of what we asked for in this deal,” she said.',
      '“It was a long night for everybody involved,” he said.',
      'What the Port Authority says',
      'The authority published new schedules.',
      '“Night shifts will resume on all berths from next week,” is stated in the report.',
      'We will rebuild every quay in the harbour before the winter comes, and nobody will be left without work',
      'Anna KowalskiMinister of Infrastructure',
      'Kowalski told the council that the money was already there.',
    ].join('\n\n'),
  );
  let set: QuoteSet;
  beforeAll(() => {
    set = extractQuotes([council, ports]);
  });

  it('attributes quotes after, before, split and inverted', () => {
    expect(quoteStarting(set, 'We will not back down')).toMatchObject({ speaker: 'Maria Lopez', kind: 'quote', cue: { text: 'said Lopez' } });
    expect(quoteStarting(set, "He told me 'never again'")).toMatchObject({ speaker: 'Tom Becker', role: 'council member' });
    expect(quoteStarting(set, 'The budget is balanced').speaker).toBe('Tom Becker');
    expect(quoteStarting(set, 'and the reserves are full').speaker).toBe('Tom Becker');
    expect(quoteStarting(set, 'The port will be fully open')).toMatchObject({ speaker: 'Alan Reyes', role: 'minister' });
  });

  it('continues a statement into a paragraph that is only a quotation', () => {
    expect(quoteStarting(set, 'We are ready to talk')).toMatchObject({ speaker: 'Helen Park', role: 'city manager' });
    expect(quoteStarting(set, 'But we will not accept threats').speaker).toBe('Helen Park');
  });

  it('resolves pronouns by recency and gender, and descriptions by role', () => {
    expect(quoteStarting(set, 'Prices will rise').speaker).toBe('Tom Becker');
    expect(quoteStarting(set, 'We got most of what we asked for').speaker).toBe('Rosa Mendes');
    expect(quoteStarting(set, 'It was a long night').speaker).not.toBe('Rosa Mendes');
    expect(quoteStarting(set, 'Inflation will stay above target')).toMatchObject({ speaker: 'Lena Ostrova', role: 'central bank governor' });
  });

  it('gives documents, institutions and unnamed sources their speaker', () => {
    expect(quoteStarting(set, 'Exports grew faster')).toMatchObject({ speaker: 'Treasury' });
    expect(quoteStarting(set, 'Night shifts will resume').speaker).toBe('The Port Authority');
    expect(quoteStarting(set, 'We sent the letter on Friday').speaker).toBe('The Foreign Ministry');
    const official = quoteStarting(set, 'The ministry has no comment');
    expect(official.speaker).toBe('One of the officials');
    expect(set.speakers.find((s) => s.id === official.speakerId)).toMatchObject({ kind: 'unnamed' });
    expect(set.speakers.find((s) => s.name === 'Treasury')?.kind).toBe('institution');
    expect(set.speakers.find((s) => s.name === 'The Foreign Ministry')?.kind).toBe('institution');
  });

  it('does not take the body a person leads for their title: "the Harbour Alliance of outgoing mayor X"', () => {
    const text =
      'Count ends\n\nThe Harbour Alliance of outgoing mayor Tilde Brask came second. "We accept the verdict," Brask said. ' +
      '"The port is safe," said Bank of Norvik Governor Ole Brun. Minister of Finance Ada Lind said the budget would hold.';
    const count = extractQuotes([article('titles', text)]);
    expect(count.speakers.find((s) => s.name === 'Tilde Brask')?.roles).toEqual(['outgoing mayor']);
    expect(count.speakers.find((s) => s.name === 'Ole Brun')?.roles).toEqual(['Bank of Norvik Governor']);
    expect(count.speakers.find((s) => s.name === 'Ada Lind')?.roles).toEqual(['Minister of Finance']);
  });

  it('reads "said outgoing mayor X" as the speaker, and "said X, speaking to reporters" as an aside', () => {
    const text =
      'Count ends\n\n"The voters have spoken," said outgoing mayor Tilde Brask.\n\n' +
      '"We will govern for everyone," said Ole Brun, speaking to reporters at the town hall.';
    const count = extractQuotes([article('count', text)]);
    expect(quoteStarting(count, 'The voters have spoken')).toMatchObject({ speaker: 'Tilde Brask', role: 'outgoing mayor' });
    expect(quoteStarting(count, 'We will govern for everyone').speaker).toBe('Ole Brun');
  });

  it('names a body described as one, and never takes one kind of body for another', () => {
    const text =
      'Orchard row\n\nThe Ferndale Cyclists Club said on Monday that the new road would cut the park in two. ' +
      'Green Lanes Ostby, a campaign group, said the town had never asked residents. The council said work would start in June.\n\n' +
      'Talks went on. "We will keep the cycle path open," the council added. Brightway Holdings said costs had doubled. The company said it would bid again.';
    const bodies = extractQuotes([article('bodies', text)]);
    expect(quoteStarting(bodies, 'the town had never asked')).toMatchObject({ speaker: 'Green Lanes Ostby' });
    expect(bodies.speakers.find((s) => s.name === 'Green Lanes Ostby')?.kind).toBe('institution');
    // Not the club that spoke just before, nor the campaign group.
    expect(quoteStarting(bodies, 'work would start in June').speaker).toBe('The council');
    expect(quoteStarting(bodies, 'We will keep the cycle path open').speaker).toBe('The council');
    // "The company" is the company named before it, whatever noun ends its name.
    expect(quoteStarting(bodies, 'it would bid again').speaker).toBe('Brightway Holdings');
    // A description of the same kind is the body that spoke just before.
    const press = extractQuotes([
      article('press', 'Bridge report\n\nThe Marlow Evening Times said on Friday that the bridge had failed two inspections. According to the newspaper, repairs would cost more than a new bridge.'),
    ]);
    expect(quoteStarting(press, 'repairs would cost').speaker).toBe('The Marlow Evening Times');
  });

  it('reads a block quote without marks and names its signer in the text that follows', () => {
    expect(quoteStarting(set, 'We will rebuild every quay')).toMatchObject({ speaker: 'Anna Kowalski', role: 'Minister of Infrastructure', kind: 'quote' });
    expect(quoteStarting(set, 'the money was already there')).toMatchObject({ kind: 'statement', speaker: 'Anna Kowalski' });
  });

  it('keeps fragments, statements and "according to"', () => {
    expect(quoteStarting(set, 'dead end').kind).toBe('fragment');
    expect(quoteStarting(set, 'the city would hire twelve new teachers')).toMatchObject({ kind: 'statement', speaker: 'Tom Becker', cue: { text: 'Becker said that' } });
    expect(quoteStarting(set, 'the vote on the transit levy')).toMatchObject({ kind: 'statement', speaker: 'Tom Becker' });
    expect(set.speakers.find((s) => s.name === 'Critics')?.kind).toBe('unnamed');
  });

  it('never takes a heading in quotation marks for a quote', () => {
    const text = 'Budget talks\n\nThe council met on Monday to discuss the budget.\n\n"Red tape" at city hall\n\nThe mayor said the process would be simplified next year.';
    const result = extractQuotes([article('heading', text)]);
    expect(result.quotes.some((q) => q.text === 'Red tape')).toBe(false);
  });

  // How long this takes is the benchmark's business (npm run bench); here, that every turn is found.
  it('attributes every turn of a long paragraph of quotations, pronouns and descriptions', () => {
    const turns = Array.from(
      { length: 300 },
      (_, i) => `Senior official Anna Novak${i} met reporters. “Is plan ${i} right?” she asked. “It is fine,” the senior official said.`,
    );
    const result = extractQuotes([article('long', `Briefing\n\n${turns.join(' ')}`)]);
    expect(result.quotes.filter((q) => q.kind === 'quote')).toHaveLength(600);
    expect(result.quotes.filter((q) => q.kind === 'quote').at(-1)).toMatchObject({ speaker: 'Anna Novak299' });
    expect(result.quotes.slice(0, 2).map((q) => [q.speaker, q.cue?.text])).toEqual([
      ['Anna Novak0', 'she asked'],
      ['Anna Novak0', 'the senior official said'],
    ]);
  });

  it('merges a surname with the full name another article gives', () => {
    const first = article('first', 'Vote delayed\n\nCouncil member Tom Becker spoke on Monday about the vote and the schedule.');
    const second = article('second', 'Vote held\n\n“We finally have a result we can all accept,” Becker said on Friday.');
    const result = extractQuotes([first, second]);
    expect(result.quotes.find((q) => q.kind === 'quote')).toMatchObject({ speaker: 'Tom Becker', speakerId: 'tom-becker', file: 'second.txt' });
    expect(result.speakers.map((s) => s.name)).toEqual(['Tom Becker']);
  });
});

describe('dossier quotes and speakers', () => {
  it('lists quotes by a loosely typed speaker', async () => {
    const run = await dossier(['quotes', '--speaker', 'sulivan']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ quotes? by Jake Sullivan/);
    expect(run.stdout).toContain('“Things we did not do in 2014 we are prepared to do now”');
  });

  it('lists the kinds asked for, and prints one JSON document with --json', async () => {
    const run = await dossier(['quotes', '--kind', 'fragment', '--json']);
    const quotes = JSON.parse(run.stdout) as Quote[];
    expect(Object.keys(quotes[0]!).slice(0, 8)).toEqual(['text', 'speaker', 'role', 'kind', 'file', 'paragraph', 'start', 'end']);
    expect(quotes.map((q) => q.text)).toContain('red line');
    expect(quotes.every((q) => q.kind === 'fragment')).toBe(true);
  });

  it('fails clearly on an unknown speaker or kind', async () => {
    const unknown = await dossier(['quotes', '--speaker', 'Angela Merkel']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('No speaker matches "Angela Merkel"');
    const badKind = await dossier(['quotes', '--kind', 'rumour']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('Unknown kind "rumour"');
  });

  it('lists speakers with aliases, roles and counts', async () => {
    const run = await dossier(['speakers', '--json']);
    const speakers = JSON.parse(run.stdout) as { name: string; aliases: string[]; counts: Record<string, number> }[];
    const ushakov = speakers.find((s) => s.name === 'Yuri Ushakov')!;
    expect(ushakov.aliases).toContain('Ushakov');
    expect(ushakov.counts.quote).toBeGreaterThanOrEqual(5);
    const human = await dossier(['speakers']);
    expect(human.stdout).toMatch(/Yuri Ushakov \(person\) — \d+ quotes/);
  });
});

describe('speaker aliases', () => {
  it('keep the title or role written with a name, never the words of the sentence before it', () => {
    const set = extractQuotes([
      article(
        'aliases',
        'Harbour vote\n\nFormer harbour chief Tomas Ekwall will stand for the Lowmere seat. "We will rebuild the quay," Mr Ekwall said. ' +
          'Council officials argue Mr Ekwall has not been "candid" about costs. Mayor Ines Varga said she was glad to see the back of Mr Ekwall. ' +
          '"The quay is safe," insists Mr Ekwall.',
      ),
    ]);
    const ekwall = set.speakers.find((s) => s.name === 'Tomas Ekwall')!;
    expect(ekwall.aliases).toEqual(expect.arrayContaining(['Mr Ekwall', 'Former harbour chief Tomas Ekwall']));
    expect(ekwall.aliases.filter((a) => /argue|glad|back of|insists/.test(a))).toEqual([]);
  });
});

describe('a name with its office in commas', () => {
  it('credits the person, not the body the office is "of"', () => {
    const set = extractQuotes([
      article('office', 'Lending slows\n\nGlen Harrow, Vice President of Harrow Brothers Lending, asks; "Who will buy the houses?"'),
    ]);
    expect(quoteStarting(set, 'Who will buy').speaker).toBe('Glen Harrow');
  });
});

describe('a pronoun after a place and a person', () => {
  it('takes the person the sentence before names in full, not a lone word for a place', () => {
    const set = extractQuotes([
      article('place', 'Old age\n\nOn the outskirts of Lakeby, 83-year-old Oto Rensi plays golf with his younger friends.\n\n"I think the food has improved," he remarks.'),
    ]);
    expect(quoteStarting(set, 'I think the food').speaker).toBe('Oto Rensi');
  });
});

describe('a speaker named after the verb with an "of" phrase', () => {
  it('is the person, not the body the "of" phrase names', () => {
    const set = extractQuotes([
      article('of-phrase', 'Ageing towns\n\nThe town is shrinking fast.\n\n"By 2040, half the houses will be empty," explains Tesuri Halvek of the Northern Housing Centre in Lakeby.'),
    ]);
    expect(quoteStarting(set, 'By 2040').speaker).toBe('Tesuri Halvek');
  });
});
