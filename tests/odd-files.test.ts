/** Odd article folders and files: colliding names, bad front matter, byte-order marks, old line endings, UTF-16, subfolders. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';

const BODY = 'The harbour council approved the new ferry budget on Tuesday, its chair said. Work starts in the spring.';

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-odd-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

async function load(files: Record<string, string | Buffer>) {
  const warnings: string[] = [];
  const corpus = await loadCorpus(await folder(files), { onWarning: (line) => warnings.push(line) });
  return { corpus, warnings };
}

describe('file names', () => {
  it('gives articles whose names differ only in the extension an id each', async () => {
    const { corpus, warnings } = await load({
      'ferry.txt': `Ferry budget passes\n\n${BODY}`,
      'ferry.md': 'Bridge repairs begin\n\nCrews began repairing the old stone bridge on Monday, the county said.',
      'ferry.html': '<html><head><title>Tram line opens</title></head><body><p>The first tram ran through the old town on Sunday, the operator said.</p></body></html>',
      'pier.txt': 'Pier closes\n\nThe pier closed for the winter on Friday, the harbour master said.',
    });
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((a) => [a.file, a.id]).sort()).toEqual([
      ['ferry.html', 'ferry.html'],
      ['ferry.md', 'ferry.md'],
      ['ferry.txt', 'ferry.txt'],
      ['pier.txt', 'pier'],
    ]);
  });

  it('names the subfolders it does not read in one warning', async () => {
    const { corpus, warnings } = await load({ 'top.txt': `Ferry budget passes\n\n${BODY}`, 'older/one.txt': 'x', 'drafts/two.txt': 'y' });
    expect(corpus.articles).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/^drafts\/, older\/: not read: articles in subfolders are not loaded/)]);
  });
});

describe('front matter', () => {
  const withFrontMatter = (fields: string) => `---\n${fields}\n---\nFerry budget passes\n\n${BODY}\n`;

  it.each([
    ['a day not in the calendar', 'published: 2019-02-30', /front matter date "2019-02-30" is not a real date/],
    ['a time not on the clock', 'published: 2019-12-07T25:99', /front matter date "2019-12-07T25:99" is not a real date/],
    ['a list for a title', 'title:\n  - one\n  - two', /front matter title is a list, not text: ignored/],
    ['an unterminated string', 'title: "Ferry budget', /front matter is not valid YAML/],
  ])('with %s: one warning, and the text says the rest', async (_, fields, warning) => {
    const { corpus, warnings } = await load({ 'a.md': withFrontMatter(fields) });
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^a\\.md: ${warning.source}`))]);
    const [article] = corpus.articles;
    expect(article!.title).toBe('Ferry budget passes');
    expect(article!.published).toBeNull();
    expect(article!.sentences[0]!.text).toMatch(/^The harbour council/);
  });

  it('keeps a real date and time, and a date in words', async () => {
    const { corpus, warnings } = await load({
      'a.md': withFrontMatter('published: 2020-02-29T23:59'),
      'b.md': withFrontMatter('published: 3 March 2020').replace('harbour council', 'river council'),
    });
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((a) => a.published)).toEqual(['2020-02-29T23:59', '2020-03-03']);
  });

  it('without its closing line: one warning, and the file is read as text', async () => {
    const { corpus, warnings } = await load({ 'a.md': `---\ntitle: Ferry budget\n\nFerry budget passes\n\n${BODY}\n` });
    expect(warnings).toEqual([`a.md: front matter has no closing '---' line: read as text`]);
    expect(corpus.articles[0]!.sentences.some((s) => s.text.startsWith('The harbour council'))).toBe(true);
  });
});

describe('encodings and line endings', () => {
  it('keeps offsets pointing into the file when it starts with a byte-order mark', async () => {
    const text = `\uFEFFFerry budget passes\n\n${BODY}\n`;
    const dir = await folder({ 'bom.txt': text });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article!.title).toBe('Ferry budget passes');
    const fileText = await readFile(join(dir, 'bom.txt'), 'utf8'); // Node keeps the mark as a character
    for (const sentence of article!.sentences) expect(fileText.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('splits paragraphs on lone carriage returns and on mixed line endings', async () => {
    const { corpus } = await load({
      'cr.txt': `Ferry budget passes\r\r${BODY}\rA second paragraph follows here, the chair added.\r`,
      'mixed.txt': `Tram budget passes\r\n\r\n${BODY}\rA third paragraph follows here, the mayor added.\n`,
    });
    for (const article of corpus.articles) {
      expect(article.title).toMatch(/budget passes$/);
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(2);
      for (const p of article.paragraphs) expect(p.text).not.toMatch(/\r/);
    }
  });

  it('decodes UTF-16, with or without a byte-order mark, little- or big-endian', async () => {
    const text = `Ferry budget passes\n\n${BODY} Café owners cheered.\n`;
    const littleWithMark = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(text, 'utf16le').swap16();
    const { corpus, warnings } = await load({
      'le.txt': littleWithMark,
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), big]),
      'plain.txt': Buffer.from(text.replace('harbour', 'river'), 'utf16le'),
    });
    expect(warnings.filter((w) => !/same text/.test(w))).toEqual([]);
    const texts = corpus.articles.map((a) => a.sentences.map((s) => s.text).join(' '));
    for (const t of texts) expect(t).toContain('Café owners cheered.');
    expect(corpus.articles.map((a) => a.file).sort()).toEqual(['be.txt', 'plain.txt']);
    expect(warnings).toEqual(['le.txt: skipped: same text as be.txt']);
  });
});
