import { findPerson, type Person } from '../extract/people/people.js';
import { findSpeaker } from '../extract/quotes/quotes.js';
import { roleWords } from '../extract/quotes/speakers.js';
import { FUNCTION_WORDS, ROLE_NOUNS } from '../text/phrases.js';
import type { Article } from '../corpus/types.js';
import type { Quote, QuoteKind, Speaker } from '../extract/types.js';
import { EVENT_FAMILIES, eventFamilies } from '../extract/events/event-words.js';
import { analyze, normalizeTerm, tokenize } from '../text/analyzer.js';
import { kindredWords } from '../text/kindred.js';
import { agentRelatives } from '../text/synonyms.js';
import type { Knowledge } from '../index/knowledge.js';
import { conflictingDetail } from './contradiction.js';
import { cite } from './evidence.js';
import { round } from './facts.js';
import type { Answer, Citation } from './types.js';

/** Share of the asked words a quote must hold to count as the same words. */
const SAME_WORDS = 0.6;

export function citeQuote(kb: Knowledge, quote: Quote): Citation {
  return cite(kb.articleById.get(quote.articleId)!, quote);
}

/** How a quote reads under an answer: “words” — speaker; reported speech is marked as paraphrase. */
export function quoteLine(quote: Quote): string {
  const words = quoteWords(quote);
  return quote.speaker ? `${words} — ${quote.speaker}` : words;
}

/** A quotation in marks; a statement as written, marked as the reporter's paraphrase. */
export function quoteWords(quote: Quote): string {
  return quote.kind === 'statement' ? `${quote.text} (paraphrase)` : `“${quote.text}”`;
}

/**
 * "Who said '...'?": the quotation whose words best match, found through the sentences that hold the
 * words. With a claimed speaker ("did Okafor say '...'?") this verifies the claim: yes, or no and who did.
 */
export function answerWhoSaid(kb: Knowledge, question: string, words: string, claimed: string | null, verb?: string): Answer {
  const asked = new Set(analyze(words));
  const match = asked.size === 0 ? null : bestQuoteFor(kb, words, asked, verb);
  const claimedSpeaker = claimed ? findSpeaker(kb.quotes.speakers, claimed) : null;

  if (!match) {
    return {
      question,
      answer: null,
      kind: 'who-said',
      confidence: 0,
      text: `Nobody in the articles says those words${claimed ? `, ${claimed} included` : ''}.`,
      citations: [],
    };
  }
  const { quote, share } = match;
  const speaker = quote.speaker ?? 'an unnamed source';
  const citations = [citeQuote(kb, quote)];
  // "Who said the bridge would reopen in June?" over "…will reopen on April 2": nobody said that.
  const conflict = conflictingDetail(words, quote.text);
  if (conflict) {
    return { question, answer: null, kind: 'who-said', confidence: 0, text: `Nobody in the articles says that with “${conflict}”. The nearest: ${quoteLine(quote)}`, citations };
  }
  if (claimed) {
    const same = claimedSpeaker !== null && claimedSpeaker.id === quote.speakerId;
    return {
      question,
      answer: same ? `Yes, ${speaker}` : `No, ${speaker}`,
      kind: 'who-said',
      confidence: round(share),
      text: same
        ? `Yes: ${speaker} said it.\n${quoteLine(quote)}`
        : `No: those words are ${speaker}'s${claimedSpeaker ? `, not ${claimedSpeaker.name}'s` : ''}.\n${quoteLine(quote)}`,
      citations,
    };
  }
  // "Who warned the crews?" over "Saal had warned the crews…" (as a spokesman put it): the one who warned.
  const doer = verb ? doerIn(kb, reportOf(kb, quote), verb) : null;
  if (doer && doer !== quote.speaker) {
    return { question, answer: doer, kind: 'who-said', confidence: round(share), text: `${doer}, as ${speaker} reported it:\n${quoteLine(quote)}`, citations };
  }
  return { question, answer: speaker, kind: 'who-said', confidence: round(share), text: quoteLine(quote), citations };
}

/**
 * The quote with the words of its sentence before it: "According to a statement, Saal warned the crews of
 * “heavy seas”" says who warned, though the quotation's own words do not.
 */
