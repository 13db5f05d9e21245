import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { extractQuotes } from '../src/extract/quotes/quotes.js';
import type { Quote, QuoteSet } from '../src/extract/types.js';

const extract = (...texts: string[]): QuoteSet =>
  extractQuotes(texts.map((text, i) => buildArticle({ id: `s${i}`, file: `s${i}.txt`, text })));

/** One article: a title, then one paragraph per line given. */
const extractArticle = (title: string, ...paragraphs: string[]): QuoteSet => extract([title, ...paragraphs].join('\n\n'));

/** The one statement whose reported words start with `words`. */
function statement(set: QuoteSet, words: string): Quote {
  const found = set.quotes.filter((q) => q.kind === 'statement' && q.text.startsWith(words));
  expect(found, `statements starting "${words}": ${JSON.stringify(set.quotes.map((q) => [q.kind, q.text]))}`).toHaveLength(1);
  return found[0]!;
}

const none = (set: QuoteSet, words: string) => expect(set.quotes.filter((q) => q.kind === 'statement' && q.text.includes(words))).toEqual([]);

describe('reported speech', () => {
  const set = extractArticle(
    'Harbour talks stall',
    'Marta Ilves, the harbour commissioner, said on Friday that the dredging contract would be signed before winter.',
    'The pilots were never consulted, Ilves said.',
    'Ms. Ilves told reporters the budget had already been approved.',
    'Ilves keeps saying she opposed the tunnel from the start.',
    'None of the divers could find proof that the wreck had moved.',
    'According to the port authority, the channel will be closed for three weeks.',
    'Jonas Aru, who leads the pilots’ union, warned that ships would wait at anchor for days.',
    'Mr. Aru insisted the union had not been shown the plans.',
    'The shipping firms believe the delay will cost them millions.',
    'In Aru’s view, the commissioner moved too fast.',
    'It was reported that two cranes had failed their inspection.',
    'Aru said that Ilves told him the cranes were safe.',
    'She called the union’s complaint a distraction.',
    'A survey of dock workers found that most of them expect layoffs.',
    'Lina Saar, the weather officer, said the storm could last through Friday.',
    'Saar declared “Stay indoors!” and said that the ferries would not sail.',
    'The coast guard said skippers ignored the warning.',
  );

  it('finds "X said (that) ..." with the clause as content and the verb as cue', () => {
    const q = statement(set, 'the dredging contract would be signed');
    expect(q).toMatchObject({ speaker: 'Marta Ilves', role: 'harbour commissioner', text: 'the dredging contract would be signed before winter' });
    expect(q.cue?.text).toMatch(/said on Friday that$/);
  });

  it('finds a cue closing the sentence, and a listener between verb and clause', () => {
    expect(statement(set, 'The pilots were never consulted')).toMatchObject({ speaker: 'Marta Ilves', text: 'The pilots were never consulted' });
    expect(statement(set, 'the budget had already been approved')).toMatchObject({ speaker: 'Marta Ilves' });
  });

  it('finds "according to X" and "in X\'s view"', () => {
    expect(statement(set, 'the channel will be closed')).toMatchObject({ speaker: 'The port authority' });
    expect(statement(set, 'the commissioner moved too fast')).toMatchObject({ speaker: 'Jonas Aru' });
  });

  it('finds warnings, insistence and beliefs, past a relative clause to the speaker', () => {
    expect(statement(set, 'ships would wait at anchor')).toMatchObject({ speaker: 'Jonas Aru', cue: { text: expect.stringMatching(/warned that$/) } });
    expect(statement(set, 'the union had not been shown')).toMatchObject({ speaker: 'Jonas Aru' });
    expect(statement(set, 'the delay will cost them millions').speaker).toMatch(/shipping firms/i);
  });

  it('keeps an impersonal report without a speaker, and reports evidence marked by "that"', () => {
    expect(statement(set, 'two cranes had failed')).toMatchObject({ speaker: null, cue: { text: 'It was reported that' } });
    expect(statement(set, 'most of them expect layoffs').cue?.text).toMatch(/found that$/);
  });

  it('gives nested reports both speakers: the outer and the inner', () => {
    expect(statement(set, 'Ilves told him the cranes were safe')).toMatchObject({ speaker: 'Jonas Aru' });
    expect(statement(set, 'the cranes were safe')).toMatchObject({ speaker: 'Marta Ilves' });
  });

  it('reads "X, the officer, said ..." as X reporting, not as a closing cue', () => {
    expect(statement(set, 'the storm could last through Friday')).toMatchObject({ speaker: 'Lina Saar', role: 'weather officer' });
    none(set, 'Lina Saar, the weather officer');
  });

  it('takes the subject after a reporting verb inside the subject phrase', () => {
    expect(statement(set, 'opposed the tunnel from the start')).toMatchObject({ speaker: 'Marta Ilves', cue: { text: 'she opposed' } });
  });

  it('ends a speaker phrase before its auxiliary', () => {
    expect(statement(set, 'the wreck had moved')).toMatchObject({ speaker: 'None of the divers' });
  });

  it('reads a clause opened by a bare plural when a past tense follows it', () => {
    expect(statement(set, 'skippers ignored the warning')).toMatchObject({ speaker: 'The coast guard' });
  });

  it('gives a second verb of the clause the subject before a quotation', () => {
    expect(statement(set, 'the ferries would not sail')).toMatchObject({ speaker: 'Lina Saar' });
  });

  it('reports a stance with its verb, the speaker found through a pronoun', () => {
    expect(statement(set, 'called the union’s complaint a distraction')).toMatchObject({ speaker: 'Marta Ilves' });
  });

  it('gives one canonical speaker for all the ways an article names a person', () => {
    const ilves = set.speakers.find((s) => s.name === 'Marta Ilves')!;
    expect(ilves.counts.statement).toBeGreaterThanOrEqual(4);
    expect(set.quotes.filter((q) => q.speaker === 'Marta Ilves').every((q) => q.speakerId === ilves.id)).toBe(true);
  });
});

