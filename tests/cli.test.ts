import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier } from './helpers/cli.js';

describe('dossier command line', () => {
  it('lists the articles in human form', async () => {
    const run = await dossier(['articles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 articles in /);
    expect(run.stdout).toContain('US and Russia to proceed talking on Ukraine conflict, Kremlin says');
    expect(run.stdout).toContain('2021-12-08T12:39');
  });

  it('prints exactly one JSON document with --json, and nothing else on stdout', async () => {
    const run = await dossier(['articles', '--json']);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'file', 'title', 'source', 'published', 'paragraphs', 'sentences', 'words']);
    expect(rows.map((r) => r.source)).toEqual(['RIA Novosti', 'TASS', 'ForumDaily', null, 'The Page']);
  });

  it('reads another folder with --articles and sends warnings to stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
    await writeFile(join(dir, 'one.txt'), 'Bridge reopens\n\nThe old bridge reopened to traffic on Monday after repairs.');
    await writeFile(join(dir, 'zero.txt'), '');
    const run = await dossier(['articles', '--json', '--articles', dir]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ id: 'one', title: 'Bridge reopens' }]);
    expect(run.stderr).toBe('warning: zero.txt: skipped: empty file\n');
  });

  it('takes ARTICLES_DIR from the environment and fails clearly when the folder is missing', async () => {
    const run = await dossier(['articles'], { env: { ARTICLES_DIR: '/nonexistent/articles' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Error: The articles folder \/nonexistent\/articles does not exist/);
    expect(run.stdout).toBe('');
  });

  it('answers an unknown command or option with usage and a non-zero exit', async () => {
    const unknown = await dossier(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(unknown.stderr).toContain('Usage: dossier <command>');
    const option = await dossier(['articles', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
    expect(option.stderr).toContain('Usage: dossier articles');
  });

  it('names a bad setting', async () => {
    const run = await dossier(['articles'], { env: { COOLDOWN_SECONDS: 'soon' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('COOLDOWN_SECONDS must be a whole number');
  });

  it('start without a token: one line saying what to do and a non-zero exit when nobody can answer', async () => {
    const run = await dossier(['start']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^DISCORD_TOKEN is not set: copy \.env\.example to \.env/)]);
  });

  it('start without a token in a terminal offers the offline console, which answers like the bot', async () => {
    const declined = await dossier(['start'], { tty: true, stdin: 'n\n' });
    expect(declined.code).toBe(1);
    expect(declined.stdout).toContain('Try Dossier offline in the console instead?');

    const run = await dossier(['start'], {
      tty: true,
      stdin: 'y\n/search query:sanctions limit:2\nWhen did Biden and Putin talk?\n/nope\n/search sanctions limit:12\nnext\nexit\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Page 1 of 3');
    expect(run.stdout).toContain('Page 2 of 3');
    expect(run.stdout).toContain('Dossier console: 5 articles loaded.');
    expect(run.stdout).toContain('Search: sanctions');
    expect(run.stdout).toContain('7 December 2021');
    expect(run.stdout).toContain('There is no /nope command');
  });

  it('ask: one answer with citations, or one per stdin line as a JSON array in the same order', async () => {
    const one = await dossier(['ask', 'When did Biden and Putin talk?', '--json']);
    const answer = JSON.parse(one.stdout) as { answer: string; kind: string; citations: { file: string; start: number; end: number }[] };
    expect(answer).toMatchObject({ answer: '7 December 2021, 10:07–12:08 ET', kind: 'when' });
    expect(answer.citations).toHaveLength(5);

    const batch = await dossier(['ask', '--json'], { stdin: 'When did Biden and Putin talk?\n\nWho won the world cup?\n?!\n' });
    const answers = JSON.parse(batch.stdout) as { question: string; answer?: string | null; error?: string }[];
    expect(answers.map((a) => a.question)).toEqual(['When did Biden and Putin talk?', 'Who won the world cup?', '?!']);
    expect(answers[0]!.answer).toBe('7 December 2021, 10:07–12:08 ET');
    expect(answers[1]!.answer).toBeNull();
    expect(answers[2]!.error).toMatch(/no words/);

    // A line starting with "+" follows up the one before: "they" is taken from it, and the type is reported.
    const followUp = await dossier(['ask', '--json'], { stdin: 'When did Biden and Putin talk?\n+ how long did they talk?\n' });
    const [, second] = JSON.parse(followUp.stdout) as { question: string; answer: string | null; type: string }[];
    expect(second!.question).toMatch(/^how long did .*Putin.* talk\?$/);
    expect(second!.type).toBe('duration');

    const human = await dossier(['ask', 'Who is Jake Sullivan?']);
    expect(human.stdout).toMatch(/^Answer: Jake Sullivan/);
    expect(human.stdout).toMatch(/\[1\] .*\(00\d_\w+\.txt:\d+-\d+\)/);
  });

  it('search: the best sentences with their article, typos forgiven, and a checked limit', async () => {
    const run = await dossier(['search', 'pipline', '--limit', '2', '--json']);
    const hits = JSON.parse(run.stdout) as { text: string; file: string }[];
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => /pipeline/.test(h.text))).toBe(true);
    const bad = await dossier(['search', 'sanctions', '--limit', '500']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number from 1 to 25');
  });

  it('shows help for the program and for one command', async () => {
    const all = await dossier(['--help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('articles');
    const one = await dossier(['help', 'articles']);
    expect(one.stdout).toContain('Usage: dossier articles');
  });
});
