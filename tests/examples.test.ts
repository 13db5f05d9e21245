import { describe, expect, it } from 'vitest';
import { help } from '../commands/help.js';
import { Dossier } from '../src/answer/dossier.js';
import { buildArticle } from '../src/corpus/article.js';
import { buildKnowledge } from '../src/index/build.js';

const article = (id: string, text: string) => buildArticle({ id, file: `${id}.txt`, text });

async function dossierOf(...texts: string[]): Promise<Dossier> {
  const articles = texts.map((text, i) => article(`a${i}`, text));
  return new Dossier(await buildKnowledge({ dir: '', articles, warnings: [], hash: '' }));
}

describe('examples from the loaded articles', () => {
  it('names the speaker quoted most and a topic of the titles, in /help', async () => {
    const dossier = await dossierOf(
      'Harbour strike ends after talks\n\n“We got what we asked for,” said union leader Maria Santos on Monday. “The docks open tomorrow,” Santos added.',
      'Harbour fees rise again\n\nThe port authority raised its fees. “Costs went up,” said spokesman Tom Reed.',
    );
    expect(dossier.examples()).toEqual({ speaker: 'Santos', topic: 'harbour' });
    const lines = help.run(dossier, {}, 0).lines.join('\n');
    expect(lines).toContain('What did Santos say about harbour?');
    expect(lines).toContain('speaker:Santos');
  });

  it('stays neutral when nobody is quoted', async () => {
    const dossier = await dossierOf('Rain closes mountain roads\n\nHeavy rain closed the mountain roads for two days.');
    expect(dossier.examples().speaker).toBeNull();
    expect(help.run(dossier, {}, 0).lines[0]).toContain('What happened about');
  });
});

describe('examples after the articles change', () => {
  it('follow an article added while running', async () => {
    const dossier = await dossierOf('Rain closes mountain roads\n\nHeavy rain closed the mountain roads for two days.');
    expect(dossier.examples().speaker).toBeNull();
    dossier.putArticle(article('strike', 'Harbour strike ends\n\n“We got what we asked for,” said union leader Maria Santos on Monday.'));
    expect(dossier.examples().speaker).toMatch(/Santos$/);
  });
});
