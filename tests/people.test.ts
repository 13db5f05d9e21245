import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { extractPeople } from '../src/extract/people/people.js';

describe('people and their descriptions', () => {
  it('takes no people’s adjective of any country for a name', () => {
    const text = 'Talks\n\nDanish Envoy, an adviser to the king, spoke. Kenyan Delegate, a trade official, agreed. Aoki Ren, the trade minister, left.';
    const people = extractPeople([buildArticle({ id: 'a', file: 'a.txt', text })]);
    expect(people.map((p) => [p.name, p.descriptions.map((d) => d.text)])).toEqual([['Aoki Ren', ['trade minister']]]);
  });
});
