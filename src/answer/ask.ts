import type { Knowledge } from '../index/knowledge.js';
import { parseDateQuery } from '../extract/dates/dates.js';
import { analyze, normalizeTerm, tokenize } from '../text/analyzer.js';
import { gazetteer } from '../text/gazetteer.js';
import { tagWords } from '../text/pos.js';
import { ROLE_NOUNS } from '../text/phrases.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { isNounOrVerb } from '../text/synonyms.js';
import { analyzeQuestion } from './analysis.js';
import { ANSWER_THRESHOLD, speaksOfAnother } from './confidence.js';
import { cite, outletArticles, questionTerms, withoutOutlet } from './evidence.js';
import { answerConsequence, asksConsequence } from './conditional.js';
import { answerNameGiven, answerWhichInOrder } from './called.js';
import { contradicts } from './contradiction.js';
import { answerDefinition, definedTerm } from './definition.js';
import { answerDateKnown, asksIfDateKnown } from './known-date.js';
import { answerYesNo, heldApart, IN_PERSON } from './facts.js';
import { noAnswer } from './nothing.js';
import { normalizeQuestion, routeQuestion } from './question.js';
import { answerNotQuoted, answerWhatSaid, answerWhoSaid } from './quotes.js';
import { answerRoleList } from './roles.js';
import { answerSummary } from './summary.js';
import { answerByType, typedAnswer } from './typed.js';
import { answerTally } from './tally.js';
import type { Answer, Citation } from './types.js';
import { answerAround, answerOnDate, answerWhen, lifeYear, spanEndAsked, UNDATED, whenFocus } from './when.js';
import { answerWhoIs, holdsOffice, isDescribedRole, officeOfBody } from './who.js';

/**
 * A question in, an answer with citations out. The question's shape decides the route; every route
 * either finds text that covers the question or returns the honest "the articles don't say".
 * Throws a QuestionError for input that is not a question (empty, only punctuation, too long).
 */
export function ask(kb: Knowledge, rawQuestion: string, latestReference: string): Answer {
  const asked = normalizeQuestion(rawQuestion);
  const question = clauseLast(respellFunctionWords(kb, asked));
  const analysis = analyzeQuestion(question);
  const routed = route(kb, question, latestReference);
  const answer = contradicted(routed) ? noAnswer(kb, question, questionTerms(kb.index, question), `The articles don't say; the nearest they come says otherwise: “${routed.citations[0]!.text}”.`) : routed;
  return { ...answer, question: answer.question === question ? asked : answer.question, type: analysis.type };
}

/** "When the vote failed, what did the council do?": a clause of time or condition before the question itself. */
const CLAUSE_FIRST = /^(when|whenever|once|while|if|after|before|since)\s+([^,?]{3,}),\s*((?:what|who|whom|whose|which|how|where|why)\b[^?]*)\?*$/i;

/**
 * The clause moved after the question it qualifies ("what did the council do when the vote failed?"): the
 * question word decides the route, so a "when" clause does not make a question of date, and "if" finds
 * the consequence a sentence gives for its condition.
 */
function clauseLast(question: string): string {
  const parts = CLAUSE_FIRST.exec(question);
  if (!parts) return question;
  const [, conjunction, clause, asked] = parts;
  return `${asked!.charAt(0).toUpperCase()}${asked!.slice(1).trim()} ${conjunction!.toLowerCase()} ${clause!.trim()}?`;
}

/** Function words long enough that one slip of the keyboard still tells which was meant. */
const LONG_FUNCTION_WORDS = [...STOP_WORDS].filter((word) => word.length >= 5 && /^[a-z]+$/.test(word));

/**
 * "where was she durin the talks": a word one letter off a function word ("during"), that neither the
 * articles (nor a close spelling) nor WordNet know, is that function word. The rules that read "during",
 * "about" or "before" then see it, and the articles are not said to lack it.
 */
function respellFunctionWords(kb: Knowledge, question: string): string {
  return question.replace(/\b[a-z]{4,}\b/g, (word) => {
    if (STOP_WORDS.has(word) || kb.index.resolve(word) !== null || isNounOrVerb(word)) return word;
    return LONG_FUNCTION_WORDS.find((functionWord) => oneEditApart(word, functionWord)) ?? word;
  });
}

