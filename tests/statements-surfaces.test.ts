import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote as quoteCommand } from '../commands/quote.js';
import { Dossier } from '../src/answer/dossier.js';
import type { Quote } from '../src/extract/types.js';
import { dossier as runDossier } from './helpers/cli.js';

/** Two articles of a made-up harbour dispute: each side quoted and reported without quotation marks. */
const ARTICLES = {
  'harbour-dredging.txt': [
    'Harbour dredging delayed again',
    '',
    '“The dredging will start in March,” Marta Ilves, the harbour commissioner, said on Friday.',
    '',
    'Ilves said that the dredging contract would be signed before winter and that the channel would stay open.',
    '',
    'Jonas Aru, who leads the pilots’ union, warned that ships would wait at anchor for days once the dredging starts.',
  ].join('\n'),
  'harbour-union.txt': [
    'Pilots threaten strike over dredging',
    '',
    'The pilots’ union leader Jonas Aru told reporters the dredging plan ignored the safety of the crews.',
    '',
    'Aru insisted that the union had never been shown the dredging plans.',
  ].join('\n'),
};

let dir: string;
let dossier: Dossier;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-statements-'));
  for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, file), text);
  dossier = await Dossier.open({ articlesDir: dir, cacheDir: null });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reported speech on every surface', () => {
  it('answers "what did X say" with quotations first, then statements marked as paraphrase', () => {
    const answer = dossier.ask('What did Marta Ilves say about the dredging?');
    expect(answer.kind).toBe('what-said');
    const lines = answer.text.split('\n');
    expect(lines[0]).toMatch(/^“The dredging will start in March”/);
    expect(lines.slice(1).some((l) => /contract would be signed before winter.*\(paraphrase\)/.test(l))).toBe(true);
    expect(answer.citations.length).toBe(lines.length);
  });

  it('lists a speaker known only from reported speech in /quote, marked as paraphrase', async () => {
    const reply = await quoteCommand.run(dossier, { speaker: 'Aru' }, 0);
    expect(reply.answer).toMatch(/^Jonas Aru/);
    expect(reply.lines.length).toBeGreaterThanOrEqual(3);
    expect(reply.lines.every((l) => l.endsWith('(paraphrase)'))).toBe(true);
    expect(reply.lines.join('\n')).toContain('the union had never been shown the dredging plans');
  });

  it('puts /quote statements after the quotations of the same speaker', async () => {
    const reply = await quoteCommand.run(dossier, { speaker: 'Ilves' }, 0);
    expect(reply.lines[0]).toMatch(/^1\. “The dredging will start in March”$/);
    expect(reply.lines.slice(1).every((l) => l.endsWith('(paraphrase)'))).toBe(true);
  });

  it('lists statements with --kind statement and everything with --kind all', async () => {
    const env = { ARTICLES_DIR: dir };
    const statements = JSON.parse((await runDossier(['quotes', '--kind', 'statement', '--json'], { env })).stdout) as Quote[];
    expect(statements.length).toBeGreaterThanOrEqual(4);
    expect(statements.every((q) => q.kind === 'statement' && q.cue !== null)).toBe(true);
    const all = JSON.parse((await runDossier(['quotes', '--kind', 'all', '--json'], { env })).stdout) as Quote[];
    expect(new Set(all.map((q) => q.kind))).toEqual(new Set(['quote', 'statement']));
    const text = await runDossier(['quotes', '--kind', 'statement', '--speaker', 'aru'], { env });
    expect(text.stdout).toContain('(paraphrase)');
    expect(text.stdout).toContain('Jonas Aru');
  });

  it('groups a summary by speaker through their statements', () => {
    const result = dossier.summary({ about: 'dredging plans', bySpeaker: true, sentences: 2 });
    const speakers = result?.groups?.map((g) => g.speaker) ?? [];
    expect(speakers).toContain('Jonas Aru');
    expect(speakers).toContain('Marta Ilves');
  });
});
