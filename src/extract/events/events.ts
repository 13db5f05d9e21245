/**
 * Events: what happened, who took part and when. An event is an event word (a predicate: "talks",
 * "summit", "announced") with the date its sentence ties to it (see anchor.ts). The date of a report is
 * not the date of what it mentions: a year a statement looks back on dates nothing unless something
 * happened then, and comparisons, durations and "since" phrases date nothing at all.
 */
import { phrasalVerb } from '../../text/phrasal.js';
import type { Article, Paragraph, Sentence } from '../../corpus/types.js';
import type { DateAttachment, DateGranularity, DateMention, TimelineSource } from '../types.js';
import { anchorEvents, type TextSpan } from './anchor.js';
import { isPastTense } from '../../text/analyzer.js';
import { isStopWord } from '../../text/stopwords.js';
import { inGazetteer, isDemonym } from '../../text/gazetteer.js';
import { capitalisesNextWord, FUNCTION_WORDS, isPossessive, NOUN_MARKERS, PREPOSITIONS, ROLE_NOUNS, tokenize, type Token } from '../../text/phrases.js';
import { isNameLike } from '../people/mentions.js';
import { capitalisedMidSentence, spelledOutInLowerCase, writtenAsBody, writtenInLowerCase } from './capitals.js';
import { eventFamilies, isReportingWord, predicateFamilies } from './event-words.js';
import { quotationTitle, reportingFrameEnd, titleOf, yearModifiedPhrase, yearPhraseTitle } from './title.js';
import { findQuotations, type Quotation } from '../quotes/quote-marks.js';
import { withFullName } from './full-names.js';

export interface NewsEvent {
  /** The event word as written, lower case. */
  predicate: string;
  /** The families of every event word tied to the date: two reports of one event share one. */
  families: string[];
  participants: string[];
  /** What the event word acts on, its head noun ("opened a new canal", "the canal was opened" → "canal"); null when none is written. */
  object: string | null;
  /** The event word names an event told before: "the talks", "that call", "the ballot closed", "she told". */
  refersBack: boolean;
  value: string;
  end: string | null;
  granularity: DateGranularity;
  time: string | null;
  attached: DateAttachment;
  title: string;
  source: TimelineSource;
  articleId: string;
  sentence: number;
}

/** A title that opens with the first person: the words of whoever speaks, not an event the article tells. */
const FIRST_PERSON = /^(?:I|We|My|Our)\s/;
/** Words before a date that make it a comparison, a duration or a bound ("since", "before"): it dates no event. */
const NOT_DATING =
  /\b(?:compared\s+(?:to|with)|than(?:\s+(?:that|those))?(?:\s+(?:in|on|at|during))?|since|before|after|until|till|prior\s+to|by|throughout|unlike|as\s+in|like|versus|vs\.?|(?:over|for|during|in)\s+the\s+(?:past|last|previous|next))\s+(?:\S+\s+)?$/i;
/**
 * A date at the end of a short phrase of comparison with no verb in it ("compared with 474,000 barrels in
 * 1973", "since an 8.5% rise in 1999"): the thing compared with, not an event. "Since the firm was founded
 * in 1999" has a verb, and dates the founding.
 */
const IN_COMPARED_PHRASE =
  /\b(?:compared\s+(?:to|with)|than|since|versus|vs\.?)\s+(?:(?!(?:was|were|is|are|be|been|had|has|have|did|does|\p{L}+ed)\s)[^\s;:!?]*[^\s,.;:!?]\s+){1,5}(?:in|of|from|during)\s+$/iu;
