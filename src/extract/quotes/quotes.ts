import type { Article, Paragraph, Sentence } from '../../corpus/types.js';
import { clauseSubject, cueAfter, cueBefore, findStatements, isGroupNoun, namesStudy, trailingCue, type Cue } from './cues.js';
import { NameEvidence, namesIn, phraseText, readMention, type Mention } from '../people/mentions.js';
import { FUNCTION_WORDS, PREPOSITIONS, ROLE_NOUNS, tokenize, type Token } from '../../text/phrases.js';
import { findQuotations, type Quotation } from './quote-marks.js';
import { ArticleNames, GenderVotes, genderOf, SpeakerResolver, type Gender, type PeopleFacts, type Resolved } from './resolver.js';
import { personKey, SpeakerBook, type SpeakerRef } from './speakers.js';
import { SpeechVerbLearner, type SpeechVerbs } from './speech-verbs.js';
import type { Quote, QuoteKind, QuoteSet } from '../types.js';

export { findSpeaker } from './speakers.js';

/**
 * Quotations and reported statements, each with its speaker, over a whole corpus. Three linear passes:
 * the first learns from the corpus (which capitalised words are names, which are institutions, which
 * words stand in a speech verb's place next to quotations), the second collects who each article names
 * and the roles it gives them, the third attributes every quotation and statement.
 */

/** Up to this many words, a quotation without its own attribution is a fragment ("red line"). */
const FRAGMENT_WORDS = 4;
/**
 * How far back (in characters) a quotation looks for an attribution earlier in its sentence, and how much
 * of a sentence's end may hold its closing cue: any real sentence fits, and a "sentence" of thousands of
 * words without a stop costs each quotation no more than this.
 */
