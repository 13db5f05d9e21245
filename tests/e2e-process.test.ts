/**
 * `dossier start` (what npm start runs) as a separate process against the fake Discord: it logs in,
 * answers, and on SIGTERM or SIGINT logs out and exits 0; a rejected token is one line and exit 1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { FakeDiscord } from './helpers/fake-discord.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});

afterAll(async () => {
  await fake?.close();
});

/**
 * The CLI's entry run from source, with only the settings given (no .env, no inherited Discord settings).
 * It loads the run's shared snapshot of the default articles rather than building its own.
 */
function dossierStart(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./src/cli/main.ts').then((cli) => cli.main(['start']))"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, CACHE_DIR: inject('snapshotDir'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe('dossier start as a process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('logs in, answers, and on %s logs out and exits 0', async (signal) => {
    const identified = fake.identifies.length;
    const { child, output } = dossierStart({ DISCORD_TOKEN: fake.botToken, DISCORD_API_URL: fake.apiUrl });
    await fake.waitUntil(() => (fake.identifies.length > identified && fake.connections > 0 ? true : undefined), 20_000, output);
    await fake.waitUntil(() => (output().includes('connected to Discord') ? true : undefined), 10_000, output);
    const interaction = fake.interaction({ type: 'command', name: 'articles' });
    expect((await interaction.waitForResponse(5000)).type).toBe(4);

    child.kill(signal);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output()).toContain('shutting down');
    await fake.waitUntil(() => (fake.connections === 0 ? true : undefined), 5000, () => 'gateway closed');
  });

  it('a rejected token: one line saying what to do, exit 1', async () => {
    const { child, output } = dossierStart({ DISCORD_TOKEN: `${fake.botToken}x`, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(output().trim().split('\n')).toEqual([expect.stringMatching(/^Discord rejected DISCORD_TOKEN \(invalid token\)\. Reset it/)]);
  });
});

/** util-linux `script` gives a child a real terminal, which the offline console's prompt needs. */
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe('dossier start without a token, in a real terminal', () => {
  it.skipIf(!hasScript)('takes the offline console, says why it cannot start, and exits instead of waiting at the prompt', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dossier-empty-'));
    const entry = `${process.execPath} --import tsx -e 'import("./src/cli/main.ts").then((cli) => cli.main(["start"]))'`;
    const child = spawn('script', ['-qec', entry, '/dev/null'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, ARTICLES_DIR: empty, CACHE_DIR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Stdin stays open, as a terminal's does: only the program itself can end the run.
    child.stdin!.write('y\n');
    const exited = once(child, 'exit') as Promise<[number | null]>;
    const late = setTimeout(() => child.kill('SIGKILL'), 25_000);
    const [code] = await exited.finally(() => clearTimeout(late));
    child.stdin!.end();
    expect(output).toContain('Try Dossier offline in the console instead?');
    expect(output).toMatch(/The articles folder .* is empty/);
    expect(code).toBe(1);
  }, 30_000);
});
