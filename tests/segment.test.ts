import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/corpus/segment.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'The vote passed. Critics objected! Will it hold? Nobody knows.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'The vote passed.',
      'Critics objected!',
      'Will it hold?',
      'Nobody knows.',
    ]);
  });

  it('does not split after abbreviations, initials and dotted acronyms', () => {
    expect(sentences('Dr. Ana Lima met Mr. J. K. Owens in Washington, D.C. on Friday. The U.S. Senate voted later.')).toEqual([
      'Dr. Ana Lima met Mr. J. K. Owens in Washington, D.C. on Friday.',
      'The U.S. Senate voted later.',
    ]);
  });

  it('keeps times, money, decimals and datelines whole', () => {
    expect(
      sentences('The call began at 10:07 am ET and cost $85 billion, up 2.5 percent. It was filed at 12:39, 08 December 2021 in Kyiv.'),
    ).toEqual([
      'The call began at 10:07 am ET and cost $85 billion, up 2.5 percent.',
      'It was filed at 12:39, 08 December 2021 in Kyiv.',
    ]);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const text = '“We will not move. We cannot. Not now,” the mayor said. The council disagreed.';
    expect(sentences(text)).toEqual(['“We will not move. We cannot. Not now,” the mayor said.', 'The council disagreed.']);
  });

  it('ends a sentence after a closing quotation mark that follows the full stop', () => {
    const text = 'She called the plan "a disaster." Her rival called it “overdue.” Both voted yes.';
    expect(sentences(text)).toEqual(['She called the plan "a disaster."', 'Her rival called it “overdue.”', 'Both voted yes.']);
  });

  it('splits a heading glued to the next sentence', () => {
    expect(sentences('Read the statement of the City HallMayor Reyes promised repairs. The Mayor spoke at the Hall.')).toEqual([
      'Read the statement of the City Hall',
      'Mayor Reyes promised repairs.',
      'The Mayor spoke at the Hall.',
    ]);
  });

  it('does not split a camel-case name whose halves are not words of the text', () => {
    expect(sentences('PolitiFact rated the claim false. The fact check was quick.')).toEqual([
      'PolitiFact rated the claim false.',
      'The fact check was quick.',
    ]);
  });

  it('does not split a camel-case name the text uses more than once', () => {
    const text = 'Shares of TimeWarner rose. Analysts said TimeWarner would gain.';
    expect(sentences(text)).toEqual(['Shares of TimeWarner rose.', 'Analysts said TimeWarner would gain.']);
  });

  it('does not split camel-case names with short parts', () => {
    expect(sentences('Executives at McDonald and YouTube met on DeSantis’s plan.')).toHaveLength(1);
  });

  it('ignores white space around sentences and returns nothing for empty text', () => {
    expect(splitSentences('   \n  ')).toEqual([]);
    expect(sentences('  One line without a stop  ')).toEqual(['One line without a stop']);
  });
});

describe('splitSentences on text without punctuation', () => {
  it('cuts a sentence longer than the limit at spaces, keeping every word and offsets into the text', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i % 97}`);
    const text = words.join(' ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('prefers a clause break to a plain space', () => {
    const text = `${'alpha '.repeat(250)}beta, ${'gamma '.repeat(250)}`.trim();
    const [first] = splitSentences(text);
    expect(text.slice(first!.start, first!.end).endsWith('beta,')).toBe(true);
  });

  it('cuts a run with no space at all without splitting a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE_CHARS);
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const span of spans) expect(text.charCodeAt(span.end - 1) >= 0xd800 && text.charCodeAt(span.end - 1) < 0xdc00).toBe(false);
  });
});
