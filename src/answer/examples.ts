import type { Article } from '../corpus/types.js';
import type { Speaker } from '../extract/types.js';
import { isStopWord } from '../text/stopwords.js';

/** What help texts and prompts show as examples: taken from the articles loaded, so they always work. */
export interface CorpusExamples {
  /** The speaker quoted most often, or null when nobody is quoted. */
  speaker: string | null;
  /** A word the articles' titles use most, or null for an empty corpus. */
  topic: string | null;
}

/** Words in a title that may name a topic: content words of four letters or more, lower-cased. */
function titleTopics(title: string): string[] {
  return (title.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !isStopWord(word));
}

export function corpusExamples(articles: readonly Article[], speakers: readonly Speaker[]): CorpusExamples {
  const quoted = (s: Speaker) => s.counts.quote + s.counts.statement;
  const speaker = [...speakers].filter((s) => s.kind !== 'unnamed' && quoted(s) > 0).sort((a, b) => quoted(b) - quoted(a))[0];
  const counts = new Map<string, number>();
  for (const article of articles) for (const word of new Set(titleTopics(article.title))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const topic = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return { speaker: speaker ? (speaker.aliases.find((a) => !a.includes(' ')) ?? speaker.name) : null, topic };
}
