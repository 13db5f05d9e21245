import { findPerson } from '../extract/people/people.js';
import { findSpeaker } from '../extract/quotes/quotes.js';
import type { Knowledge } from '../index/knowledge.js';
import { cite, uniqueCitations } from './evidence.js';
import { citeQuote } from './quotes.js';
import type { Answer, Citation } from './types.js';

/**
 * "Who is X?": the roles and descriptions the articles give X, as a speaker (roles at their quotes) and
 * as a person described in the text ("CIA Director William Burns"). Null when the articles say nothing.
 */
export function answerWhoIs(kb: Knowledge, question: string, name: string): Answer | null {
  const speaker = findSpeaker(kb.quotes.speakers, name);
  const person = findPerson(kb.people, speaker?.name ?? name) ?? (speaker ? null : findPerson(kb.people, name));
  if (!speaker && !person) return null;

  const fullName = person?.name ?? speaker!.name;
  const descriptions = [...new Set([...(speaker?.roles ?? []), ...(person?.descriptions.map((d) => d.text) ?? [])])];
  const citations: Citation[] = [];
  for (const description of person?.descriptions ?? []) {
    citations.push(cite(kb.articleById.get(description.articleId)!, kb.articleById.get(description.articleId)!.sentences[description.sentence]!));
  }
  if (speaker) {
    const quote = kb.quotes.quotes.find((q) => q.speakerId === speaker.id);
    if (quote) citations.push(citeQuote(kb, quote));
  }
  const quoted = speaker ? speaker.counts.quote + speaker.counts.statement : 0;
  const summary =
    descriptions.length > 0 ? `${fullName}: ${descriptions.slice(0, 3).join('; ')}` : `${fullName}, ${speaker?.kind === 'institution' ? 'an institution' : 'named'} in the articles`;
  const lines = [summary];
  if (quoted > 0) lines.push(`Quoted ${quoted} time${quoted === 1 ? '' : 's'} in ${speaker!.files.length} article${speaker!.files.length === 1 ? '' : 's'}.`);
  return {
    question,
    answer: descriptions[0] ? `${fullName}, ${descriptions[0]}` : fullName,
    kind: 'who-is',
    confidence: descriptions.length > 0 ? 0.9 : 0.5,
    text: lines.join('\n'),
    citations: uniqueCitations(citations).slice(0, 4),
  };
}
