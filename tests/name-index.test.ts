import { describe, expect, it } from 'vitest';
import { listChanges } from '../src/extract/list-cache.js';
import { NameIndex } from '../src/extract/people/name-index.js';

interface Named {
  name: string;
  aliases: string[];
  weight: number;
}

const people: Named[] = [
  { name: 'Marta Quill', aliases: ['Quill', 'union leader Marta Quill'], weight: 4 },
  { name: 'Tom Quill', aliases: ['Quill'], weight: 1 },
  { name: 'Henrik Saal', aliases: ['Saal'], weight: 2 },
  { name: 'The Port Authority', aliases: ['the authority'], weight: 3 },
];
const index = new NameIndex(people, (p) => [p.name, ...p.aliases], (p) => p.weight, (n) => n.toLowerCase().replace(/^the\s+/, '').trim());
const find = (name: string) => index.find(name)?.name ?? null;

describe('NameIndex', () => {
  it('finds by full name or alias, the heavier of two sharing an alias', () => {
    expect(find('Henrik Saal')).toBe('Henrik Saal');
    expect(find('quill')).toBe('Marta Quill');
    expect(find('the port authority')).toBe('The Port Authority');
  });

  it('finds a name of several capitalised words by its initials', () => {
    expect(find('PA')).toBe('The Port Authority');
    expect(find('the pa')).toBe('The Port Authority');
    // a name of one word has no initials to be found by
    expect(find('S')).toBeNull();
  });

  it('finds by words that all stand in one item’s names', () => {
    expect(find('tom quill')).toBe('Tom Quill');
    expect(find('union leader')).toBe('Marta Quill');
  });

  it('forgives a typo in proportion to the word’s length, and nothing more', () => {
    expect(find('Sal')).toBeNull();
    expect(find('Saall')).toBe('Henrik Saal');
    expect(find('henrick saal')).toBe('Henrik Saal');
    expect(find('autority')).toBe('The Port Authority');
    expect(find('Zelensky')).toBeNull();
    expect(find('   ')).toBeNull();
  });
});

describe('NameIndex carried from one list to the next', () => {
  const build = (items: readonly Named[]) =>
    new NameIndex(items, (p) => [p.name, ...p.aliases], (p) => p.weight, (n) => n.toLowerCase().replace(/^the\s+/, '').trim());

  it('finds what a fresh index of the new list finds, and nothing of the items taken out', () => {
    const carried = build(people);
    const renamed: Named = { ...people[0]!, aliases: [...people[0]!.aliases, 'Marta Quill-Ortega'] };
    const next = [renamed, people[1]!, people[3]!, { name: 'Ines Varga', aliases: ['Varga'], weight: 1 }];
    carried.apply(listChanges(people, next));
    const fresh = build(next);
    for (const query of ['quill', 'quill-ortega', 'Varga', 'ines varga', 'vargaa', 'Henrik Saal', 'saal', 'tom quill', 'the authority']) {
      expect(carried.find(query), query).toBe(fresh.find(query));
    }
    expect(carried.find('saal')).toBeNull();
    expect(carried.find('quill')).toBe(renamed);
  });
});
