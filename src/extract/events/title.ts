/**
 * An event's title: the clause of its own sentence that holds the event word, with the subject the
 * clause leans on ("Made it clear…" takes back the words before it that name who made it clear), an
 * opening phrase ("On May 3,", "On March 3 the…", "Having gone…, Norway began…") dropped or given
 * the main clause it leans on, cut to one line. A title is a clause with its subject, never a fragment.
 * An event dated inside a relative clause, a clause a statement reports, or a noun a statement names is
 * titled by that clause or phrase, not by the sentence's main clause; an opening "it", "they", "he" or
 * "she" takes the noun phrase or name it stands for.
 */
import type { Sentence } from '../../corpus/types.js';
import { isPastTense, pastOfGerund } from '../../text/analyzer.js';
import { FUNCTION_WORDS, INSTITUTION_NOUNS, PREPOSITIONS, ROLE_NOUNS, TIME_WORDS } from '../../text/phrases.js';
import type { TextSpan } from './anchor.js';
import type { Quotation } from '../quotes/quote-marks.js';
import { capitalisedMidSentence } from './capitals.js';
import { inGazetteer, isDemonym } from '../../text/gazetteer.js';
import { eventFamilies, isReportingWord } from './event-words.js';

const MAX_TITLE_LENGTH = 110;
/** Where clauses meet: semicolons, colons, dashes, brackets (not a short aside: "Overload (1979) followed"), and a comma before a new clause. */
const CLAUSE_BREAK = /;\s|:\s|\s[—–-]\s|—|\((?![^()]{1,24}\))|(?<!\([^()]{1,24})\)|,\s+(?=(?:which|who|where|while|whereas|but|although|though|because|as|when|after|before|and)\b)/g;
/** A clause that opens with one of these is an opening phrase or a dependent clause, not the main one. */
const OPENER = /^(?:on|in|at|as|by|according|after|before|during|since|earlier|later|meanwhile|however|until|amid|following|last|this|next)\b/i;
/** Words that tie a sentence to the one before it and say nothing of the event. */
const DISCOURSE_OPENER = /^(?:at the same time|meanwhile|however|in addition|in turn|moreover|besides|furthermore|also),\s+/i;
/** A clause that starts with a lower-case word of these kinds (a verb, a participle) has lost its subject. */
const NO_SUBJECT = /^(?:\p{Ll}{2,}(?:ed|s)|\p{Ll}{2,}(?=\s+by\s)|\p{Ll}{3,}ing|made|said|told|held|met|took|been|could|would|will|should|can|may|might|must|is|are|was|were|has|have|had|did|do|does|also|then|which|who|whose|whom|and|but|or)\b/u;
/**
 * A phrase with no subject of its own that opens a sentence before its main clause: a preposition or a
 * subordinating word ("After meeting the minister,", "As the paper wrote,"), or a participle ("Having
 * gone…,", "Asked about the talks,").
 */
const OPENING_PHRASE =
  /^(?:(?:even|just|only|shortly|soon|long|right)\s+)?(?:(?:on|in|at|as|by|according|after|before|during|since|until|amid|following|despite|when|while|although|though|because|once|whereas|if|unless|with|without|for|from|under|through|among|against|unlike|given|having|to)\s|(\p{L}+ing)\s|(\p{L}+ed|born)\s+(?:by|with|about|in|on|at|for|from|to|as)\s)/iu;
/** Words that open a clause subordinate to a main clause before it, and say that its event happened. */
const TRAILING_SUBORDINATE = /^(?:(?:even|just|only|shortly|soon|long|right)\s+)?(?:while|whereas|although|though|when|after|before|because|as|since|once|until)\s+/i;
/** Subordinating words that are no prepositions: what follows them is a clause, not a noun phrase ("after the vote"). */
const CONJUNCTION = /\b(?:while|whereas|although|though|when|because|once)\s+$/i;
/** A word that makes a predicate: a form of "be" or "have", a modal; a verb in the past is found by its form. */
const PREDICATE_WORD = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/;
/** A verb and "that" before the clause it reports: "said that", "announced on Monday that". */
const REPORTED_CLAUSE = /\b(\p{L}+)\s+(?:(?:on|in|at|during)\s+[^,;]{1,25}?\s+)?that\s+/gu;
/** A noun phrase that a subject pronoun follows without "that": "a role she won…", a fragment without its clause. */
const CONTACT_RELATIVE = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}(?:he|she|it|they|we|i)\s+\p{Ll}/u;
/** A noun phrase and a relative clause that says what it is: "a decision that has dominated politics since". */
const APPOSITIVE_RELATIVE = /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,3}(?:that|which|who)\s+\p{Ll}/u;
/** A subject pronoun that opens a title, and what it may stand for. */
const OPENING_PRONOUN = /^(it|they|he|she)\s+/i;
/** An "it" that stands for nothing, or for what happened: "It is likely that…", "It was hard to…", "It means that…". */
const IMPERSONAL_IT =
  /^it\s+(?:(?:is|was|has\s+been|seems|seemed)\s+(?:\p{L}+\s+)?(?:that|to|for)\b|(?:is|was|has\s+been|had\s+been)\s+(?:not\s+|now\s+|also\s+)?(?:thought|believed|understood|expected|said|reported|known|feared|hoped|claimed|alleged|estimated|likely|unlikely|clear|unclear|possible)\b|(?:now\s+)?(?:emerged|emerges|appears|appeared|seems|seemed|means|meant)\b|(?:will|would|could)\s+mean\b|(?:is|was|will\s+be)\s+the\s+\p{L}+\s+time\b)/iu;
