/** Every failure is one clear line: a closed pipe, Discord out of reach, a token of the wrong shape, a start prompt. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployCommands } from '../src/bot/deploy.js';
import { checkToken, startBot, StartError, unreachable } from '../src/bot/run.js';
import { DEFAULT_ARTICLES_DIR, PROJECT_ROOT, readSettings } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { COMMANDS } from '../commands/index.js';
import { Dossier } from '../src/answer/dossier.js';
import { dossier } from './helpers/cli.js';

const WELL_FORMED = `${'M'.repeat(24)}.Gh3kLm.${'x'.repeat(38)}`;
/** Nothing listens on port 1: every connection is refused at once. */
const REFUSING = { DISCORD_TOKEN: WELL_FORMED, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:1', CACHE_DIR: '' };

describe('Discord out of reach', () => {
  it('start says in one line that Discord cannot be reached and what to check', async () => {
    const knowledge = await Dossier.open({ articlesDir: DEFAULT_ARTICLES_DIR, cacheDir: null });
    const attempt = startBot(readSettings(REFUSING), createLogger('silent'), knowledge);
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/^Discord cannot be reached \(ECONNREFUSED\): check .*network.*DNS.*DISCORD_API_URL \(http:\/\/127\.0\.0\.1:1\)\.$/);
  });

  it('deploying the commands says the same', async () => {
    await expect(deployCommands(readSettings(REFUSING), COMMANDS)).rejects.toThrow(/^Discord cannot be reached \(ECONNREFUSED\)/);
  });

  it('finds the network failure however deeply it is wrapped, and nothing else', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), { code: 'ENOTFOUND' });
    const wrapped = new TypeError('fetch failed', { cause: new AggregateError([dns]) });
    expect(unreachable(wrapped, { discordApiUrl: null })?.message).toMatch(/^Discord cannot be reached \(ENOTFOUND\): .* discord\.com\.$/);
    expect(unreachable(Object.assign(new Error('aborted'), { name: 'AbortError' }), { discordApiUrl: null })?.message).toMatch(/\(timed out\)/);
    expect(unreachable(new Error('Missing Access'), { discordApiUrl: null })).toBeNull();
  });
});

describe('a token of the wrong shape', () => {
  it('is told what a real token looks like', () => {
    expect(() => checkToken('abc.def.ghi')).toThrow(/about 70 characters, three parts of letters, digits, "-" and "_" joined by dots/);
    expect(checkToken(WELL_FORMED)).toBe(WELL_FORMED);
  });
});

describe('a closed output pipe', () => {
  it('ends the command quietly: no stack, no EPIPE', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./src/cli/main.ts').then((cli) => cli.main(['quotes']))"], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, CACHE_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe as `head -1` does.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('the start prompt without a token', () => {
  it('asks again on an answer that is neither yes nor no, and says why it stops on no', async () => {
    const run = await dossier(['start'], { tty: true, stdin: 'maybe\nn\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Please answer y or n:');
    expect(run.stdout).toContain('Not starting.');
  });

  it('ends with the start-up error, in one line, when the console cannot open', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dossier-empty-'));
    const run = await dossier(['start', '--articles', empty], { tty: true, stdin: 'y\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Error: The articles folder .* is empty/);
  });
});

describe('command line consistency', () => {
  it('prints its version', async () => {
    const run = await dossier(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^dossier \d+\.\d+\.\d+\n$/);
  });

  it('takes the options of every command before the command too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-one-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'ferry.txt'), 'Ferry budget passes\n\nThe harbour council approved the ferry budget on Tuesday.\n');
    const before = await dossier(['--articles', dir, 'articles']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('1 article in');
    // One sentence, one word count: no "1 sentences".
    expect(before.stdout).toMatch(/· 1 sentence$/m);
    const json = await dossier(['--json', `--articles=${dir}`, 'articles']);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
  });

  it('calls an over-long search a search, not a question', async () => {
    const run = await dossier(['search', 'harbour '.repeat(80)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^That search is \d+ characters long/);
  });

  it('shows what it waits for when ask reads questions at a terminal', async () => {
    const run = await dossier(['ask'], { tty: true, stdin: '' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Type a question and press Enter/);
  });
});