const CLAUSE_REACH = 600;
/** Up to this many words, a speaker phrase no reading names is an unnamed source ("most Democrats polled"). */
const UNNAMED_WORDS = 8;
/** Up to this many words, a phrase that names a study or a document is a source ("exit polls reported by two networks"). */
const STUDY_WORDS = 10;
/** Words that open a phrase for a group of people: "most voters", "about half", "some economists". */
const QUANTIFIER = /^(the|these|those|some|none|many|most|several|few|all|both|about|nearly|almost|only|more|half|majorities|majority|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;
/** Fewer words than this are no statement: "X said so". */
const MIN_STATEMENT_WORDS = 3;

interface Layout {
  article: Article;
  /** Body and block-quote paragraphs with their quotations and sentences; headings for sections. */
  paragraphs: { paragraph: Paragraph; quotations: Quotation[]; sentences: Sentence[] }[];
}

interface Draft {
  quote: Omit<Quote, 'speaker' | 'speakerId'>;
  ref: SpeakerRef | null;
  /** How the text named the speaker here, when that differs from the name. */
  alias: string | null;
}

export function extractQuotes(articles: readonly Article[]): QuoteSet {
  const layouts = articles.map(layOut);
  const evidence = new NameEvidence();
  const learner = new SpeechVerbLearner();
  for (const layout of layouts) learn(layout, evidence, learner);
  const verbs = learner.verbs();

  const book = new SpeakerBook();
  const facts: PeopleFacts = { roles: new Map(), genders: new GenderVotes() };
  const names = layouts.map((layout) => collectNames(layout, evidence, book, facts));

  const drafts = layouts.flatMap((layout, i) => new ArticleReader(layout, names[i]!, evidence, verbs, facts).read());
  for (const draft of drafts) {
    if (draft.ref) book.add(draft.ref, draft.alias, draft.quote.role, draft.quote.kind, draft.quote.file);
  }
  const { speakers, idOf, nameOf } = book.finish();
  const quotes: Quote[] = drafts.map(({ quote, ref }) => ({
    ...quote,
    speaker: ref ? nameOf.get(ref.key) ?? ref.name : null,
    speakerId: ref ? idOf.get(ref.key) ?? null : null,
  }));
  return { quotes, speakers };
}

function layOut(article: Article): Layout {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of article.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  return {
    article,
    paragraphs: article.paragraphs
      .filter((p) => p.kind !== 'signature')
      .map((paragraph) => ({
        paragraph,
        quotations: paragraph.kind === 'body' ? findQuotations(article.text, paragraph.start, paragraph.end) : [],
        sentences: byParagraph.get(paragraph.index) ?? [],
      })),
  };
}

/** Pass one: word evidence for names, and speech verbs from the words next to quotations. */
function learn(layout: Layout, evidence: NameEvidence, learner: SpeechVerbLearner): void {
  const text = layout.article.text;
  for (const { paragraph, quotations, sentences } of layout.paragraphs) {
    if (paragraph.kind === 'heading') {
      evidence.observe(tokenize(text, paragraph.start, paragraph.end));
      continue;
    }
    for (const sentence of sentences) evidence.observe(tokenize(text, sentence.start, sentence.end));
    const name = paragraph.signature?.nameSpan;
    if (name) evidence.observe(tokenize(text, name.start, name.end));
    quotations.forEach((q, k) => {
      const window = quotationWindow(text, paragraph, sentences, quotations, k);
      if (/[,?!]/.test(q.finalMark)) learner.observeAfter(tokenize(text, q.close, window.afterEnd));
      learner.observeBefore(tokenize(text, window.beforeStart, q.open));
    });
  }
}

interface QuotationWindow {
  opening: Sentence | undefined;
  /** Nothing but white space or a mark stands between the sentence's start and the quotation. */
  startsSentence: boolean;
  closing: Sentence | undefined;
  /** Where the words after the quotation that may hold its cue end. */
  afterEnd: number;
  /** Where the words before it start: the sentence's start or the previous quotation's end. */
  beforeStart: number;
  /** The sentence ended inside the marks ("...votes?” Halvorsen said"), so the cue may be in the next one. */
  crossesSentence: boolean;
}

function quotationWindow(
  text: string,
  paragraph: Paragraph,
  sentences: readonly Sentence[],
  quotations: readonly Quotation[],
  k: number,
): QuotationWindow {
  const q = quotations[k]!;
  const opening = sentenceAt(sentences, q.open);
  const closing = sentenceAt(sentences, Math.max(q.open, q.close - 1)) ?? opening;
  const crossesSentence = /[?!]/.test(q.finalMark) && closing !== undefined && closing.end <= q.close;
  // Sentences of a paragraph are consecutive in the article, so the next one is found by index.
  const nextSentence = crossesSentence ? sentences[closing.index - sentences[0]!.index + 1] : undefined;
  return {
    opening,
    startsSentence: !opening || text.slice(opening.start, q.open).trim().length <= 1,
    closing,
    afterEnd: Math.min(quotations[k + 1]?.open ?? paragraph.end, (nextSentence ?? closing)?.end ?? paragraph.end),
    beforeStart: Math.max(opening?.start ?? paragraph.start, quotations[k - 1]?.close ?? paragraph.start),
    crossesSentence,
  };
}

/** Pass two: the people and institutions each article names, the roles it gives them, the pronouns it uses for them. */
function collectNames(layout: Layout, evidence: NameEvidence, book: SpeakerBook, facts: PeopleFacts): ArticleNames {
  const { article } = layout;
  const names = new ArticleNames(evidence, article.sentences.map((s) => s.start));
  const mentions: Mention[] = [];
  const pronouns: { name: string; start: number; gender: Gender }[] = [];
  if (article.titleFrom !== 'opening') {
    // The headline names people too; its mentions sit before the text's first offset.
    const shift = article.title.length + 1;
    for (const mention of namesIn(article.title, tokenize(article.title, 0, article.title.length), evidence)) {
      names.add({ ...mention, start: mention.start - shift, end: mention.end - shift }, -1);
    }
  }
  let solePerson: Mention | null = null;
  for (const { paragraph, quotations, sentences } of layout.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    for (const sentence of sentences) {
      const tokens = unquotedTokens(tokenize(article.text, sentence.start, sentence.end), quotations);
      const found = namesIn(article.text, tokens, evidence);
      for (const mention of found) names.add(mention, paragraph.index);
      mentions.push(...found);
      // A pronoun after the only person a sentence names, in it or opening the next, tells that person's gender.
      const opening = genderOf(tokens[0]);
      if (solePerson && opening) pronouns.push({ name: solePerson.name, start: solePerson.start, gender: opening });
      solePerson = onlyPerson(found);
      for (const token of tokens) {
        const gender = solePerson && token.start > solePerson.end ? genderOf(token) : null;
        if (gender) pronouns.push({ name: solePerson!.name, start: solePerson!.start, gender });
      }
    }
    const signature = paragraph.signature;
    if (signature) {
      // A block quote's signer is named too: "Kowalski told the council" below means Anna Kowalski.
      const { start, end } = signature.nameSpan;
      const signer: Mention = { kind: 'person', start, end, text: signature.name, name: signature.name, the: false, role: signature.role, owner: null };
      names.add(signer, paragraph.index);
      mentions.push(signer);
    }
  }
  names.settle();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const { key, name } = names.person(mention.name, mention.start);
    book.noteName({ key, kind: 'person', name });
    if (mention.role) pushRole(facts.roles, key, mention.role);
    const title = genderOf(mention.text.split(' ').find((w) => /^(mr|mrs|ms|miss)\.?$/i.test(w)));
    if (title) facts.genders.vote(key, title, 3);
    const written = writtenName(mention);
    book.add({ key, kind: 'person', name }, written !== name ? written : null, mention.role, null, article.file);
  }
  for (const { name, start, gender } of pronouns) facts.genders.vote(names.person(name, start).key, gender, 1);
  return names;
}

