import { ROLE_NOUN_PATTERN } from '../text/phrases.js';

/**
 * Question analysis: what kind of answer a question expects, what it is about, and what limits it. A plain
 * data structure, so every route (and the when-route's event model) reads the same facts.
 */

export type AnswerType =
  | 'date'
  | 'time'
  | 'duration'
  | 'person'
  | 'organization'
  | 'place'
  | 'number'
  | 'money'
  | 'percentage'
  | 'ordinal'
  | 'quote'
  | 'yes-no'
  | 'reason'
  | 'manner'
  | 'list'
  | 'definition'
  | 'summary'
  | 'comparison'
  | 'thing';

export interface DateConstraint {
  relation: 'before' | 'after' | 'on' | 'in' | 'since' | 'until';
  text: string;
}

export interface QuestionAnalysis {
  /** The expected answer type. */
  type: AnswerType;
  /** For a list ("which leaders"), the type of each item. */
  itemType: AnswerType | null;
  /** The question word it opens with (what, which, who, when, where, why, how, or the auxiliary of a yes/no question). */
  wh: string | null;
  /** The head noun of "what/which X" ("year", "leaders"), lower case. */
  head: string | null;
  /** The event or relation asked about, as content words in question order ("phone call", "second meeting"). */
  focus: string[];
  /** Capitalised words and phrases the question names (participants, places, organisations). */
  names: string[];
  dates: DateConstraint[];
  /** "the second meeting" → 2; "the last call" → -1. */
  ordinal: number | null;
  /** The question itself denies ("didn't", "never", "not"). */
  polarity: 'positive' | 'negative';
  /** "according to X": whose account is asked for. */
  according: string | null;
}

const PERSON_NOUNS = words(
  'person people man men woman women leader leaders president presidents king kings queen queens emperor emperors ruler rulers minister ministers official officials author authors scientist scientists writer writers player players general generals commander commanders founder founders member members politician politicians chancellor spokesman spokeswoman spokesperson director directors chief chiefs head heads scholar scholars philosopher philosophers artist artists inventor inventors engineer engineers economist economists judge judges prince princes duke dukes lord lords pope popes bishop bishops ambassador ambassadors governor governors mayor mayors senator senators envoy envoys individual individuals figure figures group-leader theorist theorists mathematician mathematicians khan',
);
/** A noun for people ("leaders", "the spokeswoman", "residents" aside): a person question's phrase answer ends in one. */
export function isPersonNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return PERSON_NOUNS.has(lower) || ROLE_NOUN_PATTERN.test(lower);
}

/** Nouns for a news outlet: "which paper wrote…" asks for a masthead the text names, not the word "paper". */
const OUTLET_NOUNS = words('newspaper newspapers paper papers daily dailies tabloid tabloids magazine magazines outlet outlets media publication publications broadcaster broadcasters channel channels website websites');

/** The noun asks for a news outlet. */
export function isOutletNoun(noun: string | null): boolean {
  return noun !== null && OUTLET_NOUNS.has(noun.toLowerCase());
}

const ORGANIZATION_NOUNS = words(
  'company companies organization organizations organisation organisations agency agencies party parties group groups firm firms bank banks institution institutions court courts union army armies government governments university universities body bodies council councils alliance movement movements dynasty dynasties team teams airline airlines carrier carriers operator operators network networks club clubs league association ministry ministries department committee commission federation ' +
    'maker makers manufacturer manufacturers producer producers supplier suppliers contractor contractors developer developers retailer retailers insurer insurers lender lenders',
);

/** A noun for a body of people ("the council", "unions"): "who" may be answered by one. */
export function isOrganizationNoun(noun: string): boolean {
  return ORGANIZATION_NOUNS.has(noun.toLowerCase());
}
const PLACE_NOUNS = words(
  'place places city cities country countries region regions state states town towns island islands area areas location locations continent continents province provinces capital river rivers sea seas port ports territory territories village villages nation nations kingdom kingdoms colony colonies site sites border',
);
const DATE_NOUNS = words('year years date dates day days month months century centuries decade decades era period season');
const TIME_NOUNS = words('time hour');
const NUMBER_NOUNS = words('number amount quantity size population percentage percent share rate count total');
const MONEY_NOUNS = words('price cost costs sum fee fine salary budget value');

