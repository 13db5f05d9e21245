import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../src/config.js';
import { buildArticle } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Article, Corpus } from '../src/corpus/types.js';
import { summarizeTopic, UNATTRIBUTED, type TopicCandidate } from '../src/answer/topic-summary.js';
import { isSummarySentence, oneLine, summarizeArticle } from '../src/extract/summaries/summarize.js';
import { SearchIndex } from '../src/index/search-index.js';
import type { Quote, SummarySentence } from '../src/extract/types.js';
import { dossier } from './helpers/cli.js';

const article = (file: string, text: string) => buildArticle({ id: file.replace(/\.\w+$/, ''), file, text });

/** A topic's candidate sentences as the product finds them: through the search index. */
function matchSentences(articles: Article[], query: string, limit: number): TopicCandidate[] {
  const index = SearchIndex.build({ dir: '', articles, warnings: [], hash: '' });
  return index.searchSentences(query, { limit }).map((hit) => ({ article: hit.article, sentence: hit.sentence, score: hit.score }));
}

const PORT_A = `Storm closes Valmora port for a week

The port of Valmora will stay closed for at least seven days after Tuesday's storm damaged two cranes and the main breakwater, the harbour authority said on Wednesday.

"The harbour authority deeply regrets the disruption and will reopen the container terminal as soon as engineers certify the breakwater as safe," the authority said in a statement.

The dockworkers' union said its members would not return until the cranes had been inspected by an independent engineer.

Damage at the quay

Shipping companies diverted at least forty vessels to the neighbouring port of Castel, where queues of lorries stretched for several kilometres along the coastal road on Wednesday night. Photo: cranes lying on the quay after the storm, as the harbour authority published it.

Context.

Why did the breakwater fail? Engineers said the storm surge was the highest recorded since 1962, when the breakwater was built.

We will rebuild the breakwater stronger than before and we will do it this year

Ana SoleraMayor of Valmora

Fishermen, who use a separate basin, were allowed back to sea on Thursday.`;

const PORT_B = `Valmora harbour shut after storm

The Valmora port authority deeply regrets the disruptions and will reopen the container terminal once engineers certify that the breakwater is safe, says the statement published on Wednesday.

Union leader Marta Ilves said dockworkers will refuse to return before an independent engineer inspects the cranes.

Exporters of fruit warned that cargo worth millions was spoiling in containers stuck on the quay.

The harbour authority said the breakwater had been built in 1962 and last repaired in 2004.`;

const PORT_C = `Port of Valmora: what we know

Insurers estimate the damage to the cranes alone at twelve million euros.

But according to the statement, the harbour authority deeply regrets the disruption and will open the container terminal again when the engineers certify the breakwater as safe

The city council asked the government to declare a state of emergency in the port district.`;