describe('a name and a colon', () => {
  it('reads "Name: words" as the named person\'s statement, and nothing else before a colon', () => {
    const set = extractArticle(
      'Harbour news',
      'Marta Ilves, the harbour commissioner, met the pilots on Friday.',
      'Ilves: dredging will start before the storms, whatever the pilots say.',
      'Update: the ferry timetable changes on Monday and the terminal closes early.',
    );
    expect(statement(set, 'dredging will start before the storms')).toMatchObject({ speaker: 'Marta Ilves', cue: { text: 'Ilves' } });
    none(set, 'ferry timetable');
  });
});

describe('what is not reported speech', () => {
  it('leaves plain narration, noun uses of speech words ("contain calls for") and quotations alone', () => {
    const set = extractArticle(
      'Ferry news',
      'The ferry left the harbour at noon and reached the island an hour later.',
      'The report was published on the council website last week.',
      'Police found a body near the old pier on Sunday morning.',
      'The letters contain calls for a new vote on the ferry fares.',
      'This is related to the routes described in the old timetable.',
      '“We will reopen the line in spring,” Karin Lepp said.',
    );
    expect(set.quotes.filter((q) => q.kind === 'statement')).toEqual([]);
    expect(set.quotes).toHaveLength(1);
    none(set, 'reopen the line');
  });

  it('keeps a quotation that opens the reported words a quotation', () => {
    const set = extract('Budget news\n\nAccording to the finance office, “the reserves are gone and nobody told us.”');
    expect(set.quotes.map((q) => q.kind)).toEqual(['quote']);
  });
});