/** A plain noun phrase as the subject of a clause: "this line was created", "the talks were held". */
const SUBJECT_PHRASE = /(?:^|[.;,:]\s+|\b(?:that|and|but)\s+)((?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed)\b/gu;
/** Two names joined by "and", a pair that "they" may stand for: "talks between Lund and Okafor". */
const NAMED_PAIR = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+and\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})(?![\p{L}'’-])/gu;
/**
 * A person's name, wherever it starts, with what follows it: a possessive ("Mr Brown's plan") or the word that
 * may be its predicate ("Mr Brown said", "Anna Lund, 59, has resigned", "On Sunday, party leader Tom Hale repeated…").
 */
const NAME_SUBJECT =
  /(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’.-]*\s)((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:(['’]s\s)|(?:,[^,.;]{1,40},|,(?=\s+\p{Ll}))?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b)?/gu;
/** Verbs in the present a named subject may report with. */
const PRESENT_REPORTING = /^(?:says|tells|adds|argues|claims|insists|warns|writes)$/;
/** The last word of a name of a body or a place, not of a person: "the Inland Revenue", "Portsmouth Grammar School". */
const BODY_HEADS = new Set(
  'school college university party office council court committee commission government executive department ministry house union association service agency revenue bank group trust fund board authority news times post programme show'.split(' '),
);
/** Titles that tell a man's name from a woman's. */
const MALE_TITLE = /^(?:Mr|Sir|Lord)\b/;
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady)\b/;
/** Words that open a noun phrase and may stand before a year that modifies it: "the 2015 accords", "its 2019 report". */
const DETERMINER = /(?:^|\s)(the|a|an|this|that|its|his|her|their|our|[\p{L}]+['’]s)\s+$/iu;
/** A name that a gerund follows: "the event of Norway joining the league" → "Norway joining the league". */
const GERUND_SUBJECT = /\b(?:of|about|on|for|to)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u;
/** The word that opens a relative clause after the noun it refers to. */
const RELATIVE_PRONOUN = /^(?:which|who|that)\s+/;
/** What may stand before an opening date: "on", "in the". */
const DATE_PREPOSITION = /^(?:(?:on|in|at|by|during|as of)\s+)?(?:the\s+)?/i;
/** Words that open a subject: determiners, quantifiers, pronouns. */
const SUBJECT_WORDS = new Set('the a an this these those its his her their our my your some many most all both each every no one two three several few other another such he she it they we i you there'.split(' '));
/** A word of a noun phrase, with the marks a name may hold inside ("AT&T", "U.S"). */
const PHRASE_WORD = /[\p{L}\p{N}'’-]+(?:[&.][\p{L}\p{N}]+)*/gu;
const LAST_PHRASE_WORD = new RegExp(`${PHRASE_WORD.source}$`, 'u');
/** Grammar words that stand inside a noun phrase, between its determiner and its noun: "the next meeting". */
const NOUN_MODIFIERS = new Set('first second last next other same own such further'.split(' '));
/** A verb in the present: a word in -s after a word that is no determiner, before its object ("intelligence expects a new…"). */
const PRESENT_BEFORE_OBJECT = /(?<!\b(?:the|a|an|its|their|his|her|of)\s+)\b\p{Ll}{2,}[^s\W]s\s+(?:the|a|an|its|their|his|her|that|to|\d)\b/iu;
const FIRST_WORD = /^[\s"“”'‘’«»]*(\p{L}[\p{L}'’.-]*)/u;

export function titleOf(text: string, whole: Sentence, trigger: TextSpan, date?: TextSpan, previous?: TextSpan): string {
  const sentence = innerSentence(text, whole, trigger);
  const clauses = clauseSpans(text, sentence);
  let first = Math.max(0, clauses.findIndex((c) => c.start <= trigger.start && trigger.start < c.end));
  let last = first;
  // "The talks in Oslo, which are scheduled for March 9", "The mayor said that a flood struck in 2004": the dated event's
  // own clause, not the sentence's main one.
  const embedded =
    possessiveRelativeTitle(text, sentence, trigger, date) ??
    relativeClauseTitle(text, clauses, first, trigger, date) ??
    restrictiveRelativeTitle(text, clauses[first]!, trigger, date) ??
    participleInCommasTitle(text, sentence, trigger, date) ??
    reportedClauseTitle(text, clauses[first]!, trigger, date) ??
    reportedNounTitle(text, clauses[first]!, trigger, date);
  // What was written before the title: the sentences before, and the words of its own sentence before the title starts.
  const contextOf = (title: string) => {
    const at = sentence.text.toLowerCase().indexOf(title.slice(0, 24).toLowerCase());
    return outsideQuotations(text.slice(previous!.start, at >= 0 ? sentence.start + at : trigger.start));
  };
  // The name a pronoun gives way to may make the title longer: it is cut to one line again.
  const resolved = (title: string) => {
    if (!previous) return title;
    const context = contextOf(title);
    return shorten(resolveDemonstrative(resolvePronoun(title, context, text), context));
  };
  if (embedded) return resolved(finish(embedded, date && text.slice(date.start, date.end)));
  const within = clauseAfterPhrase(text, clauses[first]!, trigger);
  if (within) return resolved(finish(within, date && text.slice(date.start, date.end)));
  const lost = lostSubject(clean(text, clauses[first]!));
  // "…, and been translated into 40 languages since it was released in 2003": a clause that lost its subject may
  // hold one of its own after "since" or "when", where the event word stands.
  const own = lost ? subordinateWithSubject(text, clauses[first]!, trigger) : null;
  if (own) return resolved(finish(own, date && text.slice(date.start, date.end)));
  while (first > 0 && lostSubject(clean(text, clauses[first]!)) && !OPENER.test(clean(text, clauses[first - 1]!))) first--;
  // "Lord Hale - a former mayor - said…": a noun phrase between dashes is an aside; the subject stands before it.
  if (lost && first > 0 && /[—–-]/.test(text.slice(clauses[first - 1]!.end, clauses[first]!.start)) && !hasPredicate(clean(text, clauses[first]!))) first--;
  let from = clauses[first]!.start;
  // A subject the clause lost lies before an opening phrase: take the sentence from its start.
  if (lostSubject(clean(text, clauses[first]!))) from = sentence.start;
  // "…that Hitler, Stalin, and the IRA all failed": the list before ", and" is part of the clause's subject.
  else if (first > 0) from = listSubjectStart(text, clauses[first - 1]!, clauses[first]!) ?? from;
  // After an opening phrase with no subject, the main clause: the title when the event word stands in it,
  // else what gives the phrase its subject ("After meeting the minister, she said…").
  const main = mainClauseStart(text, from, sentence.end);
  // The event of the phrase, or the one its date dates: "Born in 1942, he attended…" is dated by the birth.
  const inPhrase = main > trigger.start || (date !== undefined && date.start >= from && date.end <= main);
  const passive = inPhrase ? passiveParticipleTitle(text, from, main, sentence.end) : null;
  if (passive) return resolved(finish(passive, date && text.slice(date.start, date.end)));
  if (main >= 0 && main <= trigger.start) from = main;
  else if (main > trigger.start) last = Math.max(last, clauses.findIndex((c) => c.start <= main && main < c.end));
  // "…thought his former partner - Eva Lind - acted alone": an aside between dashes does not end the clause.
  // "…his estimate of costs for the province - much of which was flooded - was 20m": a relative clause between dashes
  // is an aside too, with a predicate of its own; it is left out of the title.
  const relativeAsides: string[] = [];
  while (clauses[last + 2] && (dashAside(text, clauses, last + 1) || relativeDashAside(text, clauses, last + 1))) {
    if (!dashAside(text, clauses, last + 1)) relativeAsides.push(clean(text, clauses[last + 1]!));
    last += 2;
  }
  // "…said the general election - widely tipped for 5 May - would be close": an aside between dashes that opens with a
  // participle says what is or was done to the noun phrase before it.
  const tipped = first > 0 && first === last ? participleAside(text, clauses, first) : null;
  if (tipped) return resolved(finish(tipped, date && text.slice(date.start, date.end)));
  let title = clean(text, { start: from, end: clauses[last]!.end }).replace(DISCOURSE_OPENER, '');
  for (const aside of relativeAsides) title = title.replace(` - ${aside} - `, ' ').replace(` — ${aside} — `, ' ').replace(` – ${aside} – `, ' ');
  // "In December the House of Lords, the country's highest court, ruled…": a noun phrase in commas before the
  // predicate names again the subject before it, which an opening phrase with no comma of its own held.
  const renamed = main >= 0 && from === main ? ASIDE_BEFORE_PREDICATE.exec(title) : null;
  if (renamed && opensWithSubject(title) && !hasPredicate(renamed[1]!) && hasPredicate(renamed[3]!)) {
    const comma = text.lastIndexOf(',', from);
    const head = LAST_PHRASE_WORD.exec(text.slice(sentence.start, comma));
    const subject = head && clean(text, { start: nounPhraseStart(text, sentence.start, sentence.start + head.index), end: comma });
    if (subject && opensWithSubject(subject) && !hasPredicate(subject)) title = `${subject} ${renamed[2]}`;
  }
  // "The lack of progress on the 2015 agreements, which have no alternative, topped the agenda": the
  // relative clause gives way to the predicate it interrupts.
  const predicate = interruptedPredicate(text, clauses[last + 1]);
  if (predicate) title = `${title} … ${predicate}`;
  // A subordinate clause after its main clause: "…, while exports reached a record" names its event without
  // "while"; "…, after being deselected" leans on the main clause for its subject; "…, when asked" stays.
  const subordinate = TRAILING_SUBORDINATE.exec(title);
  // The clause before, without an opening phrase of its own: "With prices high, he waited, before…" → "he waited, before…".
  const withClauseBefore = () => {
    const main = mainClauseStart(text, clauses[first - 1]!.start, clauses[first - 1]!.end);
    return clean(text, { start: main >= 0 ? main : clauses[first - 1]!.start, end: clauses[last]!.end });
  };
  const afterDash = first > 0 && /[—–-]\s*$/.test(text.slice(clauses[first - 1]!.end, clauses[first]!.start));
  const mainHasSubject =
    subordinate !== null && first > 0 && (opensWithSubject(text.slice(sentence.start, from)) || mainClauseStart(text, sentence.start, from) >= 0);
  if (subordinate && first > 0) {
    const rest = title.slice(subordinate[0].length);
    // "…, after being deselected" and "– even after the merger in 2001" have no subject or no predicate of their own.
    if (mainHasSubject && (/^\p{Ll}+ing\b/u.test(rest) || !hasPredicate(rest))) title = withClauseBefore();
    // A plain noun may open the clause ("while sales rose"), but "as well as" is no clause; after a word that only
    // opens clauses ("when", "while"), a clause with its own subject stands alone whatever the sentence opens with.
    else if (
      hasPredicate(rest) &&
      ((mainHasSubject && (opensWithSubject(rest) || (!/^as\s/i.test(subordinate[0]) && /^\p{Ll}+(?<!ed)\s/u.test(rest)))) ||
        (CONJUNCTION.test(subordinate[0]) && opensWithSubject(rest)))
    )
      title = rest;
  } else if (first > 0 && (CONTACT_RELATIVE.test(title) || ((APPOSITIVE_RELATIVE.test(title) || appositiveParticiple(title)) && afterDash))) {
    // "…into Belfast - a decision that has dominated politics since", "…relief - a measure brought in three years ago":
    // a noun phrase after a dash names what the clause before did.
    title = withClauseBefore();
  } else if (first > 0 && afterDash && /^(?:(?:up|down)\s+)?[\p{N}£$€]/iu.test(title) && !/[—–-]\s*$/.test(text.slice(clauses[last]!.end, clauses[last + 1]?.start ?? sentence.end))) {
    // "…are £35bn - £2.5bn less than the £37.5bn forecast in March": a figure after a dash says more of the clause before.
    title = withClauseBefore();
  } else if (first > 0 && afterDash && !lostSubject(title)) {
    // "the House of Lords - the country's highest court, ruled that…": a noun phrase after a dash that a comma closes is an
    // aside; the subject stands before the dash.
    const aside = ASIDE_BEFORE_PREDICATE.exec(title);
    if (aside && !hasPredicate(aside[1]!) && hasPredicate(aside[2]!)) title = `${clean(text, clauses[first - 1]!)} ${title.slice(aside[0].length - aside[2]!.length)}`;
  }
  // "“Things we did…,” she said, recalling the opening of the dam in 2010": the quotation is what was said, not the event.
  if (!isReportingWord(text.slice(trigger.start, trigger.end))) title = withoutOpeningQuotation(title, text.slice(trigger.start, trigger.end));
  title = gerundClause(text, trigger, clauses[last]!) ?? title;
  // "…, and an estimated 2.5% in the third quarter": a clause that only elides its verb is no title; the sentence is.
  // "…sees the diva - played by Lund - grow tired of her success": a clause after a dash that opens with no subject
  // goes on with the predicate of the one before; the sentence is the title.
  const predicateAfterDash = afterDash && title === clean(text, clauses[first]!) && !opensWithSubject(title) && !opensWithPluralNoun(title);
  if (!hasFinitePredicate(title) || DEPENDENT_CLAUSE.test(title) || predicateAfterDash) title = clean(text, sentence);
  title = withWhatWasSaid(title, text, { start: from, end: sentence.end });
  // "That is because the age was lowered in 1969": the demonstrative stands for a clause told before; the reason is the event.
  const reason = BECAUSE.exec(title);
  if (reason && opensWithSubject(title.slice(reason[0].length)) && hasPredicate(title.slice(reason[0].length))) title = title.slice(reason[0].length);
  title = finish(title, date && text.slice(date.start, date.end));
  return resolved(title);
}

/** A demonstrative or "it" that says only that what follows is a reason: "That is because", "This was partly because". */
const BECAUSE = /^(?:that|this|it)\s+(?:is|was)\s+(?:\p{Ll}+ly\s+)?because\s+/iu;
/** A noun phrase that a comma closes, and what follows it: "the country's highest court, ruled that…". */
const ASIDE_BEFORE_PREDICATE = /^([^,]{1,60}),\s+((\p{Ll}+)\b[\s\S]*)$/u;

/** "a measure brought in three years ago": a noun phrase and a participle that says what was done to it. */
function appositiveParticiple(title: string): boolean {
  const words = title.split(/\s+/, 5);
  if (!/^an?$/i.test(words[0]!)) return false;
  const participle = words.findIndex((word, i) => i >= 2 && isPastTense(word));
  return participle > 0 && words.slice(1, participle).every((word) => /^[\p{Ll}-]+$/u.test(word) && !hasPredicate(word));
}

/** Words of an aside between dashes at most: "- Eva Lind -", "- or £40 a head -". */
const MAX_ASIDE_WORDS = 6;

/** The words of the clause at `i` when it stands between two dashes, else null. */
function betweenDashes(text: string, clauses: TextSpan[], i: number): string | null {
  const [before, aside, after] = [clauses[i - 1], clauses[i], clauses[i + 1]];
  if (!aside || !before || !after) return null;
  const dash = (from: number, to: number) => /^\s*[—–-]\s*$/.test(text.slice(from, to));
  return dash(before.end, aside.start) && dash(aside.end, after.start) ? clean(text, aside) : null;
}

/** The clause at `i` is a short aside between two dashes, with no predicate of its own. */
function dashAside(text: string, clauses: TextSpan[], i: number): boolean {
  const words = betweenDashes(text, clauses, i);
  return words !== null && !hasPredicate(words) && words.split(/\s+/).length <= MAX_ASIDE_WORDS;
}

/** A relative clause that says more of the noun before it: "which was flooded", "much of which was flooded". */
const RELATIVE_ASIDE = /^(?:(?:much|many|some|most|all|none|each|both|one|parts?)\s+of\s+)?(?:which|whom|who)\s/i;

/** The clause at `i` is a relative clause between two dashes, after the noun it says more of. */
function relativeDashAside(text: string, clauses: TextSpan[], i: number): boolean {
  const words = betweenDashes(text, clauses, i);
  return words !== null && RELATIVE_ASIDE.test(words);
}

/** A preposition that opens a phrase with no subject: "before the strike", "in the spring of 1978". */
const PHRASE_OPENING = /^[\s"“]*(?:(?:even|just|long|shortly|only)\s+)?(?:before|after|until|till|since|during|in|on|at|by|following|from|amid|despite|through|throughout)\s/i;
/** The end of a sentence inside a span read as one: a word in lower case, its full stop, and a capital ("…Ms Lund said. The rules…"). */
const SENTENCE_END =
  /(?<![\p{L}.])\p{L}\p{Ll}{2,}(?<!\b(?:Mrs|Messrs|Sen|Gen|Rep|Gov|Col|Capt|Sgt|Cmdr|Adm|Corp|Inc|Ltd|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Rev|Prof|Dept|Univ|etc|approx))[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;

/**
 * The sentence that holds the trigger, when the span given holds more than one (a quotation left open makes
 * a splitter read on): a title is never two sentences.
 */
function innerSentence(text: string, sentence: Sentence, trigger: TextSpan): Sentence {
  const raw = text.slice(sentence.start, sentence.end);
  // Most spans are one sentence: a full stop before a capital is looked for before any word is read.
  if (!/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(raw)) return sentence;
  let start = sentence.start;
  let end = sentence.end;
  for (const match of raw.matchAll(SENTENCE_END)) {
    const at = sentence.start + match.index + match[0].length;
    if (at <= trigger.start) start = at;
    else {
      end = sentence.start + match.index + match[0].search(/[.!?]/) + 1;
      break;
    }
  }
  return start === sentence.start && end === sentence.end ? sentence : { ...sentence, start, end, text: text.slice(start, end) };
}

/** An item of a list of names or short noun phrases: "Hitler", "the Red Army". */
const LIST_ITEM = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u;

/**
 * Where a list that ", and" closes starts, when the clause given opens with "and" and the clause before
 * ends in two items or more of names with no predicate, after its start or "that": the list is the subject
 * of the clause. Null otherwise.
 */
function listSubjectStart(text: string, before: TextSpan, clause: TextSpan): number | null {
  if (!/^and\s/i.test(text.slice(clause.start, clause.start + 4))) return null;
  const raw = text.slice(before.start, before.end);
  const that = raw.lastIndexOf(' that ');
  const from = that >= 0 ? that + 6 : 0;
  const items = raw.slice(from).split(/,\s*/);
  if (items.length < 2 || !items.every((item) => LIST_ITEM.test(item.trim()))) return null;
  return before.start + from;
}

/** Words that open a clause inside a phrase: "before the strike when the unions walked out", "on rents since the party won". */
const CLAUSE_INSIDE_PHRASE = /\s(?:when|where|while|whereas|since)\s+/gi;

/**
 * "Before the long winter when trade unions held strikes that shut the ports, the mayor…": an event in a
 * clause that only describes a phrase without a predicate is titled by that clause with its own subject,
 * "Trade unions held strikes that shut the ports", to its first comma; null when the trigger stands elsewhere.
 */
function clauseAfterPhrase(text: string, clause: TextSpan, trigger: TextSpan): string | null {
  const raw = text.slice(clause.start, trigger.start);
  // The words before are a phrase: a preposition and no predicate ("in October last year when…" after "hit the headlines" is no phrase).
  if (!PHRASE_OPENING.test(raw)) return null;
  let opening: RegExpExecArray | null = null;
  for (const match of raw.matchAll(CLAUSE_INSIDE_PHRASE)) opening = match as RegExpExecArray;
  if (!opening || hasPredicate(raw.slice(0, opening.index))) return null;
  const start = clause.start + opening.index + opening[0].length;
  const comma = text.slice(trigger.end, clause.end).search(/[,;]/);
  const own = clean(text, { start, end: comma >= 0 ? trigger.end + comma : clause.end });
  return hasPredicate(own) && !lostSubject(own) && /^\p{L}/u.test(own) ? own : null;
}

/**
 * A clause of its sentence that is not the sentence's event: what a noun or verb says ("that the party can
 * win…"), or a relative clause ("the sixth of which will take place…").
 */
const DEPENDENT_CLAUSE = /^(?:[Tt]hat\s+(?:the|a|an|he|she|they|it|we|i|you|there|\p{Lu})|(?:[Tt]he\s+)?\p{L}+\s+of\s+(?:which|whom)\b)/u;

/** A reporting participle that closes a title: ", saying", ", adding". */
const TRAILING_PARTICIPLE = /,?\s+(\p{Ll}+ing)$/u;
/**
 * A reporting verb that closes a title: "Mr Lund said", "she told reporters", or with whom it was told,
 * a name or a programme: "Mr Lund told BBC Radio 4's Today programme".
 */
const TRAILING_VERB =
  /\s(\p{Ll}+)(?:\s+(?:reporters|journalists|the\s+\p{L}+)|(?<=\s(?:told|tells?))\s+(?:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&.-]*|\d+(?:['’]s)?|programme|show|newspaper|magazine|channel))*)?$/u;

/** "saying", "adding", "stating": a reporting verb's participle (its stem, or the stem's past, reports). */
function reportingParticiple(word: string): boolean {
  const stem = word.slice(0, -3);
  return isReportingWord(stem) || isReportingWord(`${stem}ed`);
}

/**
 * A title cut where a report begins is no statement: ", saying" is dropped ("The union backed the plan,
 * saying" → "The union backed the plan"); after "Mr Lund said" the reported words follow, to the sentence's end.
 */
function withWhatWasSaid(title: string, text: string, rest: TextSpan): string {
  const participle = TRAILING_PARTICIPLE.exec(title);
  // "Mr Lund is saying:" is the clause's own verb, not a participle after it.
  const progressive = participle !== null && /\b(?:is|are|was|were|be|been)$/i.test(title.slice(0, participle.index));
  if (participle && !progressive && reportingParticiple(participle[1]!)) return title.slice(0, participle.index);
  // "Ms Lund said in a statement: “…”": a clause that reports, cut where its quotation opens, goes on to the quotation.
  const whole = clean(text, rest);
  const reports = (title.match(/\p{L}+/gu) ?? []).some((word) => isReportingWord(word) || (/ing$/.test(word) && reportingParticiple(word)));
  if (reports && whole.startsWith(title) && /^\s*:\s*["“]/.test(whole.slice(title.length))) return whole;
  // The last words only: the search stays linear in a long title.
  const verb = TRAILING_VERB.exec(title.slice(-80));
  if (!verb || !isReportingWord(verb[1]!)) return title;
  return whole.length > title.length ? whole : title;
}

/** The date, an opening phrase, a lower-case first letter and an unclosed quotation dealt with; cut to one line. */
function finish(title: string, date: string | undefined): string {
  let done = date ? dropOpeningDate(title, date) : title;
  done = dropSubordinator(dropOpeningPhrase(done));
  // "According to the ministry, on May 8 the engineers…": a date may open what the phrase left.
  if (date) done = dropOpeningDate(done, date);
  return shorten(closeQuote(openQuote(done.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()))));
}

/** A quotation the title's end cut from its closing mark gets it back: `Ms Lund said: "We will stay` → `…stay"`. */
function closeQuote(title: string): string {
  if (title.lastIndexOf('“') > title.lastIndexOf('”')) return `${title}”`;
  return (title.match(/"/g) ?? []).length % 2 === 1 && /:\s*"[^"]*$/.test(title) ? `${title}"` : title;
}

/** A verb in the past, a form of "be" or "have", or a modal: the words hold a predicate, not only a noun phrase. */
function hasPredicate(words: string): boolean {
  return (words.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => PREDICATE_WORD.test(word) || isPastTense(word));
}

/** A clause that opens with a verb or a relative word has lost its subject; "officials held" opens with a plural noun. */
function lostSubject(clause: string): boolean {
  // "began burning…", "took over…": a verb in the past, irregular ones too.
  const first = /^\p{Ll}+(?=\s)/u.exec(clause)?.[0];
  if (!NO_SUBJECT.test(clause) && !(first && isPastTense(first))) return false;
  return !opensWithPluralNoun(clause);
}

/** "officials held talks": a lower-case plural before a predicate is a subject. */
function opensWithPluralNoun(clause: string): boolean {
  const plural = /^\p{Ll}{3,}[^s\W]s\s+(\p{Ll}+)/u.exec(clause);
  return plural !== null && hasPredicate(plural[1]!);
}

/** Words that open a clause with its own subject inside a clause that lost its own. */
const SUBORDINATOR = /(?:^|\s)(?:since|when|after|before|because|until|once)\s+/g;

/** The last clause after "since", "when"… before the event word, when it opens with a subject and holds a predicate. */
function subordinateWithSubject(text: string, clause: TextSpan, trigger: TextSpan): string | null {
  const before = text.slice(clause.start, trigger.start);
  const opening = [...before.matchAll(SUBORDINATOR)].at(-1);
  if (!opening) return null;
  const own = clean(text, { start: clause.start + opening.index + opening[0].length, end: clause.end });
  return opensWithSubject(own) && hasPredicate(own) && !lostSubject(own) ? own : null;
}

/** A predicate that is no participle after a determiner ("an estimated 2.5%" holds none), or a verb in the present before its object ("expects a"). */
function hasFinitePredicate(words: string): boolean {
  return hasPredicate(words.replace(/\b(?:an?|the|its|their|his|her)\s+\p{Ll}+ed\b/giu, '')) || PRESENT_BEFORE_OBJECT.test(words);
}

/**
 * Where the main clause starts after a report that frames it: "As the weekly wrote on May 6, growers
 * doubted…", "According to the ministry, the engineers finished…"; -1 when the trigger frames nothing.
 */
export function reportingFrameEnd(text: string, sentence: Sentence, trigger: TextSpan): number {
  const clause = clauseSpans(text, sentence).find((c) => c.start <= trigger.start && trigger.start < c.end)!;
  if (!/^(?:as|according\s+to)\b/i.test(clean(text, clause))) return -1;
  const main = mainClauseStart(text, clause.start, sentence.end);
  return main > trigger.end ? main : -1;
}

/**
 * A date inside a relative clause dates the noun phrase the clause refers to: "…the talks on water
 * rights in Lyon, which are scheduled for June 9" → "The talks on water rights in Lyon are scheduled for
 * June 9"; "the talks, which began in 2019, would resume" → "The talks began in 2019". The event word is
 * that noun, or a verb of the relative clause.
 */
function relativeClauseTitle(text: string, clauses: TextSpan[], at: number, trigger: TextSpan, date: TextSpan | undefined): string | null {
  const inside = at > 0 && RELATIVE_PRONOUN.test(text.slice(clauses[at]!.start, clauses[at]!.end));
  const index = inside ? at : at + 1;
  const relative = clauses[index];
  if (!date || !relative || date.start < relative.start || date.start >= relative.end) return null;
  const pronoun = RELATIVE_PRONOUN.exec(text.slice(relative.start, relative.end));
  // The event word heads the phrase the clause refers to: no verb stands between it and the comma.
  // A verb ("said Lund, who…") heads no noun phrase: the clause is about its object, not the event.
  if (!pronoun || (!inside && hasPredicate(text.slice(trigger.start, relative.start)))) return null;
  // The relative clause ends at its first comma ("…, which began in 2019, would resume"): a date after it is the main clause's.
  const comma = commaAfter(text, relative.start);
  const end = comma >= 0 && comma < relative.end ? comma : relative.end;
  if (date.start >= end) return null;
  const antecedent = clauses[index - 1]!;
  // "Lee, 82, who created…": the age after a name is no part of the phrase the clause refers to.
  const words = text.slice(antecedent.start, antecedent.end).replace(/,\s*\d+\s*$/, '').trimEnd();
  const head = inside ? antecedent.start + (LAST_PHRASE_WORD.exec(words)?.index ?? 0) : trigger.start;
  const afterComma = text.slice(antecedent.end, relative.start).startsWith(',');
  const own = nounPhraseStart(text, antecedent.start, head);
  const phrase = inside ? governingPhraseStart(text, antecedent.start, own, afterComma) : own;
  // "new rules came into force, which meant…": a clause, not a noun, is what the relative clause is about.
  if (phrase < 0) return null;
  let subject = balancedQuotes(clean(text, { start: phrase, end: antecedent.start + words.length }));
  // "the novel, Tidewater" → "the novel Tidewater".
  if (phrase < own && /^\p{Lu}/u.test(text.charAt(own))) subject = subject.replace(/,\s+(?=\p{Lu})/u, ' ');
  // "…, whose operation was cancelled seven times, which grabbed headlines": a count of times is no noun the clause refers to.
  if (FREQUENCY.test(subject)) return null;
  return `${subject} ${clean(text, { start: relative.start + pronoun[0].length, end })}`;
}

/** A place written with its region or country in commas: "in Lyon, France, next week" (a comma between two names). */
const PLACE_AND_REGION = /^, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?=,)/u;

/** The first ", " after `from` that ends a clause: not the commas around a place's region ("in Lyon, France, next week"). */
function commaAfter(text: string, from: number): number {
  let comma = text.indexOf(', ', from);
  while (comma >= 0 && /\p{Lu}[\p{L}'’-]*$/u.test(text.slice(Math.max(from, comma - 30), comma))) {
    const region = PLACE_AND_REGION.exec(text.slice(comma, comma + 60));
    if (!region) break;
    // The comma that closes the region closes no clause either.
    comma = text.indexOf(', ', comma + region[0].length + 1);
  }
  return comma;
}

/** A relative pronoun with no comma before it, after a word of the noun phrase it restricts: "the chief who stepped down". */
const RESTRICTIVE_RELATIVE = /(?<=[\p{L}\d'’-])\s+(?:who|which)\s+((?:\p{Ll}+ly\s+|(?:had|has|have|was|were|is|are|will|would|could|had\s+been|has\s+been)\s+){0,2})$/u;

/**
 * "Shell is to pay $1m to the ex-finance chief who stepped down in April 2004" → "The ex-finance chief stepped down in
 * April 2004": an event word that a restrictive relative clause opens with, dated in that clause, is titled by the
 * clause with the noun phrase it restricts as its subject; null otherwise.
 */
function restrictiveRelativeTitle(text: string, clause: TextSpan, trigger: TextSpan, date: TextSpan | undefined): string | null {
  if (!date || date.start < trigger.end) return null;
  const before = text.slice(clause.start, trigger.start);
  const relative = RESTRICTIVE_RELATIVE.exec(before);
  if (!relative) return null;
  const headEnd = clause.start + relative.index;
  const head = LAST_PHRASE_WORD.exec(text.slice(clause.start, headEnd));
  if (!head || FUNCTION_WORDS.has(head[0].toLowerCase()) || hasPredicate(head[0])) return null;
  const end = commaAfter(text, trigger.end);
  const stop = end >= 0 && end < clause.end ? end : clause.end;
  if (date.end > stop) return null;
  const subject = clean(text, { start: nounPhraseStart(text, clause.start, clause.start + head.index), end: headEnd });
  if (!opensWithSubject(subject)) return null;
  return `${subject} ${relative[1]}${clean(text, { start: trigger.start, end: stop })}`;
}

/**
 * "The original film, released in 1980, has spawned ten sequels" → "The original film was released in 1980": a
 * participle phrase in commas between a subject and its predicate, dated inside, tells what was done to the
 * subject; null otherwise.
 */
function participleInCommasTitle(text: string, sentence: Sentence, trigger: TextSpan, date: TextSpan | undefined): string | null {
  const word = text.slice(trigger.start, trigger.end);
  if (!date || date.start < trigger.end || !isPastTense(word.toLowerCase()) || isReportingWord(word)) return null;
  const opening = /,\s+(?:\p{Ll}+ly\s+)?$/u.exec(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start));
  if (!opening) return null;
  const comma = trigger.start - opening[0].length;
  const close = text.indexOf(',', trigger.end);
  if (close < 0 || close >= sentence.end || date.end > close) return null;
  // The phrase stands between a subject and its predicate: a verb follows the closing comma.
  const next = /^,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(text.slice(close, close + 40))?.[1] ?? '';
  if (!(FINITE_WORD.test(next) || (isPastTense(next) && !/ing$/.test(next)))) return null;
  const head = LAST_PHRASE_WORD.exec(text.slice(sentence.start, comma));
  if (!head || FUNCTION_WORDS.has(head[0].toLowerCase())) return null;
  const subject = clean(text, { start: nounPhraseStart(text, sentence.start, sentence.start + head.index), end: comma });
  if (!opensWithSubject(subject) || hasPredicate(subject)) return null;
  const plural = /^\p{Ll}.*[^s]s$/u.test(head[0]);
  return `${subject} ${plural ? 'were' : 'was'} ${clean(text, { start: trigger.start - (opening[0].length - /^,\s+/.exec(opening[0])![0].length), end: close })}`;
}

/**
 * "The mayor, whose plan for the docks is to be published on Monday, said…" → "The mayor's plan for the docks is
 * to be published on Monday": an event dated inside a "whose" clause is that clause, its owner written in.
 */
function possessiveRelativeTitle(text: string, sentence: Sentence, trigger: TextSpan, date: TextSpan | undefined): string | null {
  if (!date) return null;
  const raw = text.slice(sentence.start, sentence.end);
  for (const match of raw.matchAll(/,\s+whose\s+/g)) {
    const start = sentence.start + match.index + match[0].length;
    const comma = text.indexOf(',', start);
    const end = comma >= 0 && comma < sentence.end ? comma : sentence.end;
    if (date.start < start || date.end > end || trigger.start < start || trigger.end > end) continue;
    const head = sentence.start + match.index;
    const word = LAST_PHRASE_WORD.exec(text.slice(sentence.start, head));
    if (!word) return null;
    const owner = clean(text, { start: nounPhraseStart(text, sentence.start, sentence.start + word.index), end: head });
    const clause = clean(text, { start, end });
    if (!owner || !hasPredicate(clause)) return null;
    // "the councils, whose…" → "the councils' budgets"; "Ms Lund, whose…" → "Ms Lund's".
    return `${owner}${/^\p{Ll}.*s$/u.test(word[0]) ? "'" : "'s"} ${clause}`;
  }
  return null;
}

/** Words that join a bare noun to the phrase it belongs to: "a plan for immigration and asylum". */
const JOINING_WORDS = new Set([...PREPOSITIONS, 'and', 'or']);
/** A noun phrase written after a noun in commas names it again: "the book, Ashes,". */
const APPOSITIVE_HEAD = /(?:^|[^\p{L}])((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+$/u;

/**
 * Where the phrase a relative clause refers to starts, given the noun phrase before it. A bare noun (no
 * determiner, no name) after "and" or a preposition is only part of that phrase: "Labour's plan for
 * immigration and asylum, which was published…" is the plan, not "asylum"; a name in commas after a noun
 * keeps the noun it names: "the book, Ashes, which…" → "the book Ashes".
 */
function governingPhraseStart(text: string, from: number, start: number, afterComma: boolean): number {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start))?.[0] ?? '';
  if (/^\p{Lu}/u.test(first)) {
    const window = text.slice(Math.max(from, start - 40), start);
    const appositive = afterComma ? APPOSITIVE_HEAD.exec(window) : null;
    // "Following his lecture, Dr Lind, who…": a phrase that opens the sentence names no one.
    const opener = appositive && /(?:^|\s)(\p{L}+)\s+$/u.exec(window.slice(0, appositive.index + appositive[0].indexOf(appositive[1]!)))?.[1];
    if (!appositive || (opener && (PREPOSITIONS.has(opener.toLowerCase()) || /ing$|^(?:after|before|during|since|until|despite|amid)$/i.test(opener)))) return start;
    return start - window.length + appositive.index + appositive[0].indexOf(appositive[1]!);
  }
  let at = start;
  for (let hops = 0; hops < 4; hops++) {
    const word = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(at))?.[0] ?? '';
    if (SUBJECT_WORDS.has(word.toLowerCase()) || /^\p{Lu}|['’]s$/u.test(word)) return at;
    // The word before the bare phrase, and the word before that: "plan for", "immigration and".
    const window = Math.max(from, at - 60);
    const before = /([\p{L}\p{N}'’-]+)["”’]?\s+([\p{L}]+)\s+$/u.exec(text.slice(window, at));
    if (!before || !JOINING_WORDS.has(before[2]!.toLowerCase()) || FUNCTION_WORDS.has(before[1]!.toLowerCase())) return at;
    if (hasPredicate(before[1]!)) return -1;
    const head = window + before.index;
    at = nounPhraseStart(text, from, head);
  }
  return at;
}

/** A subject cut from a quotation keeps no lone quotation mark: `the plan" for asylum` → `the plan for asylum`. */
function balancedQuotes(subject: string): string {
  return (subject.match(/"/g) ?? []).length % 2 === 1 ? subject.replace(/"/g, '') : subject;
}

/** A phrase ending in a count of times, an adverb and no noun: "(leaked) seven times", "twice". */
const FREQUENCY = /(?:^|\s)(?:(?:\p{L}+|\d+)\s+times|once|twice|thrice)$/iu;

/**
 * Where the noun phrase that ends in the word at `head` starts: after the preposition, the verb or the comma
 * before it. A name ends its phrase at the first word that is not part of a name: "the singer Ella Moss"
 * → "Ella Moss".
 */
function nounPhraseStart(text: string, from: number, head: number): number {
  const words = [...text.slice(from, head).matchAll(PHRASE_WORD)];
  const name = /^\p{Lu}/u.test(text.charAt(head));
  let start = head;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    const lower = word.toLowerCase();
    const at = from + words[i]!.index;
    if (/[,;:]/.test(text.slice(at + word.length, start))) break;
    // "the House of Lords": "of" between capitalised words is part of a name.
    const inName = name && lower === 'of' && /^\p{Lu}/u.test(words[i - 1]?.[0] ?? '');
    if (name && !/^\p{Lu}/u.test(word) && !inName) break;
    if (!inName && (PREPOSITIONS.has(lower) || hasPredicate(lower) || (FUNCTION_WORDS.has(lower) && !SUBJECT_WORDS.has(lower) && !NOUN_MODIFIERS.has(lower)))) break;
    // "to solve energy shortages": the word after "to" is a verb.
    if (words[i - 1]?.[0].toLowerCase() === 'to' && !SUBJECT_WORDS.has(lower)) break;
    start = at;
    if (SUBJECT_WORDS.has(lower)) break;
  }
  return start;
}

/**
 * "The mayor said that a flood had struck the valley in 2004": what happened then is the clause the
 * statement reports, "A flood had struck the valley in 2004"; null when the event is the statement itself.
 */
function reportedClauseTitle(text: string, clause: TextSpan, trigger: TextSpan, date: TextSpan | undefined): string | null {
  if (isReportingWord(text.slice(trigger.start, trigger.end))) return null;
  let start = -1;
  const before = text.slice(clause.start, trigger.start);
  for (const match of before.matchAll(REPORTED_CLAUSE)) {
    // "It is assumed that…", "it was reported that…": no one's statement, only what it reports.
    const impersonal = /\bit\s+(?:is|was|has\s+been)\s+$/i.test(before.slice(0, match.index)) && /ed$/.test(match[1]!);
    // "She denied that she met him in 2019": what is denied is no event.
    const denial = /^den(?:y|ies|ied)$/i.test(match[1]!);
    if ((isReportingWord(match[1]!) && !denial) || impersonal || BELIEF_ADJECTIVE.test(match[1]!)) start = clause.start + match.index + match[0].length;
  }
  // "…she believed the mayor would say sorry on Tuesday": a verb that reports or believes, with no "that", before a
  // clause with its own subject and a finite verb; not "told", whose object comes first.
  const verb = isPastTense(text.slice(trigger.start, trigger.end).toLowerCase()) || FINITE_WORD.test(/(\p{L}+)\s+$/u.exec(before)?.[1] ?? '');
  if (start < 0 && verb) {
    for (const match of before.matchAll(/\b(\p{L}+)\s+/gu)) {
      const after = clause.start + match.index + match[0].length;
      const rest = text.slice(after, trigger.end);
      const evidence = EVIDENCE.test(match[1]!);
      const reports = (isReportingWord(match[1]!) && !/^(?:told|tell|tells|denied|denies)$/i.test(match[1]!)) || BELIEF.test(match[1]!) || evidence;
      // "Mr Lund said he was…": a clause about the speaker is told with the speaker's statement.
      const speaker = /^(?:he|she|they|it|i|we)\s/i.test(rest);
      // "…suggested the posters were a stunt and reminded MPs…", "…said the claims were old and that…": what "and" joins
      // after the clause belongs to the statement, not to the clause.
      const joined = /\sand\s+(?:that\s|(\p{Ll}+)\s)/u.exec(text.slice(after, clause.end));
      const shared = joined !== null && (joined[1] === undefined || isPastTense(joined[1]) || isReportingWord(joined[1]));
      // The reported clause has a finite verb: a modal, "be", "have", or after a verb of evidence one in the past ("…revealed
      // output fell in May").
      const finite = rest.split(/\s+/).slice(1).some((w) => FINITE_WORD.test(w) || (evidence && isPastTense(w.toLowerCase())));
      if (reports && !speaker && !shared && opensWithSubject(rest) && finite) start = after;
    }
  }
  if (start < 0 || (date && date.start < start) || !opensWithSubject(text.slice(start, clause.end))) return null;
  return clean(text, { start, end: clause.end });
}

/** Adjectives of belief before "that": "confident that the boom will continue…" tells the clause as what is expected. */
const BELIEF_ADJECTIVE = /^(?:confident|sure|certain|convinced|hopeful|optimistic|adamant)$/i;

/** Verbs of belief that report a clause without "that": "she believed the mayor would…". */
const BELIEF = /^(?:believed|believes|thought|thinks|hoped|hopes|expected|expects|feared|fears)$/i;
/** Verbs of evidence that report a clause without "that": "figures showed exports fell in May". */
const EVIDENCE = /^(?:showed|shows|revealed|reveals|indicated|indicates|confirmed|confirms)$/i;

/**
 * "The mayor said, recalling the opening of the dam in 2010": an event a statement of the same clause names by a
 * noun, dated after it, is titled by the clause that names it, from its subject to the date: "The mayor recalled
 * the opening of the dam in 2010" (a participle before the noun becomes a verb in the past), "He hopes to announce
 * a deal later on Friday" for "…has said he hopes to announce a deal…"; null when no clause with a subject and a
 * predicate leads to the noun.
 */
function reportedNounTitle(text: string, clause: TextSpan, trigger: TextSpan, date: TextSpan | undefined): string | null {
  const word = text.slice(trigger.start, trigger.end).toLowerCase();
  if (!date || date.start < trigger.end || isReportingWord(word)) return null;
  const before = text.slice(clause.start, trigger.start);
  // "the alleged incident", but "…that the council met…": a verb in the past after a noun is no noun.
  const noun = /\b(?:the|an?|its|his|her|their)\s+(\p{Ll}+\s+)?$/u.exec(before);
  if (!noun || (noun[1] && isPastTense(word)) || !(before.match(/\p{L}+/gu) ?? []).some(isReportingWord)) return null;
  if (/[,;]/.test(text.slice(trigger.end, date.start))) return null;
  const phrase = nounPhraseStart(text, clause.start, trigger.start);
  // "…suggested the referendum could take place in 2026", "…hoped the talks next week could…": the phrase is the
  // subject of the clause the statement reports, which is the title.
  const next = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(date.end, clause.end))?.[1] ?? '';
  const between = text.slice(trigger.end, date.start);
  const finite = between.split(/\s+/).some((w) => FINITE_WORD.test(w)) || PRESENT_BEFORE_OBJECT.test(between);
  if (finite || PREDICATE_WORD.test(next) || isPastTense(next)) return clean(text, { start: phrase, end: clause.end });
  // "…ahead of a general election predicted for next May": a participle after the noun says what is or was done to it.
  const done = /^\s+(\p{Ll}+)\s+(?:(?:for|in|on|at|to|by|during)\s+(?:\S+\s+){0,3})?$/u.exec(between);
  if (done && isPastTense(done[1]!) && !isReportingWord(done[1]!)) {
    const plural = /[^s]s$/.test(word);
    const planned = PLANNED_PARTICIPLE.test(done[1]!);
    const be = planned ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
    return `${clean(text, { start: phrase, end: trigger.end })} ${be} ${clean(text, { start: trigger.end, end: date.end })}`;
  }
  const start = namingClauseStart(text, clause.start, phrase);
  const lead = text.slice(start, phrase);
  // "the mayor said, recalling", "wrote a letter recalling": the participle's subject is the clause's.
  const participle = /(?:,\s*|\s)(\p{Ll}+ing)\s+$/u.exec(lead);
  const past = participle && pastOfGerund(participle[1]!);
  const words = [...lead.matchAll(/[\p{L}'’-]+/gu)];
  const verb = words.findIndex((w) => hasPredicate(w[0]) || isReportingWord(w[0]));
  if (past && verb > 0 && words[verb]!.index < participle.index) {
    return `${clean(text, { start, end: start + words[verb]!.index })} ${past} ${clean(text, { start: phrase, end: date.end })}`;
  }
  const title = clean(text, { start, end: date.end });
  if (!opensWithSubject(title) || !hasFinitePredicate(lead)) return null;
  // "…has said he hopes to announce": the pronoun stands for the subject of the clause that reports it.
  return resolvePronoun(title, text.slice(clause.start, start), text);
}

/**
 * Where the clause that leads to a noun at `phrase` starts: after the last verb that reports it when a subject
 * follows ("said he hopes to announce…", "said that the board…"), else after an opening phrase or a quotation
 * ("“…,” the mayor said, recalling…"), else at the clause's start.
 */
function namingClauseStart(text: string, from: number, phrase: number): number {
  const lead = text.slice(from, phrase);
  let start = from;
  for (const match of lead.matchAll(/\b(\p{L}+)\s+(?:that\s+)?/gu)) {
    const after = from + match.index + match[0].length;
    const rest = text.slice(after, phrase);
    if (isReportingWord(match[1]!) && opensWithSubject(rest) && hasFinitePredicate(rest.replace(/^\S+/, ''))) start = after;
  }
  if (start > from) return start;
  // A quotation that opens the clause is what was said: its reporting clause follows it.
  const closing = /^[\s"“]*[^"”]*[,.!?]?["”]\s*,?\s*/u.exec(lead);
  if (closing && /^[\s]*["“]/.test(lead) && opensWithSubject(lead.slice(closing[0].length))) start = from + closing[0].length;
  const main = mainClauseStart(text, start, phrase);
  return main >= 0 ? main : start;
}

/**
 * The phrase a year before a noun makes: "the 2015 peace accords" with its span; null when the year is no
 * noun's modifier ("in 2015", "the 2015 of the report").
 */
export function yearModifiedPhrase(text: string, date: TextSpan): (TextSpan & { title: string }) | null {
  const determiner = DETERMINER.exec(text.slice(Math.max(0, date.start - 30), date.start));
  if (!determiner) return null;
  let end = date.end;
  for (const word of text.slice(date.end, date.end + 60).matchAll(/\s*([\p{L}][\p{L}'’-]*)/guy)) {
    const lower = word[1]!.toLowerCase();
    // "the 1951 United Nations Convention": a capitalised word is part of a name, not a verb in the past.
    if (FUNCTION_WORDS.has(lower) || PREPOSITIONS.has(lower) || (hasPredicate(lower) && !/^\p{Lu}/u.test(word[1]!))) break;
    end = date.end + word.index + word[0].length;
  }
  if (end === date.end) return null;
  const start = date.start - determiner[0].length + determiner[0].indexOf(determiner[1]!);
  return { start, end, title: finish(text.slice(start, end), undefined) };
}

/**
 * The title of an event a year before a noun dates ("the 1998 accords"): the clause the phrase is the subject
 * of, when its predicate is in the past ("The 1998 accords ended the war", "the 1998 accords, which were
 * signed in Oslo," → "The 1998 accords were signed in Oslo"); else a clause that says only what the year
 * tells: "The accords date from 1998".
 */
export function yearPhraseTitle(text: string, sentence: Sentence, phrase: TextSpan, year: TextSpan): string {
  const clause = clauseSpans(text, sentence).find((c) => c.start <= phrase.end && phrase.end < c.end) ?? sentence;
  // The phrase is the subject when it opens its clause, or a relative clause of its own follows it.
  const opensClause = /(?:^|[,;:]|\band)\s*$/.test(text.slice(sentence.start, phrase.start));
  const after = /^(,?\s+(?:which|that))?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(text.slice(phrase.end, clause.end));
  if (after && (opensClause || after[1]) && (isPastTense(after[2]!) || /^(?:was|were|had)$/.test(after[2]!))) {
    const verb = phrase.end + after[0].length - after[2]!.length;
    return finish(`${clean(text, phrase)} ${clean(text, { start: verb, end: relativeEnd(text, phrase.end, clause.end, after[1] !== undefined) })}`, undefined);
  }
  const words = `${text.slice(phrase.start, year.start)}${text.slice(year.end, phrase.end).trimStart()}`.replace(/\s+/g, ' ').trim();
  const head = /\p{L}+$/u.exec(words)?.[0] ?? '';
  const plural = /s$/i.test(head) && !/(?:ss|us|is)$/i.test(head);
  return finish(`${words} ${plural ? 'date' : 'dates'} from ${text.slice(year.start, year.end)}`, undefined);
}

/** Where a predicate after a noun phrase ends: the clause's end, or the comma that closes a relative clause. */
function relativeEnd(text: string, from: number, end: number, relative: boolean): number {
  if (!relative) return end;
  const comma = text.indexOf(',', from + 1);
  return comma >= 0 && comma < end ? comma : end;
}

/**
 * "…the event of Norway joining the league in 1994" → "Norway joined the league in 1994": a gerund with its
 * subject is a clause once the gerund is a finite verb (kept as written when its past cannot be told).
 */
function gerundClause(text: string, trigger: TextSpan, clause: TextSpan): string | null {
  const gerund = text.slice(trigger.start, trigger.end);
  if (!/ing$/.test(gerund)) return null;
  const subject = GERUND_SUBJECT.exec(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start));
  // "Ahead of Sunday's meeting": after a possessive the word in -ing is a noun, not a verb with its subject.
  if (!subject || /['’]s?\s*$/.test(subject[1]!)) return null;
  const phrase = clean(text, { start: trigger.start - subject[1]!.length, end: clause.end });
  const past = pastOfGerund(gerund);
  return past ? phrase.replace(new RegExp(`\\b${gerund}\\b`), past) : phrase;
}

/** A title that opens with a quotation closed before its event word goes on after the quotation, if a subject follows. */
function withoutOpeningQuotation(title: string, trigger: string): string {
  // The opening mark may be gone already: a sentence that opens with a quotation is trimmed of it.
  // A straight mark closes a quotation only after a word: one before a word opens it.
  const close = title.slice(1).search(/[”»]|(?<=\S)"(?!\p{L})/u) + 1;
  if (close <= 0 || /[“«]/.test(title.slice(1, close)) || title.indexOf(trigger, close) < 0) return title;
  const rest = title.slice(close + 1).replace(/^[\s,]+/, '');
  return opensWithSubject(rest) ? rest : title;
}

/** A noun phrase of a determiner and words that are no grammar words, "of" aside: not "the plan the council". */
function plainPhrase(phrase: string): boolean {
  return phrase.split(/\s+/).slice(1).every((w) => w === 'of' || !FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * Whom the pronoun that opens `sentence` ("She resigned on Tuesday") stands for, found in the sentences
 * before it (`previous`, in `text`) as a title's pronoun is; null when it opens with none, or none fits.
 */
export function openingPronounReferent(text: string, sentence: Sentence, previous: TextSpan): string | null {
  const pronoun = OPENING_PRONOUN.exec(sentence.text);
  if (!pronoun) return null;
  const resolved = resolvePronoun(sentence.text, outsideQuotations(text.slice(previous.start, sentence.start)), text);
  return resolved === sentence.text ? null : resolved.slice(0, resolved.length - (sentence.text.length - pronoun[0].length)).trim();
}

/**
 * "It is being used for the first time" → "This line is being used…": an "it" or "they" that opens a title
 * stands for the one subject before it that fits (see thingNamed); a "he" or "she" for the last name that is one.
 */
function resolvePronoun(title: string, before: string, text: string): string {
  const pronoun = OPENING_PRONOUN.exec(title);
  // "They are in it,” Mr Lund said": words that open inside a quotation are the speaker's.
  if (!pronoun || IMPERSONAL_IT.test(title) || /^[^“"]*(?:”|[,.!?]")/.test(title)) return title;
  const word = pronoun[1]!.toLowerCase();
  const plural = word === 'they';
  // "He" and "she" stand for a person: a name, not "the council"; its words are no grammar words ("The", "It").
  const phrase =
    (word === 'he' || word === 'she' ? personNamed(before, word, title.slice(pronoun[0].length)) : thingNamed(before, plural, title, text)) ??
    (plural ? namedPair(before) : undefined);
  if (!phrase) return title;
  return `${phrase[0]!.toUpperCase()}${phrase.slice(1)} ${title.slice(pronoun[0].length)}`;
}

/**
 * What an opening "it" or "they" stands for: the one subject before it that fits, a plain noun phrase that agrees
 * in number ("the old ferry" for "it", "the talks" for "they") or a name that is no person's (a body, a firm, a
 * place for "it"); undefined when none fits or more than one does, or when the title names it itself.
 */
function thingNamed(before: string, plural: boolean, title: string, text: string): string | undefined {
  const fitting: Array<{ phrase: string; at: number; verb: string; verbEnd: number }> = [];
  const note = (m: RegExpMatchArray, phrase: string, offset: number) => {
    const verb = /(\p{L}+)$/u.exec(m[0])![1]!;
    fitting.push({ phrase, at: offset + m.index! + m[0].indexOf(phrase), verb, verbEnd: offset + m.index! + m[0].length });
  };
  for (const m of before.matchAll(SUBJECT_PHRASE)) {
    if (/[^s]s$/.test(m[2]!) === plural && plainPhrase(m[1]!) && (plural || !ROLE_NOUNS.has(m[2]!.toLowerCase()))) note(m, m[1]!, 0);
  }
  // A name stands for "it" only from the sentence just before, or the title's own: a name told further back has
  // likely given way to what the sentences after it speak of.
  const own = sentenceStartBefore(before, before.length);
  const previous = sentenceStartBefore(before, before.slice(0, own).replace(/[.!?]["”’]?\s*$/, '').length);
  for (const m of before.slice(previous).matchAll(NAMED_SUBJECT)) {
    if (!(hasPredicate(m[2]!) || PRESENT_REPORTING.test(m[2]!))) continue;
    const kind = nameKind(m[1]!, text);
    // A place is an "it" ("Norway said… It will…"); a body or a firm may be "they" too, as British news writes it.
    if (kind === 'body' || (kind === 'place' && !plural)) note(m, m[1]!, previous);
  }
  if (fitting.length === 0) return undefined;
  // The nearest sentence with a subject that fits decides: one subject there, or none is clear. Who reports a clause
  // whose own subject fits ("The port said that this line was…") is not what the clause goes on about.
  const from = sentenceStartBefore(before, Math.max(...fitting.map((f) => f.at)));
  const inSentence = fitting.filter((f) => f.at >= from);
  const reportsAnother = (f: (typeof fitting)[number]) =>
    isReportingWord(f.verb) && inSentence.some((other) => other.at >= f.verbEnd && REPORTED_SUBJECT.test(before.slice(f.verbEnd, other.at)));
  const key = (phrase: string) => phrase.toLowerCase().replace(/^the\s+/, '');
  const nearest = new Map(inSentence.filter((f) => !reportsAnother(f)).map((f) => [key(f.phrase), f.phrase]));
  if (nearest.size !== 1) return undefined;
  const [name, phrase] = [...nearest][0]!;
  return title.toLowerCase().includes(name) ? undefined : phrase;
}

/** What stands between a reporting verb and the subject of the clause it reports: "that", "on Monday that", nothing. */
const REPORTED_SUBJECT = /^\s+(?:(?:(?:on|in|at|during|last|this)\s+[^,;.]{1,25}?\s+)?that\s+)?$/;

/**
 * A name that opens a clause and is its subject, with the word after it (its verb, when it is one): "Acme said",
 * "the EU has", "the Bank of England is expected"; "of" and "the" may stand inside the name. A name after "and" is
 * left out: it may be the second of two ("the US and China could…").
 */
const NAMED_SUBJECT =
  /(?:^|[.;:!?]["”’]?\s+|,\s+|\b(?:that|but)\s+)((?:[Tt]he\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\d&'’.-]*){0,3})(?<!['’]s)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu;

/**
 * Whose name a subject is: a body or a firm (an acronym, a name after "the", one whose last word is a body's noun,
 * one word the article capitalises mid-sentence and never writes after a title or a first name), a place the
 * gazetteer knows, or null when it may be a person's, or is no name ("Shares", "British officials").
 */
function nameKind(subject: string, text: string): 'body' | 'place' | null {
  const definite = /^the\s/i.test(subject);
  const name = subject.replace(/^the\s+/i, '');
  const words = name.split(/\s+/);
  if (words.some((w) => (FUNCTION_WORDS.has(w.toLowerCase()) && w !== 'of' && w !== 'the') || TIME_WORDS.has(w.toLowerCase())) || isDemonym(words[0]!)) return null;
  if (inGazetteer(name)) return 'place';
  const last = words.at(-1)!.toLowerCase();
  if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(name) || BODY_HEADS.has(last) || INSTITUTION_NOUNS.has(last)) return 'body';
  // "The Beatles" opening a sentence, "the European Commission": people are not named after "the".
  if (definite) return words.length > 1 || capitalisedMidSentence(text, name) ? 'body' : null;
  if (words.length > 1 || !capitalisedMidSentence(text, name) || isPersonName(name, text)) return null;
  return 'body';
}

/** The article writes the word after a title or a capitalised first name ("Ms Lund", "Anna Lund"): a person's surname. */
function isPersonName(phrase: string, text: string): boolean {
  const word = /(\p{Lu}[\p{L}'’-]*)$/u.exec(phrase)?.[1];
  if (!word) return false;
  // A title is a role noun ("Mr", "Sir"); any other word before the name must be a name itself, not "In" or "Monday".
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}[\\p{Ll}'’-]*\\.?)\\s+${word}\\b`, 'gu'))) {
    const lower = m[1]!.toLowerCase();
    if (ROLE_NOUNS.has(lower) || !(FUNCTION_WORDS.has(lower) || TIME_WORDS.has(lower) || isDemonym(m[1]!) || inGazetteer(m[1]!))) return true;
  }
  return false;
}

/**
 * The last person named as a subject in `before` whom "he" or "she" may stand for: a name of two words or more, a
 * name with a title ("Mr Lund", not a man's for "she"), or one word after a role ("constable Green"); grammar
 * words that open the sentence ("The") are no part of it.
 */
function personNamed(before: string, pronoun: string, title: string): string | undefined {
  let found: string | undefined;
  let last: string | undefined;
  for (const match of before.matchAll(NAME_SUBJECT)) {
    const words = match[1]!.split(/\s+/);
    while (words.length > 0 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (words.length === 0 || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()))) continue;
    // "British officials", "the Scottish Executive", "the Inland Revenue": a people's adjective or a body, no person.
    if (isDemonym(words[0]!) || BODY_HEADS.has(words.at(-1)!.toLowerCase())) continue;
    const name = words.join(' ');
    const previous = /(\p{Ll}+)\s+$/u.exec(before.slice(0, match.index))?.[1] ?? '';
    const titled = PERSON_TITLE.test(name);
    if (previous === 'the' || (words.length < 2 && !titled && !ROLE_NOUNS.has(previous))) continue;
    if ((pronoun === 'she' && MALE_TITLE.test(name)) || (pronoun === 'he' && FEMALE_TITLE.test(name))) continue;
    // The most recent person named who agrees, subject or not: "he" stands for no one named before that person.
    last = name;
    const [, , possessive, verb] = match;
    // "She and Tom Hale founded", "met with Tom Hale": a name joined to another subject, or an object, is not who "he" is.
    if (/^(?:and|or|nor)$/.test(previous) || PREPOSITIONS.has(previous)) continue;
    if (!possessive && !(verb && (hasPredicate(verb) || PRESENT_REPORTING.test(verb)))) continue;
    found = name;
  }
  // "He said Mr Lund would…": a pronoun never stands for someone its own clause names.
  const surname = found?.split(' ').at(-1);
  if (!found || last !== found || new RegExp(`\\b${surname}\\b`).test(title)) return undefined;
  return found;
}

/**
 * The words before a title with what quotations say left out: a name or a noun in someone's words is no subject
 * the narrative told, and a quotation that opened before the words shows only its closing mark.
 */
function outsideQuotations(words: string): string {
  return words.replace(/^[^“”]*”/, '”').replace(/“[^“”]*”|"[^"\n]*"/g, '""');
}

/** A demonstrative and its noun opening a title: "This line was…", "Those talks will…". */
const OPENING_DEMONSTRATIVE = /^(?:this|that|these|those)\s+([\p{Ll}-]{3,})\s+(?=\p{Ll})/iu;
/** Nouns after a demonstrative that make a time, not a thing told before: "this time next year", "that week". */
const TIME_NOUNS = new Set('time times day days week weeks month months year years morning evening night season century decade'.split(' '));

/**
 * "This line will open in 2010" → "The new tram line will open in 2010": a demonstrative and its noun that open
 * a title stand for the last noun phrase before with the same noun (so the same number), of a determiner and up
 * to three plain words; else the title stays.
 */
function resolveDemonstrative(title: string, before: string): string {
  const bare = BARE_DEMONSTRATIVE.exec(title);
  if (bare && isPastTense(bare[1]!)) {
    const thing = introducedThing(before);
    return thing ? `The ${thing} ${title.slice(bare[0].length)}` : title;
  }
  const opening = OPENING_DEMONSTRATIVE.exec(title);
  if (!opening || TIME_NOUNS.has(opening[1]!.toLowerCase())) return title;
  const noun = opening[1]!.toLowerCase();
  let found: string | undefined;
  // One pass over the words before, keeping the last phrase that ends in the noun: linear in their length.
  const words = [...before.matchAll(/[\p{L}'’-]+|[^\p{L}\s]+/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.toLowerCase() !== noun) continue;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const word = words[j]!;
      const lower = word.toLowerCase();
      if (/^(?:the|a|an|its|their|his|her|our)$/.test(lower) || /^\p{L}+['’]s$/u.test(word)) {
        const modifiers = words.slice(j + 1, i);
        // "the port's expansion plans": a possessive keeps the determiner before it.
        const owner = /['’]s$/.test(word) && /^(?:the|a|an)$/i.test(words[j - 1] ?? '') ? ['the'] : [];
        if (modifiers.every((m) => /^[\p{Ll}-]+$/u.test(m) && !FUNCTION_WORDS.has(m))) found = [...owner, /^(?:a|an)$/.test(lower) ? 'the' : word, ...modifiers, words[i]].join(' ');
        break;
      }
      if (!/^[\p{Ll}-]+$/u.test(word) || FUNCTION_WORDS.has(lower)) break;
    }
  }
  // "…took place via a special video link. … This line is being used": with no phrase of that noun before, a thing's
  // noun ("line", not "move" or "decision", which name what happened) stands for the one thing the sentence before introduced.
  const thing = !found && /^th(?:is|at)\s/i.test(opening[0]) && !eventLike(noun) ? introducedThing(before, true) : undefined;
  if (thing) return `The ${thing} ${title.slice(opening[0].length)}`;
  if (!found || /^(?:this|that|these|those)$/i.test(found.split(' ')[0]!)) return title;
  return `${found[0]!.toUpperCase()}${found.slice(1)} ${title.slice(opening[0].length)}`;
}

/**
 * "This" or "that" alone before a singular auxiliary and a participle: "This will be sent to…", "That was unveiled in
 * May", what was done to a thing. "This is the first time", "This would mean…" speak of what happened, not of a thing.
 */
const BARE_DEMONSTRATIVE = /^(?:this|that)\s+(?=(?:(?:is|was|has|had|will|would|could|can|may|might|should|must|be|been|being)\s+)+(\p{Ll}+)\b)/iu;
/** The sentence before a title, at the end of the words before it. */
const LAST_SENTENCE = /(?:^|[.!?]["”’]?\s+)([^.!?]*[.!?]["”’]?)\s*$/u;
/** A noun phrase that "a" or "an" opens and that ends its sentence: "…drew up a pensioners' manifesto." */
const CLOSING_INDEFINITE = /(?:^|\s)an?\s+((?:[\p{Ll}-]+['’]?\s+){0,6}[\p{Ll}-]{3,})[.!?]["”’]?$/u;
/** Grammar words a noun phrase may hold after its noun: "a statue of the first pilot". */
const PHRASE_GRAMMAR = new Set(['of', 'the']);

/**
 * What a bare "this" stands for when the sentence before makes it clear: the one thing that sentence introduces
 * with "a" or "an", a singular noun phrase that ends it ("The trust commissioned a bronze statue. This was
 * unveiled…" → "bronze statue"), after a preposition when asked; undefined when that sentence introduces more than
 * one thing, or none.
 */
function introducedThing(before: string, afterPreposition = false): string | undefined {
  // The words of the title's own sentence before it are no sentence before.
  const end = [...before.matchAll(/[.!?]["”’]?(?=\s|$)/g)].at(-1);
  const sentence = end ? LAST_SENTENCE.exec(before.slice(0, end.index + end[0].length))?.[1] : undefined;
  if (!sentence || (sentence.match(/(?:^|\s)an?\s/gi) ?? []).length !== 1) return undefined;
  const closing = CLOSING_INDEFINITE.exec(sentence);
  // Named again by another noun ("this line" for "a video link"), the thing is one the sentence reached through a
  // preposition: what something went by or took place in, not what a verb acted on ("signed a striker").
  const word = /(\p{L}+)\s*$/u.exec(sentence.slice(0, closing?.index ?? 0))?.[1]?.toLowerCase() ?? '';
  if (afterPreposition && !(PREPOSITIONS.has(word) || MEANS.has(word))) return undefined;
  const phrase = closing?.[1];
  const words = phrase?.split(/\s+/) ?? [];
  const noun = words.at(-1) ?? '';
  if (!phrase || /[^s]s$/.test(noun) || TIME_NOUNS.has(noun) || words.some((w) => (FUNCTION_WORDS.has(w) && !PHRASE_GRAMMAR.has(w) && !NOUN_MODIFIERS.has(w)) || PREDICATE_WORD.test(w) || isPastTense(w))) return undefined;
  return phrase;
}

/** Prepositions of the way or the place something went by: "via a video link", "through a tunnel". */
const MEANS = new Set(['via', 'through', 'across', 'along', 'inside', 'into', 'onto']);

/** Short nouns that name what happened or what is said of it, not a thing: "this move", "that claim". */
const ABSTRACT_NOUNS = new Set('move step deal plan idea news claim view case fact point reason way sign bid offer threat risk fear hope trend rise fall cut gain loss drop jump figure number result effect'.split(' '));

/** A noun that names what happened, or no thing one can point at: "move", "decision", "talks", "payment". */
function eventLike(noun: string): boolean {
  return eventFamilies(noun).length > 0 || TIME_NOUNS.has(noun) || ABSTRACT_NOUNS.has(noun) || /(?:ion|ment|ance|ence|ity|ness|ism|ure|sis)$/.test(noun);
}

/** The last two names joined by "and" (no grammar words, months or days among them): who "they" may be. */
function namedPair(before: string): string | undefined {
  // "First Minister Jack Hale": a grammar word before an office is part of how the person is named.
  const isName = (words: string) =>
    words.split(/\s+/).every((w, i, all) => (!FUNCTION_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(all[i + 1]?.toLowerCase() ?? '')) && !TIME_WORDS.has(w.toLowerCase()));
  const pair = [...before.matchAll(NAMED_PAIR)].filter((m) => isName(m[1]!) && isName(m[2]!)).at(-1);
  return pair && `${pair[1]} and ${pair[2]}`;
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
  // "US firms": a word in capitals is an acronym, though "us" is a grammar word.
  return /^\p{Lu}/u.test(word) && (!FUNCTION_WORDS.has(lower) || /^\p{Lu}{2,}$/u.test(word)) && !TIME_WORDS.has(lower);
}

/** A name in commas before a lower-case word that opens no relative clause or noun phrase of its own. */
const APPOSITIVE_NAME = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3},\s+(?!(?:who|whose|which|the|a|an|its|his|her|their|one|he|she|it|they|we|i)\b)\p{Ll}/u;

/**
 * Where the main clause starts after an opening phrase with no subject of its own: after the first comma
 * that a subject follows, a comma between two names being a list's; -1 when text[from…] opens otherwise.
 */
function mainClauseStart(text: string, from: number, end: number): number {
  const raw = text.slice(from, end);
  // "…, and at New College, Oxford, he served": a conjunction may join the phrase to one before it.
  const opening = OPENING_PHRASE.exec(raw.replace(FIRST_WORD, '$1').replace(/^(?:and|but|or)\s+/i, ''));
  // A capitalised word in -ing the article writes mid-sentence is a name ("Beijing"), not a participle.
  if (!opening || (opening[1] && capitalisedMidSentence(text, opening[1]))) return -1;
  // "Doubling the fund could save lives, Mr Lund said": a finite verb before the comma makes the -ing phrase a subject.
  if (opening[1] && raw.split(',')[0]!.split(/\s+/).slice(2).some((word) => FINITE_WORD.test(word))) return -1;
  let afterName = false;
  for (const comma of raw.matchAll(/,\s+/g)) {
    const rest = raw.slice(comma.index + comma[0].length);
    // The clause after a name in commas may open with a lower-case subject: "…, Destatis, rising exports were…".
    if (afterName && !hasPredicate(/^\p{L}+/u.exec(rest)?.[0] ?? '') && hasPredicate(rest.slice(0, 80).split(',')[0]!)) return from + comma.index + comma[0].length;
    const before = /(\S+)$/.exec(raw.slice(0, comma.index))?.[1] ?? '';
    // "According to the statistics office, Destatis, rising exports…": a name in commas after a noun names it again.
    afterName = /^\p{Ll}/u.test(before) && APPOSITIVE_NAME.test(rest.slice(0, 80));
    if (afterName) continue;
    if (/^\p{Lu}/u.test(before) && !TIME_WORDS.has(before.toLowerCase()) && /^\p{Lu}/u.test(rest)) continue;
    if (opensWithSubject(rest)) return from + comma.index + comma[0].length + afterLeadingNounPhrase(rest);
  }
  // "Elected in 2001 his first post was…": a participle phrase may end with no comma, where a subject and its predicate begin.
  return opening[2] && !raw.includes(',') ? subjectAfterParticiple(raw, from) : -1;
}

/**
 * "the general election - widely tipped for 5 May -" → "The general election is widely tipped for 5 May": the clause
 * at `at`, between two dashes, of a participle (an adverb before it) and no subject, with the noun phrase that ends
 * the clause before; null otherwise.
 */
function participleAside(text: string, clauses: TextSpan[], at: number): string | null {
  const aside = clauses[at]!;
  const dash = (from: number, to: number) => /^\s*[—–-]\s*$/.test(text.slice(from, to));
  if (!clauses[at + 1] || !dash(clauses[at - 1]!.end, aside.start) || !dash(aside.end, clauses[at + 1]!.start)) return null;
  const words = clean(text, aside);
  const participle = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s/u.exec(words);
  if (!participle || !isPastTense(participle[1]!) || isReportingWord(participle[1]!)) return null;
  const before = clauses[at - 1]!;
  const head = LAST_PHRASE_WORD.exec(text.slice(before.start, before.end).trimEnd());
  if (!head || FUNCTION_WORDS.has(head[0].toLowerCase())) return null;
  const phrase = clean(text, { start: nounPhraseStart(text, before.start, before.start + head.index), end: before.end });
  if (!opensWithSubject(phrase) || hasPredicate(phrase)) return null;
  const plural = /[^s]s$/.test(head[0]);
  const planned = PLANNED_PARTICIPLE.test(participle[1]!);
  return `${phrase} ${planned ? (plural ? 'are' : 'is') : plural ? 'were' : 'was'} ${words}`;
}

/** Participles that plan an event for a date rather than tell it: "predicted for May", "scheduled for Friday". */
const PLANNED_PARTICIPLE = /^(?:expected|predicted|tipped|scheduled|planned|set|slated|forecast|due|proposed|earmarked)$/;
/** A modal or a finite form of "be" or "have": a clause's own predicate. */
const FINITE_WORD = /^(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|does|did)$/i;

/** Possessive determiners and the subject pronoun of who owns: "Elected in 2001, his first post…" → "He was elected…". */
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'I' };
/** An opening passive participle phrase: "Elected in 2001", "Born in 1912 and educated at Leith". */
const PASSIVE_OPENING = /^["“]?(?:\p{L}+ed|[Bb]orn)\s+(?:by|with|about|in|on|at|for|from|to|as)\s/u;

/**
 * "Elected in 2001, Ms Lund served…" → "Ms Lund was elected in 2001": an event of an opening passive participle
 * phrase happened to the main clause's subject (its owner, for "his first post…"); null when the phrase is no
 * passive participle or the subject cannot be told.
 */
function passiveParticipleTitle(text: string, from: number, main: number, end: number): string | null {
  const phrase = clean(text, { start: from, end: main });
  // "Born in 1922 to migrants, Tom Hale, got a job at Acme, a firm…": a predicate after a comma in the phrase shows the
  // main clause began earlier; the phrase runs to no subject here.
  if (!PASSIVE_OPENING.test(phrase) || phrase.split(',').slice(1).some(hasPredicate)) return null;
  const words = [...text.slice(main, end).matchAll(/[\p{L}\p{N}'’.-]+/gu)];
  const verb = words.findIndex((word) => hasPredicate(word[0]));
  if (verb < 1 || verb > MAX_UNMARKED_SUBJECT + 1) return null;
  const head = words[verb - 1]![0];
  // "Ms Lund, 59, served": the age is no part of who was elected.
  const subject = OWNER_PRONOUN[words[0]![0].toLowerCase()] ?? clean(text, { start: main, end: main + words[verb]!.index }).replace(/,\s*\d+$/, '');
  const plural = /^(?:they|we)$/.test(subject) || (verb > 1 && /^\p{Ll}.*[^s]s$/u.test(head));
  const be = plural ? 'were' : 'was';
  return `${subject} ${be} ${phrase.replace(/^["“]?\p{Lu}/u, (letter) => letter.toLowerCase())}`;
}

/** Words of a subject at most, before its predicate, where no comma closes the phrase before it. */
const MAX_UNMARKED_SUBJECT = 4;

/**
 * Where a subject opens after a participle phrase that no comma closes: a determiner or a pronoun that no
 * preposition or determiner stands before ("in a seat" is the phrase's), with a predicate within a few words
 * and no preposition before it; -1 when none does.
 */
function subjectAfterParticiple(raw: string, from: number): number {
  const words = [...raw.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (let i = 2; i < words.length; i++) {
    const word = words[i]![0];
    const lower = word.toLowerCase();
    const before = words[i - 1]![0];
    // A predicate before any subject: the phrase has none after it.
    if (hasPredicate(lower)) return -1;
    // A name after a lower-case word of the phrase ("about his plans Mr Hale told…") may open the subject too.
    const name = /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(before);
    if (!(SUBJECT_WORDS.has(lower) || name) || PREPOSITIONS.has(before.toLowerCase()) || FUNCTION_WORDS.has(before.toLowerCase())) continue;
    const ahead = words.slice(i + 1, i + 1 + MAX_UNMARKED_SUBJECT).map((w) => w[0].toLowerCase());
    const verb = ahead.findIndex((word) => hasPredicate(word));
    if (verb >= 0 && !ahead.slice(0, verb).some((word) => PREPOSITIONS.has(word))) return from + words[i]!.index;
  }
  return -1;
}

/**
 * "According to a new book, Tidewater Days, Mr Hale left…": a noun phrase in commas with no predicate, before a
 * clause with its own subject and predicate, names what the opening phrase spoke of; it is no subject. Where
 * that clause starts in `rest`, or 0 when `rest` opens with the subject (also a list's first item: "In May,
 * Lund, Berg and Holm founded…").
 */
function afterLeadingNounPhrase(rest: string): number {
  const comma = /,\s+/.exec(rest);
  if (!comma || hasPredicate(rest.slice(0, comma.index))) return 0;
  const next = rest.slice(comma.index + comma[0].length);
  const words = next.split(',')[0]!.match(/\p{L}+/gu) ?? [];
  const verb = words.findIndex((word) => hasPredicate(word));
  const listed = words.slice(0, verb).some((word) => /^(?:and|or)$/i.test(word));
  return verb > 0 && !listed && opensWithSubject(next) ? comma.index + comma[0].length : 0;
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
  // "The February 1974 general election surprised…": after "the" alone, a date modifies the noun after it.
  if (/^the\s+$/i.test(title.slice(0, at)) && !separator?.[0].startsWith(',')) return title;
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
    if (hasPredicate(/^\p{Ll}+/u.exec(raw.slice(comma.index + comma[0].length))?.[0] ?? '')) return clean(text, { start: relative.start + comma.index + comma[0].length, end: relative.end });
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
/**
 * "As water levels began to fall…": a clause of time cut from the sentence that subordinated it, whose
 * opening "as" stands for nothing in a title. Kept where it frames a report ("As the weekly wrote on
 * Monday…"), adds ("As well as…") or compares, and where no subject and predicate would remain.
 */
function dropSubordinator(title: string): string {
  const opening = /^as\s+(?!(?:well|much|many|long|soon|far|part|such|expected|usual|a|an)\b)(?=\S)/i.exec(title);
  if (!opening) return title;
  const rest = title.slice(opening[0].length);
  const reports = (rest.match(/^[^,]*/)?.[0].match(/\p{L}+/gu) ?? []).some((word) => isReportingWord(word));
  return reports || lostSubject(rest) || !hasPredicate(rest) ? title : rest;
}

function dropOpeningPhrase(title: string): string {
  // "Last week," but not "Last year's winner,": a phrase with a possessive names someone.
  // "Also on Friday," ties the sentence to the one before as well as dating it.
  const comma = /^(?:also\s+)?(?:(?:on|in|at|by|during|earlier|later|according to)\b[^,]{0,50}|(?:last|this|next)\b(?:(?!['’]s\b)[^,]){0,50}|(?:the\s+(?:next|following|same|previous)|that)\s+(?:day|morning|afternoon|evening|night)|\S+\s+(?:days?|weeks?|months?)\s+(?:later|earlier)),\s+(?=\S)/i.exec(title);
  if (!comma) return title;
  const rest = title.slice(comma[0].length);
  return lostSubject(rest) ? title : rest;
}

function clean(text: string, span: TextSpan): string {
  return text
    .slice(span.start, span.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’.,;:—–-]+|[\s"“”'‘’.,;:—–-]+$/g, '')
    .replace(/^(?:and|but|or|yet|so(?!\s+(?:far|much|many|long|few)\b))\s+/i, '')
    // "The first cards would be issued in 2008 and, when…": a conjunction cut from what it joins ends nothing.
    .replace(/\s+(?:and|but|or)$/i, '');
}

export function shorten(title: string): string {
  // A title cut already ends in "…", one character past the line.
  if (title.length <= MAX_TITLE_LENGTH || (title.endsWith('…') && title.length <= MAX_TITLE_LENGTH + 1)) return title;
  let cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  if (cut <= 40) cut = MAX_TITLE_LENGTH;
  // A cut inside a quotation ends before it, when enough is left: a title does not end mid-quote.
  const open = title.lastIndexOf('“', cut);
  if (open > 40 && title.indexOf('”', open) >= cut) cut = open;
  return `${title.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A title that is only the words of a direct quotation tells what someone said, not an event: it becomes the
 * reporting clause of the quotation's sentence with the words it reports ("“The pier stays shut,” the mayor
 * said" → "The mayor said: “The pier stays shut”"); null when no reporting clause stands outside the
 * quotation in the sentence or before the run of quotations it belongs to. Any other title is returned as it is.
 */
export function quotationTitle(
  text: string,
  sentence: Sentence,
  quotations: ReadonlyArray<Quotation>,
  title: string,
  previous?: TextSpan,
): string | null {
  const core = title.replace(/…$/, '').replace(/^["“”'‘’«»]+/, '').replace(/[\s"“”'‘’«»,.;:]+$/, '');
  const at = quotations.length > 0 ? text.slice(sentence.start, sentence.end).toLowerCase().indexOf(core.slice(0, 40).toLowerCase()) : -1;
  const start = sentence.start + at;
  // The title starts and ends inside the quotation's words (a cut title stops earlier): it is what was said.
  const opening = at < 0 ? undefined : quotations.find((q) => q.start <= start && start < q.end);
  // A title that goes on past the quotation only to the clause that reports it ("“…,” the mayor said") is what was said too.
  const reportedAfter = (q: Quotation) => reportingClause(clean(text, { start: q.close, end: Math.min(sentence.end, start + core.length) })) !== null;
  const quotation = opening && (start + core.length <= opening.end + 1 || reportedAfter(opening)) ? opening : undefined;
  if (!quotation) return title;
  // Quotations that follow one another with nothing between are one speaker's words: the first one's clause reports them all.
  let first = quotations.indexOf(quotation);
  while (first > 0 && /^\s*$/.test(text.slice(quotations[first - 1]!.close, quotations[first]!.open))) first--;
  const runOpen = quotations[first]!.open;
  const afterStart = Math.min(sentence.end, quotation.close);
  // After the quotation, the reporting clause ends where another quotation opens: `…,” she said. “Next…`.
  const next = text.slice(afterStart, sentence.end).search(/[“"«]/);
  const after = clean(text, { start: afterStart, end: next >= 0 ? afterStart + next : sentence.end });
  // Before the run: in this sentence, or in the sentence the run opened in, after this sentence's own clause.
  const runHere = runOpen >= sentence.start;
  const before = clauseBefore(text, runOpen, runHere ? sentence.start : sentenceStartBefore(text, runOpen));
  const clause = (runHere ? [before, after] : [after, before]).map(reportingClause).find((c) => c !== null);
  if (!clause) return null;
  // The quoted words from the start of the sentence the title opens in: a span given may hold more than one.
  const saidStart = Math.max(sentence.start, quotation.start, sentenceStartBefore(text, start));
  const said = clean(text, { start: saidStart, end: Math.min(sentence.end, quotation.end) }).replace(/[,:]$/, '');
  const speaker = previous ? resolvePronoun(clause, outsideQuotations(text.slice(previous.start, sentence.start)), text) : clause;
  // The title is cut inside the quoted words, which it closes: the speaker and the verb always stand.
  const room = MAX_TITLE_LENGTH - speaker.length - ": “…”".length;
  const cut = said.lastIndexOf(' ', room);
  const words = said.length <= room ? said : `${said.slice(0, cut > 0 ? cut : room).replace(/[\s,;:–—-]+$/, '')}…`;
  return finish(`${speaker}: “${words}”`, undefined);
}

/** "Speaking in Leeds, Ms Lund said: “…" → "Ms Lund said": the words before a quotation opens, without an opening phrase. */
function clauseBefore(text: string, open: number, from: number): string {
  if (open <= from) return '';
  const main = mainClauseStart(text, from, open);
  return clean(text, { start: main >= 0 ? main : from, end: open });
}

/** Where the sentence that holds `at` starts: after the last full stop, question or exclamation mark before it. */
function sentenceStartBefore(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 300), at);
  const ends = [...window.matchAll(/[.!?]["”’]?\s+|\n\s*/g)].at(-1);
  return ends ? at - window.length + ends.index + ends[0].length : Math.max(0, at - 300);
}

/** Words in a reporting clause at most: "Mr Lund said in a speech during his tour of the north". */
const MAX_REPORTING_WORDS = 14;
/** A verb that reports in the third person: "said", "says", "told", not "say" or "tell" (words quoted back, or a plan). */
const reports = (word: string) => isReportingWord(word) && !/^(?:say|tell)$/i.test(word);

/** A person's name of two words or more, all of the words in commas after an office. */
const NAMED_AFTER_OFFICE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u;

/**
 * "the mayor said", "said the mayor" → "the mayor said": a short clause whose subject is no first or second
 * person (those are the speaker's own words) and whose verb reports; else null.
 */
function reportingClause(words: string): string | null {
  const all = words.match(/\p{L}+/gu) ?? [];
  if (all.length === 0 || all.length > MAX_REPORTING_WORDS || /^(?:i|we|you)$/i.test(all[0]!)) return null;
  const inverted = /^(\p{Ll}+)\s+(.+)$/u.exec(words);
  // "said Anna Berg, of the trust", "said Tom Berg - a former banker -": who she is, after the comma or the dash, is no
  // part of the subject; but "said the firm's chief economist, Tom Berg" names who holds the office, and the name is kept.
  if (inverted && reports(inverted[1]!) && opensWithSubject(inverted[2]!) && !hasPredicate(inverted[2]!)) {
    const [who, aside] = inverted[2]!.split(/,|\s[—–-]\s/).map((part) => part.trim());
    const office = ROLE_NOUNS.has(/\p{L}+$/u.exec(who!)?.[0].toLowerCase() ?? '');
    return `${office && aside && NAMED_AFTER_OFFICE.test(aside) ? `${who} ${aside}` : who} ${inverted[1]}`;
  }
  return all.some(reports) && opensWithSubject(words) && !lostSubject(words) ? words : null;
}
