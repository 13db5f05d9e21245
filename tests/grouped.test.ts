import { describe, expect, it } from 'vitest';
import { groupedList } from '../src/answer/grouped.js';

interface Report {
  article: string;
  words: string[];
}

const byWord = () => groupedList<Report>((report) => [...report.words, `a:${report.article}`]);
const groupsOf = (groups: Map<string, Report[]>) =>
  Object.fromEntries([...groups].map(([key, items]) => [key, items.map((r) => `${r.article}:${r.words.join('+')}`).sort()]).sort());

describe('groupedList', () => {
  const first: Report[] = [
    { article: 'pier', words: ['storm', 'cranes'] },
    { article: 'pier', words: ['storm', 'storm'] },
    { article: 'ferry', words: ['strike'] },
  ];

  it('groups each item once under each of its keys', () => {
    expect(groupsOf(byWord().of(first))).toEqual({
      'a:ferry': ['ferry:strike'],
      'a:pier': ['pier:storm+cranes', 'pier:storm+storm'],
      cranes: ['pier:storm+cranes'],
      storm: ['pier:storm+cranes', 'pier:storm+storm'],
      strike: ['ferry:strike'],
    });
  });

  it('carried to the next list, holds what a fresh grouping of it holds, and keys left empty go', () => {
    const grouped = byWord();
    grouped.of(first);
    const next = [first[2]!, { article: 'canal', words: ['strike', 'locks'] }];
    grouped.carry(first, next);
    expect(groupsOf(grouped.of(next))).toEqual(groupsOf(byWord().of(next)));
    expect(grouped.of(next).has('storm')).toBe(false);
  });
});
