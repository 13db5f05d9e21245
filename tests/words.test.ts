import { describe, expect, it } from 'vitest';
import { collapseSpace, wordCount } from '../src/text/words.js';
import { pastOfGerund } from '../src/text/analyzer.js';
import { remembered } from '../src/text/memo.js';
import { tokenize } from '../src/text/phrases.js';

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

describe('tokenize (attribution words and marks)', () => {
  /** The tokenizer as it was written with a pattern: the scanner must give the very same tokens. */
  const PATTERN = /([\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*)|''|``|\S/gu;
  const byPattern = (text: string, from: number, to: number) => {
    const spans: [number, number][] = [];
    PATTERN.lastIndex = from;
    for (let m = PATTERN.exec(text); m && m.index < to; m = PATTERN.exec(text)) {
      let end = Math.min(m.index + m[0].length, to);
      if (m[1] !== undefined && /^['’][sS]$/.test(text.slice(end - 2, end)) && end - m.index > 3) {
        spans.push([m.index, end - 2], [end - 2, end]);
        continue;
      }
      if (m[1] !== undefined && text[end] === '.' && end < to && tokenize(text.slice(m.index, end + 1), 0, end + 1 - m.index).length === 1) {
        end += 1;
        PATTERN.lastIndex = end;
      }
      spans.push([m.index, end]);
    }
    return spans;
  };
  const spans = (text: string, from: number, to: number) => tokenize(text, from, to).map((t) => [t.start, t.end]);

  it('reads words with inner marks, paired quotes, possessives and kept full stops', () => {
    const text = "Mr. Ortiz’s ex-aide said ''no'' to AT&T and the U.S. on 3.5% — ``fine'' 'tis";
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual([
      'Mr.', 'Ortiz', '’s', 'ex-aide', 'said', "''", 'no', "''", 'to', 'AT&T', 'and', 'the', 'U.S.', 'on', '3.5', '%', '—', '``', 'fine', "''", "'", 'tis',
    ]);
  });

  it('finds what the pattern finds in any text, astral letters, odd spaces and cut ends included', () => {
    const pieces = ['word', 'Mr', 'Éclair', "’s", "'S", '𝐀𝐁', '😀', '\u00a0', '\u2009', ' ', '\n', '-', '‐', "'", '’', '.', '&', '``', "''", '"', '7', 'ß', '\ud800', '\udc00', 'x.y', ',', '¿'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pieces[Math.floor(next() * pieces.length)];
      // Texts are cut at sentences, never inside a character of two code units.
      const cut = Math.floor(next() * 3);
      const from = /[\udc00-\udfff]/.test(text[cut] ?? '') && /[\ud800-\udbff]/.test(text[cut - 1] ?? '') ? cut - 1 : cut;
      const to = text.length - Math.floor(next() * 3);
      expect(spans(text, from, to), JSON.stringify(text)).toEqual(byPattern(text, from, to));
    }
  });
});
