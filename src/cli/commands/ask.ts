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
    'Examples: dossier ask "When did the two leaders talk?"',
    '          dossier ask "Who said \'the bridge will stand\'?" --json',
    'With no question, reads one question per line from stdin; with --json prints an array of answers in order.',
    'A stdin line that starts with "+" follows up the question before it: "+ when was that?", "+ and what did she say?".',
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
    let previous: string | null = null;
    for await (const raw of lines) {
      if (raw.trim() === '') continue;
      const followsUp = /^\s*\+/.test(raw);
      const line = followsUp ? raw.replace(/^\s*\+\s*/, '') : raw;
      let result: Answer | { question: string; error: string };
      try {
        result = dossier.ask(line, followsUp ? previous : null);
        previous = result.question;
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