const AUXILIARIES = 'did|does|do|has|have|had|was|is|were|are|will|would|can|could|should|shall|may|might|must';
const NEGATIONS = /\b(not|never|no|none|nobody|nothing|neither|nor)\b|n['’]t\b/;
/** Ordinals written as words, by their place (the last -1; "previous" -2 and "next" -3 say where, not which). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  last: -1, latest: -1, final: -1, previous: -2, earlier: -2, next: -3,
};

/** Question and framing words: not the focus. */
const FRAME = words(
  `what which who whom whose when where why how did does do has have had was is were are will would can could should shall may might must
  the a an of to in on at for by with from about as into it its this that these those there their they them he she his her him you your i me my we our us
  be been being tell say said says know happen happened get got many much long often kind type name named called hey bot pls please according`,
);

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** "What is the Orsa Line 2?": a name of up to four words, capitalised or figures, is the whole question. */
const NAMED_TERM = /^[Ww]hat\s+(?:is|are|was|were)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|\d+)){1,3}\s*\??$/u;

/** Chat shorthand spelled out and greetings dropped, lower case: what the rules below read. */
export function plainQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/^(?:(?:hey|hi|hello|yo|ok|okay|so|pls|please|bot|dossier)\b[\s,!:]*)+/, '')
    .replace(/\b(pls|please)\b/g, ' ')
    .replace(/\br\b/g, 'are')
    .replace(/\bu\b/g, 'you')
    .replace(/\b(wat|wut|wht)\b/g, 'what')
    .replace(/\b(abt|bout)\b/g, 'about')
    .replace(/\bwhn\b/g, 'when')
    .replace(/\bwher\b/g, 'where')
    .replace(/\bhw\b/g, 'how')
    .replace(/\bn\b/g, 'and')
    .replace(/\b(what|who|when|where|how)'?s\b/g, '$1 is')
    .replace(/\s+/g, ' ')
    .trim();
}

export function analyzeQuestion(question: string): QuestionAnalysis {
  const q = plainQuestion(question);
  const found = /\b(what|which|who|whom|whose|when|where|why|how)\b/.exec(q)?.[1];
  // "Did she speak when she visited?": a "when" that asks nothing leaves the question the auxiliary's.
  const wh = (found === 'when' && !asksWhen(q) ? undefined : found) ?? (new RegExp(`^(${AUXILIARIES})\\b`).exec(q)?.[1] ?? null);
  const head = headNoun(q);
  const expected = expectedType(q, wh, head);
  // "What is Orsa Line 2?": a name of several words asks what it is.
  const { type, itemType } = expected.type === 'thing' && NAMED_TERM.test(question.trim()) ? { type: 'definition' as const, itemType: expected.itemType } : expected;
  return {
    type,
    itemType,
    wh,
    head,
    focus: focusWords(question, head),
    names: namesIn(question),
    dates: dateConstraints(question),
    ordinal: ordinalIn(q),
    polarity: NEGATIONS.test(q) ? 'negative' : 'positive',
    according: /\baccording to ([^,?.!]+?)(?:[,?.!]|$)/i.exec(question)?.[1]?.trim() ?? /,? says? ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)\??$/.exec(question)?.[1] ?? null,
  };
}

/**
 * "What does 'green corridor' mean?": the meaning of a term. Not "what did she mean?" nor "what does he mean by
 * that?", which ask what someone meant when they spoke.
 */
export const ASKS_MEANING = /^what\s+(?:does|do)\s+.+?\s+(?:mean|stand\s+for)\s*[?.!]*$|^what\s+(?:is|are)\s+meant\s+by\b|^what\s+is\s+the\s+meaning\s+of\b|^define\b/;

