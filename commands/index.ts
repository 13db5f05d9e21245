import type { DossierCommand } from '../src/present/command.js';
import { article } from './article.js';
import { articles } from './articles.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';
import { when } from './when.js';

/** Every slash command, in the order /help and the deploy script list them. */
export const COMMANDS: DossierCommand[] = [ask, search, quote, when, timeline, summary, articles, article, help];