/** One letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
    return swapped || a.slice(start + 1) === b.slice(start + 1);
  }
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}

/** Routes whose answers stand on a sentence that must not say otherwise than the question asks. */
const GUARDED: ReadonlySet<Answer['kind']> = new Set(['when', 'who-said', 'who-is', 'where', 'how-long', 'how-many', 'which', 'passages']);

/** The when-route dated the event from none of the sentence the typed route chose ("the strike began on May 5"). */
function citesOther(answer: Answer | null, typed: Answer): boolean {
  const sentence = typed.citations[0];
  const dated = answer !== null && answer.answer !== null && !answer.answer.startsWith(UNDATED);
  return dated && sentence !== undefined && answer.citations.every((c) => c.file !== sentence.file || c.end <= sentence.start || c.start >= sentence.end);
}

/** An answer whose sentence says otherwise than its question (a yes-no verdict weighs that itself). */
function contradicted(answer: Answer): boolean {
  const sentence = answer.citations[0]?.text;
  return answer.answer !== null && sentence !== undefined && GUARDED.has(answer.kind) && contradicts(answer.question, sentence);
}

/** "How many articles are there?", "which articles do you have?": a question about the corpus, not the news. */
const ASKS_CORPUS = /^(?:(?:hey|hi|so|and|ok)\s+)?(?:how\s+many|which|what)\s+(?:articles|stories|news\s+articles|documents)\s+(?:are\s+there|do\s+(?:you|u)\s+(?:have|know)|have\s+(?:you|u)\s+got|can\s+(?:you|u)\s+(?:see|read|answer\s+from)|are\s+(?:loaded|in\s+(?:the|your)\s+(?:corpus|folder|collection)))[\s?.!]*$/i;
/** Articles listed by title in that answer; the rest are counted. */
const LISTED_ARTICLES = 10;

function corpusAnswer(kb: Knowledge, question: string): Answer {
  const articles = kb.corpus.articles;
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const lines = articles.slice(0, LISTED_ARTICLES).map((a) => `- ${a.title}${a.source ? ` (${a.source})` : ''}`);
  if (articles.length > LISTED_ARTICLES) lines.push(`…and ${articles.length - LISTED_ARTICLES} more.`);
  const citations = articles.slice(0, LISTED_ARTICLES).flatMap((a) => (a.sentences[0] ? [cite(a, a.sentences[0])] : []));
  return { question, answer: count, kind: 'summary', confidence: 1, text: `${count}:\n${lines.join('\n')}`, citations };
}

/** "How many articles mention the ferry?", "which stories cover the strike?": the articles that name a topic. */
const ARTICLES_ON = /^(?:(?:hey|hi|so|and|ok)\s+)?(?:how\s+many|which|what)\s+(?:of\s+the\s+)?(?:articles|stories|reports|news\s+articles|documents)\s+(?:mention|cover|discuss|name|quote|talk\s+about|are\s+about|report\s+on|refer\s+to)\s+(.+?)[\s?.!]*$/i;

/** "Which article is from Reuters?", "which stories did the Herald publish?": the articles an outlet wrote. */
const ARTICLES_FROM =
  /^(?:(?:hey|hi|so|and|ok)\s+)?(?:which|what)\s+(?:of\s+the\s+)?(?:articles?|stories|story|reports?|news\s+articles?|documents?)\s+(?:(?:is|are|was|were|come|comes|came)\s+from\s+(.+?)|(?:did|does|do)\s+(.+?)\s+(?:publish|write|run|put\s+out))[\s?.!]*$/i;

