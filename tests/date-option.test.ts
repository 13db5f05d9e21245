import { describe, expect, it } from 'vitest';
import { readDateOption } from '../src/answer/date-option.js';

const REFERENCE = '2023-06-15';
const read = (text: string) => readDateOption(text, REFERENCE);

describe('a date typed into an option', () => {
  it('is read at the precision written, with or without a comma, day first or month first', () => {
    expect(read('March 4, 2019')).toEqual({ value: '2019-03-04', end: null, granularity: 'day' });
    expect(read('4 March 2019')).toEqual({ value: '2019-03-04', end: null, granularity: 'day' });
    expect(read('Mar 2019')).toEqual({ value: '2019-03', end: null, granularity: 'month' });
    expect(read('2019-03')).toEqual({ value: '2019-03', end: null, granularity: 'month' });
    expect(read('2019-3-4')).toEqual({ value: '2019-03-04', end: null, granularity: 'day' });
    expect(read('2019')).toEqual({ value: '2019', end: null, granularity: 'year' });
    expect(read(' on March 4 ')).toEqual({ value: '2023-03-04', end: null, granularity: 'day' });
  });

  it('reads "last week" as the whole week before the reference', () => {
    expect(read('last week')).toEqual({ value: '2023-06-05', end: '2023-06-11', granularity: 'week' });
  });

  it('refuses what is not a date in the calendar, or only partly a date, with one line', () => {
    expect(read('2019-02-29')).toEqual({ error: '"2019-02-29" is not a date in the calendar' });
    expect(read('2020-02-29')).toMatchObject({ value: '2020-02-29' });
    expect(read('2019-13')).toHaveProperty('error');
    expect(read('30 February 2019')).toEqual({ error: '"30 February 2019" is not one I can read' });
    expect(read('soonish')).toEqual({ error: '"soonish" is not one I can read' });
    expect(read('March 4 or April 5')).toHaveProperty('error');
  });
});

describe('timeline --from/--to on the command line', () => {
  it('keeps only the events from the day written, not from the start of its year', async () => {
    const { dossier } = await import('./helpers/cli.js');
    const all = JSON.parse((await dossier(['timeline', '--json'])).stdout) as { value: string }[];
    const fromDay = JSON.parse((await dossier(['timeline', '--from', 'December 8, 2021', '--json'])).stdout) as { value: string; end: string | null }[];
    expect(fromDay.length).toBeGreaterThan(0);
    expect(fromDay.length).toBeLessThan(all.length);
    for (const entry of fromDay) expect((entry.end ?? entry.value) >= '2021-12-08').toBe(true);
  });

  it('says in one line when a date cannot be read', async () => {
    const { dossier } = await import('./helpers/cli.js');
    const run = await dossier(['timeline', '--to', 'the day after never']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^The "to" date "the day after never" is not one I can read: try /)]);
  });
});