/**
 * How a mention writes the person's name: with the title or role before it ("former harbour chief Ada
 * Lund", "Minister of Ports Ada Lund"), not the sentence's words that run into it ("officials argue Ms
 * Lund", "the view of Ms Lund"). Back from the name: capitalised words and office nouns; a lower-case
 * word only when it qualifies a lower-case word taken ("harbour chief"); "of", "for", "to" only between
 * an office and a capitalised word.
 */
function writtenName(mention: Mention): string {
  if (!mention.text.endsWith(mention.name)) return mention.name;
  const before = mention.text.slice(0, -mention.name.length).split(/\s+/).filter((w) => w !== '');
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  const office = (word: string | undefined) => word !== undefined && (capitalised(word) || ROLE_NOUNS.has(word.toLowerCase()));
  let from = before.length;
  while (from > 0) {
    const word = before[from - 1]!;
    const next = from < before.length ? before[from] : undefined;
    const connector = /^(of|for|to)$/.test(word) && capitalised(next) && office(before[from - 2]);
    const modifier = !capitalised(word) && next !== undefined && !capitalised(next);
    if (!(office(word) || connector || modifier)) break;
    from--;
  }
  return [...before.slice(from), mention.name].join(' ');
}

/** The person a sentence names, when it names only one (by surname). */
function onlyPerson(mentions: readonly Mention[]): Mention | null {
  const people = mentions.filter((m) => m.kind === 'person');
  return new Set(people.map((m) => m.name.split(' ').pop())).size === 1 ? people[0]! : null;
}

function pushRole(roles: Map<string, string[]>, key: string, role: string): void {
  const list = roles.get(key) ?? [];
  if (!list.includes(role)) list.push(role);
  roles.set(key, list);
}

/** Tokens outside quotation marks; with `separate`, a quotation leaves a ";" so phrases on either side stay apart. */
function unquotedTokens(tokens: Token[], quotations: readonly Quotation[], separate = true): Token[] {
  const inside = insideQuotations(tokens, quotations);
  if (!inside.includes(true)) return tokens;
  const kept: Token[] = [];
  tokens.forEach((token, i) => {
    if (!inside[i]) kept.push(token);
    else if (separate && kept[kept.length - 1]?.text !== ';') kept.push({ ...token, text: ';', lower: ';', word: false, cap: false });
  });
  return kept;
}

/** Which tokens (in text order) stand inside quotation marks: one walk over both lists, so a paragraph of thousands of marks stays linear. */
function insideQuotations(tokens: readonly Token[], quotations: readonly Quotation[]): boolean[] {
  const first = tokens[0];
  const near = first ? overlapping(quotations, first.start, tokens[tokens.length - 1]!.end) : [];
  let k = 0;
  return tokens.map((token) => {
    while (k < near.length && near[k]!.close < token.end) k++;
    const q = near[k];
    return q !== undefined && token.start >= q.open && token.end <= q.close;
  });
}

