/**
 * An event's title: the clause of its own sentence that holds the event word, with the subject the
 * clause leans on ("Made it clear…" takes back the words before it that name who made it clear), an
 * opening phrase ("On December 3,", "On March 3 the…", "Having gone…, Russia began…") dropped or given
 * the main clause it leans on, cut to one line. A title is a clause with its subject, never a fragment.
 */
import type { Sentence } from '../../corpus/types.js';
import { FUNCTION_WORDS, ROLE_NOUNS, TIME_WORDS } from '../../text/phrases.js';
import type { TextSpan } from './anchor.js';
import { capitalisedMidSentence } from './capitals.js';

const MAX_TITLE_LENGTH = 110;
/** Where clauses meet: semicolons, colons, dashes, brackets, and a comma before a new clause. */
const CLAUSE_BREAK = /;\s|:\s|\s[—–-]\s|—|[()]|,\s+(?=(?:which|who|where|while|whereas|but|although|though|because|as|when|after|before|and)\b)/g;
/** A clause that opens with one of these is an opening phrase or a dependent clause, not the main one. */
const OPENER = /^(?:on|in|at|as|by|according|after|before|during|since|earlier|later|meanwhile|however|until|amid|following|last|this|next)\b/i;
/** Words that tie a sentence to the one before it and say nothing of the event. */
const DISCOURSE_OPENER = /^(?:at the same time|meanwhile|however|in addition|in turn|moreover|besides|furthermore|also),\s+/i;
/** A clause that starts with a lower-case word of these kinds (a verb, a participle) has lost its subject. */
const NO_SUBJECT = /^(?:\p{Ll}{2,}(?:ed|s)|\p{Ll}{3,}ing|made|said|told|held|met|took|could|would|will|should|can|may|might|must|is|are|was|were|has|have|had|did|do|does|also|then|which|who|and|but|or)\b/u;
/**
 * A phrase with no subject of its own that opens a sentence before its main clause: a preposition or a
 * subordinating word ("After meeting the minister,", "As the paper wrote,"), or a participle ("Having
 * gone…,", "Asked about the talks,").
 */
const OPENING_PHRASE =
  /^(?:(?:even|just|only|shortly|soon|long|right)\s+)?(?:(?:on|in|at|as|by|according|after|before|during|since|until|amid|following|despite|when|while|although|though|because|once|whereas|if|unless|with|without|for|from|under|through|among|against|unlike|given|having|to)\s|(\p{L}+ing)\s|\p{L}+ed\s+(?:by|with|about|in|on|at|for|from|to|as)\s)/iu;
/** Words that open a clause subordinate to a main clause before it, and say that its event happened. */
const TRAILING_SUBORDINATE = /^(?:while|whereas|although|though|when|after|before|because|as|since|once|until)\s+/i;
/** A verb in the past, or a form of "be" or "have", that opens a predicate. */
const PREDICATE = /^(?:\p{Ll}{2,}ed|made|said|told|held|met|took|is|are|was|were|has|have|had)\b/u;
/** What may stand before an opening date: "on", "in the". */
const DATE_PREPOSITION = /^(?:(?:on|in|at|by|during|as of)\s+)?(?:the\s+)?/i;
/** Words that open a subject: determiners, quantifiers, pronouns. */
const SUBJECT_WORDS = new Set('the a an this these those its his her their our my your some many most all both each every no one two three several few other another such he she it they we i you there'.split(' '));
const FIRST_WORD = /^[\s"“”'‘’«»]*(\p{L}[\p{L}'’.-]*)/u;

export function titleOf(text: string, sentence: Sentence, trigger: TextSpan, date?: TextSpan): string {
  const clauses = clauseSpans(text, sentence);
  let first = Math.max(0, clauses.findIndex((c) => c.start <= trigger.start && trigger.start < c.end));
  let last = first;
  while (first > 0 && NO_SUBJECT.test(clean(text, clauses[first]!)) && !OPENER.test(clean(text, clauses[first - 1]!))) first--;
  let from = clauses[first]!.start;
  // A subject the clause lost lies before an opening phrase: take the sentence from its start.
  if (NO_SUBJECT.test(clean(text, clauses[first]!))) from = sentence.start;
  // After an opening phrase with no subject, the main clause: the title when the event word stands in it,
  // else what gives the phrase its subject ("After meeting the minister, she said…").
  const main = mainClauseStart(text, from, sentence.end);
  if (main >= 0 && main <= trigger.start) from = main;
  else if (main > trigger.start) last = Math.max(last, clauses.findIndex((c) => c.start <= main && main < c.end));
  let title = clean(text, { start: from, end: clauses[last]!.end }).replace(DISCOURSE_OPENER, '');
  // "The lack of progress on the 2015 agreements, which have no alternative, topped the agenda": the
  // relative clause gives way to the predicate it interrupts.
  const predicate = interruptedPredicate(text, clauses[last + 1]);
  if (predicate) title = `${title} … ${predicate}`;
  // A subordinate clause after its main clause: "…, while exports reached a record" names its event without
  // "while"; "…, after being deselected" leans on the main clause for its subject; "…, when asked" stays.
  const subordinate = TRAILING_SUBORDINATE.exec(title);
  if (subordinate && first > 0 && opensWithSubject(text.slice(sentence.start, from))) {
    const rest = title.slice(subordinate[0].length);
    if (/^\p{Ll}+ing\b/u.test(rest)) title = clean(text, { start: clauses[first - 1]!.start, end: clauses[last]!.end });
    // A plain noun may open the clause ("while sales rose"), but "as well as" is no clause.
    else if (opensWithSubject(rest) || (!/^as\s/i.test(subordinate[0]) && /^\p{Ll}+(?<!ed)\s/u.test(rest))) title = rest;
  }
  if (date) title = dropOpeningDate(title, text.slice(date.start, date.end));
  title = dropOpeningPhrase(title);
  return shorten(openQuote(title.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())));
}

