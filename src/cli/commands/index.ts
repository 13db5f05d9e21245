import type { CliCommand } from '../command.js';
import { articlesCommand } from './articles.js';

/** Every `dossier` command, in the order `dossier help` lists them. */
export const COMMANDS: CliCommand[] = [articlesCommand];