/** The quotations (in text order) that reach into [start, end): found by bisection, so long paragraphs stay linear. */
function overlapping(quotations: readonly Quotation[], start: number, end: number): Quotation[] {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid]!.close <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Quotation[] = [];
  for (let k = lo; k < quotations.length && quotations[k]!.open < end; k++) found.push(quotations[k]!);
  return found;
}

/** The sentence (in text order) that holds `offset`, by bisection. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return sentence;
  }
  return undefined;
}

/** Pass three for one article: every quotation and statement, attributed in reading order. */
class ArticleReader {
  private readonly drafts: Draft[] = [];
  private readonly resolver: SpeakerResolver;
  /** The paragraph read before the current one. */
  private previous: Paragraph | null = null;
  /** The latest whole quotation or statement with a speaker: what an unattributed quotation continues. */
  private lastAttributed: Draft | null = null;
  private trailing: { sentence: Sentence; cue: Cue | null } | null = null;
  private readonly text: string;

  constructor(
    private readonly layout: Layout,
    names: ArticleNames,
    private readonly evidence: NameEvidence,
    private readonly verbs: SpeechVerbs,
    facts: PeopleFacts,
  ) {
    this.resolver = new SpeakerResolver(names, evidence, facts);
    this.text = layout.article.text;
  }

  read(): Draft[] {
    for (const entry of this.layout.paragraphs) {
      const { paragraph } = entry;
      if (paragraph.kind === 'heading') {
        this.resolver.enterSection(namesIn(this.text, tokenize(this.text, paragraph.start, paragraph.end), this.evidence));
      } else if (paragraph.kind === 'blockquote') this.blockQuote(paragraph);
      else this.body(entry);
      this.previous = paragraph;
    }
    return this.drafts;
  }

  /** A news-site block quote: the words without marks, signed by the name (and role) that follows. */
  private blockQuote(paragraph: Paragraph): void {
    const signature = paragraph.signature;
    const end = signature && signature.start > paragraph.start ? signature.start : paragraph.end;
    const span = trimSpan(this.text, paragraph.start, end);
    if (!span || !signature) return;
    const ref: SpeakerRef = { key: personKey(signature.name), kind: 'person', name: signature.name };
    this.push({
      text: this.text.slice(span.start, span.end),
      role: signature.role,
      kind: 'quote',
      paragraph,
      start: span.start,
      end: span.end,
      cue: { text: phraseText(this.text, signature.start, signature.end), start: signature.start, end: signature.end },
      ref,
      alias: null,
    });
  }

  /** Each sentence's quotations; a sentence without a whole quote may report speech instead. */
  private body({ paragraph, quotations, sentences }: Layout['paragraphs'][number]): void {
    let k = 0;
    for (const sentence of sentences) {
      let hasQuote = false;
      for (; k < quotations.length && quotations[k]!.open < sentence.end; k++) {
        if (quotations[k]!.open < sentence.start) continue;
        hasQuote = this.quotation(paragraph, sentences, quotations, k) === 'quote' || hasQuote;
      }
      this.statements(paragraph, tokenize(this.text, sentence.start, sentence.end), quotations);
    }
  }

  private quotation(paragraph: Paragraph, sentences: readonly Sentence[], quotations: readonly Quotation[], k: number): QuoteKind {
    const q = quotations[k]!;
    const window = quotationWindow(this.text, paragraph, sentences, quotations, k);
    const { attribution, standalone } = this.attributeQuotation(paragraph, quotations, k, window);
    const quoted = this.text.slice(q.start, q.end);
    // Set off by a comma or colon and capitalised, short words are still a whole utterance: chanting, "Hands up, don't shoot."
    const introduced = /[,:]\s*$/.test(this.text.slice(window.beforeStart, q.open)) && /^\p{Lu}/u.test(quoted);
    const whole = standalone || window.startsSentence || introduced;
    const kind: QuoteKind = isTitle(quoted) || (quoted.split(/\s+/).length <= FRAGMENT_WORDS && !whole) ? 'fragment' : 'quote';
    this.push({
      text: quoted,
      role: attribution?.resolved?.role ?? null,
      kind,
      paragraph,
      start: q.start,
      end: q.end,
      cue: attribution?.cue ?? null,
      ref: attribution?.resolved?.ref ?? null,
      alias: attribution?.resolved?.alias ?? null,
    });
    return kind;
  }