describe('more shapes of reported speech', () => {
  const set = extractArticle(
    'Bridge repairs',
    'Tomas Vela, the city engineer, inspected the bridge on Monday.',
    'The cables were "in worse shape than anyone admitted," Mr. Vela said.',
    'Two of the piers had cracked during the winter, officials said.',
    'A lorry struck the railing shortly after midnight, police said.',
    'Vela said on Tuesday he would close the bridge for a month.',
    'Vela said more than half of the bolts had rusted through.',
    'The council heard from residents who say the detour doubles their commute.',
    'The council is expected to approve the repairs next week.',
    'The contractor appears reluctant to start before spring.',
    'Vela appeared on local television on Sunday night.',
    'Vela said the deadline seems impossible to meet.',
    'Vela said so.',
    'A survey of drivers showed a narrow majority for a toll.',
    'Vela found a crack in the third pier.',
    'Critics call the toll a tax on commuters.',
    'Most shopkeepers would support a shorter closure.',
    'Vela knows the shopkeepers want the bridge open by summer.',
    'The bridge will stay shut until June, according to a council report.',
    'In a poll of residents, most people backed the closure.',
    'The detour, these people said, adds twenty minutes.',
    'Vela has gained support, with 60 percent of residents saying they trust him.',
    'Vela must acknowledge the history of the old tollhouse that stands by the bridge.',
    'Vela said on Friday that the toll booths would go.',
    'Residents say they feel that way about every closure.',
    'Vela is telling drivers that the detour will be signposted.',
    'Shop owners backing the closure have asked for a rent break.',
    'Most drivers agreed they would rather wait.',
    'But according to the transport office, the ferry will run every hour.',
    'Traffic fell by a third according to a count released Monday.',
    'Some engineers said none of the bolts could be saved.',
    'Vela voted against the second bridge.',
    'The contractor reportedly told the council it would need more money.',
    'Asked whether the toll would return, Vela said he had not decided.',
    'I think the bridge should have been closed years ago.',
    'Ana Ruiz, an early critic of the toll, calls the detour a disgrace.',
    'Then Ruiz addressed the council, pledging that the toll would never return.',
    'Men under 35 support a second bridge by ten points.',
    'About three-quarters oppose the toll.',
    'Anna Kelly hopes to reopen the ferry before June.',
    'Vela raised concerns about the weight limit on the old bridge.',
    'Ms. Ruiz, the council leader, told a meeting of residents in the town hall on Friday evening that the toll was off the table.',
  );

  it('ends the reported words at a comma inside the closing quotation mark', () => {
    expect(statement(set, 'The cables were')).toMatchObject({ speaker: 'Tomas Vela', cue: { text: 'Mr. Vela said' } });
  });

  it('reads a short plural or collective phrase closing the sentence as the speakers', () => {
    expect(statement(set, 'Two of the piers had cracked').speaker).toMatch(/^officials$/i);
    expect(statement(set, 'A lorry struck the railing').speaker).toMatch(/^police$/i);
  });

  it('reads any clause after "said", past a phrase of time, but not "said so"', () => {
    expect(statement(set, 'he would close the bridge')).toMatchObject({ speaker: 'Tomas Vela' });
    expect(statement(set, 'more than half of the bolts')).toMatchObject({ speaker: 'Tomas Vela' });
    none(set, 'said so');
  });

  it('gives "who say" the noun phrase right before it as the speakers', () => {
    expect(statement(set, 'the detour doubles their commute').speaker).toMatch(/^residents$/i);
  });

  it('reads what a study shows without a clause, and what a person finds only with one', () => {
    expect(statement(set, 'a narrow majority for a toll').speaker).toMatch(/survey/i);
    none(set, 'a crack in the third pier');
  });

  it('reads a base form as a reporting verb after a plural subject or a modal', () => {
    expect(statement(set, 'call the toll a tax')).toMatchObject({ speaker: 'Critics', cue: { text: 'Critics call' } });
    expect(statement(set, 'support a shorter closure').speaker).toMatch(/shopkeepers/i);
  });

  it('reads knowledge like belief, and reaches "that" past a long listener', () => {
    expect(statement(set, 'the shopkeepers want the bridge open')).toMatchObject({ speaker: 'Tomas Vela' });
    expect(statement(set, 'the toll was off the table').cue?.text).toMatch(/^Ms\. Ruiz.*told .*that$/);
  });

  it('reads a report, a poll or a document as the source', () => {
    expect(statement(set, 'The bridge will stay shut')).toMatchObject({ speaker: 'A council report', cue: { text: 'according to a council report' } });
    expect(set.quotes.filter((q) => q.text.startsWith('The bridge will stay shut'))).toHaveLength(1);
    expect(statement(set, 'most people backed the closure').cue?.text).toBe('In a poll of residents');
  });

  it('finds the speakers of a cue set off by commas, and after "with"', () => {
    expect(statement(set, 'The detour, these people said').speaker).toMatch(/^these people$/i);
    expect(statement(set, 'they trust him').speaker).toMatch(/60 percent of residents/i);
  });

  it('reads "that" as the mark of a clause only after an aside, and "that way" as an object', () => {
    expect(statement(set, 'the history of the old tollhouse that stands')).toMatchObject({ speaker: 'Tomas Vela' });
    expect(set.quotes.filter((q) => q.kind === 'statement' && q.text.startsWith('stands by the bridge'))).toEqual([]);
    expect(statement(set, 'the toll booths would go').cue?.text).toBe('Vela said on Friday that');
    expect(statement(set, 'that way about every closure').cue?.text).toBe('they feel');
  });

  it('reads a progressive as active, and a participle after a noun as that noun\'s', () => {
    expect(statement(set, 'the detour will be signposted')).toMatchObject({ speaker: 'Tomas Vela', cue: { text: 'Vela is telling drivers that' } });
    expect(statement(set, 'backing the closure').speaker).toMatch(/shop owners/i);
  });

  it('reads "agreed" as a form of "agree"', () => {
    expect(statement(set, 'they would rather wait').speaker).toMatch(/most drivers/i);
  });

  it('finds "according to" after "But", and closing a sentence without a comma', () => {
    expect(statement(set, 'the ferry will run every hour')).toMatchObject({ speaker: 'The transport office' });
    expect(statement(set, 'Traffic fell by a third')).toMatchObject({ text: 'Traffic fell by a third', cue: { text: 'according to a count released Monday' } });
  });

  it('reads "said none of ..." as a clause, and a vote as a stance', () => {
    expect(statement(set, 'none of the bolts could be saved').speaker).toMatch(/some engineers/i);
    expect(statement(set, 'voted against the second bridge')).toMatchObject({ speaker: 'Tomas Vela' });
    expect(statement(set, 'raised concerns about the weight limit')).toMatchObject({ speaker: 'Tomas Vela' });
  });

  it('keeps hearsay ("reportedly") and an opening question ("Asked whether ...") without a speaker', () => {
    expect(statement(set, 'The contractor reportedly told')).toMatchObject({ speaker: null, cue: { text: 'reportedly' } });
    expect(statement(set, 'whether the toll would return')).toMatchObject({ speaker: null, cue: { text: 'Asked' } });
  });

  it('reads no closing cue in "..., Vela said he had not decided": a clause follows the verb', () => {
    expect(statement(set, 'he had not decided')).toMatchObject({ speaker: 'Tomas Vela' });
    none(set, 'Asked whether the toll');
  });

  it('keeps a first-person report ("I think ...") without a speaker', () => {
    expect(statement(set, 'the bridge should have been closed')).toMatchObject({ speaker: null, cue: { text: 'I think' } });
  });

  it('reads a stance in "-s" after a subject with an apposition, and a participle after an opening adverb', () => {
    expect(statement(set, 'calls the detour a disgrace').speaker).toMatch(/Ruiz/);
    expect(statement(set, 'pledging that the toll would never return').speaker).toMatch(/Ruiz/);
  });

  it('reads a base form after a number, a share as speakers, and an intention with its verb', () => {
    expect(statement(set, 'support a second bridge').speaker).toMatch(/men under 35/i);
    expect(statement(set, 'oppose the toll').speaker).toMatch(/about three-quarters/i);
    expect(statement(set, 'hopes to reopen the ferry')).toMatchObject({ speaker: 'Anna Kelly' });
  });

  it('keeps hedged reports ("is expected to", "appears") without a speaker, unless someone reports them', () => {
    expect(statement(set, 'The council is expected to approve')).toMatchObject({ speaker: null, cue: { text: 'is expected' } });
    expect(statement(set, 'The contractor appears reluctant')).toMatchObject({ speaker: null, cue: { text: 'appears' } });
    none(set, 'on local television');
    expect(statement(set, 'the deadline seems impossible')).toMatchObject({ speaker: 'Tomas Vela' });
  });
});

