import type { Person } from '../extract/people/people.js';
import { EVENT_FAMILIES, eventFamilies } from '../extract/events/event-words.js';
import type { Knowledge } from '../index/knowledge.js';
import type { SentenceHit } from '../index/search-index.js';
import { normalizeTerm } from '../text/analyzer.js';
import { plainQuestion, type QuestionAnalysis } from './analysis.js';
import { cite, uniqueCitations } from './evidence.js';
import { latestReference } from '../extract/dates/reference-time.js';
import { parseDateQuery } from '../extract/dates/timeline.js';
import { datedWithin, eventReports } from './when.js';
import type { Answer } from './types.js';

/**
 * "Which mayors took part in the talks?": the people the articles give that role, and of them, when the
 * question names an event or an act, those named where the articles report it. The names seldom stand in
 * the sentence that says who took part ("both delegations took part"): each person is found by the role
 * the articles give them and by the sentences about the event that name them.
 */

/** Offices that make someone a leader of a country, a city or a body. */
const LEADER_OFFICES = /\b(?:leader|president|prime minister|premier|chancellor|king|queen|monarch|emperor|empress|sultan|emir|head of (?:state|government)|mayor|governor|chairman|chairwoman|chief executive)\b/i;
/** An office held below or after another ("vice president", "former mayor") is not that office. */
const NOT_THE_OFFICE = /\b(?:vice|deputy|former|ex|acting|assistant|aide|adviser|advisor|spokes\w*|press secretary)\b/i;

/** Roles whose plural asks for every described person ("which officials…"). */
const ANY_ROLE = /^(?:officials?|people|persons?|figures?|individuals?)$/;

/** Question words that say someone took part, not what in: they name no event of their own. */
const PARTAKING = new Set(['take', 'took', 'taken', 'part', 'participate', 'participated', 'join', 'joined', 'attend', 'attended', 'involved', 'present', 'during']);

/** "Who took part in…", "who was on the call", "who met…": the people who took part in an event. */
const WHO_TOOK_PART = /^who\s+(?:else\s+)?(?:took part|take part|takes part|participated|participates|attended|attends|joined|(?:was|were) (?:on|in|at|present)|met|talked|spoke|negotiated)\b/;

/** Event families of saying and publishing: someone who comments on an event took no part in it. */
const REPORTS = new Set(['statement', 'release']);

/** A party to the event is named with it at least a third as often as the one named most. */
const MAIN_PARTY_SHARE = 3;

/** How many sentences about the event are read for the people they name. */
const SEARCHED = 60;

function singular(noun: string): string {
  return noun.replace(/ies$/, 'y').replace(/s$/, '');
}

/** The person holds the role the question names, by a description the articles give them. */
function holdsRole(person: Person, role: string): boolean {
  if (ANY_ROLE.test(role)) return person.descriptions.length > 0;
  const word = new RegExp(`\\b${singular(role)}s?\\b`, 'i');
  return person.descriptions.some((d) => !NOT_THE_OFFICE.test(d.text) && (word.test(d.text) || (singular(role) === 'leader' && LEADER_OFFICES.test(d.text))));
}