function reportOf(kb: Knowledge, quote: Quote): string {
  const article = kb.articleById.get(quote.articleId);
  const sentence = article?.sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  return article && sentence ? article.text.slice(sentence.start, Math.max(quote.end, sentence.start)) : quote.text;
}

const ADDRESSED_VERBS: Record<string, string> = { warn: 'warn(?:ed|s)?', warned: 'warn(?:ed|s)?', tell: '(?:told|tells?)', told: '(?:told|tells?)' };

/**
 * The person a reported statement names as doing what the question asks about: a name the articles
 * know, right before the verb ("Saal had warned", "Natarajan told"). Null when the statement names none.
 */
function doerIn(kb: Knowledge, text: string, verb: string): string | null {
  // Verbs said to someone: their doer may be another than the one reporting them. "Who said" asks the speaker.
  const forms = ADDRESSED_VERBS[verb.toLowerCase()];
  if (!forms) return null;
  const pattern = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:had\s+|has\s+|have\s+)?${forms}\b`, 'u');
  const name = pattern.exec(text)?.[1];
  if (!name) return null;
  return findPerson(kb.people, name)?.name ?? null;
}

/**
 * The quote that holds the most of the asked words; of two that hold as many, the one whose sentence
 * uses the question's verb ("who warned of…" over "X warned of “…”", not "X said “…”").
 */
function bestQuoteFor(kb: Knowledge, words: string, asked: Set<string>, verb?: string): { quote: Quote; share: number } | null {
  const verbTerm = verb ? normalizeTerm(verb) : null;
  const usesVerb = (quote: Quote) => verbTerm !== null && analyze(reportOf(kb, quote)).includes(verbTerm);
  // "Who said the talks were frank?" over "the discussion was frank": another name of the event counts in part.
  const kinOf = new Map(topicTerms(kb, words).map(({ term, kin }) => [term, new Set(kin.flatMap((w) => analyze(w)))]));
  const kinWords = [...new Set([...kinOf.values()].flatMap((kin) => [...kin]))];
  const hits = kb.index.searchSentences([words, ...kinWords].join(' '), { limit: 15 });
  let best: { quote: Quote; share: number } | null = null;
  for (const hit of hits) {
    for (const quote of quotesIn(kb, hit.article.id, hit.sentence)) {
      const own = new Set(analyze(quote.text));
      let found = 0;
      for (const term of asked) {
        if (own.has(term)) found++;
        else if ([...(kinOf.get(term) ?? [])].some((kin) => own.has(kin))) found += KIN_SHARE;
      }
      const share = found / asked.size;
      if (share < SAME_WORDS) continue;
      const better = !best || share > best.share || (share === best.share && (usesVerb(quote) ? !usesVerb(best.quote) || quote.kind === 'quote' : !usesVerb(best.quote) && quote.kind === 'quote'));
      if (better) best = { quote, share };
    }
  }
  return best;
}

/** Quotes that overlap a sentence. */
function quotesIn(kb: Knowledge, articleId: string, span: { start: number; end: number }): Quote[] {
  return (kb.quotesByArticle.get(articleId) ?? []).filter((q) => q.start < span.end && q.end > span.start && !deniedSpeech(q));
}

/**
 * "What did X say (about Y)?": X's quotes and statements, those about Y first. A speaker who is only
 * mentioned, or not in the articles at all, gets an honest "not quoted".
 */
export function answerWhatSaid(kb: Knowledge, question: string, speakerName: string, topic: string): Answer | null {
  const speaker = speakerByRole(kb, speakerName) ?? findSpeaker(kb.quotes.speakers, speakerName);
  if (!speaker) return null;
  const about = topic.trim();
  const ranked = quotesBy(kb, speaker, topic, about ? ['quote', 'statement', 'fragment'] : ['quote', 'statement']);
  // On a topic, what covers it best comes first, own words before reported ones only among equals; and of
  // those, what the question's verb reports ("what did she promise about…": where she promised).
  if (about) {
    const words = tokenize(question).map((word) => word.toLowerCase());
    const verb = normalizeTerm(words[words.indexOf(tokenize(speakerName).at(-1)?.toLowerCase() ?? '') + 1] ?? '');
    const usesVerb = new Map(ranked.map(({ quote }) => [quote, verb !== null && analyze(sentenceOf(kb, quote)).includes(verb)]));
    ranked.sort((a, b) => b.score - a.score || kindRank(a.quote.kind) - kindRank(b.quote.kind) || Number(usesVerb.get(b.quote)) - Number(usesVerb.get(a.quote)));
  }
  if (ranked.length === 0) {
    // Quoted on other things: those are the nearest the articles come, and the member may want them.
    const other = about ? byKind(kb.quotes.quotes.filter((q) => q.speakerId === speaker.id && q.kind !== 'fragment')).slice(0, MENTIONS_SHOWN) : [];
    return {
      question,
      answer: null,
      kind: 'what-said',
      confidence: 0,
      text: about
        ? [`The articles quote ${speaker.name}, but not about ${about}.`, ...(other.length > 0 ? [`What ${speaker.name} does say:`, ...other.map(quoteLine)] : [])].join('\n')
        : `The articles do not quote ${speaker.name} directly.`,
      citations: other.map((quote) => citeQuote(kb, quote)),
    };
  }
  const shown = ranked.slice(0, 3);
  return {
    question,
    answer: `${speaker.name}${speaker.roles[0] ? ` (${speaker.roles[0]})` : ''} said:`,
    kind: 'what-said',
    confidence: about ? round(shown[0]!.score) : 0.7,
    // A scare-quoted fragment means little alone: show the sentence it stands in.
    text: shown.map(({ quote }) => (quote.kind === 'fragment' ? sentenceOf(kb, quote) : quoteLine(quote))).join('\n'),
    citations: shown.map(({ quote }) => citeQuote(kb, quote)),
  };
}

/**
 * "the lawyer", "the company's lawyer", "the union leader": asked by a role, the speaker the articles give that
 * role ("Its lawyer, Rolf Brenner, said…"). The asked phrase's other words ("company", "union") must stand in
 * the role, in the headline of an article that quotes the speaker, or (for a role of "its") in such an article;
 * of several, the one quoted most. Null when the phrase ends in no role noun, or no speaker fits.
 */
function speakerByRole(kb: Knowledge, asked: string): Speaker | null {
  const words = asked.replace(/['’]s?\b/g, ' ').split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w.toLowerCase()));
  const head = words.at(-1);
  // "the Court of Justice" is a name, whatever its last word: only a role written in lower case is asked by role.
  if (head === undefined || head !== head.toLowerCase() || !ROLE_NOUNS.has(head)) return null;
  // "the court of justice" typed in lower case is still the name of one who speaks.
  const roles = speakerRoles(kb);
  if (roles.names.has(plainName(asked))) return null;
  const [role] = roleWords(head);
  const others = words.slice(0, -1).flatMap((word) => analyze(word));
  // Whose role names the others too ("Green Future's co-leader" for "the Greens' co-leader") speaks before one
  // whose article is about them (its headline names them; "Vessano's mayor" is not the mayor of the town a
  // report is about, though it mentions Vessano).
  let best: { speaker: Speaker; rank: number } | null = null;
  const owned: Speaker[] = [];
  let byFile: Map<string, Article> | null = null;
  const articlesOf = (speaker: Speaker) => {
    byFile ??= new Map(kb.corpus.articles.map((article) => [article.file, article]));
    return speaker.files.flatMap((file) => byFile!.get(file) ?? []);
  };
  for (const { speaker, roles: given } of roles.byWord.get(role!) ?? []) {
    const inRole = new Set(analyze(given.join(' ')));
    const inTitles = new Set(articlesOf(speaker).flatMap((article) => analyze(article.title)));
    const tier = others.every((term) => inRole.has(term)) ? 2 : others.every((term) => inRole.has(term) || inTitles.has(term)) ? 1 : 0;
    // A role of "its" or "their" belongs to a body the article names elsewhere: any of its articles may name it.
    if (tier === 0 && given.some((r) => /^(?:its|their)\s/i.test(r))) owned.push(speaker);
    if (tier === 0) continue;
    const rank = tier * 1e6 + quotedCount(speaker);
    if (!best || rank > best.rank) best = { speaker, rank };
  }
  if (best) return best.speaker;
  // One search per word for all of them: the articles of the likeliest speakers that hold it.
  const likeliest = [...owned].sort((a, b) => quotedCount(b) - quotedCount(a)).slice(0, OWNED_READ);
  const articleIds = new Set(likeliest.flatMap((speaker) => articlesOf(speaker).map((article) => article.id)));
  if (articleIds.size === 0) return null;
  const holding = others.map((term) => new Set(kb.index.searchSentences(term, { limit: OWNED_HITS, articleIds }).map((hit) => hit.article.id)));
  return likeliest.find((speaker) => holding.every((ids) => articlesOf(speaker).some((article) => ids.has(article.id)))) ?? null;
}

/** How many sentences are read for those words. */
const OWNED_HITS = 200;

/** The speakers who are people, by each word of their roles, and every speaker's name as asked. */
interface SpeakerRoles {
  people: readonly Person[];
  byWord: ReadonlyMap<string, readonly { speaker: Speaker; roles: readonly string[] }[]>;
  names: ReadonlySet<string>;
}

const speakerRolesOf = new WeakMap<readonly Speaker[], SpeakerRoles>();

/** "The Court of Justice" as "court of justice". */
function plainName(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

/**
 * Read once per list of speakers (and of people): the roles the quotes give each person, and those the articles
 * give them elsewhere ("Green Future's co-leader, Tove Sander,").
 */
function speakerRoles(kb: Knowledge): SpeakerRoles {
  const known = speakerRolesOf.get(kb.quotes.speakers);
  if (known && known.people === kb.people) return known;
  const described = new Map(kb.people.map((person) => [person.name, person.descriptions.map((d) => d.text)]));
  const byWord = new Map<string, { speaker: Speaker; roles: readonly string[] }[]>();
  const names = new Set<string>();
  for (const speaker of kb.quotes.speakers) {
    for (const name of [speaker.name, ...speaker.aliases]) names.add(plainName(name));
    if (speaker.kind !== 'person') continue;
    const roles = [...speaker.roles, ...(described.get(speaker.name) ?? [])];
    for (const word of new Set(roles.flatMap((r) => roleWords(r)))) {
      const list = byWord.get(word);
      if (list) list.push({ speaker, roles });
      else byWord.set(word, [{ speaker, roles }]);
    }
  }
  const built = { people: kb.people, byWord, names };
  speakerRolesOf.set(kb.quotes.speakers, built);
  return built;
}

/** How many speakers with a role of "its" are read for the body's name in their articles. */
const OWNED_READ = 20;

function quotedCount(speaker: Speaker): number {
  return speaker.counts.quote + speaker.counts.statement;
}

/** How many sentences naming someone never quoted are shown, for what the articles do say of them. */
const MENTIONS_SHOWN = 2;

/**
 * "What did X say?" about someone the articles name but never quote nor report: say so, and show where
 * they are named (those sentences nearest the topic first) rather than pass one of them off as an answer.
 * Null when the articles never name them.
 */
export function answerNotQuoted(kb: Knowledge, question: string, name: string, topic: string): Answer | null {
  const nameTerms = analyze(name).map((t) => kb.index.resolve(t) ?? t);
  if (nameTerms.length === 0) return null;
  const mentions = kb.index
    .searchSentences(`${name} ${topic}`, { limit: 20 })
    .filter((hit) => {
      const own = new Set(analyze(hit.sentence.text));
      return nameTerms.every((t) => own.has(t));
    })
    .slice(0, MENTIONS_SHOWN);
  if (mentions.length === 0) return null;
  const shown = displayName(kb.articleById.get(mentions[0]!.article.id)!.text, name);
  return {
    question,
    answer: null,
    kind: 'what-said',
    confidence: 0,
    text: `The articles mention ${shown} but never quote ${shown} or report what ${shown} said. Where they mention ${shown}:\n${mentions.map((m) => m.sentence.text).join('\n')}`,
    citations: mentions.map((m) => cite(m.article, m.sentence)),
  };
}

/** A name as the article writes it ("Okafor" asked as "okafor"), else as asked. */
function displayName(text: string, asked: string): string {
  const escaped = asked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\b`, 'i').exec(text)?.[0] ?? asked;
}