/** The articles whose outlet holds every word the member gave it, or the outlets there are. */
function articlesFrom(kb: Knowledge, question: string, outlet: string): Answer {
  const wanted = tokenize(outlet.replace(/^the\s+/i, '')).map((word) => word.toLowerCase());
  const from = kb.corpus.articles.filter((article) => {
    const words = new Set(tokenize(article.source ?? '').map((word) => word.toLowerCase()));
    return wanted.length > 0 && wanted.every((word) => words.has(word));
  });
  if (from.length === 0) {
    const outlets = [...new Set(kb.corpus.articles.flatMap((a) => (a.source ? [a.source] : [])))].slice(0, LISTED_ARTICLES);
    const known = outlets.length > 0 ? ` They come from: ${outlets.join(', ')}.` : ' None of them names its outlet.';
    return { question, answer: null, kind: 'none', confidence: 0, text: `No article is from ${outlet}.${known}`, citations: [] };
  }
  const count = `${from.length} article${from.length === 1 ? '' : 's'}`;
  const lines = from.slice(0, LISTED_ARTICLES).map((a) => `- ${a.title} (${a.source}, ${a.file})`);
  if (from.length > LISTED_ARTICLES) lines.push(`…and ${from.length - LISTED_ARTICLES} more.`);
  const citations = from.slice(0, LISTED_ARTICLES).flatMap((a) => (a.sentences[0] ? [cite(a, a.sentences[0])] : []));
  return { question, answer: count, kind: 'summary', confidence: 1, text: `${count} from ${from[0]!.source}:\n${lines.join('\n')}`, citations };
}

/** The articles with a sentence that holds every word of the topic, the first such sentence cited in each. */
function articlesOn(kb: Knowledge, question: string, topic: string): Answer {
  const wanted = analyze(topic);
  const first = new Map<string, Citation>();
  if (wanted.length > 0) {
    for (const hit of kb.index.searchSentences(topic, { limit: Number.MAX_SAFE_INTEGER })) {
      const held = new Set(analyze(hit.sentence.text));
      if (first.has(hit.article.id) || !wanted.every((term) => held.has(term))) continue;
      first.set(hit.article.id, cite(hit.article, hit.sentence));
    }
  }
  const citations = [...first.values()].sort((a, b) => a.file.localeCompare(b.file));
  if (citations.length === 0) return { question, answer: null, kind: 'none', confidence: 0, text: `No article mentions “${topic}”.`, citations: [] };
  const count = `${citations.length} article${citations.length === 1 ? '' : 's'}`;
  const lines = citations.slice(0, LISTED_ARTICLES).map((c) => `- ${c.title}: ${c.text}`);
  if (citations.length > LISTED_ARTICLES) lines.push(`…and ${citations.length - LISTED_ARTICLES} more.`);
  return { question, answer: count, kind: 'summary', confidence: 1, text: `${count} ${citations.length === 1 ? 'mentions' : 'mention'} “${topic}”:\n${lines.join('\n')}`, citations: citations.slice(0, LISTED_ARTICLES) };
}

/** How many words a term asked with a qualifier ("the red line for X") may have. */
const QUALIFIED_TERM_WORDS = 2;

/** Every word of the term is one the articles write as a name, or a figure in one ("Orsa 2"). */
function namesOnly(kb: Knowledge, term: string): boolean {
  const words = tokenize(term).filter((word) => !/^(?:the|a|an)$/i.test(word));
  return words.some((word) => !/^\d+$/.test(word)) && words.every((word) => {
    const resolved = kb.index.resolve(word);
    return /^\d+$/.test(word) || (resolved !== null && kb.index.isName(resolved));
  });
}

/** "Who chairs X?": a verb that names an office. */
const ROLE_VERB = /^who\s+(chairs|heads|leads|runs|directs|manages|governs|coaches|edits)\s+(.+?)[\s?.!]*$/i;
const OFFICE_OF_VERB: Record<string, string> = {
  chairs: 'chairman',
  heads: 'head',
  leads: 'leader',
  runs: 'head',
  directs: 'director',
  manages: 'manager',
  governs: 'governor',
  coaches: 'coach',
  edits: 'editor',
};

/** A year, a decade or a century, in figures or words ("1992", "the 1740s", "the 5th century", "800 CE"). */
const WRITTEN_YEAR = /\b\d{3,4}s?\b|\bcentur(?:y|ies)\b|\b(?:BC|BCE|AD|CE)\b/;