/** The person is named in the text: by full name or by a short form the articles use alone. */
function namedIn(person: Person, text: string): boolean {
  return [person.name, ...person.aliases].some((name) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
}

/** Where the sentence first names the person, for ordering; after every name when there is no sentence. */
function firstNamed(person: Person, where: Pick<SentenceHit, 'sentence'> | undefined): number {
  if (!where) return Infinity;
  const at = [person.name, ...person.aliases].map((name) => where.sentence.text.indexOf(name)).filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : Infinity;
}

export function answerRoleList(kb: Knowledge, question: string, analysis: QuestionAnalysis): Answer | null {
  // "Who took part in the call?" asks for everyone who did, as "which officials took part" does.
  const whoPartook = WHO_TOOK_PART.test(plainQuestion(question));
  const role = whoPartook ? 'people' : analysis.head;
  if (!whoPartook && (analysis.type !== 'list' || analysis.itemType !== 'person' || !role)) return null;
  // "Which (two) leaders…", not "what type of leaders…": the people themselves are asked for.
  if (!whoPartook && (!new RegExp(`\\b(?:which|what)\\s+(?:\\w+\\s+)?${role}\\b`).test(plainQuestion(question)) || /\b(?:type|kind|sort)s?\s+of\b/i.test(question))) return null;
  // "Which leaders did Quell consult?": not Quell himself.
  const asked = (person: Person) => analysis.names.some((name) => namedIn(person, name));
  // Who took part may be named with no role at all.
  const holders = kb.people.filter((person) => (whoPartook || holdsRole(person, role!)) && !asked(person));
  if (holders.length === 0) return null;

  // The event asked about, by every word of its family; else the act the question names ("signed").
  const focus = analysis.focus.filter((w) => !PARTAKING.has(w));
  const events = focus.filter((w) => eventFamilies(w).length > 0);
  // "Which mayors took part?" names no event: any the articles report, but speaking of one is no part in it.
  const partakes = focus.length === 0 && analysis.focus.some((w) => PARTAKING.has(w));
  const families = partakes ? Object.keys(EVENT_FAMILIES).filter((family) => !REPORTS.has(family)) : events.flatMap((w) => eventFamilies(w));
  const eventTerms = new Set(families.flatMap((family) => EVENT_FAMILIES[family] ?? []).map(normalizeTerm).filter((t): t is string => t !== null));
  // The other words ("the water treaty") must all stand in a sentence about it.
  const otherTerms = focus.filter((w) => !events.includes(w)).map(normalizeTerm).filter((t): t is string => t !== null);
  const bounded = eventTerms.size > 0 || otherTerms.length > 0;
  let sentences: Pick<SentenceHit, 'article' | 'sentence'>[] = [];
  // "Who took part in the call?": the sentences that report that event (its timeline entry) name who did;
  // another event of its kind the same articles report ("they met in Bergen") is not it.
  // Only an event the question singles out ("the call", "on 7 March") has one entry: "who talked?" asks of every talk.
  const singledOut = analysis.dates.length > 0 || /\b(?:the|this|that|these|those|their|its)\b/i.test(question);
  const reports = whoPartook && singledOut ? eventReports(kb, question) : [];
  if (reports.some((report) => holders.some((person) => namedIn(person, report.sentence.text)))) sentences = reports;
  else if (bounded) {
    // A name the question gives ("met in Tromvik") bounds the event too, and so does a date ("met on 7 March").
    const dateWords = new Set(analysis.dates.flatMap((d) => d.text.toLowerCase().split(/\W+/)));
    const names = analysis.names
      .filter((name) => !dateWords.has(name.toLowerCase()))
      .map((name) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu'));
    const reference = latestReference(kb.references) ?? undefined;
    const ranges = analysis.dates.filter((d) => d.relation === 'on' || d.relation === 'in').map((d) => parseDateQuery(d.text, reference));
    const query = [...eventTerms, ...otherTerms, ...analysis.names, ...holders.flatMap((p) => p.aliases)].join(' ');
    sentences = kb.index.searchSentences(query, { limit: SEARCHED }).filter((hit) => {
      const held = new Set(hit.sentence.text.split(/[^\p{L}\p{N}'-]+/u).map(normalizeTerm));
      const dated = ranges.every((range) => range !== null && datedWithin(kb, hit.article.id, hit.sentence.index, range));
      return (eventTerms.size === 0 || [...eventTerms].some((t) => held.has(t))) && otherTerms.every((t) => held.has(t)) && names.every((name) => name.test(hit.sentence.text)) && dated;
    });
    if (sentences.length === 0) return null;
  }
  // Who says something of an event ("Lund added that the talks in Oslo…") is not by that alone a party to it.
  const speaks = (person: Person, hit: Pick<SentenceHit, 'article' | 'sentence'>) =>
    (kb.quotesByArticle.get(hit.article.id) ?? []).some((quote) => quote.sentence === hit.sentence.index && quote.speaker === person.name);
  const named = holders.map((person) => ({ person, at: sentences.filter((hit) => namedIn(person, hit.sentence.text) && !speaks(person, hit)) }));
  // "The talks" are the ones the articles report most: people named with the event far less often than
  // its main parties took part in another of its kind ("he consulted European leaders the day before").
  const most = Math.max(0, ...named.map(({ at }) => at.length));
  const found = (bounded || sentences.length > 0 ? named.filter(({ at }) => at.length > 0 && at.length * MAIN_PARTY_SHARE >= most) : named)
    // Named as often: in the order the first report names them ("Brekke and Lindqvist held…").
    .sort((a, b) => b.at.length - a.at.length || firstNamed(a.person, a.at[0]) - firstNamed(b.person, b.at[0]))
    .map(({ person, at }) => ({ person, where: at[0] }));
  if (found.length === 0) return null;

  const names = found.map(({ person }) => person.name);
  const short = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const citations = found.map(({ person, where }) => {
    if (where) return cite(where.article, where.sentence);
    // Found with no event to bound it, by a role: a description holds it.
    const description = person.descriptions[0]!;
    const article = kb.articleById.get(description.articleId)!;
    return cite(article, article.sentences[description.sentence]!);
  });
  const described = (person: Person) => person.descriptions.filter((d) => !NOT_THE_OFFICE.test(d.text))[0]?.text ?? person.descriptions[0]?.text;
  const lines = found.map(({ person }) => (described(person) ? `${person.name}: ${described(person)}` : person.name));
  return {
    question,
    answer: short,
    kind: 'which',
    type: 'list',
    confidence: 0.7,
    text: `${short}.\n${lines.join('\n')}`,
    citations: uniqueCitations(citations).slice(0, 6),
  };
}
