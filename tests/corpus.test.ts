import { mkdtemp, mkdir, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article.js';
import { CorpusError, loadCorpus, parseArticleFile } from '../src/corpus/load.js';
import type { Article, Corpus } from '../src/corpus/types.js';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';

const article = (text: string, file = 'test.txt') => buildArticle({ id: file.replace(/\.\w+$/, ''), file, text });
const dropped = (a: Article) => a.dropped.map((d) => [d.reason, d.text.slice(0, 40)]);
const kept = (a: Article) => a.sentences.map((s) => s.text).join(' ');

describe('the seed articles', () => {
  let corpus: Corpus;
  const byPrefix = (prefix: string) => corpus.articles.find((a) => a.id.startsWith(prefix))!;
  beforeAll(async () => {
    corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
  });

  it('loads all five with no warnings', () => {
    expect(corpus.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds titles, a title from the opening when there is no headline, outlets and the dateline', () => {
    expect(byPrefix('000')).toMatchObject({ title: 'The Kremlin revealed the details of the talks between Putin and Biden', source: 'RIA Novosti' });
    expect(byPrefix('001').titleFrom).toBe('opening');
    expect(byPrefix('001').title).toMatch(/^Aide to the Russian president, Yuri Ushakov, revealed details/);
    expect(byPrefix('001').source).toBe('TASS');
    expect(byPrefix('002')).toMatchObject({ title: 'Negotiations between Biden and Putin took place: what topics were discussed', source: 'ForumDaily' });
    expect(byPrefix('003')).toMatchObject({ published: '2021-12-08T12:39', publishedFrom: 'dateline', source: null });
    expect(byPrefix('004').source).toBe('The Page');
  });

  it('000: drops the related-materials block and the comment prompt only', () => {
    expect(dropped(byPrefix('000'))).toEqual([
      ['related-links', 'Materials on the topic00: 02 – 13 Octobe'],
      ['comments', 'Leave a Reply'],
    ]);
  });

  it('001: drops only the wire credit', () => {
    expect(dropped(byPrefix('001'))).toEqual([['wire-credit', 'TASS…']]);
  });

  it('002: drops the translation notice, caption, links, appeals, mojibake line and page counter', () => {
    const reasons = byPrefix('002').dropped.map((d) => d.reason);
    expect(reasons.slice(0, 4)).toEqual(['translation-notice', 'translation-notice', 'translation-notice', 'photo-caption']);
    expect(reasons).toContain('reader-appeal');
    expect(reasons).toContain('page-counter');
    expect(reasons.filter((r) => r === 'related-links').length).toBeGreaterThanOrEqual(4);
    const text = kept(byPrefix('002'));
    for (const gone of ['Google Translate', 'ForumDaily', 'Stripe', 'requests in', 'РєР', 'Thank you for', 'Read also', 'Photo:']) {
      expect(text).not.toContain(gone);
    }
  });

  it('003: takes the dateline off and drops the repeated headline with its caption', () => {
    expect(dropped(byPrefix('003'))).toEqual([
      ['dateline', '12:39, 08 December 2021'],
      ['photo-caption', 'US and Russia to proceed talking on Ukra'],
    ]);
  });

  it('004: drops the caption and the "Read on" link', () => {
    expect(dropped(byPrefix('004'))).toEqual([
      ['photo-caption', 'The online Biden-Putin summit on Decembe'],
      ['related-links', 'Read on The Page'],
    ]);
  });

  it('drops a long paragraph only for what it says (a notice, an appeal, a link block), never as a caption or footer filler', () => {
    for (const a of corpus.articles) {
      for (const d of a.dropped.filter((d) => d.text.split(' ').length >= 40)) {
        expect(['reader-appeal', 'translation-notice', 'subscribe', 'mojibake', 'related-links'], `${a.id}: ${d.text}`).toContain(d.reason);
      }
      expect(a.words).toBeGreaterThan(500);
    }
  });

  it('finds block quotes and their signatures, standalone or glued to the quote', () => {
    const signed = corpus.articles.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'blockquote').map((p) => [a.id.slice(0, 3), p.signature?.name, p.signature?.role]));
    expect(signed).toEqual([
      ['000', 'Yuri Ushakov', 'Assistant to the President of Russia'],
      ['001', 'Yuri Ushakov', 'Assistant to the President of Russia'],
      ['001', 'Yuri Ushakov', 'Assistant to the President of Russia'],
      ['001', 'Adalbi Shkhagoshev', 'State Duma deputy'],
    ]);
    const glued = byPrefix('001').sentences.find((s) => s.text.startsWith('And serious damage'))!;
    expect(glued.text).toBe('And serious damage will be done to Russia’s relations with the West in general');
  });

  it('marks section headings and keeps them out of sentences', () => {
    const headings = byPrefix('000').paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text);
    expect(headings).toEqual(['The consequences of the escalation', 'Straight Talk']);
    expect(byPrefix('000').sentences.some((s) => s.text === 'Straight Talk')).toBe(false);
  });

  it('gives sentence offsets that point at the original words', () => {
    for (const a of corpus.articles) {
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    }
  });
});

