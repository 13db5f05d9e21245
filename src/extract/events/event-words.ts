/**
 * Event words: the nouns and verbs that name something happening, in families of words that name the
 * same kind of event ("the call", "the conversation", "they spoke"). A question naming one member finds
 * events named by any other. Mostly data (and the key of a predicate); the rules that use it live beside it.
 */

import { IRREGULAR_VERBS } from '../../text/analyzer.js';
import { stem } from '../../text/stem.js';

export const EVENT_FAMILIES: Record<string, string[]> = {
  talks: ['talk', 'talks', 'talked', 'communicate', 'communicated', 'communication', 'call', 'calls', 'conversation', 'conversations', 'spoke', 'speak', 'speaks', 'phoned', 'dialogue', 'discussion', 'discussions', 'discussed', 'negotiation', 'negotiations', 'negotiated', 'consultation', 'consultations', 'chat', 'meeting', 'meetings', 'met', 'meet', 'meets', 'summit', 'summits', 'conference', 'conferences', 'session', 'sessions', 'forum', 'gathering', 'gathered', 'assembly', 'convened', 'hosted'],
  visit: ['visit', 'visits', 'visited', 'trip', 'tour', 'toured', 'arrived', 'arrival', 'travelled', 'traveled', 'landed'],
  statement: ['said', 'says', 'told', 'stated', 'statement', 'statements', 'announced', 'announcement', 'declared', 'declaration', 'briefing', 'briefed', 'remarks', 'speech', 'address', 'addressed', 'interview', 'press', 'commented', 'comment', 'warned', 'warning', 'claimed', 'insisted', 'noted', 'stressed', 'added', 'explained', 'confirmed', 'denied', 'reported', 'wrote', 'published', 'publication', 'tweeted', 'posted', 'referred', 'mentioned', 'recalled', 'reminded', 'argued', 'suggested'],
  agreement: ['agreement', 'agreements', 'agreed', 'deal', 'deals', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'pacts', 'signed', 'signing', 'ratified', 'ratification', 'ceasefire', 'truce', 'memorandum', 'merger', 'merged', 'acquisition', 'acquired', 'takeover'],
  proposal: ['proposal', 'proposals', 'proposed', 'draft', 'drafts', 'offer', 'offered', 'demand', 'demands', 'demanded', 'request', 'requested', 'presented', 'submitted', 'handed'],
  conflict: ['war', 'wars', 'invasion', 'invaded', 'invade', 'attack', 'attacks', 'attacked', 'offensive', 'strike', 'strikes', 'struck', 'bombing', 'bombings', 'bombed', 'clash', 'clashes', 'fighting', 'fought', 'conflict', 'escalation', 'incursion', 'annexation', 'annexed', 'seized', 'occupied', 'occupation', 'coup', 'uprising', 'revolution', 'protest', 'protests', 'riots', 'crackdown', 'massacre', 'shelling'],
  deployment: ['deployment', 'deployed', 'buildup', 'build-up', 'mobilization', 'mobilisation', 'mobilized', 'massed', 'troops', 'exercise', 'exercises', 'drills', 'manoeuvres', 'maneuvers', 'withdrawal', 'withdrew', 'withdrawn'],
  sanction: ['sanction', 'sanctions', 'sanctioned', 'embargo', 'ban', 'banned', 'restrictions', 'penalties', 'tariffs', 'imposed'],
  election: ['election', 'elections', 'elected', 'vote', 'votes', 'voted', 'referendum', 'ballot', 'poll', 'inauguration', 'inaugurated', 'sworn'],
  joining: ['joined', 'join', 'joins', 'joining', 'open', 'opens', 'opening', 'opened', 'begins', 'starts', 'named', 'appointed', 'accession', 'membership', 'admitted', 'became', 'founded', 'established', 'created', 'launched', 'launch', 'opened', 'began', 'started', 'start'],
  ending: ['ended', 'end', 'stop', 'stops', 'stopped', 'cease', 'ceased', 'halt', 'halted', 'collapse', 'collapsed', 'fell', 'fall', 'dissolved', 'dissolution', 'closed', 'resigned', 'resignation', 'died', 'death', 'killed', 'expired'],
  decision: ['decision', 'decided', 'approved', 'approval', 'passed', 'adopted', 'ruled', 'ruling', 'verdict', 'rejected', 'vetoed', 'ordered', 'order'],
  release: ['released', 'release', 'report', 'published', 'issued', 'unveiled', 'revealed', 'disclosed', 'leaked'],
  stoppage: ['strike', 'strikes', 'walkout', 'walkouts', 'stoppage', 'stoppages', 'lockout', 'picket', 'picketing', 'shutdown'],
};

/** Words that report speech or writing: the day they happened is the day of the report. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'stated', 'announced', 'added', 'reported', 'noted', 'declared', 'explained', 'stressed', 'confirmed', 'denied', 'insisted', 'claimed', 'warned', 'wrote', 'commented', 'remarked', 'acknowledged', 'asserted', 'replied', 'referred', 'mentioned', 'recalled', 'reminded', 'argued', 'suggested']);

/** Family of every event word. */
const FAMILY_OF = new Map<string, string[]>();
for (const [family, words] of Object.entries(EVENT_FAMILIES)) {
  for (const word of words) FAMILY_OF.set(word, [...(FAMILY_OF.get(word) ?? []), family]);
}

export function isReportingWord(word: string): boolean {
  return REPORTING.has(word.toLowerCase());
}

/** The families a word belongs to ("summit" → meeting); empty for a word that names no event. */
export function eventFamilies(word: string): string[] {
  return FAMILY_OF.get(word.toLowerCase()) ?? [];
}

/**
 * The key of an event predicate, whatever its form: "reopened", "reopens" and "reopening" are "reopen",
 * "held" is "hold". Words of no family are events too; the key is how a question's verb finds them.
 */
export function predicateKey(word: string): string {
  const lower = word.toLowerCase();
  return stem(IRREGULAR_VERBS[lower] ?? lower);
}

/** What two reports of one event share: the families of its word, or, for a word of no family, its key. */
export function predicateFamilies(word: string): string[] {
  const families = eventFamilies(word);
  return families.length > 0 ? families : [predicateKey(word)];
}