  /**
   * Who said a quotation: a cue right after it, the sentence's closing cue, a cue right before it (these
   * make it a whole utterance); else the clause's outermost speech verb or subject, a line ending in a
   * colon just before, or the attributed words it continues.
   */
  private attributeQuotation(
    paragraph: Paragraph,
    quotations: readonly Quotation[],
    k: number,
    { opening, closing, afterEnd, beforeStart, crossesSentence, startsSentence }: QuotationWindow,
  ): { attribution: Attribution | null; standalone: boolean } {
    const q = quotations[k]!;
    const after = tokenize(this.text, q.close, afterEnd);
    const first = after.find((t) => t.text !== ',');
    const signed = first !== undefined && /^[–—―-]$/.test(first.text);
    let adjacent: Attribution | null = null;
    if (q.finalMark !== '.' || signed || (first?.word && !first.cap)) {
      const tight = crossesSentence || (q.finalMark === '' && after[0]?.word === true);
      adjacent = this.attribute(cueAfter(after, this.verbs, tight), paragraph);
    }
    if (!adjacent && closing) {
      // "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said."
      const trailing = this.trailingCueOf(closing);
      if (trailing && trailing.start >= q.close) adjacent = this.attribute(trailing, paragraph);
    }
    adjacent ??= this.attribute(cueBefore(tokenize(this.text, beforeStart, q.open), this.verbs, true), paragraph);
    if (adjacent) return { attribution: adjacent, standalone: true };

    let attribution: Attribution | null = null;
    if (!startsSentence) {
      // Earlier in the sentence, other quotations left out: "As Moll has repeatedly stated, ... “red line”".
      const clauseStart = Math.max(opening?.start ?? paragraph.start, q.open - CLAUSE_REACH);
      const clause = unquotedTokens(tokenize(this.text, clauseStart, q.open), quotations, false);
      attribution = this.attribute(cueBefore(clause, this.verbs, false), paragraph) ?? this.attribute(clauseSubject(clause), paragraph);
    }
    const opensParagraph = startsSentence && q.open - paragraph.start <= 1;
    if (!attribution && opensParagraph) attribution = this.introducedBefore(paragraph);
    if (!attribution) {
      const previous = this.continuation(paragraph, opensParagraph);
      if (previous?.ref) attribution = { resolved: { ref: previous.ref, role: previous.quote.role, alias: null }, cue: previous.quote.cue };
    }
    return { attribution, standalone: false };
  }

  /**
   * A quotation with no attribution of its own continues the last attributed words: earlier in the
   * same paragraph, or — when it opens the paragraph — in the paragraph before.
   */
  private continuation(paragraph: Paragraph, opensParagraph: boolean): Draft | null {
    const draft = this.lastAttributed;
    if (!draft || draft.quote.paragraph === paragraph.index) return draft;
    return opensParagraph && draft.quote.paragraph === this.previous?.index ? draft : null;
  }

  /** A sentence's closing cue, read once however many quotations the sentence holds. */
  private trailingCueOf(sentence: Sentence): Cue | null {
    if (this.trailing?.sentence !== sentence) {
      this.trailing = { sentence, cue: trailingCue(tokenize(this.text, Math.max(sentence.start, sentence.end - CLAUSE_REACH), sentence.end), this.verbs) };
    }
    return this.trailing.cue;
  }

  /** "Caddell continued:" as a paragraph of its own introduces the quotation that opens the next one. */
  private introducedBefore(paragraph: Paragraph): Attribution | null {
    const previous = this.previous;
    if (!previous || !/:\s*$/.test(this.text.slice(previous.start, previous.end))) return null;
    const sentences = this.layout.article.sentences.filter((s) => s.paragraph === previous.index);
    const tokens = tokenize(this.text, sentences[sentences.length - 1]?.start ?? previous.start, previous.end);
    // A short line ending in a colon introduces whatever its verb: "Caddell continued:", "He concluded:".
    const cue = cueBefore(tokens, this.verbs, true) ?? (tokens.length <= 8 ? clauseSubject(tokens) : null);
    return this.attribute(cue, paragraph);
  }

