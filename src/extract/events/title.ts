/**
 * An event's title: the clause of its own sentence that holds the event word, with the subject the
 * clause leans on ("Made it clear…" takes back the words before it that name who made it clear), an
 * opening phrase ("On December 3,", "As the paper wrote on Monday,") dropped, cut to one line.
 */
import type { Sentence } from '../../corpus/types.js';
import type { TextSpan } from './anchor.js';

const MAX_TITLE_LENGTH = 110;
/** Where clauses meet: semicolons, colons, dashes, brackets, and a comma before a new clause. */
const CLAUSE_BREAK = /;\s|:\s|\s[—–-]\s|—|[()]|,\s+(?=(?:which|who|where|while|whereas|but|although|though|because|as|when|after|before|and)\b)/g;
/** A clause that opens with one of these is an opening phrase or a dependent clause, not the main one. */
const OPENER = /^(?:on|in|at|as|by|according|after|before|during|since|earlier|later|meanwhile|however|until|amid|following|last|this|next)\b/i;
/** Words that tie a sentence to the one before it and say nothing of the event. */
const DISCOURSE_OPENER = /^(?:at the same time|meanwhile|however|in addition|in turn|moreover|besides|furthermore|also),\s+/i;
/** A clause that starts with a lower-case word of these kinds has lost its subject. */
const NO_SUBJECT = /^(?:\p{Ll}+(?:ed|s)|made|said|told|held|met|took|could|would|will|should|can|may|might|must|is|are|was|were|has|have|had|did|do|does|also|then|which|who|and|but|or)\b/u;

export function titleOf(text: string, sentence: Sentence, trigger: TextSpan): string {
  const clauses = clauseSpans(text, sentence);
  let first = Math.max(0, clauses.findIndex((c) => c.start <= trigger.start && trigger.start < c.end));
  const last = first;
  while (first > 0 && NO_SUBJECT.test(clean(text, clauses[first]!)) && !OPENER.test(clean(text, clauses[first - 1]!))) first--;
  let from = clauses[first]!.start;
  // A subject the clause lost lies before an opening phrase: take the sentence from its start.
  if (NO_SUBJECT.test(clean(text, clauses[first]!))) from = sentence.start;
  let title = clean(text, { start: from, end: clauses[last]!.end }).replace(DISCOURSE_OPENER, '');
  title = dropOpeningPhrase(title);
  return shorten(openQuote(title.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())));
}

/** A sentence that opens inside a quotation ("…now,” she said) gets the opening mark it lost. */
function openQuote(title: string): string {
  const close = title.search(/[”»]/);
  const open = title.search(/[“«]/);
  return close >= 0 && (open < 0 || open > close) ? `${title[close] === '»' ? '«' : '“'}${title}` : title;
}

function clauseSpans(text: string, sentence: Sentence): TextSpan[] {
  const raw = text.slice(sentence.start, sentence.end);
  const spans: TextSpan[] = [];
  let at = sentence.start;
  for (const match of raw.matchAll(CLAUSE_BREAK)) {
    const from = sentence.start + match.index;
    if (from > at) spans.push({ start: at, end: from });
    at = from + match[0].length;
  }
  spans.push({ start: at, end: sentence.end });
  return spans;
}

/** "On December 3, the ministry said…" → "the ministry said…": only when a clause with its own subject follows. */
function dropOpeningPhrase(title: string): string {
  const comma = /^(?:(?:on|in|at|by|during|earlier|later|last|this|next|according to)\b[^,]{0,50}|the\s+(?:next|following|same|previous)\s+day|\S+\s+(?:days?|weeks?|months?)\s+(?:later|earlier)),\s+(?=\S)/i.exec(title);
  if (!comma) return title;
  const rest = title.slice(comma[0].length);
  return NO_SUBJECT.test(rest) ? title : rest;
}

function clean(text: string, span: TextSpan): string {
  return text
    .slice(span.start, span.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’.,;:—–-]+|[\s"“”'‘’.,;:—–-]+$/g, '')
    .replace(/^(?:and|but|or|so|yet)\s+/i, '');
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  return `${title.slice(0, cut > 40 ? cut : MAX_TITLE_LENGTH).replace(/[,;:–—-]+$/, '')}…`;
}
