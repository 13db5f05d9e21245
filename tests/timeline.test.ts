import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { buildArticle } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import { extractAllDates } from '../src/extract/dates/dates.js';
import { buildTimeline, filterTimeline, parseDateQuery } from '../src/extract/dates/timeline.js';
import type { TimelineEntry } from '../src/extract/types.js';
import { dossier } from './helpers/cli.js';

const article = (id: string, text: string, published: string) =>
  buildArticle({ id, file: `${id}.txt`, text, meta: { published } });

describe('a timeline of text written for the test', () => {
  const articles = [
    article('harbour-a', 'Harbour Strike Ends\n\nDock workers ended their harbour strike on Monday after the union accepted a pay offer.', '2023-05-10'),
    article(
      'harbour-b',
      'Dockers Back At Work\n\nThe union of dock workers accepted the pay offer on May 8, ending the harbour strike that began in April.',
      '2023-05-11',
    ),
    article('orchestra', 'New Conductor\n\nThe city orchestra named a new conductor on Monday. Its season opens on September 14.', '2023-05-10'),
  ];
  let entries: TimelineEntry[];
  beforeAll(() => {
    entries = buildTimeline(articles, extractAllDates(articles).mentions);
  });

  it('makes one entry of one event reported by two articles, and keeps another event of that day apart', () => {
    const may8 = entries.filter((e) => e.value === '2023-05-08');
    expect(may8).toHaveLength(2);
    const strike = may8.find((e) => /strike|union/i.test(e.title))!;
    expect(strike.sources.map((s) => s.articleId)).toEqual(['harbour-a', 'harbour-b']);
    const orchestra = may8.find((e) => e !== strike)!;
    expect(orchestra.sources.map((s) => s.articleId)).toEqual(['orchestra']);
    expect(orchestra.title).toMatch(/conductor/);
  });

  it('sorts the entries by date', () => {
    expect(entries.map((e) => e.value)).toEqual(['2023-04', '2023-05-08', '2023-05-08', '2023-09-14']);
  });

  it('filters by date range and by topic words', () => {
    expect(filterTimeline(entries, { from: '2023-05' }).map((e) => e.value)).toEqual(['2023-05-08', '2023-05-08', '2023-09-14']);
    expect(filterTimeline(entries, { to: '2023-04-30' }).map((e) => e.value)).toEqual(['2023-04']);
    expect(filterTimeline(entries, { from: '2023-04-15', to: '2023-05-09' }).map((e) => e.value)).toEqual(['2023-04', '2023-05-08', '2023-05-08']);
    const strikes = filterTimeline(entries, { query: 'the harbour strikes' });
    expect(strikes.map((e) => e.value)).toEqual(['2023-04', '2023-05-08']);
    expect(filterTimeline(entries, { query: 'volcano' })).toEqual([]);
  });
});

describe('a timeline of undated articles written for the test', () => {
  const undated = (id: string, text: string) => buildArticle({ id, file: `${id}.txt`, text, meta: {} });
  const articles = [
    undated('harbour', 'Harbour Reopens\n\nThe harbour reopened in 2011 after the storm. The port plans to double its traffic by 2030.'),
    undated('fares', 'Ferry Fares Rise\n\nFerry fares rose sharply in 2011, the operator said.'),
    undated(
      'captain',
      'Ferry Captain Dies\n\nIvo Brandt, who sailed the first crossing in 1962, died last week. He joined the navy on 3 May, 1950. The town honoured him in 1979.',
    ),
  ];

  it('reads relative dates of an article that names only old years against the year the articles loaded with it report', () => {
    const { mentions, references } = extractAllDates(articles);
    expect(references.get('captain')!.value.slice(0, 4)).toBe('2011');
    // A year only planned ("by 2030") tells nothing of when an article was written.
    expect(references.get('harbour')!.value.slice(0, 4)).toBe('2011');
    const death = buildTimeline(articles, mentions, references).find((e) => e.event === 'died')!;
    expect(death.value.slice(0, 4)).toBe('2011');
  });
});