describe('cleaning text written for the test', () => {
  const page = [
    'City council approves new tram line',
    '',
    'Nachricht automatisch übersetzt mit DeepL. This article was machine-translated.',
    '',
    'Image: council press office',
    '',
    'The city council approved a new tram line on Thursday, reports Metro Gazette. Work starts in spring.',
    '',
    'Budget',
    '',
    'The line will cost 40 million euros.',
    '',
    'See also: Bus fares rise again',
    '',
    'Critics said the route skips the old town. The council rejected that claim.',
    '',
    'Related stories:',
    '',
    'Bridge repairs delayed',
    '',
    'New parking rules explained',
    '',
    'We rely on our readers. Please support us: every donation helps you get independent news.',
    '',
    '42 queries in 0.113 seconds.',
  ].join('\n');

  it('keeps the reporting and drops everything else, each with its reason', () => {
    const a = article(page);
    expect(a.title).toBe('City council approves new tram line');
    expect(kept(a)).toBe(
      'The city council approved a new tram line on Thursday, reports Metro Gazette. Work starts in spring. ' +
        'The line will cost 40 million euros. ' +
        'Critics said the route skips the old town. The council rejected that claim.',
    );
    expect(a.dropped.map((d) => d.reason)).toEqual([
      'translation-notice',
      'photo-caption',
      'related-links',
      'related-links',
      'related-links',
      'related-links',
      'reader-appeal',
      'page-counter',
    ]);
    expect(a.source).toBe('Metro Gazette');
    expect(a.paragraphs.find((p) => p.text === 'Budget')?.kind).toBe('heading');
  });

  it('keeps a quoted appeal: someone else thanking their supporters is reporting', () => {
    const a = article('Rally draws crowds\n\nThe senator spoke in Dayton on Friday.\n\n“We thank you for your support, and we will keep our promises to you,” she told the crowd.\n\nThe rally ended at noon.');
    expect(a.dropped).toEqual([]);
    expect(kept(a)).toContain('We thank you for your support');
  });

  it('keeps reporting about the US, contributions and donations: "US" is the country, not the writers', () => {
    const a = article(
      'Pension gap widens\n\nThe fund reported a loss on Monday.\n\nThe US population will grow by a fifth, and the IMF foresees a positive contribution to the US current account from immigration, analysts said.\n\nThe fund meets again in May.',
    );
    expect(a.dropped).toEqual([]);
    expect(kept(a)).toContain('positive contribution to the US current account');
    // news of a donation is news; an appeal speaks for the writers or names the payment service
    const donation = article('Bank settles\n\nA bank has said it will donate more than $8m to the victims under a court settlement.\n\nThe court closed the case.');
    expect(donation.dropped).toEqual([]);
    const appeal = article('Bank settles\n\nThe court closed the case.\n\nWe rely on donations from readers like you to keep going.\n\nPayments are handled by Stripe.');
    expect(appeal.dropped.map((d) => d.reason)).toEqual(['reader-appeal', 'reader-appeal']);
  });

  it('keeps reporting that follows an inline link line in the middle of an article', () => {
    const a = article('Title of the piece\n\nFirst fact here.\n\nRead more: Other story\n\nSecond fact here, after the link.\n\nThird fact closes the piece.');
    expect(kept(a)).toBe('First fact here. Second fact here, after the link. Third fact closes the piece.');
  });

  it('drops a line in another script and a mojibake line', () => {
    const a = article('Talks resume\n\nThe talks resumed in Geneva.\n\nПереговоры возобновились в Женеве сегодня утром.\n\nFollow our РєР°РЅР°Р» for more.\n\nBoth sides were hopeful.');
    expect(a.dropped.map((d) => d.reason)).toEqual(['foreign-language', 'mojibake']);
    expect(kept(a)).toBe('The talks resumed in Geneva. Both sides were hopeful.');
  });

  it('drops a translation notice in any language that names the service, and a paragraph in another Latin-script language', () => {
    const a = article(
      [
        'Harbour fees rise',
        '',
        'Cet article a été traduit automatiquement par DeepL depuis le portugais et n’a pas été relu.',
        '',
        'Dieser Artikel wurde mit DeepL aus dem Portugiesischen übersetzt und nicht redigiert.',
        '',
        'The port authority raised its fees by a tenth on Monday, citing higher dredging costs.',
        '',
        'La autoridad portuaria subió ayer sus tarifas después de una larga sesión del consejo en la capital del país.',
        '',
        'Shipping lines said they would pass the cost on to their customers.',
      ].join('\n'),
    );
    expect(a.dropped.map((d) => d.reason)).toEqual(['translation-notice', 'translation-notice', 'foreign-language']);
    expect(kept(a)).toBe(
      'The port authority raised its fees by a tenth on Monday, citing higher dredging costs. Shipping lines said they would pass the cost on to their customers.',
    );
  });

  it('keeps terse English that has few function words: figures, names, wire copy', () => {
    const a = article(
      [
        'Quarterly results',
        '',
        'Acme Widgets Corp said first quarter net profit rose 12 pct to 4.5 mln dlrs, revenues 80 mln dlrs versus 71 mln dlrs.',
        '',
        'Shr profit 15 cts vs loss four cts, net 2.1 mln vs loss 600,000 dlrs, sales 50.3 mln vs 41.2 mln.',
        '',
        'Bremer Kreditanstalt Finance Curacao NV issuing 40 mln Australian dlr eurobond due April 1990 paying 15 pct, lead manager Societe Generale said.',
      ].join('\n'),
    );
    expect(a.dropped).toEqual([]);
  });

  it('finds a glued signature under a block quote without quotation marks', () => {
    const a = article('Port strike ends\n\nThe strike ended on Monday.\n\nWe got what we asked for and the docks will open tomorrow\n\nMaria SantosHead of the Dockworkers Union\n\nShips were waiting offshore.');
    const quote = a.paragraphs.find((p) => p.kind === 'blockquote')!;
    expect(quote.text).toBe('We got what we asked for and the docks will open tomorrow');
    expect(quote.signature).toMatchObject({ name: 'Maria Santos', role: 'Head of the Dockworkers Union' });
    expect(a.paragraphs.find((p) => p.kind === 'signature')?.text).toBe('Maria SantosHead of the Dockworkers Union');
  });

  it('dates an article by the wire dateline that opens its text, which is no part of the first sentence; a dateline without its year dates nothing', () => {
    const a = article('Ferry fares rise\n\nLunholm, 3 March 2024 (Island Courier) - Ferry fares will rise by a tenth in April, the operator said on Monday.\n\nThe operator blamed fuel.');
    expect(a).toMatchObject({ published: '2024-03-03', publishedFrom: 'dateline', source: 'Island Courier' });
    expect(a.sentences[0]!.text).toBe('Ferry fares will rise by a tenth in April, the operator said on Monday.');
    expect(a.text.slice(a.sentences[0]!.start, a.sentences[0]!.end)).toBe(a.sentences[0]!.text);
    expect(a.dropped).toContainEqual(expect.objectContaining({ reason: 'dateline', text: 'Lunholm, 3 March 2024 (Island Courier) - ' }));
    const american = article('Shares fall\n\nOSTBY, March 3, 2021 -- Shares in the ferry operator fell sharply.');
    expect(american).toMatchObject({ published: '2021-03-03', source: null });
    const yearless = article('Shares fall\n\nOSTBY, March 3 (Island Courier) - Shares in the ferry operator fell sharply.');
    expect(yearless.published).toBeNull();
    // Without its year the dateline still names the outlet, and is still no part of the story.
    expect(yearless.source).toBe('Island Courier');
    expect(yearless.sentences[0]!.text).toBe('Shares in the ferry operator fell sharply.');
    expect(article('Mill closes\n\nLUNHOLM (Coastal Wire) - The mill closed.').sentences[0]!.text).toBe('The mill closed.');
    // The place may carry its region or country before the date.
    const regional = article('Mill closes\n\nOSTBY, North Vale, March 3 (Island Courier) - The mill closed.');
    expect(regional.source).toBe('Island Courier');
    expect(regional.sentences[0]!.text).toBe('The mill closed.');
    expect(article('Mill closes\n\nOSTBY, Vale - the mill closed.').sentences[0]!.text).toBe('OSTBY, Vale - the mill closed.');
    // A capitalised word and a dash in the lead's own words are no dateline.
    expect(article('Mill closes\n\nNATO - the alliance - met in Lunholm.').sentences[0]!.text).toBe('NATO - the alliance - met in Lunholm.');
    // A date inside the lead's own words is no dateline.
    const told = article('Mill closes\n\nOstby, the mill town, said on 3 May 2020 - a Sunday - that the mill would close.');
    expect(told.published).toBeNull();
  });

  it('takes the outlet from a byline that names it after the writer', () => {
    expect(article('Fire crosses road\n\nBy Per Holm, Ostby Gazette\n\nThe fire crossed the road on Monday.').source).toBe('Ostby Gazette');
    expect(article('Fire crosses road\n\nBy Per Holm for The Lantern\n\nThe fire crossed the road on Monday.').source).toBe('The Lantern');
    expect(article('Fire crosses road\n\nBy Per Holm\n\nThe fire crossed the road on Monday.').source).toBeNull();
  });

  it('reads front matter and lets it override what is inferred', () => {
    const a = parseArticleFile('note.md', '---\ntitle: A given title\nsource: Daily Ledger\npublished: 2020-03-04\nurl: https://example.org/a\n---\n\nHeadline in the text\n\nThe body sentence is here.');
    expect(a).toMatchObject({ title: 'A given title', source: 'Daily Ledger', published: '2020-03-04', publishedFrom: 'front-matter', url: 'https://example.org/a' });
    expect(a.text.slice(a.sentences[0]!.start, a.sentences[0]!.end)).toBe('The body sentence is here.');
  });

  it('reduces HTML to its article text, dropping scripts and navigation', () => {
    const html = `<html><head><title>Site | Story</title><meta property="og:title" content="Dam opens">
      <meta property="og:site_name" content="River News"><meta property="article:published_time" content="2022-05-01T09:30:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>var x = "<p>no</p>";</script>
      <article><h1>Dam opens</h1><p>The new dam opened on Sunday &amp; drew crowds.</p><p>Engineers said it <b>works</b>.</p></article>
      <footer>© River News</footer></body></html>`;
    const a = parseArticleFile('dam.html', html);
    expect(a).toMatchObject({ title: 'Dam opens', source: 'River News', published: '2022-05-01T09:30:00Z' });
    expect(kept(a)).toBe('The new dam opened on Sunday & drew crowds. Engineers said it works.');
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'Wheat prices rose sharply on Tuesday as dealers reacted to the news of a',
      'poor harvest in the south, traders in the capital said late in the day.',
      '',
      'Exporters expect the shortage to last until the autumn, when the next',
      'crop comes in and the storage sites are refilled with the new harvest.',
      '',
      'The ministry said it would publish new estimates later this week, and',
      'that it saw no reason for alarm over supplies for the coming months.',
    ].join('\n');
    const a = article(wrapped);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.sentences[0]!.text).toBe(
      'Wheat prices rose sharply on Tuesday as dealers reacted to the news of a poor harvest in the south, traders in the capital said late in the day.',
    );
  });
});

