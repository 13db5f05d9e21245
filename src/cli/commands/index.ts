import type { CliCommand } from '../command.js';
import { articlesCommand } from './articles.js';
import { searchCommand } from './search.js';

/** Every `dossier` command, in the order `dossier help` lists them. */
export const COMMANDS: CliCommand[] = [articlesCommand, searchCommand];
