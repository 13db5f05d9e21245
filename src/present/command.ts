import {
  ApplicationCommandOptionType,
  SlashCommandBuilder,
  type APIApplicationCommandOption,
  type ApplicationCommandOptionChoiceData,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Dossier } from '../answer/dossier.js';
import type { ArticleDesk, Upload } from '../ingest/desk.js';
import type { Reply } from './reply.js';

/** The options a member gave a command, by name: strings and integers only. */
export type OptionValues = Record<string, string | number | undefined>;

/** Anything with the discord.js builders' `toJSON()`: a slash command definition. */
export interface CommandData {
  name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * A slash command, independent of where it runs: its definition, the reply for given options (and page),
 * and autocomplete choices. Discord runs it through the interaction handler; the console runs `run`
 * with options parsed from a typed line. Neither holds search logic: `run` asks the Dossier.
 */
export interface DossierCommand {
  data: CommandData;
  /** Acknowledge first (defer) when the reply may take longer than a moment. */
  defer: boolean;
  run(dossier: Dossier, options: OptionValues, page: number): Reply;
  autocomplete?(dossier: Dossier, option: { name: string; value: string }): ApplicationCommandOptionChoiceData[];
  /**
   * For a command that changes the articles rather than asks about them: the surface checks the member may
   * manage articles, then hands over the subcommand, options and attachment. Throws IngestError for bad input.
   */
  act?(desk: ArticleDesk, request: ActRequest): Promise<Reply>;
}

export interface ActRequest {
  subcommand: string | null;
  options: OptionValues;
  /** Who asked, as recorded in the article's front matter. */
  member: string;
  attachment: Upload | null;
}

/** One option of a command: its type, what it asks for, and the limits Discord and the console enforce. */
export type OptionSpec =
  | { type: 'string'; description: string; required?: boolean; autocomplete?: boolean; maxLength?: number }
  | { type: 'integer'; description: string; required?: boolean; min?: number; max?: number };

type ValueOf<S extends OptionSpec> = S extends { type: 'integer' } ? number : string;
type RequiredNames<S extends Record<string, OptionSpec>> = { [K in keyof S]: S[K]['required'] extends true ? K : never }[keyof S];

/** The values a command's `run` receives, typed from its declared options: required ones always present. */
export type OptionsOf<S extends Record<string, OptionSpec>> = { [K in RequiredNames<S>]: ValueOf<S[K]> } & {
  [K in Exclude<keyof S, RequiredNames<S>>]?: ValueOf<S[K]>;
};

export interface CommandSpec<S extends Record<string, OptionSpec>> {
  name: string;
  description: string;
  options: S;
  defer: boolean;
  run(dossier: Dossier, options: OptionsOf<S>, page: number): Reply;
  autocomplete?(dossier: Dossier, option: { name: keyof S & string; value: string }): ApplicationCommandOptionChoiceData[];
}

/**
 * A command from one declaration: the slash command Discord registers is built from `options`, and `run`
 * sees those same options typed. Both ways in check values against that declaration before `run`: Discord
 * enforces types, limits and required options, and `parseCommandLine` does the same for typed lines.
 */
export function defineCommand<const S extends Record<string, OptionSpec>>(spec: CommandSpec<S>): DossierCommand {
  const data = new SlashCommandBuilder().setName(spec.name).setDescription(spec.description);
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.type === 'string') {
      data.addStringOption((o) => {
        o.setName(name).setDescription(option.description).setRequired(option.required ?? false);
        if (option.autocomplete) o.setAutocomplete(true);
        if (option.maxLength !== undefined) o.setMaxLength(option.maxLength);
        return o;
      });
    } else {
      data.addIntegerOption((o) => {
        o.setName(name).setDescription(option.description).setRequired(option.required ?? false);
        if (option.min !== undefined) o.setMinValue(option.min);
        if (option.max !== undefined) o.setMaxValue(option.max);
        return o;
      });
    }
  }
  const { autocomplete } = spec;
  return {
    data,
    defer: spec.defer,
    run: (dossier, options, page) => spec.run(dossier, options as OptionsOf<S>, page),
    ...(autocomplete ? { autocomplete: (dossier, option) => autocomplete(dossier, option as { name: keyof S & string; value: string }) } : {}),
  };
}

/** The options a command declares, from its definition. */
export function declaredOptions(command: DossierCommand): APIApplicationCommandOption[] {
  return command.data.toJSON().options ?? [];
}

/** `/search query:"sanctions" limit:5`: a command and its options as one line, readable and parseable. */
export function formatCommandLine(name: string, options: OptionValues): string {
  const parts = Object.entries(options)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}:${typeof value === 'number' ? value : JSON.stringify(value)}`);
  return [`/${name}`, ...parts].join(' ');
}

/** Thrown when a typed command line cannot be read: the message says what is wrong. */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

/**
 * Read `/name key:value key:"quoted value"` back. Words without a key fill the first text option, so
 * `/ask when did they talk` works as typed. Values are checked against the declared option types.
 */
export function parseCommandLine(line: string, commands: readonly DossierCommand[]): { command: DossierCommand; options: OptionValues } {
  const match = /^\/([\w-]+)\s*(.*)$/s.exec(line.trim());
  if (!match) throw new CommandLineError('A command starts with "/", for example /ask question:"When did they talk?"');
  const command = commands.find((c) => c.data.name === match[1]!.toLowerCase());
  if (!command) throw new CommandLineError(`There is no /${match[1]} command. Type /help for the list.`);
  const declared = declaredOptions(command);
  const options: OptionValues = {};
  const loose: string[] = [];
  const pattern = /([\w-]+):("(?:[^"\\]|\\.)*"|\S+)|("(?:[^"\\]|\\.)*"|\S+)/gy;
  const rest = match[2]!;
  for (let i = 0; i < rest.length; ) {
    if (/\s/.test(rest[i]!)) {
      i++;
      continue;
    }
    pattern.lastIndex = i;
    const token = pattern.exec(rest)!;
    i = pattern.lastIndex;
    const key = token[1];
    const option = key ? declared.find((o) => o.name === key.toLowerCase()) : undefined;
    if (key && option) options[option.name] = readValue(option, unquote(token[2]!));
    else loose.push(unquote(token[0]));
  }
  if (loose.length > 0) {
    const free = declared.find((o) => o.type === ApplicationCommandOptionType.String && options[o.name] === undefined);
    if (!free) throw new CommandLineError(`/${command.data.name} does not take "${loose.join(' ')}". Type /help.`);
    options[free.name] = loose.join(' ');
  }
  for (const option of declared) {
    if (option.required && options[option.name] === undefined) {
      throw new CommandLineError(`/${command.data.name} needs ${option.name}: ${option.description}`);
    }
  }
  return { command, options };
}

function readValue(option: APIApplicationCommandOption, value: string): string | number {
  if (option.type !== ApplicationCommandOptionType.Integer) return value;
  const n = Number(value);
  const min = 'min_value' in option ? option.min_value : undefined;
  const max = 'max_value' in option ? option.max_value : undefined;
  if (!Number.isInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
    throw new CommandLineError(`${option.name} must be a whole number${min !== undefined && max !== undefined ? ` from ${min} to ${max}` : ''}.`);
  }
  return n;
}

function unquote(value: string): string {
  if (!/^".*"$/s.test(value)) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}