/**
 * The text opens with a subject: a determiner, a pronoun, a title ("councillor Maria Lund"), or a
 * capitalised word that is no grammar word or month.
 */
function opensWithSubject(text: string): boolean {
  const word = FIRST_WORD.exec(text)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (SUBJECT_WORDS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  return /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(lower) && !TIME_WORDS.has(lower);
}

/**
 * Where the main clause starts after an opening phrase with no subject of its own: after the first comma
 * that a subject follows, a comma between two names being a list's; -1 when text[from…] opens otherwise.
 */
function mainClauseStart(text: string, from: number, end: number): number {
  const raw = text.slice(from, end);
  const opening = OPENING_PHRASE.exec(raw.replace(FIRST_WORD, '$1'));
  // A capitalised word in -ing the article writes mid-sentence is a name ("Beijing"), not a participle.
  if (!opening || (opening[1] && capitalisedMidSentence(text, opening[1]))) return -1;
  for (const comma of raw.matchAll(/,\s+/g)) {
    const rest = raw.slice(comma.index + comma[0].length);
    const before = /(\S+)$/.exec(raw.slice(0, comma.index))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) && !TIME_WORDS.has(before.toLowerCase()) && /^\p{Lu}/u.test(rest)) continue;
    if (opensWithSubject(rest)) return from + comma.index + comma[0].length;
  }
  return -1;
}

/** "On March 3 the new rules took effect" → "the new rules took effect": the date is shown beside the title. */
function dropOpeningDate(title: string, date: string): string {
  const written = date.trim().replace(/\s+/g, ' ').toLowerCase();
  // The date as found may hold its preposition ("On Monday") or not ("March 3").
  const at = [0, DATE_PREPOSITION.exec(title)![0].length].find((from) => title.slice(from, from + written.length).toLowerCase() === written);
  if (at === undefined) return title;
  const after = title.slice(at + written.length);
  // "March 3" must end where the date does: not the start of "March 30".
  const separator = /^,?\s+/.exec(after);
  const rest = separator ? after.slice(separator[0].length) : '';
  return opensWithSubject(rest) ? rest : title;
}

/**
 * The predicate a relative clause interrupts: "…, which have no alternative, topped the agenda" → "topped
 * the agenda"; null when the clause given is no relative clause, or is followed by no predicate.
 */
function interruptedPredicate(text: string, relative: TextSpan | undefined): string | null {
  if (!relative) return null;
  const raw = text.slice(relative.start, relative.end);
  if (!/^(?:which|who)\b/.test(raw)) return null;
  for (const comma of raw.matchAll(/,\s+/g)) {
    if (PREDICATE.test(raw.slice(comma.index + comma[0].length))) return clean(text, { start: relative.start + comma.index + comma[0].length, end: relative.end });
  }
  return null;
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
