import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { extractPeople } from '../src/extract/people/people.js';

describe('people and their descriptions', () => {
  it('takes no people’s adjective of any country for a name', () => {
    const text = 'Talks\n\nDanish Envoy, an adviser to the king, spoke. Kenyan Delegate, a trade official, agreed. Aoki Ren, the trade minister, left.';
    const people = extractPeople([buildArticle({ id: 'a', file: 'a.txt', text })]);
    expect(people.map((p) => [p.name, p.descriptions.map((d) => d.text)])).toEqual([['Aoki Ren', ['trade minister']]]);
  });

  it('describes someone by what a relative clause says they do, never by what they said', () => {
    const text =
      'Relief\n\n"The work starts now," said Johan Eide, who coordinates the Red Cross response in the valley. ' +
      'Marta Koval, who previously led the mill for six years, resigned. Lars Holt, who said the town was ready, left early.';
    const people = extractPeople([buildArticle({ id: 'a', file: 'a.txt', text })]);
    const described = Object.fromEntries(people.map((p) => [p.name, p.descriptions.map((d) => d.text)]));
    expect(described['Johan Eide']).toEqual(['who coordinates the Red Cross response in the valley']);
    expect(described['Marta Koval']).toEqual(['who previously led the mill for six years']);
    expect(described['Lars Holt']).toBeUndefined();
  });

  it('reads "its head" as the head of the body the sentence before opens with', () => {
    const text = 'Relief\n\nThe Keldmark Relief Office said it had paid out a third of the claims. Its head, Tove Dahl, said staff were working weekends.';
    const people = extractPeople([buildArticle({ id: 'a', file: 'a.txt', text })]);
    expect(people.find((p) => p.name === 'Tove Dahl')?.descriptions.map((d) => d.text)).toEqual(['head of the Keldmark Relief Office']);
  });

  it('reads "its leader" after "X, which…" as X\'s leader, and keeps an unresolved "its" in lower case', () => {
    const text =
      'Vote\n\nThe Harbour List, which doubled its seats, called the result fair. Its leader, Per Holm, said talks would start soon.\n\n' +
      'Fines rose sharply this year. Its lawyer, Ada Lund, said the firm would appeal.';
    const people = extractPeople([buildArticle({ id: 'a', file: 'a.txt', text })]);
    expect(people.find((p) => p.name === 'Per Holm')?.descriptions.map((d) => d.text)).toEqual(['leader of the Harbour List']);
    expect(people.find((p) => p.name === 'Ada Lund')?.descriptions.map((d) => d.text)).toEqual(['its lawyer']);
  });
});
