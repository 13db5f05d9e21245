import { createInterface } from 'node:readline';
import type { Answer } from '../../answer/types.js';
import { QuestionError } from '../../answer/types.js';
import type { CliCommand } from '../command.js';
import { renderAnswer } from '../../present/text.js';

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Answer a question from the articles, with citations',
  usage: 'dossier ask "<question>" [--json]   (no question: one per line from stdin)',
  positionals: { min: 0, max: 1 },
  details: [
    'Examples: dossier ask "When did the talks take place?"',
    '          dossier ask "Who said \'we will not back down\'?" --json',
    'With no question, reads one question per line from stdin; with --json prints an array of answers in order.',
  ],
  async run(ctx, { positionals }) {
    const dossier = await ctx.dossier();
    if (positionals.length === 1) {
      const answer = dossier.ask(positionals[0]!);
      if (ctx.json) return ctx.emit(answer);
      ctx.out(renderAnswer(answer));
      return;
    }
    // At a terminal nothing would show that the command waits for typed questions.
    if (ctx.stdin.isTTY) ctx.warn('Type a question and press Enter; Ctrl+D (Ctrl+Z, Enter on Windows) ends.');
    const answers: (Answer | { question: string; error: string })[] = [];
    const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let result: Answer | { question: string; error: string };
      try {
        result = dossier.ask(line);
      } catch (error) {
        if (!(error instanceof QuestionError)) throw error;
        result = { question: line, error: error.message };
      }
      answers.push(result);
      if (!ctx.json) {
        ctx.out(`Q: ${line}`);
        ctx.out('error' in result ? `  ${result.error}` : renderAnswer(result));
        ctx.out('');
      }
    }
    if (ctx.json) ctx.emit(answers);
  },
};
