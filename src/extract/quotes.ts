import type { Article, Paragraph, Sentence } from '../corpus/types.js';
import { clauseSubject, cueAfter, cueBefore, findStatement, trailingCue, type Cue } from './cues.js';
import { NameEvidence, namesIn, phraseText, readMention, type Mention } from './mentions.js';
import { tokenize, type Token } from './phrases.js';
import { findQuotations, type Quotation } from './quote-marks.js';
import { ArticleNames, GenderVotes, genderOf, SpeakerResolver, type Gender, type PeopleFacts, type Resolved } from './resolver.js';
import { findSpeaker, personKey, SpeakerBook, type SpeakerRef } from './speakers.js';
import { SpeechVerbLearner, type SpeechVerbs } from './speech-verbs.js';
import type { Quote, QuoteKind, QuoteSet } from './types.js';

export { findSpeaker } from './speakers.js';

/**
 * Quotations and reported statements, each with its speaker, over a whole corpus. Three linear passes:
 * the first learns from the corpus (which capitalised words are names, which are institutions, which
 * words stand in a speech verb's place next to quotations), the second collects who each article names
 * and the roles it gives them, the third attributes every quotation and statement.
 */

/** Up to this many words, a quotation without its own attribution is a fragment ("red line"). */
const FRAGMENT_WORDS = 4;

interface Layout {
  article: Article;
  /** Body and block-quote paragraphs with their quotations and sentences; headings for sections. */
  paragraphs: { paragraph: Paragraph; quotations: Quotation[]; sentences: Sentence[] }[];
}

interface Draft {
  quote: Omit<Quote, 'speaker' | 'speakerId'>;
  ref: SpeakerRef | null;
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
    if (draft.ref) book.add(draft.ref, null, draft.quote.role, draft.quote.kind, draft.quote.file);
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
    quotations.forEach((q, k) => {
      const window = quotationWindow(paragraph, sentences, quotations, k);
      if (/[,?!]/.test(q.finalMark)) learner.observeAfter(tokenize(text, q.close, window.afterEnd));
      learner.observeBefore(tokenize(text, window.beforeStart, q.open));
    });
  }
}

interface QuotationWindow {
  opening: Sentence | undefined;
  closing: Sentence | undefined;
  /** Where the words after the quotation that may hold its cue end. */
  afterEnd: number;
  /** Where the words before it start: the sentence's start or the previous quotation's end. */
  beforeStart: number;
  /** The sentence ended inside the marks ("...votes?” Trump said"), so the cue may be in the next one. */
  crossesSentence: boolean;
}

function quotationWindow(paragraph: Paragraph, sentences: readonly Sentence[], quotations: readonly Quotation[], k: number): QuotationWindow {
  const q = quotations[k]!;
  const opening = sentenceAt(sentences, q.open);
  const closing = sentenceAt(sentences, Math.max(q.open, q.close - 1)) ?? opening;
  const crossesSentence = /[?!]/.test(q.finalMark) && closing !== undefined && closing.end <= q.close;
  const nextSentence = crossesSentence ? sentences.find((s) => s.start >= q.close) : undefined;
  return {
    opening,
    closing,
    afterEnd: Math.min(quotations[k + 1]?.open ?? paragraph.end, (nextSentence ?? closing)?.end ?? paragraph.end),
    beforeStart: Math.max(opening?.start ?? paragraph.start, quotations[k - 1]?.close ?? paragraph.start),
    crossesSentence,
  };
}

/** Pass two: the people and institutions each article names, the roles it gives them, the pronouns it uses for them. */
function collectNames(layout: Layout, evidence: NameEvidence, book: SpeakerBook, facts: PeopleFacts): ArticleNames {
  const { article } = layout;
  const names = new ArticleNames(evidence);
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
      const people = found.filter((m) => m.kind === 'person');
      solePerson = new Set(people.map((m) => m.name.split(' ').pop())).size === 1 ? people[0]! : null;
      if (solePerson) {
        const after = solePerson.end;
        for (const token of tokens) {
          const gender = token.start > after ? genderOf(token) : null;
          if (gender) pronouns.push({ name: solePerson.name, start: solePerson.start, gender });
        }
      }
    }
    const signature = paragraph.signature;
    if (signature?.role) pushRole(facts.roles, personKey(signature.name), signature.role);
  }
  names.settle();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const { key, name } = names.person(mention.name, mention.start);
    book.noteName({ key, kind: 'person', name });
    if (mention.role) pushRole(facts.roles, key, mention.role);
    const title = genderOf(mention.text.split(' ').find((w) => /^(mr|mrs|ms|miss)\.?$/i.test(w)));
    if (title) facts.genders.vote(key, title, 3);
    book.add({ key, kind: 'person', name }, mention.text !== name ? mention.text : null, mention.role, null, article.file);
  }
  for (const { name, start, gender } of pronouns) facts.genders.vote(names.person(name, start).key, gender, 1);
  return names;
}

