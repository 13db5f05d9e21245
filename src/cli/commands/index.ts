import type { CliCommand } from '../command.js';
import { articlesCommand } from './articles.js';
import { askCommand } from './ask.js';
import { consoleCommand } from './console.js';
import { datesCommand, timelineCommand } from './dates.js';
import { quotesCommand, speakersCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { startCommand } from './start.js';
import { summaryCommand } from './summary.js';

/** Every `dossier` command, in the order `dossier help` lists them. */
export const COMMANDS: CliCommand[] = [
  askCommand,
  searchCommand,
  quotesCommand,
  speakersCommand,
  datesCommand,
  timelineCommand,
  summaryCommand,
  articlesCommand,
  consoleCommand,
  startCommand,
];