function route(kb: Knowledge, question: string, latestReference: string): Answer {
  // "Who chairs the board?" in articles that only say "Chairman X": asked as "who is the chairman of the board",
  // which answers when someone holds that office there or the articles never use the verb.
  const byOffice = ROLE_VERB.exec(question);
  if (byOffice) {
    const office = `${OFFICE_OF_VERB[byOffice[1]!.toLowerCase()]} of ${byOffice[2]}`;
    if (isDescribedRole(kb, office) || kb.index.resolve(byOffice[1]!) === null) return { ...route(kb, `who is the ${office}`, latestReference), question };
  }
  const intent = routeQuestion(question);
  const analysis = analyzeQuestion(question);
  // "According to the Gazette, …": the outlet is whose articles answer, not a word they must hold.
  const outlet = outletArticles(kb, analysis.according);
  const terms = outlet ? withoutOutlet(questionTerms(kb.index, question), outlet) : questionTerms(kb.index, question);

  // "How many articles do you have?" asks about the corpus itself.
  if (ASKS_CORPUS.test(question)) return corpusAnswer(kb, question);
  const outletAsked = ARTICLES_FROM.exec(question);
  if (outletAsked) return articlesFrom(kb, question, (outletAsked[1] ?? outletAsked[2])!);
  const articlesTopic = ARTICLES_ON.exec(question)?.[1];
  if (articlesTopic) return articlesOn(kb, question, articlesTopic);

  // A name the articles never use cannot be answered about, whatever the route.
  // (An article is named by its outlet or title, which the sentences need not contain.)
  const namesArticle = intent.kind === 'summary' && intent.article !== null;
  if (terms.unknownNames.length > 0 && intent.kind !== 'who-said' && !namesArticle) return noAnswer(kb, question, terms);

  /** The typed route answers only above the threshold set on development data. */
  const byType = (kind: Answer['kind']): Answer | null => {
    const found = answerByType(kb, question, analysis, terms, kind);
    if (!found || found.confidence < ANSWER_THRESHOLD) return null;
    // "Exactly how many fish died?" over "hundreds of dead fish": the articles give no exact figure.
    if (EXACT_ASKED.test(question) && found.answer && VAGUE_AMOUNT.test(found.answer)) {
      const text = `The articles give no exact figure, only “${found.answer}”: ${found.citations[0]?.text ?? ''}`;
      return { question, answer: null, kind: 'none', confidence: 0, text, citations: found.citations.slice(0, 1) };
    }
    return found;
  };

  // "Is the date of the next round known?": whether the articles give it, and what they say instead.
  const undatedEvent = asksIfDateKnown(question);
  if (undatedEvent) return answerDateKnown(kb, question, undatedEvent) ?? noAnswer(kb, question, terms);

  // "What was the vote?", "was it unanimous?": the count, wherever the route would have looked.
  const tally = answerTally(kb, question, terms);
  if (tally) return tally;

  let answer: Answer | null = null;
  switch (intent.kind) {
    case 'summary':
      answer = answerSummary(kb, question, intent);
      break;
    case 'who-said': {
      const said = answerWhoSaid(kb, question, intent.words, intent.claimedSpeaker, intent.verb);
      // "Who wrote a pamphlet on X?", "who stated he wanted Y?" that no quotation answers: whom the
      // sentence that holds the question names, when the typed route is sure enough.
      return said.answer === null && said.citations.length === 0 && intent.claimedSpeaker === null ? (byType('who-said') ?? said) : said;
    }
    case 'what-said': {
      const speaker = speakerAsWritten(question, intent.speaker);
      // "What did he say?" with no question before it to say who: ask for the name rather than search for "he".
      if (/^(?:he|she|they|him|her|them|it)$/i.test(speaker)) {
        const quoted = kb.quotes.speakers.slice(0, 3).map((s) => s.name);
        const hint = quoted.length > 0 ? ` The articles quote most often: ${quoted.join(', ')}.` : '';
        const text = `Who is “${speaker}”? Name them, or in chat reply to the answer you mean (on the command line, start the line with +).${hint}`;
        return { question, answer: null, kind: 'none', confidence: 0, text, citations: [] };
      }
      // Someone the articles never name cannot have been quoted; someone named but neither quoted nor
      // reported is told so, with where they are named.
      const unknown = tokenize(speaker).filter((word) => kb.index.resolve(word) === null);
      if (unknown.length === tokenize(speaker).length) return noAnswer(kb, question, terms, `The articles never mention ${speaker}.`);
      // "Vessano's mayor" in articles about another town's mayor: a word of the speaker the articles never use.
      const stranger = unknown.find((word) => normalizeTerm(word) !== null && !ROLE_NOUNS.has(word.toLowerCase()));
      if (stranger) return noAnswer(kb, question, terms, `The articles never mention "${stranger}".`);
      // "What did X promise?": the sentence in which X promises, which is seldom a quote.
      answer = speechAct(kb, question, byType) ?? answerWhatSaid(kb, question, speaker, intent.topic) ?? answerNotQuoted(kb, question, speaker, intent.topic);
      break;
    }
    case 'who-is': {
      // "Who is the UK trade secretary?": the route reads the question in lower case, where "UK" is a word.
      const name = speakerAsWritten(question, intent.name);
      answer = answerWhoIs(kb, question, name);
      // "Who is the president of X?" that the articles describe no one as: only a sentence that gives
      // someone that office of X answers it, not a president named somewhere near X.
      const role = answer ? null : officeOfBody(name);
      if (role) {
        const typed = byType('who-is');
        const holds = typed?.answer && typed.citations[0] && holdsOffice(typed.citations[0].text, typed.answer, role);
        return holds ? typed! : noAnswer(kb, question, terms, `The articles name no ${name.replace(/^the\s+/i, '')}.`);
      }
      break;
    }
    case 'when': {
      if (intent.around) {
        const { relation, event } = intent.around;
        return answerAround(kb, question, relation, event) ?? noAnswer(kb, question, terms, `The articles date nothing ${relation} ${event}.`);
      }
      const range = intent.date ? parseDateQuery(intent.date, latestReference) : null;
      const focus = whenFocus(question, analysis);
      answer = range ? answerOnDate(kb, question, range) : answerWhen(kb, question, focus);
      // A date written out with its year, decade or century needs no resolving against the article's
      // date: the typed route's date, the one nearest the question's words in the sentence that holds
      // them best, answers it ("the Maastricht Treaty 1992", not the treaty of 1957 before it). The
      // timeline answers the dates that need resolving ("on Tuesday") and those the typed route lacks.
      // The typed route knows no tense: "when will they meet again?" is the when-route's to answer.
      if (!range && !focus.next) {
        const typed = typedAnswer(kb, question, analysis, terms, 'when');
        if (typed && typed.answer.confidence >= ANSWER_THRESHOLD && typed.answer.answer && WRITTEN_YEAR.test(typed.answer.answer)) answer = typed.answer;
        // The sentence that holds the question best lacks its name or year, holds the opposite of one of
        // its words, or gives its noun another modifier: the question is about something the articles do
        // not report, unless the when-route dated it from another report ("Dock workers end strike", a
        // headline, where the best sentence says when the strike began).
        else if (typed && speaksOfAnother(typed.features) && !citesOther(answer, typed.answer)) answer = null;
      }
      if (!answer && range) return noAnswer(kb, question, terms, `The articles report nothing dated ${intent.date}.`);
      // "When did she die?" over "Ada Lund (1920–1999)": the year after the dash, not the range.
      // "When did the war end?" answered "1754–1763": its end.
      const year = answer?.answer && answer.citations[0] ? (lifeYear(question, focus.participants, answer.citations[0].text) ?? spanEndAsked(question, answer.answer)) : null;
      if (answer && year) answer = { ...answer, answer: year };
      // "When did they first meet in person?" is not answered by a meeting held by video or telephone.
      const apart = answer && IN_PERSON.test(question) ? heldApart(kb, answer.citations) : null;
      if (answer && apart) {
        const text = `The articles don't say: they report no meeting in person. The one they date (${answer.answer}) was held apart: ${apart.sentence.text}`;
        return { question, answer: null, kind: 'none', confidence: 0, text, citations: [cite(apart.article, apart.sentence)] };
      }
      break;
    }
    case 'yes-no':
      // A yes-no question gets a verdict or none: a sentence that merely shares its words answers nothing.
      return answerYesNo(kb, question, terms) ?? noAnswer(kb, question, terms);
    default: {
      // "What would happen if the union struck?": the consequence the articles give for that condition.
      const condition = asksConsequence(question);
      if (condition) return answerConsequence(kb, question, condition, terms);
      // "What is the green corridor?": a sentence that defines it, or the articles don't say.
      const term = intent.kind === 'passages' && (analysis.type === 'definition' || /^what(?:\s+(?:is|are|was|were)|'s|’s|s)\s/i.test(question.trim())) ? definedTerm(question) : null;
      // "what is nord stream 2", typed in lower case: a term the articles write as a name asks what it is too.
      if (term && (analysis.type === 'definition' || namesOnly(kb, term))) return answerDefinition(kb, question, term, terms);
      // "What is the red line for the council?": the term without whom it is for, when a sentence defines it.
      const qualifier = intent.kind === 'passages' ? /\s+(?:for|to|in)\s+([^?.!]+)[?.!]*$/i.exec(question.trim()) : null;
      // (Only a noun phrase qualifies: "what are the stages in an engine called?" asks something else.)
      const nounPhrase = qualifier !== null && tagWords(qualifier[1]!).every((word) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(word.pos));
      const qualified = qualifier && nounPhrase ? definedTerm(question.trim().slice(0, qualifier.index)) : null;
      const defined = qualified && qualified.split(/\s+/).length <= QUALIFIED_TERM_WORDS ? answerDefinition(kb, question, qualified, terms) : null;
      if (defined?.answer) return defined;
      // "Which mayors took part?": the people the articles give that role, wherever their names stand.
      // "What did Lind call the plan?": what follows the plan where Lind calls it so.
      answer = answerRoleList(kb, question, analysis) ?? answerNameGiven(kb, question, terms) ?? answerWhichInOrder(kb, question, analysis.head, terms, intent.kind === 'which' ? 'which' : 'passages') ?? byType(intent.kind);
    }
  }
  if (!answer && intent.kind !== 'summary') answer = byType(intent.kind === 'passages' ? 'passages' : intent.kind);
  // "Who called the plan a mistake?" when the answer's sentence does not report the calling: whoever said the
  // plan is a mistake.
  const judged = JUDGED.exec(question);
  const reported = (found: Answer) => tokenize(found.citations[0]?.text ?? '').some((word) => normalizeTerm(word) === normalizeTerm(judged![1]!));
  if (judged && !(answer && reported(answer))) {
    const said = routeQuestion(`who said ${judged[2]}`);
    if (said.kind === 'who-said') {
      const speaker = answerWhoSaid(kb, question, said.words, said.claimedSpeaker, said.verb);
      if (speaker.answer) return speaker;
    }
  }
  return answer ?? noAnswer(kb, question, terms);
}

/** A question that wants a precise figure. */
const EXACT_ASKED = /\b(?:exact(?:ly)?|precise(?:ly)?)\b/i;
/** A count that names no figure: "hundreds", "dozens of", "several". */
const VAGUE_AMOUNT = /^(?:(?:about|around|some|nearly|almost|roughly|well over|over|more than|fewer than|less than)\s+)?(?:hundreds|thousands|tens of thousands|dozens|millions|scores|several|many|a few|a number)\b/i;

/** "Who called X Y?", "who described X as Y?": a judgement, which whoever said it made. */
const JUDGED = /^who\s+(called|described|labell?ed|termed|branded|dubbed)\s+(.+?)[\s?.!]*$/i;

/** Verbs of a speech act with content of its own: what was promised or demanded, not all that was said. */
const SPEECH_ACT = /\b(?:promise|pledge|demand|offer|propose|ask|urge|warn|threaten)\b/i;

/** The typed answer to "what did X promise?", when its sentence holds that act. */
function speechAct(kb: Knowledge, question: string, byType: (kind: Answer['kind']) => Answer | null): Answer | null {
  const act = SPEECH_ACT.exec(question)?.[0];
  if (!act) return null;
  const found = byType('what-said');
  const sentence = found?.citations[0]?.text ?? '';
  return found && tokenize(sentence).some((word) => normalizeTerm(word) === normalizeTerm(act)) ? found : null;
}

/**
 * The speaker as the question writes it: the route reads a lower-cased question, where "US" became the
 * pronoun "us". A country's code typed in lower case as the whole speaker ("what did the uk say") is the code.
 */
function speakerAsWritten(question: string, speaker: string): string {
  const at = question.toLowerCase().indexOf(speaker);
  const written = at >= 0 ? question.slice(at, at + speaker.length) : speaker;
  const code = /^(?:the\s+)?(\p{L}{2,3})$/u.exec(written)?.[1];
  return code && gazetteer().codes.has(code.toUpperCase()) ? written.replace(code, code.toUpperCase()) : written;
}