describe('dates in questions', () => {
  it('reads a day, month or ISO option, resolving a missing year against the reference', () => {
    expect(parseDateQuery('what happened on December 17?', '2021-12-24')).toEqual({ value: '2021-12-17', end: null, granularity: 'day' });
    expect(parseDateQuery('what is planned for January 9?', '2021-12-24')).toMatchObject({ value: '2022-01-09' });
    expect(parseDateQuery('/timeline from:2021-12-01')).toEqual({ value: '2021-12-01', end: null, granularity: 'day' });
    expect(parseDateQuery('2021-12')).toEqual({ value: '2021-12', end: null, granularity: 'month' });
    // a day written before its year with a comma is the day
    expect(parseDateQuery('before March 14, 2023')).toEqual({ value: '2023-03-14', end: null, granularity: 'day' });
    expect(parseDateQuery('what happened last week?', '2021-12-08')).toMatchObject({ value: '2021-11-29', end: '2021-12-05', granularity: 'week' });
    expect(parseDateQuery('who said what?')).toBeNull();
  });
});

describe('the timeline of the seed articles', () => {
  let entries: TimelineEntry[];
  beforeAll(async () => {
    const { articles } = await loadCorpus(DEFAULT_ARTICLES_DIR);
    entries = buildTimeline(articles, extractAllDates(articles).mentions);
  });

  it('makes the December 7 video call one entry citing all five articles', () => {
    const call = entries.filter((e) => e.value === '2021-12-07' && e.sources.length > 1);
    expect(call).toHaveLength(1);
    expect(call[0]!.sources.map((s) => s.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(call[0]!.title).toMatch(/Putin|Biden|presidents|meeting/);
  });

  it('is sorted and has short titles', () => {
    const values = entries.map((e) => e.value);
    expect(values).toEqual([...values].sort());
    for (const entry of entries) expect(entry.title.length).toBeLessThanOrEqual(111);
    expect(entries.find((e) => e.value === '2021-12-17')!.title).toBe(
      'Draft agreements with NATO and the United States in this area were presented on December 17',
    );
  });
});

describe('dossier dates and dossier timeline', () => {
  it('prints every mention as JSON', async () => {
    const run = await dossier(['dates', '--json', '--articles', DEFAULT_ARTICLES_DIR]);
    expect(run.code).toBe(0);
    const mentions = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(mentions[0]!)).toEqual(['text', 'value', 'end', 'granularity', 'file', 'sentence', 'start', 'stop']);
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'January 9-10', value: '2022-01-09', end: '2022-01-10' }));
  });

  it('filters the timeline by dates and words, and refuses a date it cannot read', async () => {
    const run = await dossier(['timeline', '--json', '--from', 'December 10', '--to', '2021-12', '--query', 'sanctions', '--articles', DEFAULT_ARTICLES_DIR]);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Array<{ value: string; sources: Array<{ file: string; text: string }> }>;
    expect(entries.map((e) => e.value)).toEqual(['2021-12-24']);
    expect(Object.keys(entries[0]!)).toEqual(['value', 'end', 'title', 'event', 'participants', 'attached', 'sources']);
    expect(entries[0]!.sources[0]!.file).toMatch(/^001_/);

    const text = await dossier(['timeline', '--articles', DEFAULT_ARTICLES_DIR]);
    expect(text.stdout).toMatch(/^2021-12-07 .*\n(?: +00\d_\w+\.txt: .*\n){5}/m);
    // The main story opens the timeline; the years the articles look back on close it.
    expect(text.stdout).toMatch(/^2021-12-\d\d /);
    expect(text.stdout.indexOf('2021-12-07')).toBeLessThan(text.stdout.indexOf('Background years:'));
    expect(text.stdout.slice(text.stdout.indexOf('Background years:'))).toMatch(/^2014 /m);

    const bad = await dossier(['timeline', '--from', 'someday soon', '--articles', DEFAULT_ARTICLES_DIR]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"from" date "someday soon" is not one I can read/);
  });
});