/**
 * A speaker's quotes, their own words before what is reported of them: quotations, then statements,
 * then fragments, each ranked by how much of the topic they cover (in text order with no topic).
 */
export function quotesBy(kb: Knowledge, speaker: Speaker, topic: string, kinds: QuoteKind[]): { quote: Quote; score: number }[] {
  const own = kb.quotes.quotes.filter((q) => q.speakerId === speaker.id && kinds.includes(q.kind) && !deniedSpeech(q));
  const wanted = topicTerms(kb, topic);
  if (wanted.length === 0) return byKind(own).map((quote) => ({ quote, score: 1 }));
  const scored = own.map((quote) => {
    const article = kb.articleById.get(quote.articleId)!;
    const sentence = article.sentences[quote.sentence];
    const text = `${quote.text} ${sentence?.text ?? ''}`;
    const words = new Set(analyze(text));
    const written = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    // "She said it would be led by a judge" after a sentence about the inquiry speaks of the inquiry: words that
    // point back take their topic from the sentence before.
    const before = new Set(POINTS_BACK.test(quote.text) ? analyze(article.sentences[quote.sentence - 1]?.text ?? '') : []);
    const headline = new Set(analyze(article.title));
    // The word itself counts in full; another word of its event's family (as written: "called" is no "call"), a
    // word for it ("voters" for "vote", "increase" for "hike"), or the word in the sentence before, half.
    const score = wanted.reduce(
      (sum, { term, kin, related }) => sum + (words.has(term) ? 1 : kin.some((w) => written.has(w)) || related.some((t) => words.has(t)) || before.has(term) ? KIN_SHARE : 0),
      0,
    ) / wanted.length;
    // A quote in an article headed by the topic ("…agree pay deal") is likely on it: the fallback when none names it.
    return { quote, score, headed: (KIN_SHARE * wanted.filter(({ term }) => headline.has(term)).length) / wanted.length };
  });
  const named = scored.some((r) => r.score > 0);
  return scored
    .map(({ quote, score, headed }) => ({ quote, score: named ? score : headed }))
    .filter((r) => r.score > 0)
    .sort((a, b) => kindRank(a.quote.kind) - kindRank(b.quote.kind) || b.score - a.score);
}

