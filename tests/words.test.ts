import { describe, expect, it } from 'vitest';
import { collapseSpace, wordCount } from '../src/text/words.js';
import { pastOfGerund } from '../src/text/analyzer.js';
import { remembered } from '../src/text/memo.js';

describe('collapseSpace', () => {
  it.each([
    ['one space stays', 'a b c', 'a b c'],
    ['two spaces become one', 'a  b', 'a b'],
    ['line breaks and tabs become spaces', 'a\n\tb\r\nc', 'a b c'],
    ['a no-break space becomes a space', 'a\u00a0b', 'a b'],
    ['a space at either end is kept', ' a ', ' a '],
  ])('%s', (_, text, expected) => {
    expect(collapseSpace(text)).toBe(expected);
  });
});

describe('wordCount', () => {
  it('joins words across inner apostrophes, stops and hyphens', () => {
    expect(wordCount("The U.S. ex-president's plan, in 2 parts.")).toBe(7);
  });
});

describe('pastOfGerund', () => {
  it.each([
    ['joining', 'joined'],
    ['closing', 'closed'],
    ['stopping', 'stopped'],
    ['calling', 'called'],
    ['carrying', 'carried'],
    ['making', 'made'],
    ['winning', 'won'],
    ['showing', 'showed'],
  ])('%s → %s', (gerund, past) => {
    expect(pastOfGerund(gerund)).toBe(past);
  });

  it('gives nothing for words that are no -ing verb or whose past depends on the subject', () => {
    expect(pastOfGerund('being')).toBeNull();
    expect(pastOfGerund('king')).toBeNull();
    expect(pastOfGerund('joined')).toBeNull();
  });
});

describe('remembered', () => {
  it('computes each key once, and starts afresh when full', () => {
    const computed: string[] = [];
    const upper = remembered((word) => (computed.push(word), word.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(computed).toEqual(['a', 'b']);
    upper('c');
    upper('a');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers a null result too', () => {
    let calls = 0;
    const nothing = remembered(() => (calls++, null), 10);
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});