describe('loading a folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-corpus-'));
    await writeFile(join(dir, 'a.txt'), 'Storm hits coast\n\nA storm hit the coast on Friday.');
    await writeFile(join(dir, 'b-copy.txt'), 'Storm hits coast\n\nA storm hit the coast on Friday.');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), '  \n\n ');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]));
    await writeFile(join(dir, 'big.txt'), `Big one\n\n${'Word after word. '.repeat(100)}`);
    await writeFile(join(dir, 'photo.jpg'), 'not an article');
    // Root reads any file whatever its mode: the unreadable case is only testable as another user.
    if (process.getuid?.() !== 0) {
      await writeFile(join(dir, 'locked.txt'), 'secret');
      await chmod(join(dir, 'locked.txt'), 0o000);
    }
    await mkdir(join(dir, 'sub'));
  });

  it('skips every bad file with one warning naming it and the reason, and keeps the rest', async () => {
    const warnings: string[] = [];
    const corpus = await loadCorpus(dir, { maxBytes: 1000, onWarning: (w) => warnings.push(w) });
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(warnings).toEqual(corpus.warnings);
    const byFile = Object.fromEntries(warnings.map((w) => [w.split(':')[0], w]));
    expect(byFile['b-copy.txt']).toMatch(/same text as a\.txt/);
    expect(byFile['empty.txt']).toMatch(/empty file/);
    expect(byFile['blank.md']).toMatch(/empty file/);
    expect(byFile['binary.txt']).toMatch(/binary/);
    expect(byFile['latin1.txt']).toMatch(/not UTF-8/);
    expect(byFile['big.txt']).toMatch(/over the 1 KB limit/);
    expect(byFile['photo.jpg']).toMatch(/not an article file/);
    if (process.getuid?.() !== 0) expect(byFile['locked.txt']).toMatch(/cannot be read/);
  });

  it('fails clearly on a missing or empty folder', async () => {
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(CorpusError);
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(/does not exist/);
    await expect(loadCorpus(join(dir, 'sub'))).rejects.toThrow(/is empty/);
  });

  it('changes the corpus hash when a file changes', async () => {
    const before = (await loadCorpus(dir, { maxBytes: 1000 })).hash;
    await writeFile(join(dir, 'a.txt'), 'Storm hits coast\n\nA storm hit the coast on Saturday.');
    expect((await loadCorpus(dir, { maxBytes: 1000 })).hash).not.toBe(before);
  });
});