/** A date right after a negated verb ("did not finish in 2010") is the date of what did not happen: it dates nothing. */
const AFTER_NEGATED_VERB = /\b(?:not|never|n['’]t)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:(?:in|on|at|during|by)\s+)?$/iu;
/** The next words make the date a starting point or a standard ("2016 levels"). */
const NOT_DATING_AFTER = /^\s*(?:levels?|figures?|standards?|onwards?|on\b)/i;
/** A word that may name an event: a known event word, or a verb in the past tense. */
const WORD = /\p{L}[\p{L}'’-]*/gu;
const NEGATED = /\b(?:not|never|no|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
const PRESENT_STATE = /\b(?:is|are|am|remains?|seems?)\s+(?:\p{L}+ly\s+)?$/iu;
/** A modal or auxiliary before a word makes it a verb ("will reopen", "did sign", "could end"). */
const AFTER_MODAL = /\b(?:will|would|shall|should|can|could|may|might|must|did|does|do|to\s+be|is\s+to|are\s+to|set\s+to|due\s+to|plans?\s+to|planned\s+to|expected\s+to|scheduled\s+to|going\s+to|agreed\s+to|decided\s+to)\s+(?:\p{L}+ly\s+)?$/iu;
/** A form of "be" before a word: "is reopening", "were closing", "was set for". */
const AFTER_BE = /\b(?:is|are|am|was|were|be|been)\s+(?:\p{L}+ly\s+)?$/iu;
/** After a form of "be", words that plan an event for a date: "is scheduled for", "was postponed to". */
const PLANNED = /^(?:(?:scheduled|slated|planned|set|due)\s+(?:for|on|in|at)|(?:postponed|rescheduled|delayed|moved|pushed\s+back|brought\s+forward)\s+(?:to|for|on|in))\b/i;
const PLANNING_WORDS = new Set(['scheduled', 'slated', 'planned', 'set', 'due', 'postponed', 'rescheduled', 'delayed', 'moved', 'pushed', 'brought']);
const MAX_SUBJECT_WORDS = 8;
/** The end of a clock time, before its zone: "1830 ", "10:07 am (". */
const CLOCK_BEFORE = /\d\s*(?:[ap]\.?m\.?\s*)?\(?\s*$/i;
/** "it reopens", "which ends": a verb in the present after a pronoun that can only be its subject. */
const AFTER_SUBJECT_PRONOUN = /\b(?:he|she|it|who|which|that)\s+$/iu;
/** -ing words that name no happening. */
const NOT_EVENT_ING = new Set('during according including following regarding concerning being morning evening thing nothing something anything everything king ring spring string building ceiling'.split(' '));
const AFTER_DATE_PENALTY = 10;
/** Characters a clause boundary between an event word and a date counts for, when another date stands in the word's clause. */
const OTHER_CLAUSE_PENALTY = 60;
const WRITTEN_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)(?![a-z])/i;
/** Time zones written after a clock time. */
const ZONE = /^\s*(?:a\.?m\.?|p\.?m\.?)?\s*\(?\b([A-Z]{2,4}T?|GMT|UTC(?:[+-]\d{1,2})?)\b/;
/** A zone chrono read as part of the time ("10:07 am ET"). */
const WRITTEN_ZONE = /\d\s*(?:[ap]\.?m\.?)?\s+([A-Z]{2,4})$/;

/** The dated events of one article, in text order. */
export function extractEvents(article: Article, mentions: DateMention[], reference: string): NewsEvent[] {
  const events: NewsEvent[] = [];
  const bySentence = new Map<number, DateMention[]>();
  for (const mention of mentions) {
    const own = bySentence.get(mention.sentence);
    if (own) own.push(mention);
    else bySentence.set(mention.sentence, [mention]);
  }
  for (const [index, sentenceMentions] of bySentence) {
    const sentence = article.sentences[index];
    if (!sentence) continue;
    const dating = datingMentions(article.text, sentenceMentions);
    if (dating.length === 0) continue;
    const words = eventWords(article.text, sentence);
    const anchors = anchorEvents([sentence], dating.map(mentionSpan), words);
    // An event word tied to two dates is the event of the nearer one ("said on Monday that it was founded in 1990");
    // English puts a date after its verb, so a date before the word counts as a little further away, and wins no tie
    // ("reopened in March and reopened again in September").
    // A date of another clause ("…in 1973, and he won a prize in 1980") is further away than its characters say.
    const otherClause = (w: TextSpan, m: DateMention) => (w.start < m.clause.start || w.end > m.clause.end ? OTHER_CLAUSE_PENALTY : 0);
    const gap = (w: TextSpan, m: DateMention) => (m.start >= w.end ? m.start - w.end : w.start - m.stop + AFTER_DATE_PENALTY) + otherClause(w, m);
    const nearestDate = new Map<number, number>();
    for (const { event, date } of anchors) {
      const known = nearestDate.get(event);
      const [here, there] = known === undefined ? [0, 1] : [gap(words[event]!, dating[date]!), gap(words[event]!, dating[known]!)];
      if (known === undefined || here < there || (here === there && dating[date]!.start > words[event]!.start)) nearestDate.set(event, date);
    }
    for (const [d, mention] of dating.entries()) {
      const tied = anchors.filter((a) => a.date === d && nearestDate.get(a.event) === d).map((a) => words[a.event]!);
      const event = eventOf(article, sentence, mention, tied, words, dating, reference);
      if (event) events.push(event);
    }
  }
  return mergeSameTitles(mergeClockTimes(events));
}

/**
 * Two events of one sentence and one date whose titles are the same clause (one may be cut shorter) would be
 * two entries saying one thing: the first stands for both, with the families and participants of each.
 */
function mergeSameTitles(events: NewsEvent[]): NewsEvent[] {
  const kept: NewsEvent[] = [];
  // The events of one sentence come together: only those kept since the sentence began are compared.
  let sentenceKept: NewsEvent[] = [];
  const core = (title: string) => title.replace(/…$/, '').toLowerCase();
  for (const event of events) {
    if (sentenceKept[0]?.sentence !== event.sentence) sentenceKept = [];
    const same = sentenceKept.find(
      (k) =>
        k.value === event.value &&
        k.end === event.end &&
        k.granularity === event.granularity &&
        (core(k.title).startsWith(core(event.title)) || core(event.title).startsWith(core(k.title))),
    );
    if (!same) {
      kept.push(event);
      sentenceKept.push(event);
    } else {
      same.families = [...new Set([...same.families, ...event.families])];
      same.participants = [...new Set([...same.participants, ...event.participants])];
      same.time ??= event.time;
    }
  }
  return kept;
}

/** The mentions that date something; "compared to 2016 or 2018" leaves out both years. */
function datingMentions(text: string, mentions: DateMention[]): DateMention[] {
  let previous: { mention: DateMention; dating: boolean } | null = null;
  const dating: DateMention[] = [];
  for (const mention of mentions) {
    const listed: boolean = previous !== null && !previous.dating && /^\s*(?:,|or|and|,\s*(?:or|and))\s*$/.test(text.slice(previous.mention.stop, mention.start));
    const keep: boolean = !listed && dates(text, mention);
    if (keep) dating.push(mention);
    previous = { mention, dating: keep };
  }
  return dating;
}

/** False for a date that only measures or compares ("since 2014", "compared to 2016"). */
function dates(text: string, mention: DateMention): boolean {
  if (mention.timex?.endsWith('_REF')) return false;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const written = mention.text.toLowerCase();
  if (/^(?:since|compared|before|after|until|by)\b|^(?:over|for) the (?:past|last)\b/.test(written)) return false;
  return !NOT_DATING.test(before) && !IN_COMPARED_PHRASE.test(before) && !AFTER_NEGATED_VERB.test(before) && !NOT_DATING_AFTER.test(text.slice(mention.stop, mention.stop + 12));
}

function mentionSpan(mention: DateMention): TextSpan {
  return { start: mention.start, end: mention.stop };
}

interface EventWord extends TextSpan {
  word: string;
  /** In a family of event-word data, not only a verb in the past tense. */
  known: boolean;
  families: string[];
}

/**
 * The words of a sentence that may name an event, with their families. Any verb may: a word of an event
 * family, a past tense, a word after a modal or auxiliary ("will reopen"), a progressive ("is closing"),
 * a present after a subject pronoun ("it reopens"). A word of no family is its own family, by its
 * predicate key, so that two reports of "reopened" and "will reopen" still merge.
 */
function eventWords(text: string, sentence: Sentence): EventWord[] {
  const found: EventWord[] = [];
  let opening = true;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const families = eventFamilies(word);
    const midSentence = !opening;
    opening = false;
    // "the United States": a capitalised word of no event family after the first word is part of a name, not a verb.
    if (families.length === 0 && midSentence && /^\p{Lu}/u.test(match[0])) continue;
    const start = sentence.start + match.index;
    const before = text.slice(Math.max(0, start - 24), start);
    // "The auction is scheduled for May 3": not a state but an event planned for the date, named by the subject.
    const be = PLANNING_WORDS.has(word) ? AFTER_BE.exec(before) : null;
    if (be && PLANNED.test(text.slice(start, start + 40))) {
      const subject = subjectHead(text, sentence, start - before.length + be.index);
      // Without a noun to name it ("which is scheduled for…"), the participle names it, after any known event word.
      const named = subject ?? { start, end: start + match[0].length, word };
      if (!found.some((w) => w.start === named.start)) found.push({ ...named, known: subject !== null, families: predicateFamilies(named.word) });
      continue;
    }
    // "was set up in 2011": a verb that reads as one only with its particle, named by the verb it stands for.
    const particle = PARTICLE_AFTER.exec(text.slice(start + match[0].length, start + match[0].length + 8))?.[1];
    const standsFor = particle ? phrasalVerb(word, particle) : null;
    if (families.length === 0 && standsFor && !NEGATED.test(before)) {
      found.push({ start, end: start + match[0].length, word, known: true, families: predicateFamilies(standsFor) });
      continue;
    }
    if (families.length === 0 && !isPastTense(word) && !isVerbByPosition(word, before)) continue;
    // "are prepared", "is concerned": a state in the present, not something that happened.
    if (families.length === 0 && PRESENT_STATE.test(before) && !/ing$/.test(word)) continue;
    // "did not offer", "never met": what did not happen dates nothing.
    if (NEGATED.test(before)) continue;
    const known = families.length > 0;
    found.push({ start, end: start + match[0].length, word, known, families: predicateFamilies(word) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The word after a verb, which may be its particle ("set up"). */
const PARTICLE_AFTER = /^\s+(\p{L}+)/u;

/**
 * The noun that heads the subject ending at `end`, within its clause: "The reopening of the bridge" →
 * "reopening"; null for a pronoun, or a subject too long to be a plain noun phrase.
 */
function subjectHead(text: string, sentence: Sentence, end: number): (TextSpan & { word: string }) | null {
  const from = sentence.start + text.slice(sentence.start, end).lastIndexOf(',') + 1;
  const words = [...text.slice(from, end).matchAll(WORD)];
  const modifierAt = words.findIndex((w) => PREPOSITIONS.has(w[0].toLowerCase()));
  const head = words.slice(0, modifierAt < 0 ? words.length : modifierAt).at(-1);
  if (!head || words.length > MAX_SUBJECT_WORDS || isStopWord(head[0].toLowerCase())) return null;
  return { start: from + head.index, end: from + head.index + head[0].length, word: head[0].toLowerCase() };
}

/** A verb by the words before it: after a modal, in the progressive, or in the present after a pronoun. */
function isVerbByPosition(word: string, before: string): boolean {
  if (word.length < 3 || isStopWord(word) || /^\p{N}/u.test(word)) return false;
  if (AFTER_MODAL.test(before)) return true;
  if (/ing$/.test(word) && word.length > 5 && !NOT_EVENT_ING.has(word)) return AFTER_BE.test(before);
  return /[^su]s$/.test(word) && AFTER_SUBJECT_PRONOUN.test(before);
}

function eventOf(
  article: Article,
  sentence: Sentence,
  mention: DateMention,
  tied: EventWord[],
  words: EventWord[],
  dating: DateMention[],
  reference: string,
): NewsEvent | null {
  if (tied.length === 0) return null;
  // "The 2015 accords": a past year that modifies a noun dates that noun phrase only, and is an event if the phrase
  // names one; "will hold its 2026 conference" plans the event its clause names.
  const past = mention.granularity === 'year' && mention.value < reference.slice(0, 4);
  const modified = past ? yearModifiedPhrase(article.text, mentionSpan(mention)) : null;
  if (modified) {
    const named = words.find((w) => w.known && w.start >= modified.start && w.end <= modified.end);
    return named ? eventFrom(article, sentence, mention, named, [named], dating, reference, yearPhraseTitle(article.text, sentence, modified, mentionSpan(mention))) : null;
  }
  // English puts a date after its verb: a word after the date counts as a little further away.
  const distance = (w: EventWord) => (w.start >= mention.stop ? w.start - mention.stop + AFTER_DATE_PENALTY : mention.start - w.end);
  const happenings = tied.filter((w) => !isReportingWord(w.word));
  // A year or a longer period that only a statement is tied to is what the statement looks back on.
  if (happenings.length === 0 && (mention.granularity === 'year' || mention.granularity === 'month')) return null;
  // A day dates the nearest event word, a statement too; a longer period only what happened in it.
  const candidates = mention.granularity === 'year' || mention.granularity === 'month' ? happenings : tied;
  // A word of the date's own clause names the event its report is about; among those, a known event word
  // ("meeting took place") names it better than a verb of no family.
  const outside = (w: EventWord) => Number(w.start < mention.clause.start || w.end > mention.clause.end);
  let main = [...candidates].sort((a, b) => outside(a) - outside(b) || Number(!a.known) - Number(!b.known) || distance(a) - distance(b))[0]!;
  // "As the weekly wrote on May 6, growers doubted the plan": the report frames the event its main clause names.
  const framed = isReportingWord(main.word) ? reportingFrameEnd(article.text, sentence, main) : -1;
  const reported = framed >= 0 ? words.find((w) => w.start >= framed && !isReportingWord(w.word)) : undefined;
  if (reported) main = reported;
  return eventFrom(article, sentence, mention, main, tied, dating, reference);
}

/**
 * The event `main` names on the date of `mention`, with its participants, time and title (given, or from its
 * sentence); null when the title could only be the words of a quotation no clause of its sentence reports.
 */
function eventFrom(
  article: Article,
  sentence: Sentence,
  mention: DateMention,
  main: EventWord,
  tied: EventWord[],
  dating: DateMention[],
  reference: string,
  title?: string,
): NewsEvent | null {
  const previous = antecedentSpan(article, sentence);
  const quotations = quotationsOf(article, sentence);
  // An event word inside a quotation is told in the speaker's words: their pronouns stand for no one the narrative named.
  const quoted = quotations.some((q) => q.start <= main.start && main.start < q.end);
  const clauseTitle = title ?? titleOf(article.text, sentence, main, mentionSpan(mention), quoted ? undefined : previous);
  const told = quotationTitle(article.text, sentence, quotations, clauseTitle, previous);
  // "We are hoping to hear in the New Year": words in the first person outside any mark are someone's, told with no speaker.
  if (told === null || FIRST_PERSON.test(told)) return null;
  const day = mention.granularity === 'time' ? mention.value.slice(0, 10) : mention.value;
  const end = mention.end && mention.granularity === 'time' ? mention.end.slice(0, 10) : mention.end;
  const source = { file: article.file, articleId: article.id, text: mention.clause.text, start: mention.clause.start, end: mention.clause.end };
  return {
    predicate: main.word,
    // A verb that reports the event ("…, her office said") tells nothing of its kind unless the event is the statement.
    families: [...new Set([main, ...tied.filter((w) => !isReportingWord(w.word) || isReportingWord(main.word))].flatMap((w) => w.families))],
    participants: participantsOf(article.text, sentence, mention),
    object: objectOf(article.text, sentence, main),
    refersBack: refersBack(article.text.slice(Math.max(sentence.start, main.start - 40), main.start), main.word),
    value: day,
    end: end === day ? null : end,
    granularity: mention.granularity === 'time' ? 'day' : mention.granularity,
    time: clockTime(article.text, mention, dating),
    attached: attachmentOf(mention, reference),
    // "Lund said" read alone: the full name the article gave before.
    title: withFullName(article, sentence.start, told),
    source,
    articleId: article.id,
    sentence: sentence.index,
  };
}

/** The direct quotations of the sentence's paragraph, in order: one may open before the sentence and run into it. */
function quotationsOf(article: Article, sentence: Sentence): Quotation[] {
  const paragraph = article.paragraphs[sentence.paragraph];
  // A sentence with no mark of its own may stand inside a quotation that opened before it.
  if (!paragraph || paragraph.kind !== 'body' || !/["“”«»]/.test(paragraph.text)) return [];
  let quotations = quotationsByParagraph.get(paragraph);
  if (!quotations) quotationsByParagraph.set(paragraph, (quotations = findQuotations(article.text, paragraph.start, paragraph.end)));
  return quotations;
}

/** A paragraph's quotations, found once for all the events of its sentences. */
const quotationsByParagraph = new WeakMap<Paragraph, Quotation[]>();

/** Sentences an opening pronoun may look back to for what it stands for. */
const ANTECEDENT_SENTENCES = 4;

/**
 * The sentences before `sentence` where a pronoun that opens it may find what it stands for: up to four, across
 * paragraphs (news writes one or two sentences to a paragraph, and a pronoun that opens one refers to the one
 * before) but none past a heading or a block quote (a new section, or someone's words); undefined when there are
 * none, or when the sentence stands inside a quotation that opened before it (its pronouns are the speaker's).
 */
export function antecedentSpan(article: Article, sentence: Sentence): TextSpan | undefined {
  if (quotationsOf(article, sentence).some((q) => q.open < sentence.start && sentence.start < q.close)) return undefined;
  let first: Sentence | undefined;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - ANTECEDENT_SENTENCES; i--) {
    const before = article.sentences[i]!;
    if (article.paragraphs.slice(before.paragraph, sentence.paragraph + 1).some((p) => p.kind !== 'body')) break;
    first = before;
  }
  return first && { start: first.start, end: sentence.start };
}

/** Determiners that make the noun after them one told before: "the talks", "that call". */
const DEFINITE = new Set(['the', 'that', 'this', 'these', 'those']);
/** Pronouns that report again what their speaker said before: "she told". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/**
 * The event word names an event told before: a definite noun ("the 1997 general election"), a verb whose
 * definite subject is an event noun ("the ballot closed"), or a report by a pronoun ("she told"). Read from
 * the three words before it.
 */
function refersBack(before: string, word: string): boolean {
  const last = before.toLowerCase().split(/\s+/).filter(Boolean).slice(-3);
  const reporting = isReportingWord(word);
  if (reporting && SUBJECT_PRONOUNS.has(last.at(-1) ?? '')) return true;
  const at = last.findLastIndex((w) => DEFINITE.has(w));
  if (at < 0) return false;
  const between = last.slice(at + 1);
  // "the owners held talks": a verb between makes the determiner another phrase's; "the council, which…" a mark.
  if (between.some((w) => !/^[\p{Ll}\d-]+$/u.test(w) || isPastTense(w) || isReportingWord(w))) return false;
  const noun = between.length === 0 || (!isPastTense(word) && !reporting);
  return noun || between.some((w) => eventFamilies(w).length > 0);
}

/** A form of "be" before a participle: the event's subject is what it acts on ("the canal was opened"). */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Words that open a noun phrase before its noun. */
const OBJECT_OPENERS = new Set('of the a an its his her their this that these those some new'.split(' '));

/** The head noun of what the event word acts on: the subject of a passive, else the noun phrase after it, in its clause. */
function objectOf(text: string, sentence: Sentence, main: EventWord): string | null {
  const before = text.slice(Math.max(sentence.start, main.start - 24), main.start);
  const passive = PASSIVE.exec(before);
  let head: string | null = passive ? (subjectHead(text, sentence, main.start - before.length + passive.index)?.word ?? null) : null;
  let at = main.end;
  for (const match of passive ? [] : text.slice(main.end, Math.min(sentence.end, main.end + 60)).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const start = main.end + match.index;
    if (/[,;:.!?()“”"]/.test(text.slice(at, start))) break;
    at = start + word.length;
    if (head === null && OBJECT_OPENERS.has(word)) continue;
    if (PREPOSITIONS.has(word) || FUNCTION_WORDS.has(word) || isPastTense(word)) break;
    head = word;
  }
  // "canals" and "canal" are one object.
  return head && (head.length > 4 ? head.replace(/s$/, '') : head);
}

/** A date that names its month or its numbers is explicit, even without its year; "on Monday" is relative. */
function attachmentOf(mention: DateMention, reference: string): DateAttachment {
  if (!mention.relative || WRITTEN_DATE.test(mention.text)) return 'explicit';
  return mention.value.slice(0, 10) === reference.slice(0, 10) && /\b(?:today|tonight|this)\b/i.test(mention.text) ? 'dateline' : 'relative';
}

/** "10:07 ET", or "10:07–12:08 ET" when the sentence gives the end too. */
function clockTime(text: string, mention: DateMention, dating: DateMention[]): string | null {
  if (mention.granularity !== 'time') return null;
  const zoneOf = (m: DateMention) => ZONE.exec(text.slice(m.stop, m.stop + 12))?.[1] ?? WRITTEN_ZONE.exec(m.text)?.[1] ?? null;
  const until = mention.end?.includes('T') ? mention.end : dating.find((m) => m.granularity === 'time' && m.start > mention.start && m.value.slice(0, 10) === mention.value.slice(0, 10))?.value;
  const last = until ? dating.find((m) => m.value === until || m.end === until) : undefined;
  const zone = (last && zoneOf(last)) ?? zoneOf(mention);
  const hours = until && until !== mention.value ? `${mention.value.slice(11)}–${until.slice(11)}` : mention.value.slice(11);
  return zone ? `${hours} ${zone}` : hours;
}

/** Two clock times of one sentence ("from 10:07 to 12:08") are one event's span, not two events. */
function mergeClockTimes(events: NewsEvent[]): NewsEvent[] {
  return events.filter((event, i) => {
    const previous = events[i - 1];
    return !(previous && previous.sentence === event.sentence && previous.time?.includes('–') && previous.value === event.value && event.time);
  });
}

/** Prepositions that make the name after them the place of an event. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around']);
/** Prepositions that make a known place after them where something goes or comes from ("troops sent to Oslo"), not who acts. */
const DIRECTION = new Set(['to', 'into', 'towards', 'toward', 'from', 'over', 'through', 'via', 'onto']);
/** The form of a party's or a doctrine's adjective: "Democratic", "Socialist", "Republican". */
const ADJECTIVE_FORM = /\p{Ll}(?:ic|ist|ican)$/u;
/** Words inside a name: "Ministry of Defence", "Charles de Gaulle". */
const NAME_CONNECTORS = new Set(['of', 'the', 'de', 'von', 'van']);
/** Role nouns that also open the names of firms and bodies ("General Motors", "Press Association"): no titles there. */
const NAME_OPENING_ROLES = new Set(['general', 'major', 'press', 'campaign', 'host', 'anchor', 'partner', 'fellow', 'head']);

/**
 * Who takes part: the names in the date's sentence, outside the date. A run of capitalised words is a
 * name without the titles before it ("Deputy Mayor Ines Moura" → "Ines Moura"); a run of titles
 * alone, a people's adjective ("Norwegian officials"), and a word capitalised only because it opens the
 * sentence or a quotation are no names.
 */
function participantsOf(text: string, sentence: Sentence, mention: DateMention): string[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const names = new Set<string>();
  let opening = true;
  // Where the last place ended: a name joined to it by "and", "or" or a comma is a place too ("in Guildford and Woolwich").
  let placeEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word) {
      if (capitalisesNextWord(token)) opening = true;
      continue;
    }
    const opensSentence = opening;
    opening = false;
    if (!isNameLike(token)) continue;
    let end = i + 1;
    for (let next = connectorsAt(tokens, end); isNameLike(tokens[next]); next = connectorsAt(tokens, end)) end = next + 1;
    const run = tokens.slice(i, end);
    i = end - 1;
    if (run[0]!.start < mention.stop && run.at(-1)!.end > mention.start) continue;
    // "talks in Lyon", "a dinner at the Town Hall", "troops sent to Oslo": where an event took place or went is no
    // participant; whose place it is ("in Lund's office") may be.
    const before = tokens[i - run.length]?.lower === 'the' ? tokens[i - run.length - 1] : tokens[i - run.length];
    const place = () => inGazetteer(text.slice(run[0]!.start, run.at(-1)!.end));
    const start = i - run.length + 1;
    const listedPlace = placeEnd >= 0 && start === placeEnd + 1 && /^(?:and|or|,)$/.test(tokens[placeEnd]?.lower ?? '');
    if (before && !isPossessive(tokens[end]) && (listedPlace || LOCATIVE.has(before.lower) || (DIRECTION.has(before.lower) && place()))) {
      placeEnd = end;
      continue;
    }
    // "at 1830 GMT", "10:07 am ET", "10:07 US Eastern time": a zone after a clock time is no name.
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start)) && (/^[A-Z]{2,4}$/.test(run[0]!.text) || tokens[end]?.lower === 'time')) continue;
    // "talks on issues including trade, Iran and energy": what an event is about takes no part in it.
    if (topicAt(tokens, i - run.length + 1)) continue;
    const name = nameOf(text, run, opensSentence, tokens[end], before, tokens[end + 1]);
    if (name) names.add(name);
  }
  return [...names];
}

/** Words after which a list of names is what an event is about. */
const TOPIC_WORDS = new Set(['about', 'regarding', 'concerning', 'including']);
/** Tokens a list of topics may hold before a name, commas counted. */
const MAX_TOPIC_LIST = 12;
/** Words a list of topics may hold between its opening word and a name: "including trade, energy and Iran". */
const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'the', 'of', 'such']);

/** The name at `at` is in a list of topics: after "about", "including"… with only list words, commas, nouns and names between. */
function topicAt(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - MAX_TOPIC_LIST; i--) {
    const token = tokens[i]!;
    if (TOPIC_WORDS.has(token.lower)) return true;
    if (!token.word ? token.text !== ',' : (FUNCTION_WORDS.has(token.lower) && !LIST_WORDS.has(token.lower)) || isPastTense(token.lower)) return false;
  }
  return false;
}

/** Words that join a body's or a document's noun to what it is for: "Committee on Human Rights", "Commission for Racial Equality". */
const PURPOSE_CONNECTORS = new Set(['on', 'for']);
/** Nouns of bodies and documents that a name of what they are for may follow. */
const PURPOSE_HEADS = new Set(
  'committee commission council office department ministry agency institute foundation society centre center tribunal court campaign fund convention charter declaration treaty act secretary minister union association federation coalition alliance board authority trust bureau organisation organization'.split(' '),
);

/**
 * The index past the connectors ("of the") at `at`: the name goes on there if a capitalised word follows.
 * After a body's or a document's noun, "on" and "for" connect too: "Joint Committee on Human Rights" is one
 * name, not a committee and a topic.
 */
function connectorsAt(tokens: Token[], at: number): number {
  let next = at;
  if (PURPOSE_CONNECTORS.has(tokens[next]?.text ?? '') && PURPOSE_HEADS.has(tokens[at - 1]?.lower ?? '')) next++;
  while (next < at + 2 && NAME_CONNECTORS.has(tokens[next]?.text ?? '')) next++;
  return next;
}

function nameOf(text: string, run: Token[], opensSentence: boolean, next: Token | undefined, previous: Token | undefined, afterNext: Token | undefined): string | null {
  let words = run;
  const first = words[0]!.text;
  // An acronym ("US") is written in capitals by choice, wherever it stands.
  const byPosition = opensSentence && /\p{Ll}/u.test(first) && !capitalisedMidSentence(text, first);
  if (byPosition && (words.length === 1 || writtenInLowerCase(text, first))) words = words.slice(1);
  const lastTitle = words.findLastIndex(isTitle);
  if (lastTitle >= 0) {
    const rest = words.slice(lastTitle + 1);
    if (rest.length === 0) return null;
    // "Prime Minister" names someone by office: kept whole.
    if (!NAME_CONNECTORS.has(rest[0]!.text)) words = rest;
  }
  // Connectors, and a compound modifier before the name ("Oscar-winning Lord of the Rings"), are not part of it.
  while (words.length > 1 && (NAME_CONNECTORS.has(words[0]!.text) || /-\p{Ll}+$/u.test(words[0]!.text))) words = words.slice(1);
  if (words.length === 0) return null;
  // "the Charter of Rights", "the Harbour Accords": a document is no one who takes part.
  if (isDocumentName(words)) return null;
  // "Karlsberg sanctions", "the Valley pipeline": a name before a noun of a measure or a project modifies it.
  if (next?.word && !next.cap && MODIFIED_NOUNS.has(next.lower) && !VERB_OBJECT.test(afterNext?.lower ?? '')) return null;
  // "LNG terminals", "liquefied natural gas (LNG)": an acronym of a thing, not of a body that acts.
  if (words.length === 1 && isThingAcronym(text, words[0]!.text, next)) return null;
  // "Norwegian officials", "Oscar-winning films": a modifier before a noun, not a name.
  const last = words.at(-1)!.text;
  if ((isDemonym(last) || /-\p{Ll}+$/u.test(last)) && next?.word && !next.cap) return null;
  // "Democratic senators", "Vienna intervention", "Labour leader": an adjective, a place or a name before a noun
  // or an office modifies it; a place before a verb ("Norway says", "Oslo decided") acts.
  if (words.length === 1 && next?.word && !next.cap && (isTitle(next) || modifiesNoun(words[0]!.text, next.lower, previous))) return null;
  // "Danish Harbour Radio": a people's adjective before a name of two words or more describes it.
  if (words.length > 2 && isDemonym(words[0]!.text) && !inGazetteer(text.slice(words[0]!.start, words.at(-1)!.end))) words = words.slice(1);
  return text.slice(words[0]!.start, words.at(-1)!.end);
}

/** Nouns of measures, projects and plans: a name right before one is its modifier ("X sanctions", "X pipeline"). */
const MODIFIED_NOUNS = new Set(
  'sanction sanctions pipeline pipelines project projects programme programmes program programs plan plans policy reform reforms law laws bill tariffs tariff embargo ban deal deals agreement agreements accords accord treaty format process crisis scheme initiative package budget merger talks'.split(' '),
);
/** A word after a noun of a measure that makes it a verb: "the party plans to", "the firm bills the city". */
const VERB_OBJECT = /^(?:to|the|a|an|its|their|his|her|our|this|that)$/;
/** The nouns that head the name of a document: "Package of Measures", "Clean Air Act", "Paris Accords". */
const DOCUMENT_HEADS = new Set(
  'accord accords agreement agreements treaty treaties pact charter convention protocol act declaration memorandum package constitution resolution doctrine bill code directive statute manifesto covenant measures'.split(' '),
);

/** The name's head (its last word before "of", "on" or "for", else its last word) names a document. */
function isDocumentName(words: Token[]): boolean {
  const of = words.findIndex((w) => w.text === 'of' || PURPOSE_CONNECTORS.has(w.text));
  return DOCUMENT_HEADS.has(words[of > 0 ? of - 1 : words.length - 1]!.lower);
}

/** Nouns of what a body does or who belongs to it: an acronym before one names that body. */
const AGENT_NOUNS = new Set(
  'bomb bombs bomber bombers bombing bombings attack attacks attacker attackers campaign ceasefire killing killings violence gunman gunmen member members prisoner prisoners supporter supporters militant militants fighter fighters activist activists volunteers'.split(' '),
);

/** Words after an acronym that make it no modifier of a noun: "the EOC last year". */
const NOT_NOUNS = new Set('last next this early late earlier later today yesterday tomorrow again also'.split(' '));

/**
 * An acronym the gazetteer does not know as a place or a body, used as a thing: before a lower-case noun
 * ("LNG terminal"; "ACME said" names who acts; a body's own event or office, "G8 summit", "NSA officials",
 * names a body) or spelled out in lower-case words ("liquefied natural gas (LNG)").
 */
function isThingAcronym(text: string, word: string, next: Token | undefined): boolean {
  if (!/^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(word) || inGazetteer(word)) return false;
  const noun = next?.word && !next.cap && !FUNCTION_WORDS.has(next.lower) && !NOT_NOUNS.has(next.lower) && !/ly$/.test(next.lower);
  // "IRA bomb attacks", "ANC members": what a body does or who belongs to it names the body; so does a noun after an
  // acronym the article writes as a body elsewhere ("the IRA wanted…").
  const bodyNoun = noun && (isTitle(next) || eventFamilies(next.lower).length > 0 || AGENT_NOUNS.has(next.lower) || writtenAsBody(text, word));
  if (noun && !bodyNoun && !isPastTense(next.lower) && !isReportingWord(next.lower)) return true;
  return spelledOutInLowerCase(text, word);
}

/**
 * A lower-case noun follows an adjective of a party ("Democratic lawmakers") or a place ("Vienna
 * intervention"), not a verb; after a determiner or a number ("the 2015 Vienna accords") it can only be a noun.
 */
function modifiesNoun(word: string, next: string, previous: Token | undefined): boolean {
  if (isPastTense(next) || FUNCTION_WORDS.has(next) || !(ADJECTIVE_FORM.test(word) || inGazetteer(word))) return false;
  return ADJECTIVE_FORM.test(word) || !/(?:s|ing)$/.test(next) || (previous !== undefined && (NOUN_MARKERS.has(previous.lower) || /^\d+$/.test(previous.text)));
}

/** A title or office: "President", "Ministers", "Dr.". */
function isTitle(token: Token): boolean {
  const lower = token.lower;
  if (NAME_OPENING_ROLES.has(lower)) return false;
  return ROLE_NOUNS.has(lower) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)));
}

