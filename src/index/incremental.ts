import type { Article } from '../corpus/types.js';
import { extractDates } from '../extract/dates/dates.js';
import { referenceTimes } from '../extract/dates/reference-time.js';
import { addToTimeline, removeFromTimeline } from '../extract/dates/timeline.js';
import { extractPeople, type Person } from '../extract/people/people.js';
import { extractQuotes } from '../extract/quotes/quotes.js';
import { summarizeArticle } from '../extract/summaries/summarize.js';
import type { Quote, Speaker } from '../extract/types.js';
import type { Knowledge } from './knowledge.js';

/**
 * One article added, replaced or removed while Dossier runs, without rebuilding the rest: only that
 * article is extracted and indexed; speakers, people, the timeline and the summaries are merged. What
 * the cold build learns from the whole corpus (speech verbs, which words are names, the reference time of
 * an undated article) is learnt here from the article alone, so an article added this way can come out
 * slightly differently than after a rebuild.
 */

/** Add an article, or replace the article with the same id. Mutates `knowledge`. */
export function putArticle(knowledge: Knowledge, article: Article, summarySentences?: number): void {
  if (knowledge.articleById.has(article.id)) takeOut(knowledge, article.id);

  const extracted = extractQuotes([article]);
  const { speakers, quotes } = mergeSpeakers(knowledge.quotes.speakers, extracted.quotes, extracted.speakers);
  knowledge.quotes = { quotes: [...knowledge.quotes.quotes, ...quotes], speakers };
  knowledge.quotesByArticle.set(article.id, quotes);

  knowledge.corpus = { ...knowledge.corpus, articles: [...knowledge.corpus.articles.filter((a) => a.id !== article.id), article] };
  knowledge.articleById.set(article.id, article);
  knowledge.index.putArticle(article, (_, sentence) =>
    quotes
      .filter((q) => q.speaker && q.start < sentence.end && q.end > sentence.start)
      .map((q) => q.speaker)
      .join(' '),
  );

  knowledge.people = mergePeople(knowledge.people, extractPeople([article]));
  knowledge.summaries.set(article.id, summarizeArticle(article, summarySentences));

  const reference = referenceTimes([article]).get(article.id)!;
  knowledge.references.set(article.id, reference);
  const mentions = extractDates(article, reference);
  knowledge.dates = [...knowledge.dates, ...mentions];
  knowledge.timeline = addToTimeline(knowledge.timeline, article, mentions, reference.value);
}

/** Remove an article and every fact drawn from it; false when there is no such article. */
export function removeArticle(knowledge: Knowledge, id: string): boolean {
  if (!knowledge.articleById.has(id)) return false;
  takeOut(knowledge, id);
  knowledge.index.discardArticle(id);
  return true;
}

/** Everything but the index entries (which a replacement overwrites in place). */
function takeOut(knowledge: Knowledge, id: string): void {
  const quotes = knowledge.quotesByArticle.get(id) ?? [];
  knowledge.quotes = { quotes: knowledge.quotes.quotes.filter((q) => q.articleId !== id), speakers: uncount(knowledge.quotes.speakers, quotes) };
  knowledge.quotesByArticle.delete(id);

  knowledge.corpus = { ...knowledge.corpus, articles: knowledge.corpus.articles.filter((a) => a.id !== id) };
  knowledge.articleById.delete(id);
  knowledge.people = knowledge.people.flatMap((person) => {
    const descriptions = person.descriptions.filter((d) => d.articleId !== id);
    if (descriptions.length === person.descriptions.length) return [person];
    return descriptions.length > 0 ? [{ ...person, descriptions }] : [];
  });
  knowledge.summaries.delete(id);
  knowledge.references.delete(id);

  knowledge.dates = knowledge.dates.filter((m) => m.articleId !== id);
  knowledge.timeline = removeFromTimeline(knowledge.timeline, id);
}

/**
 * The article's speakers joined to the corpus' ones: the same id, or a name the corpus already knows as
 * an alias, is the same speaker. New arrays throughout, so lookups cached by list are built afresh.
 */
function mergeSpeakers(existing: Speaker[], quotes: Quote[], incoming: Speaker[]): { speakers: Speaker[]; quotes: Quote[] } {
  const speakers = [...existing];
  const byId = new Map(speakers.map((s, i) => [s.id, i]));
  const byAlias = new Map<string, number>();
  speakers.forEach((s, i) => [s.name, ...s.aliases].forEach((name) => byAlias.has(name.toLowerCase()) || byAlias.set(name.toLowerCase(), i)));
  const renamed = new Map<string, Speaker>();
  for (const speaker of incoming) {
    const at = byId.get(speaker.id) ?? byAlias.get(speaker.name.toLowerCase());
    if (at === undefined) {
      byId.set(speaker.id, speakers.length);
      speakers.push(speaker);
      renamed.set(speaker.id, speaker);
      continue;
    }
    const known = speakers[at]!;
    const merged: Speaker = {
      ...known,
      aliases: union(known.aliases, [speaker.name, ...speaker.aliases].filter((n) => n !== known.name)),
      roles: union(known.roles, speaker.roles),
      counts: { quote: known.counts.quote + speaker.counts.quote, statement: known.counts.statement + speaker.counts.statement, fragment: known.counts.fragment + speaker.counts.fragment },
      files: union(known.files, speaker.files),
    };
    speakers[at] = merged;
    renamed.set(speaker.id, merged);
  }
  return {
    speakers,
    quotes: quotes.map((quote) => {
      const speaker = quote.speakerId ? renamed.get(quote.speakerId) : undefined;
      return speaker ? { ...quote, speaker: speaker.name, speakerId: speaker.id } : quote;
    }),
  };
}

/** The speakers with an article's quotes taken off their counts; a speaker left with none is dropped. */
function uncount(speakers: Speaker[], quotes: Quote[]): Speaker[] {
  if (quotes.length === 0) return speakers;
  const file = quotes[0]!.file;
  const taken = new Map<string, Quote[]>();
  for (const quote of quotes) if (quote.speakerId) taken.set(quote.speakerId, [...(taken.get(quote.speakerId) ?? []), quote]);
  return speakers.flatMap((speaker) => {
    const gone = taken.get(speaker.id);
    if (!gone) return [speaker];
    const counts = { ...speaker.counts };
    for (const quote of gone) counts[quote.kind] = Math.max(0, counts[quote.kind] - 1);
    if (counts.quote + counts.statement + counts.fragment === 0) return [];
    return [{ ...speaker, counts, files: speaker.files.filter((f) => f !== file) }];
  });
}

/** The article's people joined to the corpus' ones by name, in name order. */
function mergePeople(existing: Person[], incoming: Person[]): Person[] {
  const byName = new Map(existing.map((p) => [p.name, p]));
  for (const person of incoming) {
    const known = byName.get(person.name);
    byName.set(person.name, known ? { ...known, aliases: union(known.aliases, person.aliases), descriptions: [...known.descriptions, ...person.descriptions] } : person);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
