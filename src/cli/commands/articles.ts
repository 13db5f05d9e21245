import type { CliCommand } from '../command.js';

export const articlesCommand: CliCommand = {
  name: 'articles',
  summary: 'List the loaded articles with their title, outlet and date',
  usage: 'dossier articles [--json]',
  async run(ctx) {
    const corpus = await ctx.corpus();
    const rows = corpus.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      source: a.source,
      published: a.published,
      paragraphs: a.paragraphs.length,
      sentences: a.sentences.length,
      words: a.words,
    }));
    if (ctx.json) return ctx.emit(rows);
    ctx.out(`${rows.length} article${rows.length === 1 ? '' : 's'} in ${corpus.dir}`);
    for (const row of rows) {
      ctx.out('');
      ctx.out(`${row.id}  ${row.title}`);
      const facts = [row.source ?? 'outlet not named', row.published ?? 'no dateline', `${row.words} word${row.words === 1 ? '' : 's'}`, `${row.sentences} sentence${row.sentences === 1 ? '' : 's'}`];
      ctx.out(`    ${facts.join(' · ')}`);
    }
  },
};
