import type { ParseArgsConfig } from 'node:util';
import type { Dossier } from '../answer/dossier.js';
import type { Settings } from '../config.js';
import type { Corpus } from '../corpus/types.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** What a command may use: settings, output channels, and the corpus loaded once on first use. */
export interface CliContext {
  settings: Settings;
  json: boolean;
  /** A line of human-readable output (stdout). */
  out(line?: string): void;
  /** The one JSON document of a `--json` run (stdout). */
  emit(value: unknown): void;
  /** Warnings and progress: always stderr, so stdout stays clean for `--json`. */
  warn(line: string): void;
  corpus(): Promise<Corpus>;
  /** The answer layer, from the snapshot when it fits, built otherwise; opened once on first use. */
  dossier(): Promise<Dossier>;
  /** Standard input, for commands that read one item per line. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Standard output as a stream, for interactive commands (the console). */
  stdout: NodeJS.WritableStream;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis, e.g. `dossier quotes [--speaker NAME] [--json]`. */
  usage: string;
  /** Options beyond the global ones (--json, --articles, --help). */
  options?: OptionSpec;
  /** How many positional arguments it takes. */
  positionals?: { min: number; max: number };
  /** Extra lines for `dossier help NAME`. */
  details?: string[];
  run(ctx: CliContext, args: ParsedArgs): Promise<number | void>;
}

/** A user error in a command's arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
