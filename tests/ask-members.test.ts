import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../src/answer/dossier.js';

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

  it('declines a term the articles use but never explain', () => {
    const answer = dossier.ask('What is the tram fund?');
    expect(answer.answer).toBeNull();
    expect(answer.text).toContain('never say what it is');
  });

  it('still asks what a person meant when they spoke', () => {
    expect(dossier.ask('What did Quell mean?').kind).toBe('what-said');
  });
});