/**
 * A report whose cue says nothing was said ("He did not speak to reporters", "she declined to comment"):
 * the extraction keeps it, as reported-speech annotation does, but it is nothing the speaker said.
 */
function deniedSpeech(quote: Quote): boolean {
  return quote.kind === 'statement' && quote.cue !== null && DENYING_CUE.test(quote.cue.text);
}

const DENYING_CUE = /\b(?:not|never)\b|n['’]t\b|\b(?:declined|refused|declines|refuses)\s+to\b/i;

/** Words that stand for something named before them. */
const POINTS_BACK = /\b(?:it|its|this|that|these|those|they|them|their)\b/i;

/** What another word of an event's family, or the word in the sentence before, counts for in a topic, against the word itself. */
const KIN_SHARE = 0.5;

/**
 * Each term of a topic, with the other words of its event's family: "what did she say about the call?" is
 * answered by what she said of "the conversation".
 */
function topicTerms(kb: Knowledge, topic: string): { term: string; kin: string[]; related: string[] }[] {
  const wanted = new Map<string, { kin: string[]; related: string[] }>();
  for (const word of tokenize(topic)) {
    const term = normalizeTerm(word);
    if (term === null) continue;
    const key = kb.index.resolve(word) ?? term;
    const kin = eventFamilies(word).flatMap((family) => EVENT_FAMILIES[family] ?? []);
    const related = [...kindredWords(word), ...agentRelatives(word)].flatMap((other) => normalizeTerm(other) ?? []).filter((other) => other !== key);
    const known = wanted.get(key);
    wanted.set(key, { kin: [...new Set([...(known?.kin ?? []), ...kin])], related: [...new Set([...(known?.related ?? []), ...related])] });
  }
  return [...wanted].map(([term, { kin, related }]) => ({ term, kin, related }));
}

/** Quotations first, then statements, then fragments; text order kept within each. */
export function byKind<T extends { kind: QuoteKind }>(quotes: readonly T[]): T[] {
  return [...quotes].sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
}

function kindRank(kind: QuoteKind): number {
  return kind === 'quote' ? 0 : kind === 'statement' ? 1 : 2;
}

function sentenceOf(kb: Knowledge, quote: Quote): string {
  return kb.articleById.get(quote.articleId)!.sentences[quote.sentence]?.text ?? quoteLine(quote);
}
