import { parseArgs } from 'node:util';
import { loadEnvFile, readSettings, SettingsError, type Settings } from '../config.js';
import type { Dossier } from '../answer/dossier.js';
import { QuestionError } from '../answer/types.js';
import { CorpusError, loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { UsageError, type CliCommand, type CliContext, type OptionSpec } from './command.js';
import { COMMANDS } from './commands/index.js';

const GLOBAL_OPTIONS: OptionSpec = {
  json: { type: 'boolean' },
  articles: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Run `dossier ARGS`; resolves to the exit code. Never calls process.exit, so tests can drive it. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const write = (stream: NodeJS.WritableStream) => (line = '') => void stream.write(`${line}\n`);
  const out = write(io.stdout);
  const err = write(io.stderr);

  if (argv[0] === '--version') {
    out(`dossier ${await version()}`);
    return 0;
  }
  const [name, ...rest] = commandFirst(argv);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? COMMANDS.find((c) => c.name === topic) : undefined;
    if (topic && !command) {
      err(`Unknown command "${topic}".`);
      err(overview());
      return 2;
    }
    out(command ? commandHelp(command) : overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err(`Unknown command "${name}".`);
    err(overview());
    return 2;
  }

  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    }));
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (positionals.length < min) throw new UsageError(`"${command.name}" needs ${min === 1 ? 'an argument' : `${min} arguments`}.`);
    if (positionals.length > max) {
      throw new UsageError(`Unexpected argument "${positionals[max]}"${max === 0 ? '' : ' (put a phrase in quotes)'}.`);
    }
  } catch (error) {
    err(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')}`);
    err(`Usage: ${command.usage}`);
    return 2;
  }
  if (values.help) {
    out(commandHelp(command));
    return 0;
  }

  let settings: Settings;
  try {
    settings = readSettings(io.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      err(`Setting error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (typeof values.articles === 'string') settings = { ...settings, articlesDir: values.articles };

  let corpus: Promise<Corpus> | undefined;
  let dossier: Promise<Dossier> | undefined;
  const json = values.json === true;
  let emitted = false;
  const ctx: CliContext = {
    settings,
    json,
    out: (line) => {
      if (!json) out(line);
    },
    emit: (value) => {
      if (emitted) throw new Error('A --json run prints exactly one JSON document.');
      emitted = true;
      out(JSON.stringify(value, null, 2));
    },
    warn: (line) => err(line),
    corpus: () =>
      (corpus ??= loadCorpus(settings.articlesDir, {
        maxBytes: settings.maxArticleBytes,
        onWarning: (line) => err(`warning: ${line}`),
      })),
    // Imported on first use: commands that only list files start without loading the answer layer.
    dossier: () =>
      (dossier ??= import('../answer/dossier.js').then(({ Dossier }) =>
        Dossier.fromSettings(settings, { onWarning: (line) => err(`warning: ${line}`) }),
      )),
    stdin: io.stdin,
    stdout: io.stdout,
  };

  try {
    const code = await command.run(ctx, { values, positionals });
    return code ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      err(`Usage: ${command.usage}`);
      return 2;
    }
    if (error instanceof QuestionError) {
      err(error.message);
      return 2;
    }
    if (error instanceof CorpusError || error instanceof SettingsError) {
      err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/**
 * The arguments with the command name first: options for every command may also come before it
 * ("dossier --articles DIR articles"); they are moved after it, where they are parsed.
 */
function commandFirst(argv: string[]): string[] {
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--json' || arg.startsWith('--articles=')) i += 1;
    else if (arg === '--articles') i += 2;
    else break;
  }
  return i >= argv.length ? argv : [argv[i]!, ...argv.slice(0, i), ...argv.slice(i + 1)];
}

/** The version in package.json. */
async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const { PROJECT_ROOT } = await import('../config.js');
  return (JSON.parse(await readFile(`${PROJECT_ROOT}/package.json`, 'utf8')) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Dossier answers questions about a folder of news articles.',
    '',
    'Usage: dossier <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --json            print one JSON document on stdout (warnings go to stderr)',
    '  --articles DIR    read articles from DIR (default: ARTICLES_DIR, then data/articles)',
    '  -h, --help        show help for the command',
    '',
    'dossier --version prints the version.',
    '',
    'Run "dossier help <command>" for one command.',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [`${command.summary}.`, '', `Usage: ${command.usage}`, ...(command.details ? ['', ...command.details] : [])].join('\n');
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** The `dossier` executable: .env read, exit code set, unexpected errors reported in one line. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`dossier quotes | head -1`) closes the pipe: the output is no longer
  // wanted, so end quietly instead of dying on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  loadEnvFile();
  try {
    process.exitCode = await runCli(argv);
  } catch (error) {
    process.stderr.write(`dossier: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