/** "What is Moll's role?", "what's the job of Moll": who someone is, asked by their role. */
export const ROLE_OF =
  /^what(?:\s+(?:is|was)|'s|’s)\s+(?:(.+?)(?:'s|’s|s')\s+(?:role|job|position|title|post|function)|the\s+(?:role|job|position|title|post|function)\s+of\s+(.+?))[?.!]*$/;

/** "Tell me about the sanctions", "any news on the port?", "explain the red line": a topic, asked for as a whole. */
export const TOPIC_REQUEST =
  /^(?:(?:can you |pls |please )?(?:tell me|fill me in|catch me up|update me|brief me)(?: more)? (?:about|on)|what(?:'s| is) (?:going on|happening|new) (?:with|in|on|about)|what(?:'s| is) the (?:deal|story|news|latest|background) (?:with|on|about)|(?:any|the) (?:news|updates?|background) (?:on|about)|explain(?! why\b| how\b))\s+(.+?)[?.!]*$/;

/** "What's new?", "any news?", "catch me up": what the articles say, all of them (read on the plain question). */
export const NEWS_REQUEST = /^(?:what is (?:new|the latest(?: news)?|the news|happening|going on)|any (?:news|updates?)|catch me up|fill me in)[?.!\s]*$/;

/**
 * "Compare the versions", "how do the reports differ": the articles' accounts side by side. Not "what did X
 * compare the talks to?" or "who compared…": there "compare" is the verb of a statement asked about; nor
 * "who said it helped both sides?", which asks for someone.
 */
export function asksForComparison(q: string): boolean {
  if (!/\b(compare|comparison|differ|difference|versions?|both sides|each side|perspectives?)\b/.test(q)) return false;
  // "When did the council publish its version?" asks when, "where" and "how many" ask their own answers.
  if (/^(?:when|where|how (?:many|much|long|often))\b/.test(q)) return false;
  return !/^(?:what|who|whom|which)\b(?:\s+\S+){0,6}?\s+compared?\b/.test(q) && !/^(?:who|whom)\s+(?!said what\b)/.test(q);
}

/** "what year", "which two leaders", "what kind of engine": the noun the question word asks for. */
function headNoun(q: string): string | null {
  // "what is the population of X": the noun after the copula is what is asked for.
  const copula = /\bwhat (?:is|was|are|were) the ([a-z]+) (?:of|for|in)\b/.exec(q);
  if (copula) return copula[1]!;
  const match = /\b(?:what|which|whose|how many|how much)\s+(?:(?:kind|type|sort|form|part|name|group|number|amount) of\s+)?(?:(?:two|three|four|several|other|main|major|first|last|specific|particular|exact)\s+)*([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(q);
  if (!match) return null;
  // "Which European leaders", "what coastal city": an adjective before the noun that names the answer's kind;
  // "which committee members", "which company president": a noun before it, as the head of a compound is its last.
  const noun = match[2] && headType(match[2]) && !new RegExp(`^(?:${AUXILIARIES})$`).test(match[1]!) ? match[2] : match[1]!;
  return new RegExp(`^(${AUXILIARIES}|the|a|an|of|to|in|on|at|for|by|this|that|it|they|he|she|you|we|happened|caused|made|led)$`).test(noun) ? null : noun;
}

function expectedType(q: string, wh: string | null, head: string | null): { type: AnswerType; itemType: AnswerType | null } {
  const one = (type: AnswerType) => ({ type, itemType: null });
  if (/^(summari[sz]e|sum up|recap|tl;?dr|overview|give (me )?(a |an )?(summary|overview|recap))\b|\bsummary\b|\bin (a )?nutshell\b/.test(q)) return one('summary');
  if (asksForComparison(q)) return one('comparison');
  if (TOPIC_REQUEST.test(q) || NEWS_REQUEST.test(q)) return one('summary');
  if (/\bwho\s+(?:(?:did|does|has|had|was|is)\s+)?(?:say|said|says|state|stated|tell|told|claim|claimed|announce|announced|write|wrote)\b/.test(q)) return one('person');
  if (ASKS_MEANING.test(q)) return one('definition');
  if (/\bwhat\s+(?:exactly\s+)?(?:did|does|do|has|have|had|was|is)\s+.+?\s+(?:say|said|says|tell|told|mean|claim|think|announce|write|promise|want|ask|demand)\b|\b(position|stance|view) on\b|\bquotes?\b/.test(q)) {
    return one('quote');
  }
  if (/\bwhat time\b|\bat what hour\b/.test(q)) return one('time');
  if (/\bhow (long|many (hours|hrs?|minutes|mins?|seconds|secs?|days|weeks|wks|months|years|yrs|decades|centuries))\b|\bfor how long\b|\bduration\b/.test(q)) return one('duration');
  if (/\bhow old\b/.test(q)) return one('number');
  if (/\bhow much\b/.test(q) && /\b(cost|costs|pay|paid|spend|spent|worth|price|money|dollars?|budget|fund|funds|earn|earned|make|makes|made|raise|raised|owe|sell|sold|buy|bought|profit|revenue|sales|income|earnings|loss|debt|salary|wages?|bills?|fees?|fares?|tariffs?|charges?|rents?|tax|taxes|fines?)\b/.test(q)) return one('money');
  if (/\bwhat (percent|percentage|share|proportion|fraction)\b|\bhow many percent\b/.test(q)) return one('percentage');
  // "How big was the bribe?", "how high is the debt?": a size is a figure.
  if (/\bhow (many|much|big|large|high|small|low|heavy|deep|wide|tall)\b|\bwhat number of\b/.test(q)) return one('number');
  if (asksWhen(q) || /\bsince when\b|\bhow soon\b|\bwhat happened (on|in)\b/.test(q)) return one('date');
  if (/\b(which|what) (place|position|rank)\b.*\b(finish|rank|come|place)/.test(q) || /\bin what order\b/.test(q)) return one('ordinal');
  if (/\bwhere\b/.test(q)) return one('place');
  if (/\bwhy\b|\bfor what reason\b|\bwhat (caused|led to|was the reason|is the reason|were the reasons)\b|\bhow come\b/.test(q)) return one('reason');
  if (/\bhow\b/.test(q)) return one('manner');
  // "Who is Lund?" asks who she is; "who is the mayor?" and "who is the country's best-paid actor?" ask for a person.
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return /^who (is|was|are|were) (?!the\b)(?![\w-]+['’]s\s)(?![a-z]{3,}ing (?:the|a|an|its|their|his|her)\b)[a-z]/.test(q) && !/\b(first|last|leader|head|president)\b/.test(q) ? one('definition') : one('person');
  if (head && (wh === 'what' || wh === 'which' || wh === 'whose')) {
    const type = headType(head);
    if (type) {
      const plural = /s$/.test(head) && !/ss$/.test(head) && (type === 'person' || type === 'organization' || type === 'place');
      return plural ? { type: 'list', itemType: type } : one(type);
    }
  }
  // "What was the mood like?" asks how it was.
  if (/^what (?:is|are|was|were) .+ like\??$/.test(q)) return one('manner');
  // "What is Kestrel?" asks what it is; "what was discussed?" the topic; "what is the council considering?" what it does.
  if (/^(what|who) (is|are|was|were) (an? |the )?["']?[\w-]+(?: [\w-]+)?["']?\??$/.test(q) && !/^what (?:is|are|was|were) (?:discussed|debated|negotiated)\b/.test(q) && !/^what (?:is|are|was|were) (?:an? |the )?[\w-]+ [a-z]+ing\??$/.test(q)) return one('definition');
  if (/\bwhat does .+ (?:mean|stand for)\b|\bdefine\b|\bmeaning of\b/.test(q) || ROLE_OF.test(q)) return one('definition');
  if (wh && new RegExp(`^(${AUXILIARIES})$`).test(wh)) return one('yes-no');
  return one('thing');
}

/**
 * "When" asks for a date unless another question word stands before it: in "which measure is adopted
 * when there is a choice?" or "who led the troops when the city fell?" it only opens a clause.
 */
export function asksWhen(q: string): boolean {
  const at = /\bwhen\b/.exec(q)?.index;
  if (at === undefined || /\b(what|which|who|whom|whose|where|why|how)\b/.test(q.slice(0, at))) return false;
  // "Did she speak when she visited?" asks yes or no, with "when" opening a clause of time; "do you know
  // when they met?" asks when.
  return !new RegExp(`^(?:${AUXILIARIES})\\b`).test(q) || EMBEDS_QUESTION.test(q.slice(0, at));
}

/** Words after which a question asked inside a yes/no one is the question: "do you know when…", "can you tell me when…". */
const EMBEDS_QUESTION = /\b(?:know|tell|say|idea|sure|remember|recall|find out|clear|me|us)\s*$/;

function headType(head: string): AnswerType | null {
  if (PERSON_NOUNS.has(head)) return 'person';
  if (ORGANIZATION_NOUNS.has(head) || OUTLET_NOUNS.has(head)) return 'organization';
  if (PLACE_NOUNS.has(head)) return 'place';
  if (DATE_NOUNS.has(head)) return 'date';
  if (TIME_NOUNS.has(head)) return 'time';
  if (MONEY_NOUNS.has(head)) return 'money';
  if (head === 'percentage' || head === 'percent') return 'percentage';
  if (NUMBER_NOUNS.has(head)) return 'number';
  return null;
}

/** Content words in order, without question words, the head noun or names: what the question is about. */
function focusWords(question: string, head: string | null): string[] {
  const names = new Set(namesIn(question).flatMap((n) => n.toLowerCase().split(/\s+/)));
  return plainQuestion(question)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 1 && !FRAME.has(w) && w !== head && !names.has(w) && !NEGATIONS.test(w));
}

/** Capitalised words after the first, joined into phrases ("New York", "Pope Urban II"); all-caps initials too. */
function namesIn(question: string): string[] {
  const names: string[] = [];
  const pattern = /\b(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?\p{Lu}[\p{L}\p{N}.'’-]*)*)/gu;
  for (const match of question.matchAll(pattern)) {
    const name = match[1]!.replace(/['’]s$/, '').replace(/\.$/, '');
    if (match.index === 0 || /^[?!.,;:]?\s*$/.test(question.slice(0, match.index))) {
      // The first word is capitalised anyway; keep it only when more capitals follow ("New York").
      const rest = name.split(/\s+/).slice(1).join(' ');
      if (rest && !/^(I|A)$/.test(rest)) names.push(rest);
      continue;
    }
    if (!/^(I|I'm|I'd)$/.test(name)) names.push(name);
  }
  return names;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_TEXT = `(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4}(?:s)?|(?:last|this|next) (?:week|month|year)|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;

function dateConstraints(question: string): DateConstraint[] {
  const found: DateConstraint[] = [];
  const pattern = new RegExp(`\\b(before|after|on|in|since|until|by)\\s+(${DATE_TEXT})\\b`, 'gi');
  for (const match of question.matchAll(pattern)) {
    const relation = match[1]!.toLowerCase();
    found.push({ relation: relation === 'by' ? 'until' : (relation as DateConstraint['relation']), text: match[2]! });
  }
  return found;
}

function ordinalIn(q: string): number | null {
  const word = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|final|previous|earlier|next)\b/.exec(q)?.[1];
  if (word) return ORDINAL_WORDS[word]!;
  const numeric = /\b(\d+)(?:st|nd|rd|th)\b/.exec(q);
  return numeric ? Number(numeric[1]) : null;
}