describe('speakers that name no one', () => {
  it('drops a sentence\'s opening word or a participle as a speaker, keeps groups and what a pronoun refers to', () => {
    const set = extractArticle(
      'Casino book',
      'Paul Orr wrote a book about the casino and its owner, and instead of praise it offers blame.',
      'Instead portrayed the owner as a bully who knew little about the business.',
      'Speaking on the radio, Orr kept calling the owner a total stiff.',
      'Several agreed the casino would close within a year.',
      'Orr repeated what he described as the worst decision of the decade.',
    );
    none(set, 'the owner as a bully');
    expect(set.quotes.filter((q) => q.speaker === 'Instead' || q.speaker === 'Speaking')).toEqual([]);
    expect(statement(set, 'the casino would close').speaker).toBe('Several');
    expect(statement(set, 'described as the worst decision')).toMatchObject({ speaker: 'Paul Orr', cue: { text: 'he described' } });
  });
});

describe('owned reports and title-case headlines', () => {
  it('reads "X\'s claim that ..." and "his call for ..." as what the owner said, to the next comma', () => {
    const set = extractArticle(
      'Harbour vote',
      'Marta Ilves runs the harbour board.',
      'Voters were angry about Ilves’s claim that the vote had been rigged, and about her call for a second count.',
      'The board’s roof needs repairs after the storm.',
    );
    expect(statement(set, 'the vote had been rigged')).toMatchObject({ speaker: 'Marta Ilves', text: 'the vote had been rigged' });
    expect(statement(set, 'for a second count')).toMatchObject({ speaker: 'Marta Ilves' });
    none(set, 'needs repairs');
  });

  it('reads a reporting verb capitalised in a title-case line', () => {
    const set = extractArticle('Harbour news', 'Marta Ilves met the pilots.', 'Ilves Says The Harbour Will Reopen In Spring');
    expect(statement(set, 'The Harbour Will Reopen').cue?.text).toMatch(/^Ilves Says$/);
  });
});

describe('a pronoun after a reported sentence', () => {
  it('goes on with the one who reported it, not with the one named in what was reported', () => {
    const set = extractArticle(
      'Ferry talks',
      'Following the meeting, Anders Lund welcomed the chance to speak openly with the pilots, harbour spokesman Erik Berg said. According to him, the discussion was direct and frank.',
    );
    expect(statement(set, 'the discussion was direct and frank').speaker).toBe('Erik Berg');
  });
});

describe('a body set off by an apposition, and a second verb of one subject', () => {
  const set = extractArticle(
    'River fine',
    'The Lunholm Society, a residents group, said the river needed years to recover.',
    'Ada Lund welcomed the ruling but said the clean-up was too slow.',
  );

  it('reads "X, a society, said the river needed…" as X reporting, not "the river needed…" as a speaker', () => {
    expect(statement(set, 'the river needed years')).toMatchObject({ speaker: 'The Lunholm Society' });
  });

  it('gives "…but said" the subject of the verb before it, though that verb reported a stance', () => {
    expect(statement(set, 'the clean-up was too slow')).toMatchObject({ speaker: 'Ada Lund' });
  });
});
