import { asksForSides } from './summary.js';
import { ASKS_MEANING, asksForComparison, asksWhen, NEWS_REQUEST, plainQuestion, ROLE_OF, TOPIC_REQUEST } from './analysis.js';
import { QuestionError } from './types.js';

export const MAX_QUESTION_LENGTH = 500;

/**
 * A question as typed in chat, made plain: Discord mentions and markdown removed, invisible and
 * direction characters dropped, quotes made straight, chat shorthand ("r", "u") spelled out.
 * Throws a QuestionError for a question that is empty, only punctuation, or too long.
 */
export function normalizeQuestion(raw: string, noun = 'question'): string {
  const text = raw
    .normalize('NFKC')
    .replace(/<(@[!&]?|#)\d+>/g, ' ')
    .replace(/@(everyone|here)\b/g, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g, '')
    .replace(/```[\s\S]*?```|`([^`]*)`/g, (_, inline: string | undefined) => inline ?? ' ')
    .replace(/(\*\*|__|~~|\|\||\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/^>+\s?/gm, '')
    .replace(/[‘’‛`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0) {
    throw new QuestionError(noun === 'question' ? 'Ask a question about the articles, for example: "When did the two leaders meet?"' : `That ${noun} is empty.`);
  }
  if (text.length > MAX_QUESTION_LENGTH) {
    throw new QuestionError(`That ${noun} is ${text.length} characters long; keep it under ${MAX_QUESTION_LENGTH}.`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new QuestionError(noun === 'question' ? 'That question has no words in it. Try "What did the minister say about the budget?"' : `That ${noun} has no words in it.`);
  }
  return text;
}

export type Intent =
  | { kind: 'summary'; topic: string; bySpeaker: boolean; article: string | null }
  | { kind: 'who-said'; words: string; claimedSpeaker: string | null; verb?: string }
  | { kind: 'what-said'; speaker: string; topic: string }
  | { kind: 'who-is'; name: string }
  | { kind: 'when'; topic: string; date: string | null; around?: { relation: 'before' | 'after'; event: string } }
  | { kind: 'where' | 'how-long' | 'how-many' | 'which'; topic: string }
  | { kind: 'yes-no'; topic: string }
  | { kind: 'passages'; topic: string };

const SAYING_VERBS = 'say|said|says|stated|tell|told|claimed|think|thinks|announce|announced|warn|warned|write|wrote|reported';
/** Words of saying that are nouns too: "the state religion", "the report's findings". */
const SAYING_NOUNS_TOO = 'state|report|claim';
const SAY = String.raw`(?:${SAYING_VERBS}|${SAYING_NOUNS_TOO})`;
/** After "what …" those are verbs only before what a verb takes ("state that", "report on", "claim the…") or at the end. */
const SAY_AFTER_WHAT = String.raw`(?:${SAYING_VERBS}|(?:${SAYING_NOUNS_TOO})(?=\s*(?:$|[?.!]|(?:about|on|regarding|of|to|at|during|in|after|before|that|the|a|an|this|these|is|was|are|were|be|has|had)\b)))`;
const AUX = String.raw`(?:did|does|do|has|have|had|was|is|were|are|will|would|can|could|should)`;

/** Words that open a clause, which no speaker's name holds ("what is it called when the state…"). */
const SUBORDINATOR = /\b(?:when|whenever|if|unless|because|while|although|though|where)\b/;

/** Decide what kind of answer the question wants, by the shape of the question (not its topic). */
export function routeQuestion(question: string): Intent {
  const q = plainQuestion(question);
  const quoted = /"([^"]{3,})"|'([^']{6,})'/.exec(question);
  const quotedWords = quoted ? (quoted[1] ?? quoted[2])! : null;

  const article = /\b(?:article|piece|story|report)\s+(?:from|by|in|of)\s+(.+?)[?.!]*$/.exec(q)?.[1] ?? /\barticle\s+(\d{3}\w*)\b/.exec(q)?.[1] ?? null;
  if (/^(summari[sz]e|sum up|recap|tl;?dr|overview|give (me )?(a |an )?(summary|overview|recap))\b|\bsummary\b|\bin (a )?nutshell\b/.test(q)) {
    return { kind: 'summary', topic: stripSummaryWords(q), bySpeaker: asksForSides(q), article };
  }
  if (asksForComparison(q)) {
    return { kind: 'summary', topic: stripSummaryWords(q), bySpeaker: true, article: null };
  }
  // "What's new?", "any news?": what the articles say, all of them.
  if (NEWS_REQUEST.test(q)) {
    return { kind: 'summary', topic: '', bySpeaker: false, article: null };
  }
  // "Tell me about the sanctions", "any news on the port?": what the articles say on a topic, not one phrase.
  const topicRequest = TOPIC_REQUEST.exec(q);
  if (topicRequest) return { kind: 'summary', topic: stripSummaryWords(topicRequest[1]!), bySpeaker: false, article: null };

  const whoSaid = new RegExp(String.raw`\bwho\s+(?:${AUX}\s+)?(${SAY})\b\s*(?:that\s+)?(.*)$`).exec(q);
  // "Who wrote "The Quiet Harbour"?" asks for the author of a work, which no quotation names.
  const titleWritten = whoSaid !== null && /^(?:write|wrote|writes)$/.test(whoSaid[1]!) && quotedWords !== null && isTitle(quotedWords);
  if (whoSaid && !titleWritten) return { kind: 'who-said', words: quotedWords ?? trimEnd(whoSaid[2]!), claimedSpeaker: null, verb: whoSaid[1]! };
  const verify = new RegExp(String.raw`^(?:${AUX}\s+)?(.+?)\s+(?:really\s+|actually\s+)?${SAY}\b[\s:,]*(?:that\s+)?(.*)$`).exec(q);
  if (verify && quotedWords && /^(did|does|has|is|was)\b/.test(q)) {
    return { kind: 'who-said', words: quotedWords, claimedSpeaker: stripArticle(verify[1]!) };
  }

  // "What does 'green corridor' mean?": a term's meaning, answered from the text that defines it.
  if (ASKS_MEANING.test(q)) return { kind: 'passages', topic: q };
  const whatSaid = new RegExp(
    String.raw`\bwhat\s+(?:exactly\s+)?(?:${AUX})\s+(.+?)\s+(?:${SAY_AFTER_WHAT}|mean|promise|promised|want|wanted|ask|asked|demand|demanded|(?:predict|predicted|forecast|expect|expected|think|thought|believe|believed)(?=\s+(?:about|on|regarding|of)\b|[\s?.!]*$))\b(?:\s+(?:about|on|regarding|of|to|at|during|in|after|before)\s+(.+))?`,
  ).exec(q);
  // A speaker is a noun phrase: "what is it called when the state…" has no speaker and no saying.
  if (whatSaid && !SUBORDINATOR.test(whatSaid[1]!)) return { kind: 'what-said', speaker: stripArticle(whatSaid[1]!), topic: trimEnd(whatSaid[2] ?? '') };
  const position = /\bwhat\s+is\s+(.+?)(?:'s|s')\s+(?:position|view|stance|take|line|response)\b(?:\s+(?:on|about|regarding)\s+(.+))?/.exec(q);
  if (position) return { kind: 'what-said', speaker: stripArticle(position[1]!), topic: trimEnd(position[2] ?? '') };

  // "Who was on the call?" asks who took part, not who someone is.
  // ("Who is leading the talks?" asks who does it: a verb in -ing is no one's name.)
  const whoIs = /^(?:who|what)\s+(?:is|was|are|were)\s+(?!the\s+(?:talks|meeting|summit|call|conversation)\b|(?:on|in|at|present|behind|among|with|there)\b|\p{Ll}{3,}ing\s+(?:the|a|an|its|their|his|her)\b)(.+?)[?.!]*$/u.exec(q);
  if (whoIs && /^who\b/.test(q)) return { kind: 'who-is', name: stripArticle(whoIs[1]!) };
  // "What is Moll's role?", "what's her job": who someone is, asked by their role.
  const role = ROLE_OF.exec(q);
  if (role) return { kind: 'who-is', name: stripArticle((role[1] ?? role[2])!) };

  // "What happened after the call?": the events dated after (or before) the one named.
  const around = /^(?:and\s+|so\s+)?what\s+(?:happened|came|followed)\s+(before|after|since)\s+(.+?)[?.!]*$/.exec(q);
  if (around) return { kind: 'when', topic: q, date: null, around: { relation: around[1] === 'before' ? 'before' : 'after', event: around[2]! } };
  // "What happened in 2014?", "what events took place on May 3?": what the articles date then.
  const happenedOn = /\bwhat (?:events? |things? )?(?:happened|took place|occurred) (?:on|in)\b/.test(q);
  if (asksWhen(q) || happenedOn || /\b((?:what|which) (date|day|time|year|month)|timeline|since when|how soon)\b/.test(q)) {
    const date = /\b(?:on|in)\s+((?:\w+\s+)?\d{1,4}(?:\s*\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?:\s+\d{1,2})?)\b/.exec(q);
    return { kind: 'when', topic: q, date: happenedOn && date ? date[1]! : null };
  }
  if (/\bwhere\b/.test(q)) return { kind: 'where', topic: q };
  if (/\bhow long\b|\bfor how long\b|\bhow many (hours|minutes|days|weeks|months|years)\b/.test(q)) return { kind: 'how-long', topic: q };
  if (/\bhow (many|much)\b/.test(q)) return { kind: 'how-many', topic: q };
  if (/^(which|what)\s+\w+/.test(q) && /\b(which|what (countries|country|leaders?|topics?|issues?|people|person|city|cities|officials?|agency|newspaper|outlet|summit|format|system|pipeline))\b/.test(q)) {
    return { kind: 'which', topic: q };
  }
  if (new RegExp(String.raw`^${AUX}\b`).test(q) || /^(is|are|was|were) (there|it)\b/.test(q)) return { kind: 'yes-no', topic: q };
  return { kind: 'passages', topic: q };
}

/** Words written as a title: every word of four letters or more capitalised ("On the Origin of Storms"). */
function isTitle(words: string): boolean {
  const long = words.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.every((word) => /^\p{Lu}/u.test(word));
}

function stripSummaryWords(q: string): string {
  return q
    .replace(/\b(summari[sz]e|sum up|recap|tl;?dr|overview|summary|give|me|a|an|of|in a nutshell|what|the|articles?|say|says|said|about|on|compare|versions?|sides?|perspectives?|each|both|and|is|are)\b/g, ' ')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripArticle(name: string): string {
  return name.replace(/^(the|a|an)\s+/, '').replace(/['’]s$/, '').trim();
}

function trimEnd(text: string): string {
  return text.replace(/[?.!]+$/, '').trim();
}