  /**
   * Every report of the sentence, outer and inner, whose cue names someone: a person or institution the
   * article identifies, or an unnamed source ("85% of voters"); only an impersonal report ("it was
   * reported that") goes without. Reported words may hold a quotation ("said he would advise him on
   * the “strategic threats”"), but do not open with one: those are the quotation's.
   */
  private statements(paragraph: Paragraph, tokens: Token[], quotations: readonly Quotation[]): void {
    const inside = insideQuotations(tokens, quotations);
    for (const found of findStatements(tokens, this.verbs, (i) => inside[i]!)) {
      const span = trimSpan(this.text, found.start, found.end);
      if (!span || this.text.slice(span.start, span.end).split(/\s+/).length < MIN_STATEMENT_WORDS) continue;
      const named = found.cue ? this.attribute(found.cue, paragraph) : null;
      const identified = named && !this.commonWordsOnly(named) && !strayPhrase(named);
      const attribution = found.cue ? (identified ? named : found.bareName ? null : this.unnamedSource(found.cue, paragraph)) : null;
      const resolved = attribution?.resolved ?? null;
      // "I think ...", "we know ...": the writer or the one interviewed, whom no name resolves; kept without a speaker.
      const firstPerson = found.cue !== null && attribution !== null && found.cue.phrase.every((t) => !t.word || /^(i|we)$/.test(t.lower));
      if (found.cue && !firstPerson && (!resolved || (found.bareName && resolved.ref.kind === 'unnamed'))) continue;
      this.push({
        text: this.text.slice(span.start, span.end),
        role: resolved?.role ?? null,
        kind: 'statement',
        paragraph,
        start: span.start,
        end: span.end,
        cue: attribution?.cue ?? { text: phraseText(this.text, found.words.start, found.words.end), ...found.words },
        ref: resolved?.ref ?? null,
        alias: resolved?.alias ?? null,
        turn: !found.inner,
      });
    }
  }