function pushRole(roles: Map<string, string[]>, key: string, role: string): void {
  const list = roles.get(key) ?? [];
  if (!list.includes(role)) list.push(role);
  roles.set(key, list);
}

/** Tokens outside quotation marks; with `separate`, a quotation leaves a ";" so phrases on either side stay apart. */
function unquotedTokens(tokens: Token[], quotations: readonly Quotation[], separate = true): Token[] {
  if (quotations.length === 0) return tokens;
  const kept: Token[] = [];
  for (const token of tokens) {
    const inside = quotations.find((q) => token.start >= q.open && token.end <= q.close);
    if (!inside) kept.push(token);
    else if (separate && kept[kept.length - 1]?.text !== ';') kept.push({ ...token, text: ';', lower: ';', word: false, cap: false });
  }
  return kept;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

/** Pass three for one article: every quotation and statement, attributed in reading order. */
class ArticleReader {
  private readonly drafts: Draft[] = [];
  private readonly resolver: SpeakerResolver;
  /** The paragraph read before the current one. */
  private previous: Paragraph | null = null;
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
    const { key, name } = personName(signature.name);
    const ref: SpeakerRef = { key, kind: 'person', name };
    this.push({
      text: this.text.slice(span.start, span.end),
      role: signature.role,
      kind: 'quote',
      paragraph,
      start: span.start,
      end: span.end,
      cue: { text: phraseText(this.text, signature.start, signature.end), start: signature.start, end: signature.end },
      ref,
    });
  }

  private body({ paragraph, quotations, sentences }: Layout['paragraphs'][number]): void {
    for (const sentence of sentences) {
      const tokens = tokenize(this.text, sentence.start, sentence.end);
      let hasQuote = false;
      quotations.forEach((q, k) => {
        if (q.open < sentence.start || q.open >= sentence.end) return;
        hasQuote = this.quotation(paragraph, sentences, quotations, k) === 'quote' || hasQuote;
      });
      if (!hasQuote) this.statement(paragraph, tokens, quotations);
    }
  }

  private quotation(paragraph: Paragraph, sentences: readonly Sentence[], quotations: readonly Quotation[], k: number): QuoteKind {
    const q = quotations[k]!;
    const { opening, closing, afterEnd, beforeStart, crossesSentence } = quotationWindow(paragraph, sentences, quotations, k);
    const startsSentence = !opening || this.text.slice(opening.start, q.open).trim().length <= 1;

    // Attribution right after the quotation, right before it, anywhere earlier in the clause, or the clause's subject.
    let attribution: Attribution | null = null;
    let standalone = false;
    const after = tokenize(this.text, q.close, afterEnd);
    const first = after.find((t) => t.text !== ',');
    const signed = first !== undefined && /^[–—―-]$/.test(first.text);
    if (q.finalMark !== '.' || signed || (first?.word && !first.cap)) {
      const tight = crossesSentence || (q.finalMark === '' && after[0]?.word === true);
      attribution = this.attribute(cueAfter(after, this.verbs, tight), paragraph);
      standalone = attribution !== null;
    }
    if (!attribution && closing) {
      // "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said."
      const trailing = trailingCue(tokenize(this.text, closing.start, closing.end), this.verbs);
      if (trailing && trailing.start >= q.close) attribution = this.attribute(trailing, paragraph);
      standalone = attribution !== null;
    }
    if (!attribution) {
      attribution = this.attribute(cueBefore(tokenize(this.text, beforeStart, q.open), this.verbs, true), paragraph);
      standalone = attribution !== null;
    }
    if (!attribution && !startsSentence) {
      // Earlier in the sentence, other quotations left out: "As Putin has repeatedly stated, ... “red line”".
      const clause = unquotedTokens(tokenize(this.text, opening?.start ?? paragraph.start, q.open), quotations, false);
      attribution = this.attribute(cueBefore(clause, this.verbs, false), paragraph) ?? this.attribute(clauseSubject(clause), paragraph);
    }
    const opensParagraph = startsSentence && q.open - paragraph.start <= 1;
    if (!attribution && opensParagraph) attribution = this.introducedBefore(paragraph);
    if (!attribution) {
      const previous = this.continuation(paragraph, opensParagraph);
      if (previous?.ref) attribution = { resolved: { ref: previous.ref, role: previous.quote.role, alias: null }, cue: previous.quote.cue };
    }
    const words = this.text.slice(q.start, q.end).split(/\s+/).length;
    const kind: QuoteKind = words <= FRAGMENT_WORDS && !standalone && !startsSentence ? 'fragment' : 'quote';
    this.push({
      text: this.text.slice(q.start, q.end),
      role: attribution?.resolved.role ?? null,
      kind,
      paragraph,
      start: q.start,
      end: q.end,
      cue: attribution?.cue ?? null,
      ref: attribution?.resolved.ref ?? null,
    });
    return kind;
  }

  /**
   * A quotation with no attribution of its own continues the last attributed words: earlier in the
   * same paragraph, or — when it opens the paragraph — in the paragraph before.
   */
  private continuation(paragraph: Paragraph, opensParagraph: boolean): Draft | null {
    for (let k = this.drafts.length - 1; k >= 0; k--) {
      const draft = this.drafts[k]!;
      if (!draft.ref || draft.quote.kind === 'fragment') continue;
      if (draft.quote.paragraph === paragraph.index) return draft;
      return opensParagraph && draft.quote.paragraph === this.previous?.index ? draft : null;
    }
    return null;
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

  private statement(paragraph: Paragraph, tokens: Token[], quotations: readonly Quotation[]): void {
    const quoted = (i: number) => quotations.some((q) => tokens[i]!.start >= q.open && tokens[i]!.end <= q.close);
    const found = findStatement(tokens, this.verbs, quoted);
    const attribution = found ? this.attribute(found.cue, paragraph) : null;
    if (!found || !attribution) return;
    const span = trimSpan(this.text, found.start, found.end);
    if (!span || this.text.slice(span.start, span.end).split(/\s+/).length < 4) return;
    this.push({
      text: this.text.slice(span.start, span.end),
      role: attribution.resolved.role,
      kind: 'statement',
      paragraph,
      start: span.start,
      end: span.end,
      cue: attribution.cue,
      ref: attribution.resolved.ref,
    });
  }

  /** Read and resolve a cue's speaker phrase; the cue's span is narrowed to the phrase and the verb. */
  private attribute(cue: Cue | null, paragraph: Paragraph): Attribution | null {
    if (!cue) return null;
    const mention = readMention(this.text, cue.phrase, this.evidence, cue.verbAfter);
    if (!mention || (cue.passive && mention.kind !== 'document')) return null;
    const resolved = this.resolver.resolve(mention, paragraph.index);
    if (!resolved) return null;
    const [start, end] = cueSpan(cue, mention);
    return { resolved, cue: { text: phraseText(this.text, start, end), start, end } };
  }

  private push(item: Omit<Draft['quote'], 'file' | 'articleId' | 'paragraph' | 'sentence'> & { paragraph: Paragraph; ref: SpeakerRef | null }): void {
    const { article } = this.layout;
    const { paragraph, ref, ...quote } = item;
    this.drafts.push({
      quote: { ...quote, file: article.file, articleId: article.id, paragraph: paragraph.index, sentence: sentenceIndex(article, quote.start) },
      ref,
    });
    if (ref && quote.kind !== 'fragment') this.resolver.spoke(ref, paragraph.index);
  }
}

interface Attribution {
  resolved: Resolved;
  cue: Quote['cue'];
}

/** The attribution words: from the speaker phrase to the verb, or from the verb to the phrase. */
function cueSpan(cue: Cue, mention: Mention): [number, number] {
  return cue.verbAfter ? [Math.max(cue.start, mention.start), cue.end] : [cue.start, Math.min(cue.end, mention.end)];
}

function personName(name: string): { key: string; name: string } {
  return { key: personKey(name), name };
}

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

export interface QuoteFilter {
  /** A speaker as a user types it: resolved with `findSpeaker`. */
  speaker?: string;
  /** Words that must all occur in the quoted text (case and plural endings ignored). */
  query?: string;
  /** Kinds to keep; all kinds when omitted. */
  kinds?: readonly QuoteKind[];
}

/** Quotes by speaker, words and kind. An unknown speaker matches nothing. */
export function filterQuotes(set: QuoteSet, filter: QuoteFilter): Quote[] {
  const speaker = filter.speaker ? findSpeaker(set.speakers, filter.speaker) : null;
  if (filter.speaker && !speaker) return [];
  const terms = (filter.query ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map(fold) ?? [];
  return set.quotes.filter((q) => {
    if (filter.kinds && !filter.kinds.includes(q.kind)) return false;
    if (speaker && q.speakerId !== speaker.id) return false;
    if (terms.length === 0) return true;
    const words = new Set((q.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fold));
    return terms.every((t) => words.has(t));
  });
}

/** "sanctions" and "sanction" alike. */
function fold(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
