import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `dossier ARGS` in-process with captured output, an optional stdin and a clean environment. */
export async function dossier(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  const stdin: Readable & { isTTY?: boolean } = Readable.from(options.stdin === undefined ? [] : [options.stdin]);
  if (options.tty) stdin.isTTY = true;
  const code = await runCli(args, { stdout, stderr, stdin, env: { CACHE_DIR: '', ...options.env } });
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}
