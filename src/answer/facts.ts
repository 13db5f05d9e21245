import { normalizeTerm, tokenize } from '../text/analyzer.js';
import { tagWords, type TaggedWord } from '../text/pos.js';
import { causeRelatives, synonymsOf, withSynonymTerms } from '../text/synonyms.js';
import { areOpposites } from '../text/opposites.js';
import { kindredWords } from '../text/kindred.js';
import { conflictingDetail } from './contradiction.js';
import type { Knowledge } from '../index/knowledge.js';
import type { SentenceHit } from '../index/search-index.js';
import { cite, coverageOf, holdsAllNames, questionTerms, termsIn, type QuestionTerms } from './evidence.js';
import { neighbourTerms } from './typed.js';
import type { Answer, Citation } from './types.js';
import type { Article, Sentence } from '../corpus/types.js';

/**
 * Yes-no questions: a verdict from the sentence that best covers the question's topic, read for its
 * polarity (a denial of the topic) and its modality (a forecast, claim or condition settles nothing).
 * An answer never contradicts the sentence it cites.
 */

const MIN_COVERAGE = 0.6;

const NEGATION = /\b(not|no|never|none|nothing|neither|nor|without|denied|denies|refused)\b|n['’]t\b/i;
/**
 * A forecast, claim, possibility, intention, plan or open question ("whether"): evidence that something may be so, not that it is. ("Would" is
 * left out: in reported speech it is the tense of a promise, not a doubt; "could not" is a failure, a fact.)
 */
const UNSETTLED = /\b(expects?|expected|expecting|predicts?|predicted|forecasts?|could(?!\s+not\b)|might|may|allegedly|alleged|reportedly|purportedly|claims?|claimed|rumou?red|possibly|perhaps|likely|unlikely|plans? to|planning to|intends? to|threatens? to|threats? of|hopes? to|hoping to|aims? to|seeks? to|wants? to|counts? on|counting on|(?:is|are|was|were) considering|considers|if|unless|whether|(?:scheduled|slated|due|set)\s+to\s+(?!the\b|a\b|an\b)\p{L}+)\b/iu;
const UNSETTLED_ALL = new RegExp(UNSETTLED.source, 'giu');
/** A word that denies what follows it: "not", "refused to", "the impossibility of", "unable to", "failed to". */
const NEGATION_WORD = /^(not|no|never|none|nothing|neither|nor|without|denied|denies|deny|refuses?|refused|unable|impossib\w*|fail(?:s|ed)?)$|n['’]t$/i;

/** "Yes", "No" or "Not established", with the sentence it rests on; null when no sentence is about the question. */
export function answerYesNo(kb: Knowledge, question: string, terms: QuestionTerms): Answer | null {
  const inPerson = IN_PERSON.test(question);
  // "In person" says how the meeting was held: the sentences about the meeting are the evidence.
  const evidence = yesNoEvidence(kb, inPerson ? questionTerms(kb.index, question.replace(IN_PERSON, ' ')) : terms, question);
  // "Did they meet in person?" is denied by a meeting held by video or telephone, which says no "not".
  const remote = inPerson ? evidence.slice(0, REMOTE_READ).find((hit) => REMOTE.test(hit.sentence.text)) : undefined;
  if (remote) {
    const text = `No, according to the articles: ${remote.sentence.text}`;
    return { question, kind: 'yes-no', answer: 'No', confidence: round(remote.coverage * 0.8), text, citations: [cite(remote.article, remote.sentence)] };
  }
  const best = evidence[0];
  if (!best) return null;
  const base = { question, kind: 'yes-no' as const, confidence: round(best.coverage * 0.8), citations: [cite(best.article, best.sentence)] };
  if (unsettles(best.sentence.text, question)) {
    return { ...base, answer: 'Not established', text: `Not established: the articles report it only as expected, claimed or possible. ${best.sentence.text}` };
  }
  // "Historians said the museum had thrown its papers away. The director rejected that claim": a claim its
  // article reports as disputed settles nothing.
  const dispute = disputedAfter(best.article, best.sentence);
  if (dispute) {
    return { ...base, answer: 'Not established', text: `Not established: the articles report it as a claim that is disputed. ${best.sentence.text} ${dispute.text}`, citations: [...base.citations, cite(best.article, dispute)] };
  }
  // "Did sales fall?" over "sales grew": the opposite of the question's word denies it as a "not" would.
  const verdict = (isNegated(best.sentence.text, terms, best.standIns) !== best.opposite) === NEGATION.test(question) ? 'Yes' : 'No';
  // "Did the bridge reopen in May?" over "will reopen on April 2": the articles give another date.
  const conflict = verdict === 'Yes' ? conflictingDetail(question, best.sentence.text) : null;
  if (conflict) return { ...base, answer: 'No', text: `No, not “${conflict}”, according to the articles: ${best.sentence.text}` };
  return { ...base, answer: verdict, text: `${verdict}, according to the articles: ${best.sentence.text}` };
}

/**
 * The sentence reports the question's event as expected, claimed or possible. A hedge inside what the
 * question's own verb reports, or that is that verb, is not one: "the owners denied the claims that they intend
 * to sell" settles whether they denied them, "the agency expects a rise" whether it expects one.
 */
function unsettles(sentence: string, question: string): boolean {
  // "Did the board approve the plan to widen it?" over "blocked the plan to widen it": a hedge the question
  // names itself is its topic, not a doubt.
  const asked = question.toLowerCase();
  const hedge = [...sentence.matchAll(UNSETTLED_ALL)].find((found) => !asked.includes(found[0].toLowerCase()));
  if (!hedge) return false;
  const verb = yesNoVerb(question);
  const term = verb ? normalizeTerm(verb.text) : null;
  if (term === null) return true;
  // "Does the agency expect a rise?" asks about the expecting, which "the agency expects" settles.
  const upTo = tokenize(sentence.slice(0, hedge.index + hedge[0].length)).map((word) => normalizeTerm(word));
  return !upTo.includes(term);
}

/**
 * The verb a yes-no question asks about: the first verb after its opening auxiliary and the subject's first
 * word, passing over a participle that only describes the noun before it ("will products using the polymer be
 * in shops?", though "are workers leaving?" asks about leaving).
 * After "did", "does" or "do" the base verb may be read as a noun ("did the court order the plant…"): a
 * word between the subject's noun and the object's determiner is the verb.
 */
function yesNoVerb(question: string): TaggedWord | null {
  const words = tagWords(question);
  const opensWithDo = /^(?:did|does|do)$/i.test(words[0]?.text ?? '');
  // "Are workers leaving?": after an opening "be", the -ing word is the verb; after "will" it describes the subject.
  const opensWithBe = /^(?:is|are|was|were|am)$/i.test(words[0]?.text ?? '');
  // The word after the auxiliary opens the subject, whatever the tagger makes of it ("will shops…").
  for (let i = 2; i < words.length; i++) {
    const word = words[i]!;
    const before = words[i - 1]!;
    const after = words[i + 1];
    if (word.pos === 'VERB') {
      if (/ing$/i.test(word.text) && !opensWithBe && before.pos !== 'AUX') continue;
      return word;
    }
    if (opensWithDo && word.pos === 'NOUN' && before.pos === 'NOUN' && after !== undefined && /^(?:DET|PROPN|PRON)$/.test(after.pos)) return word;
  }
  return null;
}

/** A sentence that disputes what the one before reports: "rejected that claim", "denied the allegations". */
const DISPUTES = /\b(?:rejected|denied|disputed|dismissed|refuted|contested|denies|rejects|disputes|dismisses)\s+(?:that|the|this|these|those|such)\s+(?:\p{L}+\s+)?(?:claims?|allegations?|reports?|charges?|accusations?|accounts?|suggestions?|assertions?)\b|\bdenied\s+(?:it|this|that)\b/iu;
/** How many sentences after a claim are read for its denial. */
const DISPUTE_REACH = 2;

/** The sentence, among the next ones of its article, that disputes a claim the sentence reports; null when none does. */
function disputedAfter(article: Article, sentence: Sentence): Sentence | null {
  if (!/\b(?:said|says|claimed|claims|alleged|alleges|accused|reported|wrote)\b/i.test(sentence.text)) return null;
  return article.sentences.slice(sentence.index + 1, sentence.index + 1 + DISPUTE_REACH).find((next) => DISPUTES.test(next.text)) ?? null;
}

export const IN_PERSON = /\b(?:in person|face[- ]to[- ]face|in the same room)\b/i;

/** The first cited passage whose sentence says the event was held apart (by video, telephone), as that sentence. */
export function heldApart(kb: Knowledge, citations: readonly Citation[]): { article: Article; sentence: Sentence } | null {
  for (const citation of citations) {
    const article = kb.corpus.articles.find((a) => a.file === citation.file);
    const sentence = article?.sentences.find((s) => s.start <= citation.start && citation.start < s.end);
    if (article && sentence && REMOTE.test(sentence.text)) return { article, sentence };
  }
  return null;
}
/** A meeting held apart: by video, telephone, online. */
const REMOTE = /\b(?:video\w*|virtual(?:ly)?|online|tele(?:phone|conference)\w*|phone|remotely|digital)\b/i;
/** How many of the best sentences are read for a meeting held apart. */
const REMOTE_READ = 5;

/** How many sentences the search gives for a yes-no question, before they are judged on its topic. */
const YES_NO_SEARCHED = 60;

/**
 * The sentences a yes-no question can be answered from, best first: each holds more than half of the
 * weight of the question's words other than names (a verdict over a sentence that only shares the names would answer
 * another question), and the names stand in it, in the sentences around it or in the article's
 * title ("The parties also discussed…" in an article about them).
 */
function yesNoEvidence(kb: Knowledge, terms: QuestionTerms, question: string): (SentenceHit & { coverage: number; standIns: string[]; opposite: boolean })[] {
  // A word the articles never use is what the question turns on ("was the office haunted?"): it weighs
  // double, and only a WordNet synonym or a word of its kindred group in the sentence holds it.
  const unknown = new Map<string, string[]>();
  for (const word of terms.unknown) {
    const term = normalizeTerm(word);
    if (term !== null && !terms.unknownNames.includes(word)) unknown.set(term, [...synonymsOf(word), ...kindredWords(word)].map((w) => normalizeTerm(w)).filter((t): t is string => t !== null));
  }
  // "Did she speak to reporters when she toured the site?": the clause of time only places the question; what
  // it asks is in the main clause, and evidence must hold that.
  const placing = new Set(tokenize(PLACING_CLAUSE.exec(question)?.[1] ?? '').map((word) => normalizeTerm(word)));
  const asked = [...terms.terms.filter((t) => !terms.names.includes(t)), ...unknown.keys()];
  const topic = asked.some((t) => !placing.has(t)) ? asked.filter((t) => !placing.has(t)) : asked;
  // The verb asked about stands in a sentence by its synonyms too, and by a verb tied to it by cause ("has
  // anyone died?" over "no one was killed").
  const verb = yesNoVerb(question);
  const related = verb === null ? [] : [...synonymsOf(verb.text), ...causeRelatives(verb.text)].map((word) => normalizeTerm(word)).filter((t): t is string => t !== null);
  // The verb's own term, or the one it was read as where the articles lack it ("die" as "kill").
  const verbAsked = verb === null ? null : ([normalizeTerm(verb.text), ...related].find((t) => t !== null && topic.includes(t)) ?? null);
  const verbStandIns = new Set(verbAsked === null ? [] : related.filter((t) => t !== verbAsked));
  // "Did the court order the plant to shut down?": the act ordered is what a sentence must report, or its opposite.
  const ordered = ORDERED_ACT.exec(question)?.[1] ?? null;
  const orderedTerms = ordered === null ? [] : withSynonymTerms(ordered);
  const governsAct = verb !== null && /\bto\s+\p{L}/u.test(question.slice(question.toLowerCase().indexOf(verb.text.toLowerCase())));
  // Rare words weigh more: "was the meeting secret?" turns on "secret", not on "meeting".
  const weight = (term: string) => kb.index.termWeight(term) * (unknown.has(term) ? 2 : 1);
  // A sentence that holds the verb asked about may hold less of the rest: the verb weighs double for it
  // ("has the levy been approved?" over "the levy … has not been approved"). One that reports the act in other
  // words ("said there would be no extra money" for "did they promise money?") is weighed as before.
  const verbWeight = (term: string) => weight(term) * (term === verbAsked ? 2 : 1);
  // A question word whose opposite the sentence holds ("fall" over "grew") is held, and the verdict turns on it.
  const asWritten = new Map(tokenize(question).map((word) => [normalizeTerm(word), word.toLowerCase()] as const));
  const opposed = (t: string, words: ReadonlySet<string>) => {
    const word = asWritten.get(t);
    // As written, or in the base form either way round ("fall" against "grew": "fall" and "grow").
    return word !== undefined && [...words].some((other) => areOpposites(word, other) || areOpposites(t, normalizeTerm(other) ?? other));
  };
  const holdsIn = (present: ReadonlySet<string | null>, words: ReadonlySet<string>) => {
    // One verb of bringing a subject up holds another: "did they talk about X" is answered by "X was not raised".
    const discussed = (t: string) => DISCUSSION_VERBS.has(t) && [...DISCUSSION_VERBS].some((other) => present.has(other));
    const byVerb = (t: string) => t === verbAsked && [...verbStandIns].some((other) => present.has(other));
    return (t: string) => present.has(t) || (unknown.get(t) ?? []).some((synonym) => present.has(synonym)) || byVerb(t) || discussed(t) || opposed(t, words);
  };
  // A topic word of the article's title ("has anyone died in the fire?" over "No one was killed" in a report
  // headed with the fire) counts half: the sentence need not repeat what its article is about. (The sentence
  // before is no such guide: it may be about someone else.)
  const held = (holds: (t: string) => boolean, title: ReadonlySet<string | null>, weighed: (t: string) => number) => {
    const total = topic.reduce((sum, t) => sum + weighed(t), 0);
    return total === 0 ? 1 : topic.reduce((sum, t) => sum + (holds(t) ? weighed(t) : title.has(t) ? weighed(t) * TITLE_SHARE : 0), 0) / total;
  };
  if (terms.terms.length === 0) return [];
  const governing = governingVerb(question);
  // Not ranked by coverage first: sentences that hold only the names would push the topic's out.
  return kb.index
    .searchSentences([...terms.terms, ...[...verbStandIns].filter((t) => kb.index.knows(t))].join(' '), { limit: YES_NO_SEARCHED })
    .map((hit) => {
      const present = termsIn(hit.sentence.text);
      const words = new Set(hit.sentence.text.toLowerCase().match(/\p{L}+/gu) ?? []);
      const opposite = topic.some((t) => !present.has(t) && opposed(t, words));
      const holds = holdsIn(present, words);
      // "Has the levy been approved?": a sentence about the levy that says nothing of approving answers another question.
      const verbHeld = verbAsked === null || holds(verbAsked);
      const title = titleTerms(hit.article);
      const share = Math.max(held(holds, title, weight), verbAsked !== null && verbHeld ? held(holds, title, verbWeight) : 0);
      return { hit, present, words, opposite, verbHeld, share, own: coverageOf(terms, present) };
    })
    // Where the question uses a word the articles never do, a sentence that holds the verb asked about itself (no
    // stand-in: "agree" may be "hold") passes with less of the rest: "has anyone been arrested for the heist?" over
    // "no one had been arrested", in a report that calls it a theft. Not where the verb governs another act: "did
    // they agree to withdraw?" is not answered by "agreed to meet".
    .filter(({ hit, present, share, own }) => (topic.length === 0 ? own >= MIN_COVERAGE : share > (verbAsked !== null && present.has(verbAsked) && unknown.size > 0 && !governsAct ? VERB_HELD_SHARE : 0.5)) && namesAround(terms, hit))
    .filter(({ present, words }) => ordered === null || orderedTerms.some((t) => present.has(t)) || opposed(orderedTerms[0]!, words))
    // "Did they agree to withdraw?" asks about agreeing: a sentence about withdrawing alone answers another question.
    .filter(({ present, words }) => governing === null || governing.some((t) => present.has(t)) || (governing.length > 0 && opposed(governing[0]!, words)))
    .sort((a, b) => Number(b.verbHeld) - Number(a.verbHeld) || b.share - a.share || b.own - a.own)
    // The names were found around the sentence: its coverage counts them as held.
    .map(({ hit, present, opposite, verbHeld }) => ({
      ...hit,
      opposite,
      // …and the verb asked about, when a stand-in holds it.
      coverage: coverageOf(terms, new Set([...present, ...terms.names, ...(verbHeld && verbAsked !== null ? [verbAsked] : [])])),
      standIns: [...[...unknown.values()].flat(), ...verbStandIns].filter((synonym) => present.has(synonym)),
    }));
}

/** The share of the question's weight a sentence that holds its verb must hold, where a word of the question is unknown to the articles. */
const VERB_HELD_SHARE = 0.35;

/** What a topic word found only in the article's title counts for. */
const TITLE_SHARE = 0.5;

const titleTermsOf = new WeakMap<Article, ReadonlySet<string | null>>();

function titleTerms(article: Article): ReadonlySet<string | null> {
  let terms = titleTermsOf.get(article);
  if (!terms) titleTermsOf.set(article, (terms = termsIn(article.title)));
  return terms;
}

/** A clause of time after the question's main clause: "…when he toured the site", "…while the talks went on". */
const PLACING_CLAUSE = /^\S+\s+\S.*?\b(?:when|while|whilst|as soon as|once|during)\b(.+)$/i;

/** A verb that makes someone do an act: "order the plant to shut", "force the firm to pay"; the act is captured. */
const ORDERED_ACT = /\b(?:order|ordered|force|forced|require|required|compel|compelled|instruct|instructed|tell|told|urge|urged|allow|allowed|permit|permitted)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+(\p{L}+)/iu;

/** A verb that takes another after "to" and is what the question asks about ("agree to withdraw", "refuse to pay"). */
const GOVERNING = /\b(agree|agreed|refuse|refused|promise|promised|pledge|pledged|vow|vowed|decide|decided|plan|planned|intend|intended|threaten|threatened|offer|offered|want|wanted|try|tried)\s+to\s+\p{L}/iu;

/** The governing verb's term with its WordNet synonyms' (the verb as written first), or null when the question has none. */
function governingVerb(question: string): string[] | null {
  const verb = GOVERNING.exec(question)?.[1];
  if (!verb) return null;
  return withSynonymTerms(verb);
}

/** The question's names stand in the sentence, the sentences around it, or its article's title. */
function namesAround(terms: QuestionTerms, hit: SentenceHit): boolean {
  const present = neighbourTerms(hit);
  for (const term of termsIn(hit.article.title)) present.add(term);
  return holdsAllNames(terms, present);
}

/** Words that end a negation's reach: what follows them is a clause of its own. */
const SCOPE_BREAK = /^(which|who|whom|whose|where|while|whereas|although|though|but|however|yet|because|since|after|before|when)$/i;

/**
 * Whether the sentence denies what the question asks: a negation ("not", "never", "denied") stands
 * before one of the question's topic words or its verb ("did not go"), with no new clause ("which",
 * "but") between them. When a question word stands in the sentence as a verb outside any denial, a
 * negation before the question's other words denies another act ("did not comment on the crews, for
 * which the crews were praised" does not deny "were the crews praised?").
 */
function isNegated(sentence: string, terms: QuestionTerms, standIns: readonly string[] = []): boolean {
  const words = tokenize(sentence);
  const verbs = new Set(tagWords(sentence).filter((word) => word.pos === 'VERB').map((word) => word.text.toLowerCase()));
  // A synonym that stood for a question word the articles never use ("retreat" for "withdraw") is the topic too.
  const topic = new Set([...terms.terms.filter((t) => !terms.names.includes(t)), ...terms.framing, ...standIns]);
  const asksAboutDiscussion = [...topic].some((t) => DISCUSSION_VERBS.has(t));
  const names = new Set(terms.names);
  let negatedFrom = -1;
  let discussionDenied = false;
  let topicInClause = false;
  let deniesTopic = false;
  let affirmsVerb = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const term = normalizeTerm(word) ?? '';
    // "she declined to give her view": a refusal, as "refused to" is.
    const declined = /^declin(?:e|es|ed|ing)$/i.test(word) && words[i + 1]?.toLowerCase() === 'to';
    // "has not yet scored": "yet" after a negation is no conjunction, and opens no clause.
    const opensClause = SCOPE_BREAK.test(word) && !(negatedFrom === i - 1 && /^yet$/i.test(word));
    if ((NEGATION_WORD.test(word) || declined) && !topic.has(term)) {
      // "gave no figure", "made no comment": "no" after the asked verb denies the verb's act, though the verb stands unnegated.
      if (/^no$/i.test(word) && i > 0 && topic.has(normalizeTerm(words[i - 1]!) ?? '') && verbs.has(words[i - 1]!.toLowerCase())) return true;
      negatedFrom = i;
      discussionDenied = asksAboutDiscussion && words.slice(i + 1, i + 3).some((w) => DISCUSSION_VERBS.has(normalizeTerm(w) ?? ''));
      // "the issue of sending troops was not even raised": the topic stood in the subject, and the verb
      // denied is one of raising or discussing it, as the question asks ("did they discuss…").
      if (topicInClause && discussionDenied) return true;
      // "the town's joining the league is not on the agenda": what is said of the topic is denied.
      if (topicInClause && i > 0 && COPULA.test(words[i - 1]!)) return true;
    } else if (opensClause) {
      negatedFrom = -1;
      discussionDenied = false;
      topicInClause = false;
    } else if (topic.has(term) || (discussionDenied && names.has(term))) {
      // After "did not touch on", the names listed are what was not discussed, not who did not discuss it.
      if (negatedFrom >= 0 && discussionDenied) return true;
      const verb = verbs.has(word.toLowerCase());
      if (negatedFrom >= 0 && verb) return true;
      if (negatedFrom >= 0) deniesTopic = true;
      else if (verb) affirmsVerb = true;
      if (!DISCUSSION_VERBS.has(term)) topicInClause = true;
    }
  }
  return deniesTopic && !affirmsVerb;
}

const COPULA = /^(?:is|are|was|were|be|been)$/i;

/** Verbs of bringing a subject up: "did they discuss X" is denied by "X was not raised" as by "X was not discussed". */
const DISCUSSION_VERBS = new Set(
  ['discuss', 'discussed', 'raise', 'raised', 'mention', 'mentioned', 'address', 'addressed', 'debate', 'debated', 'consider', 'considered', 'touch', 'touched', 'talk', 'talked']
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null),
);

export function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