/** Every cited sentence is the article's own words at its offsets. */
function expectCited(sentences: SummarySentence[], articles: Article[]) {
  for (const s of sentences) {
    const source = articles.find((a) => a.file === s.file)!;
    expect(source.id).toBe(s.articleId);
    expect(source.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
  }
}

describe('which sentences may stand in a summary', () => {
  const a = article('a.txt', PORT_A);
  const fit = (start: string) => isSummarySentence(a, a.sentences.find((s) => s.text.startsWith(start))!);

  it('refuses fragments, questions, captions and a block quote cut short, and takes full sentences', () => {
    expect(fit('Context.')).toBe(false);
    expect(fit('Why did the breakwater fail?')).toBe(false);
    expect(fit('Photo: cranes lying')).toBe(false);
    expect(fit('The port of Valmora will stay closed')).toBe(true);
    expect(fit('We will rebuild the breakwater')).toBe(true);
  });

  it('refuses lines of figures and short lines that lost their full stop', () => {
    const table = article('t.txt', 'Cup results tonight\n\nThe results of the second round were as follows. 12.4 15.6 18.9 22.1 / 3.4 4.5 5.6 6.7 (2021).\n\nBut according to the ministry of finance');
    expect(table.sentences.map((s) => isSummarySentence(table, s))).toEqual([true, false, false]);
  });
});

describe('summarizeArticle', () => {
  const a = article('a.txt', PORT_A);

  it('gives three sentences by default, in the article order, cited by file and offsets', () => {
    const summary = summarizeArticle(a);
    expect(summary).toMatchObject({ id: 'a', file: 'a.txt' });
    expect(summary.sentences).toHaveLength(3);
    const starts = summary.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expectCited(summary.sentences, [a]);
  });

  it('never picks a heading, a fragment, a question, a caption or a signature, however many are asked for', () => {
    const texts = summarizeArticle(a, 10).sentences.map((s) => s.text);
    expect(texts).toHaveLength(7);
    for (const never of ['Damage at the quay', 'Context.', 'Why did', 'Photo:', 'Ana Solera', 'Mayor of']) {
      expect(texts.some((t) => t.includes(never))).toBe(false);
    }
  });

  it('prefers the lead and the sentences the rest of the article is about over an aside', () => {
    const texts = summarizeArticle(a, 2).sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/^The port of Valmora will stay closed/);
    expect(texts.join(' ')).not.toMatch(/Fishermen/);
  });

  it('ranks by centrality: the sentence that shares most with the others beats an aside near the top', () => {
    const text = [
      'Council approves new tram line',
      '',
      'The city council approved a new tram line to the airport on Monday.',
      '',
      'The weather on Monday was unusually warm for the season, with sunshine all afternoon.',
      '',
      'The tram line to the airport will cost 300 million euros and open in 2027, the council said.',
      '',
      'Opponents of the tram line said the council underestimated the cost of the airport route.',
      '',
      'The council said the airport tram line would carry 20,000 passengers a day.',
    ].join('\n');
    const texts = summarizeArticle(article('tram.txt', text), 3).sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('weather'))).toBe(false);
    expect(texts[0]).toMatch(/^The city council approved/);
  });

  it('leaves out a sentence that repeats one already taken', () => {
    const text = [
      'Bakery chain closes shops',
      '',
      'The bakery chain Hornby will close twelve of its shops in the north by the end of March.',
      '',
      'Hornby, the bakery chain, will close twelve shops in the north by the end of March, it said.',
      '',
      'About 150 staff will be offered jobs in other branches or redundancy pay.',
      '',
      'Rising flour and energy prices have cut the chain’s profit by half in two years.',
    ].join('\n');
    const texts = summarizeArticle(article('bakery.txt', text), 3).sentences.map((s) => s.text);
    expect(texts.filter((t) => /close twelve/.test(t))).toHaveLength(1);
    expect(texts).toHaveLength(3);
  });

  it('uses the headline as the gist, or the best sentence as one line when there is no headline', () => {
    expect(summarizeArticle(a).gist).toBe('Storm closes Valmora port for a week');
    const noHeadline = article(
      'n.txt',
      'But the regional parliament, meeting in an emergency session that lasted until well after midnight on Friday, voted by a narrow margin of three votes to suspend the new fishing quotas, which had been agreed with neighbouring regions only in March, until a review of the fish stocks is finished.\n\nFishermen had protested against the quotas for weeks.',
    );
    expect(noHeadline.titleFrom).toBe('opening');
    const summary = summarizeArticle(noHeadline, 1);
    expect(summary.gist.length).toBeLessThanOrEqual(160);
    expect(summary.gist).toMatch(/^The regional parliament, meeting in an emergency session/);
    expect(summary.gist).toMatch(/…$/);
    expect(summary.summary.startsWith(`${summary.gist}\n\n`)).toBe(true);
  });

  it('ranks only the first sentences of a huge article, quickly', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Report number ${i + 1} says the river rose by ${i + 3} centimetres near the bridge at the mill.`);
    const huge = article('huge.txt', `River levels\n\n${paragraphs.join('\n\n')}`);
    const started = performance.now();
    const summary = summarizeArticle(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(huge.sentences.findIndex((x) => x.start === s.start)).toBeLessThan(60);
  });

  it('gives the title and no sentences for an article of fragments only', () => {
    const fragments = article('f.txt', 'Cup results tonight\n\nHome 2, away 1.\n\nHalf time 1-1.');
    expect(summarizeArticle(fragments)).toMatchObject({ gist: 'Cup results tonight', summary: 'Cup results tonight', sentences: [] });
  });
});

describe('oneLine', () => {
  it('drops an opening connective and keeps a short sentence whole', () => {
    expect(oneLine('At the same time, the bank kept its rates unchanged.')).toBe('The bank kept its rates unchanged.');
    expect(oneLine('But prices rose.')).toBe('Prices rose.');
    expect(oneLine('In addition to rates, the bank cut its forecast.')).toBe('In addition to rates, the bank cut its forecast.');
  });

  it('cuts a long sentence at a clause break, or else at a word', () => {
    const clause = `The bank kept its rates unchanged for the third month in a row, ${'citing weak demand and high energy prices '.repeat(4)}`;
    expect(oneLine(clause, 100)).toBe('The bank kept its rates unchanged for the third month in a row…');
    const words = 'word '.repeat(50).trim();
    expect(oneLine(words, 30)).toBe('word word word word word word…');
  });
});

describe('summarizeTopic', () => {
  const articles = [article('a.txt', PORT_A), article('b.txt', PORT_B), article('c.txt', PORT_C)];
  const [a, b, c] = articles as [Article, Article, Article];
  const candidates = (query: string) => matchSentences(articles, query, 50);

  it('folds one statement worded three ways into one sentence that cites every file, keeping the clearest wording', () => {
    const topic = summarizeTopic('breakwater engineers', candidates('breakwater engineers container terminal'));
    const statement = topic.sentences.find((s) => /deeply regret/.test(s.text))!;
    expect(statement.alsoIn).toHaveLength(3);
    expect(new Set(statement.alsoIn)).toEqual(new Set(['a.txt', 'b.txt', 'c.txt']));
    expect(statement.alsoIn![0]).toBe(statement.file);
    // c.txt's wording opens with "But" and lost its full stop.
    expect(statement.file).not.toBe('c.txt');
    expect(topic.sentences.filter((s) => /deeply regret/.test(s.text))).toHaveLength(1);
    expectCited(topic.sentences, articles);
  });

  it('keeps apart sentences that share names but state different things', () => {
    const topic = summarizeTopic('harbour authority breakwater', candidates('harbour authority breakwater'), { sentences: 10 });
    const texts = topic.sentences.map((s) => s.text);
    expect(texts.some((t) => /built in 1962 and last repaired/.test(t))).toBe(true);
    expect(texts.some((t) => /deeply regret/.test(t))).toBe(true);
    expect(texts.some((t) => /will stay closed/.test(t))).toBe(true);
  });

  it('does not let one article fill the summary when others match too', () => {
    const topic = summarizeTopic('port', candidates('port Valmora cranes'), { sentences: 3 });
    expect(new Set(topic.sentences.map((s) => s.file)).size).toBeGreaterThan(1);
  });

  it('gives a null summary when nothing matches', () => {
    expect(summarizeTopic('volcano', candidates('volcano'))).toEqual({ query: 'volcano', summary: null, sentences: [] });
  });

  it('groups by the speaker of the overlapping quote, with unattributed sentences last', () => {
    const quote = (source: Article, words: string, speaker: string): Quote => {
      const start = source.text.indexOf(words);
      const sentence = source.sentences.find((s) => s.start <= start && start < s.end)!;
      return {
        text: words,
        speaker,
        speakerId: speaker.toLowerCase().replace(/\W+/g, '-'),
        role: null,
        kind: 'quote',
        file: source.file,
        articleId: source.id,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        start,
        end: start + words.length,
        cue: null,
      };
    };
    const quotes = [
      quote(a, 'The harbour authority deeply regrets the disruption', 'Harbour Authority'),
      quote(b, 'the breakwater had been built in 1962', 'Harbour Authority'),
      quote(a, 'its members would not return until the cranes had been inspected', 'Dockworkers’ Union'),
      quote(c, 'declare a state of emergency', 'City Council'),
    ];
    const topic = summarizeTopic('breakwater cranes', candidates('breakwater cranes engineer'), { bySpeaker: true, quotes, sentences: 2 });
    const groups = topic.groups!;
    expect(groups.map((g) => g.speaker)).toContain('Harbour Authority');
    expect(groups.map((g) => g.speaker)).toContain('Dockworkers’ Union');
    expect(groups.map((g) => g.speaker)).not.toContain('City Council');
    expect(groups.at(-1)!.speaker).toBe(UNATTRIBUTED);
    const authority = groups.find((g) => g.speaker === 'Harbour Authority')!;
    expect(authority.sentences.map((s) => s.text).join(' ')).toMatch(/deeply regrets|built in 1962/);
    for (const group of groups) {
      expect(group.sentences.length).toBeLessThanOrEqual(2);
      for (const s of group.sentences) expect(s.speaker).toBe(group.speaker === UNATTRIBUTED ? null : group.speaker);
    }
    expect(topic.sentences).toEqual(groups.flatMap((g) => g.sentences));
    expect(topic.summary).toMatch(/^Harbour Authority: |\nHarbour Authority: /);
  });

  it('counts a sentence retrieved twice once', () => {
    const once = candidates('breakwater');
    const twice: TopicCandidate[] = [...once, ...once.map((x) => ({ ...x, score: x.score / 2 }))];
    expect(summarizeTopic('breakwater', twice, { sentences: 10 })).toEqual(summarizeTopic('breakwater', once, { sentences: 10 }));
  });
});

describe('the seed articles', () => {
  let corpus: Corpus;
  const byPrefix = (prefix: string) => corpus.articles.find((x) => x.id.startsWith(prefix))!;
  beforeAll(async () => {
    corpus = await loadCorpus(DEFAULT_ARTICLES_DIR);
  });

  it('summarises every article with full sentences from its body', () => {
    for (const seed of corpus.articles) {
      const summary = summarizeArticle(seed);
      expect(summary.sentences).toHaveLength(3);
      expectCited(summary.sentences, [seed]);
      for (const s of summary.sentences) {
        expect(s.text.split(' ').length).toBeGreaterThanOrEqual(6);
        expect(seed.paragraphs.filter((p) => p.kind === 'heading').some((p) => s.text.includes(p.text))).toBe(false);
      }
    }
    expect(summarizeArticle(byPrefix('001')).gist).toMatch(/^Aide to the Russian president, Yuri Ushakov/);
  });

  it('folds the White House readout that three articles translate differently, citing all three', () => {
    const query = 'Biden expressed deep concern';
    const topic = summarizeTopic(query, matchSentences(corpus.articles, query, 50));
    const readout = topic.sentences[0]!;
    expect(readout.text).toMatch(/deep concern/);
    expect(new Set(readout.alsoIn)).toEqual(new Set([byPrefix('002').file, byPrefix('003').file, byPrefix('004').file]));
    expect(topic.sentences.filter((s) => /deep concern of|deep concern for|deep concerns of/.test(s.text))).toHaveLength(1);
    expectCited(topic.sentences, corpus.articles);
  });

  it('answers "compare the White House and Kremlin versions" with a group for each side', () => {
    const page = byPrefix('004');
    const attribute = (startsWith: string, speaker: string): Quote => {
      const sentence = page.sentences.find((s) => s.text.startsWith(startsWith))!;
      return {
        text: sentence.text,
        speaker,
        speakerId: speaker.toLowerCase().replace(/\W+/g, '-'),
        role: null,
        kind: 'statement',
        file: page.file,
        articleId: page.id,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        cue: null,
      };
    };
    const quotes = [
      attribute('"President Biden expressed deep concern', 'The White House'),
      attribute('"The President of Russia, with specific examples', 'The Kremlin'),
      attribute('"Putin responded by saying', 'The Kremlin'),
    ];
    const query = 'White House Kremlin version';
    const candidates = matchSentences(corpus.articles, 'Biden Putin Ukraine Russia White House Kremlin', 60);
    const topic = summarizeTopic(query, candidates, { bySpeaker: true, quotes, sentences: 3 });
    const speakers = topic.groups!.map((g) => g.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['The White House', 'The Kremlin']));
    const kremlin = topic.groups!.find((g) => g.speaker === 'The Kremlin')!;
    expect(kremlin.sentences.map((s) => s.text).join(' ')).toMatch(/Minsk|NATO/);
    const whiteHouse = topic.groups!.find((g) => g.speaker === 'The White House')!;
    expect(whiteHouse.sentences[0]!.text).toMatch(/deep concern/);
  });
});

describe('dossier summary', () => {
  it('summarises one article named by an id prefix, as JSON with cited sentences', async () => {
    const run = await dossier(['summary', '004', '--json', '--sentences', '2']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { id: string; summary: string; sentences: Record<string, unknown>[] };
    expect(result.id).toMatch(/^004_/);
    expect(result.sentences).toHaveLength(2);
    expect(Object.keys(result.sentences[0]!)).toEqual(['text', 'file', 'start', 'end']);
    expect(result.summary).toContain(result.sentences[0]!.text as string);
  });

  it('summarises every article with --each, and a topic with --query', async () => {
    const each = JSON.parse((await dossier(['summary', '--each', '--json'])).stdout) as { id: string; sentences: unknown[] }[];
    expect(each).toHaveLength(5);
    expect(each.every((s) => s.sentences.length === 3)).toBe(true);
    const topic = await dossier(['summary', '--query', 'deep concern']);
    expect(topic.code).toBe(0);
    expect(topic.stdout).toMatch(/deep concern/);
    expect(topic.stdout).toMatch(/002_\S+\.txt, 00[34]_\S+\.txt, 00[34]_\S+\.txt/);
  });

  it('refuses contradictory or missing arguments with usage', async () => {
    for (const args of [['summary'], ['summary', '--each', '004'], ['summary', '004', '--by-speaker'], ['summary', '004', '-n', '0'], ['summary', 'nope']]) {
      const run = await dossier(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage: dossier summary');
    }
  });
});

describe('summaries of huge articles', () => {
  it('summarises an article whose first summary-fit sentences come after thousands of short ones', () => {
    const tally = Array.from({ length: 2500 }, (_, i) => `Item ${i + 1}: 40 units.`).join('\n');
    const report =
      'The harbour authority approved a new ferry terminal for the northern quay on Monday.\n' +
      'Construction of the terminal will start in spring and last about two years, the authority said.\n' +
      'The ferry operator welcomed the decision and said it would add three daily crossings.';
    const article = buildArticle({ id: 'tally', file: 'tally.txt', text: `Harbour tally\n\n${tally}\n\n${report}` });
    const summary = summarizeArticle(article, 2);
    expect(summary.sentences.length).toBe(2);
    for (const sentence of summary.sentences) expect(report).toContain(sentence.text);
  });
});