  /**
   * A person or institution whose every word the corpus writes in lower case mid-sentence: a capital that
   * only opens the sentence ("Instead portrayed ...", "Speaking on Fox, ...") names no one.
   */
  private commonWordsOnly(attribution: Attribution): boolean {
    const ref = attribution.resolved?.ref;
    if (!ref || (ref.kind !== 'person' && ref.kind !== 'institution')) return false;
    return ref.name.split(/\s+/).every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || (this.evidence.isCommon(w.toLowerCase()) && !this.evidence.seenAsName(w.toLowerCase())));
  }

  /**
   * A short speaker phrase no reading names, shaped like a group of people: an unnamed source described
   * so ("about half", "85% of Democrats", "many economists"). An adverb or a stray phrase is no one.
   */
  private unnamedSource(cue: Cue, paragraph: Paragraph): Attribution | null {
    const words = cue.phrase.filter((t) => t.word);
    // A study or a document is described at more length: "a memo released Friday by the agency's watchdog".
    const study = namesStudy(words);
    if (words.length === 0 || words.length > (study ? STUDY_WORDS : UNNAMED_WORDS) || words.slice(0, -1).some((t) => this.verbs.reports(t) && !study)) return null;
    const head = words[words.length - 1]!;
    // "the campaign", "most voters", "85% of Democrats"; not "the States", a name misread.
    // A capital that only opens the sentence ("Critics say") hides a common word.
    const common = !head.cap || this.evidence.isCommon(head.lower);
    const quantified = QUANTIFIER.test(words[0]!.lower) && !(words[0]!.lower === 'the' && !common);
    const group = study || quantified || /^\d/.test(words[0]!.text) || ROLE_NOUNS.has(head.lower) || (common && isGroupNoun(head.lower));
    // "About three-quarters" counts people; "In Iowa" or "Clearly" names no one.
    if (!group || (PREPOSITIONS.has(words[0]!.lower) && !quantified) || /ly$/.test(words[0]!.lower)) return null;
    const first = cue.phrase.findIndex((t) => t.word);
    const { start } = cue.phrase[first]!;
    const end = words[words.length - 1]!.end;
    const text = phraseText(this.text, start, end);
    const mention: Mention = { kind: 'unnamed', start, end, text, name: text, the: false, role: null, owner: null };
    const resolved = this.resolver.resolve(mention, paragraph.index);
    const [from, to] = cueSpan(cue, mention);
    return { resolved, cue: { text: phraseText(this.text, from, to), start: from, end: to } };
  }

  /**
   * Read and resolve a cue's speaker phrase; the cue's span is narrowed to the phrase and the verb. A
   * pronoun that finds nobody ("I said", a "he" with no man in sight) still settles the attribution.
   */
  private attribute(cue: Cue | null, paragraph: Paragraph): Attribution | null {
    if (!cue) return null;
    const mention = readMention(this.text, cue.phrase, this.evidence, cue.verbAfter);
    if (!mention || (cue.passive && mention.kind !== 'document')) return null;
    const resolved = this.resolver.resolve(mention, paragraph.index);
    if (!resolved && mention.kind !== 'pronoun') return null;
    const [start, end] = cueSpan(cue, mention);
    return { resolved, cue: { text: phraseText(this.text, start, end), start, end } };
  }

  /** Record a quotation or statement; with `turn` (the default) its speaker becomes the latest one, for later pronouns. */
  private push(item: Omit<Draft['quote'], 'file' | 'articleId' | 'paragraph' | 'sentence'> & Omit<Draft, 'quote'> & { paragraph: Paragraph; turn?: boolean }): void {
    const { article } = this.layout;
    const { paragraph, ref, alias, turn = true, ...quote } = item;
    this.drafts.push({
      quote: { ...quote, file: article.file, articleId: article.id, paragraph: paragraph.index, sentence: sentenceIndex(article, quote.start) },
      ref,
      alias,
    });
    if (ref && quote.kind !== 'fragment' && turn) {
      this.resolver.spoke(ref, paragraph.index, quote.start);
      this.lastAttributed = this.drafts[this.drafts.length - 1]!;
    }
  }
}

interface Attribution {
  /** Null when the cue names nobody the article identifies. */
  resolved: Resolved | null;
  cue: Quote['cue'];
}

/**
 * An unnamed speaker that reads as no one: a sentence's opening word ("Instead", "Likewise"), a participle
 * ("Speaking"), a prepositional phrase ("Of a non-disclosure agreement"). A group ("Critics", "Several")
 * or a longer description ("the campaign's lawyers") stays.
 */
function strayPhrase(attribution: Attribution): boolean {
  const ref = attribution.resolved?.ref;
  if (!ref || ref.kind !== 'unnamed') return false;
  const words = ref.name.split(/\s+/).map((w) => w.toLowerCase());
  const first = words[0]!;
  if (PREPOSITIONS.has(first) || /ing$/.test(first)) return true;
  return words.length === 1 && !isGroupNoun(first) && !QUANTIFIER.test(first) && !/^(someone|somebody|everyone|everybody|women|men)$/.test(first);
}

/** The attribution words: from the speaker phrase to the verb, or from the verb to the phrase. */
function cueSpan(cue: Cue, mention: Mention): [number, number] {
  return cue.verbAfter ? [Math.max(cue.start, mention.start), cue.end] : [cue.start, Math.min(cue.end, mention.end)];
}

/** The title of a work or a show: every word capitalised but the short grammar words, no sentence stop ("Face the Nation"). */
function isTitle(quoted: string): boolean {
  const words = quoted.split(/\s+/);
  if (words.length < 2 || words.length > 10 || /[.?!]$/.test(quoted)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(a|an|the|of|in|on|at|to|for|and|or|is|with|from|by)$/.test(w));
}

/** The words without surrounding space, quotation marks or final punctuation. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s“”"‘’«»]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:“”"«»]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Index of the sentence that holds `offset`, or of the last sentence before it. */
function sentenceIndex(article: Article, offset: number): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (article.sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return article.sentences[found]?.index ?? 0;
}
