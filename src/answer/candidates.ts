import { foldNames, gazetteer, isDemonym } from '../text/gazetteer.js';
import { FUNCTION_WORDS } from '../text/phrases.js';
import { tagWords, type TaggedWord } from '../text/pos.js';
import { isStopWord } from '../text/stopwords.js';
import { isVerb } from '../text/synonyms.js';
import type { AnswerType } from './analysis.js';

/** A stretch of a sentence that could answer a question of some type. */
export interface Candidate {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  /** A phrase with the question's words at its ends left out (see withoutQuestionWords). */
  trimmed?: boolean;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last|final)`;
const CENTURY = String.raw`(?:(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})[- ]century`;
const DATE = new RegExp(
  [
    // A day is one or two figures standing alone: "March 1957" is a month and a year, not "March 19".
    // A span of years: "between 1997 and 2002", "from 1763 to 1775", "1763–1775".
    String.raw`(?:(?:between|from)\s+)?\b(?:1\d{3}|20\d{2})\s*(?:[–—-]|\s(?:and|to|until)\s)\s*(?:1\d{3}|20\d{2})\b`,
    String.raw`(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{3,4})?`,
    String.raw`(?:${WEEKDAY},?\s+)?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{3,4})?`,
    String.raw`${MONTH}\s+\d{4}`,
    String.raw`(?:the\s+)?\d{3,4}s`,
    String.raw`\d{3,4}\s*(?:BC|BCE|AD|CE)`,
    String.raw`(?:AD\s+)?\b1\d{3}\b|\b20\d{2}\b`,
    CENTURY,
    WEEKDAY,
    String.raw`(?:yesterday|today|tomorrow|tonight)`,
    String.raw`(?:last|this|next)\s+(?:week|month|year|${WEEKDAY})`,
  ].join('|'),
  'gi',
);
/** A clock time and its zone: a code in capitals ("GMT", "ET", "US Eastern time") or a place's or region's name ("Lisbon time"). */
const TIME = /\b(?:\d{1,2}(?::\d{2})?\s*[aApP]\.?[mM]\.?|\d{1,2}:\d{2}|[Nn]oon|[Mm]idnight)(?:\s*\(?(?:[A-Z]{2,5}\b(?:\s+[A-Za-z]+\s+time\b)?|GMT[+-]?\d*|UTC[+-]?\d*|(?!(?:every|each|any|some|that|this|next|last|the)\s)[A-Za-z]+ time\b)\)?)?/g;

const SMALL_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a dozen|dozens|hundreds|thousands|millions|several|a few|a couple of|half a)`;
const SCALE = String.raw`(?:thousand|million|billion|trillion|mln|bln|mn|bn|k|m)`;
/** A scale written onto its figure: "5.45m", "£1.2bn". */
const ATTACHED_SCALE = String.raw`(?:mln|bln|mn|bn|tn|m|k)\b`;
const SCALED = String.raw`(?:\s+${SCALE}\b|${ATTACHED_SCALE})`;
const NUMBER = String.raw`(?:(?:about|around|nearly|almost|over|under|more than|less than|up to|some|approximately|roughly|at least)\s+)?(?:\d[\d,]*(?:\.\d+)?|${SMALL_NUMBER})(?:(?:-|\s+)${SMALL_NUMBER})?${SCALED}?(?:\s*(?:-|to|–|and)\s*\d[\d,]*(?:\.\d+)?${SCALED}?)?`;
const CURRENCY_WORD = String.raw`(?:dollars?|dlrs?|usd|euros?|pounds?|sterling|yen|yuan|francs?|marks?|roubles?|rubles?|rupees?|livres?|ducats?|florins?|guilders?|shillings?|crowns?)`;
const MONEY = new RegExp(
  String.raw`(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?${SCALED}?|\b${NUMBER}\s+(?:${CURRENCY_WORD}|(?:US|U\.S\.|Canadian|Australian)\s+dollars?)\b)`,
  'gi',
);
const PERCENTAGE = new RegExp(String.raw`\b${NUMBER}\s*(?:%|percent\b|per cent\b|pct\b|percentage points?\b)`, 'gi');
const DURATION = new RegExp(
  String.raw`\b(?:${NUMBER}|a|an|several|many|a few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|generations?)(?![a-z])(?:\s+and\s+(?:a\s+half|\d+\s+\w+))?(?:\s+(?:long|old))?` +
    // A span given without a number: "adopted for a long time", "in force for years".
    String.raw`|\b(?:a\s+(?:long|short)\s+(?:time|while)|(?<=\bfor\s)(?:years|decades|months|weeks|centuries|ages))\b` +
    // A span written before its noun: "a three-day strike", "the 11-month repair".
    String.raw`|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\b`,
  'gi',
);
/** What turns a duration into a distance from another time: "two days before", "a year ago", "weeks later". */
const OFFSET_AFTER = /^\s+(?:before|after|ago|earlier|later|prior|from now|since)\b/i;
/** A number standing on its own: not part of a name or code ("Vanta-4", "G7"), a time or an amount. */
const NUMBER_ANYWHERE = new RegExp(String.raw`(?<![\w:$€£¥.-])${NUMBER}(?![\w:-])`, 'gi');
/** An age written as one word or after "aged": "the 101-year-old", "aged 83". */
const AGE = /\b(\d{1,3})-years?-old\b|\baged\s+(\d{1,3})\b/gi;
const ORDINAL = new RegExp(String.raw`\b(?:${ORDINAL_WORD}|\d+(?:st|nd|rd|th))\b`, 'gi');
/** A run of capitalised words, allowing "of", "the", "de", "von" inside ("Duke of Normandy", "Leonardo da Vinci"). */
const PROPER = /\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|the|de|da|del|der|la|le|du|van|von|al|bin)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;
/** A long name: capitalised words joined by short lower-case ones ("Treaty on the Functioning of the Union", "Smith v Jones"). */
const JOINED_NAME = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|on|for|the|and|v|vs|de|da|del|della|delle|der|la|le|du|van|von|al|bin)\s+)+(?!(?:${MONTH}|${WEEKDAY})\b)\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*)+`,
  'gu',
);
/** A short stretch in quotation marks: a title, a name, a term ("the 'Social Chapter'"). */
const QUOTED = /["“‘]([^"“”‘’]{2,80})["”’]/g;
/**
 * Words that give a cause or a purpose; the reason a participle gives for what the clause before it did
 * ("…, citing fuel costs"); what happened first ("fell after a landslide closed a pit"); and a clause
 * after ", as" with a past verb ("…, as fewer tourists booked crossings").
 */
const REASON = /\b(?:because(?: of)?|due to|owing to|as a result of|in order to|so that|since|so as to|thanks to|for fear of|out of|on the grounds that|put (?:it |this |that )?down to|attributed (?:it |this |that )?to|blamed (?:it |this |that )?on|(?<=,\s+)(?:citing|saying|arguing|ruling|claiming|complaining|blaming)(?:\s+that)?|after(?=\s+(?:(?:a|an|the|its|their)\s+)?[^,;.]*?\b(?:[a-z]+ed|found|made|took|gave|saw|came|went|fell|rose|broke|began|ran|lost|left|sold|hit|struck|said|told|became|brought|built|held|kept|knew|led|met|paid|sent|spent|stood|swept|threw|won|wrote)\b)|(?<=,\s+)as(?=\s+(?!(?:well|expected|such|part|usual|planned|reported|in|of|for|a|an|the|it|he|she|they|we)\b)[^,;.]*?\b(?:[a-z]+ed|were|was|fell|rose|grew|came|went|lost|left|sold|took)\b))\s+([^,;.]+)/gi;
const MANNER = /\b(?:by|through|via|using|with)\s+([^,;.]+)/gi;

const CLAUSE_STOP = new Set([...FUNCTION_WORDS, 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'which', 'who', 'that', 'and', 'or', 'but', 'as', 'its', 'their', 'his', 'her', 'it', 'they', 'this', 'these', 'also', 'not']);

/** Figures that end a name ("the Orsa 2 pipeline", "Apollo 11"): they count nothing. */
function endsName(candidate: Candidate, text: string): boolean {
  return /^\d+$/.test(candidate.text) && /(?<!^|[.!?]\s+)\b\p{Lu}\p{L}+\s+$/u.test(text.slice(0, candidate.start));
}

function all(pattern: RegExp, text: string, group = 0): Candidate[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].flatMap((m) => {
    const value = m[group];
    if (!value) return [];
    const start = m.index! + m[0].indexOf(value);
    const trimmed = value.replace(/[\s,;:]+$/, '');
    return [{ text: trimmed, start, end: start + trimmed.length }];
  });
}

/** Capitalised phrases, except the sentence's first word when it is an ordinary word. */
function properNames(text: string): Candidate[] {
  return all(PROPER, text)
    .map((c) => {
      if (c.start === 0 || /^["'“(]?$/.test(text.slice(0, c.start).trim())) {
        const first = /^\S+/.exec(c.text)![0];
        // "Almost all of the officials…": a word capitalised only because a sentence opens with it.
        // ("Asked whether…", "Speaking on Monday…": a verb's participle opening the sentence.)
        const participle = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first) && isVerb(first);
        if (CLAUSE_STOP.has(first.toLowerCase()) || isStopWord(first.toLowerCase()) || participle || /^(In|On|At|After|Before|During|When|While|Although|Since|However|From|By|For|With)$/.test(first)) {
          const rest = c.text.slice(first.length).trimStart();
          return rest ? { text: rest, start: c.end - rest.length, end: c.end } : null;
        }
      }
      return c;
    })
    .filter((c): c is Candidate => c !== null)
    .flatMap(splitPersonOfPlace)
    .flatMap(splitBasedIn)
    .map((c) => {
      // A possessive or a sentence's full stop is not part of the name; the stop of "Dr." or "U.S." is.
      const text = c.text.replace(/['’]s$/, '').replace(/(\p{Ll}{2,})\.$/u, '$1');
      return { text, start: c.start, end: c.start + text.length };
    })
    .filter((c) => !/^(I|A|The|It|He|She|They|We|This|That|These|Those|His|Her|Its|Their)$/.test(c.text))
    // "his American counterpart": an adjective of place before a noun names no one. Many surnames end
    // as demonyms do ("Corrigan", "Rossi"): those two endings count only for a people the gazetteer knows.
    .filter((c) => !(/^\p{Lu}\p{Ll}+(?:ese|ish|ic)$/u.test(c.text) || (/^\p{Lu}\p{Ll}+(?:an|i)$/u.test(c.text) && isDemonym(c.text))) || !/^\s+\p{Ll}/u.test(text.slice(c.end)))
    // Months and weekdays are capitalised but are dates, not names.
    .filter((c) => !new RegExp(`^(?:${MONTH}|${WEEKDAY})$`, 'i').test(c.text));
}

/** "a Vessmark-based subsidiary", "Lindvik-based Arvik": the place before "-based" is a name of its own. */
function splitBasedIn(c: Candidate): Candidate[] {
  const based = /^(.+?)-based\b\s*/i.exec(c.text);
  if (!based) return [c];
  const place = { text: based[1]!, start: c.start, end: c.start + based[1]!.length };
  const rest = c.text.slice(based[0].length);
  return rest ? [place, { text: rest, start: c.end - rest.length, end: c.end }] : [place];
}

/**
 * "Anna Berg of Sweden" is a person and a place, where "Duke of Orlen" is one title: split at "of" when
 * what follows is a place the gazetteer knows and what comes before is a name of two words or more.
 */
function splitPersonOfPlace(c: Candidate): Candidate[] {
  const at = c.text.indexOf(' of ');
  if (at < 0) return [c];
  const [person, place] = [c.text.slice(0, at), c.text.slice(at + 4)];
  if (!/\s/.test(person) || !gazetteer().tokens.has(foldNames([place.replace(/\.$/, '')])[0]!.toLowerCase())) return [c];
  return [
    { text: person, start: c.start, end: c.start + person.length },
    { text: place, start: c.start + at + 4, end: c.end },
  ];
}

/** Parts of speech a noun phrase is made of; it must hold a noun, a name or a number. */
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * Noun phrases of one to six words, by their parts of speech (a determiner or possessive before them is
 * left out): candidate things. An "of" between two of them stays inside ("analysis of algorithms", "set
 * of triples"), and the parts on each side of it are candidates too ("a pay rise of 6 percent" answers
 * "how big was the pay rise"). A hyphen that joins two words keeps them one word ("hand-drawn maps").
 */
function phrases(text: string): Candidate[] {
  const words = tagWords(text);
  const out: Candidate[] = [];
  const push = (from: number, to: number) => {
    const span = words.slice(from, to);
    if (!span.some((w) => HEAD_POS.has(w.pos))) return;
    const start = span[0]!.start;
    out.push({ text: text.slice(start, span.at(-1)!.end), start, end: span.at(-1)!.end });
  };
  let i = 0;
  while (i < words.length) {
    if (!inPhrase(words[i]!)) {
      i++;
      continue;
    }
    // A run of phrase words, and a run after each "of" that joins another.
    const parts: [number, number][] = [];
    let from = i;
    let j = i;
    for (;;) {
      while (j < words.length && j - i < 6 && (inPhrase(words[j]!) || joinsByHyphen(words, j) || joinsByHyphen(words, j - 1))) j++;
      parts.push([from, j]);
      const of = words[j];
      if (of && of.text.toLowerCase() === 'of' && words[j + 1] && inPhrase(words[j + 1]!) && j + 1 - i < 6) {
        from = j + 1;
        j = j + 1;
        continue;
      }
      break;
    }
    push(parts[0]![0], parts.at(-1)![1]);
    if (parts.length > 1) for (const [a, b] of parts) push(a, b);
    i = j;
  }
  return out;
}

/** Ordinals are function words elsewhere, but within a noun phrase they are what tells it apart ("its second level"). */
const ORDINAL_IN_PHRASE = new RegExp(`^${ORDINAL_WORD}$`, 'i');

/** A word of a noun phrase: a noun, name, number or adjective, not a function word ("such as", "other"). */
function inPhrase(word: TaggedWord): boolean {
  return PHRASE_POS.has(word.pos) && (!CLAUSE_STOP.has(word.text.toLowerCase()) || (word.pos === 'ADJ' && ORDINAL_IN_PHRASE.test(word.text)));
}

/** "hand-drawn": a hyphen with no space on either side joins the words around it. */
function joinsByHyphen(words: readonly TaggedWord[], at: number): boolean {
  const [before, hyphen, after] = [words[at - 1], words[at], words[at + 1]];
  return hyphen?.text === '-' && before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start && /^[\p{L}\p{N}]/u.test(after.text);
}

/** "$1.5m (£900,000)": an amount in brackets right after another is the same sum in another currency, not an answer of its own. */
function withoutConversions(amounts: Candidate[], text: string): Candidate[] {
  return amounts.filter((c) => !amounts.some((other) => other.end <= c.start && /^\s*\(\s*$/.test(text.slice(other.end, c.start))));
}

/** Questions find the same sentences again and again: their candidates are read once per type. */
const found = new Map<string, Candidate[]>();
const MAX_REMEMBERED = 20_000;

/** Every stretch of the sentence that could be an answer of the type, in text order. */
export function candidatesIn(text: string, type: AnswerType): Candidate[] {
  const key = `${type}\u0000${text}`;
  let candidates = found.get(key);
  if (!candidates) {
    if (found.size >= MAX_REMEMBERED) found.clear();
    candidates = readCandidates(text, type);
    found.set(key, candidates);
  }
  return candidates;
}

function readCandidates(text: string, type: AnswerType): Candidate[] {
  switch (type) {
    case 'date':
      return longestFirst(all(DATE, text));
    case 'time':
      return all(TIME, text);
    case 'duration':
      // "Two days before the vote", "a year ago": a distance in time, not how long something lasted.
      return all(DURATION, text).filter((c) => !OFFSET_AFTER.test(text.slice(c.end)));
    case 'money':
      return withoutConversions(all(MONEY, text), text);
    case 'percentage':
      return all(PERCENTAGE, text);
    case 'number': {
      const amounts = all(MONEY, text);
      const kept = withoutConversions(amounts, text);
      const conversions = amounts.filter((c) => !kept.includes(c));
      return longestFirst([
        ...all(PERCENTAGE, text),
        ...amounts,
        ...all(NUMBER_ANYWHERE, text).filter((c) => !isYearLike(c.text, text, c.start) && !isDayOfMonth(text, c.start, c.end) && !TIME_UNIT_AFTER.test(text.slice(c.end)) && !endsName(c, text)),
        ...all(AGE, text, 1),
        ...all(AGE, text, 2),
      ]).filter((c) => !conversions.some((conversion) => c.start < conversion.end && conversion.start < c.end));
    }
    case 'ordinal':
      return all(ORDINAL, text);
    case 'person':
    case 'organization':
    case 'place':
    case 'list':
      return properNames(text);
    case 'reason':
      // "which the firm put down to a mild autumn": the cause, without the verb that assigns it.
      return all(REASON, text, 0).map((c) => {
        const assigning = /^(?:put|attributed|blamed)\s+(?:(?:it|this|that)\s+)?(?:down\s+to|to|on)\s+/i.exec(c.text)?.[0].length ?? 0;
        return assigning > 0 ? { text: c.text.slice(assigning), start: c.start + assigning, end: c.end } : c;
      });
    case 'manner':
      return [...all(MANNER, text, 0), ...phrases(text)];
    case 'thing':
    case 'definition':
      return [
        ...longestFirst([...all(MONEY, text), ...all(PERCENTAGE, text), ...all(NUMBER_ANYWHERE, text), ...all(DATE, text)]),
        ...all(JOINED_NAME, text),
        ...all(QUOTED, text, 1).filter((c) => c.text.split(/\s+/).length <= 10),
        ...phrases(text),
      ];
    default:
      return [];
  }
}

/** A phrase that says when, not where or what: it holds a date or a clock time ("Saturday afternoon", "at 9:30"). */
export function saysWhen(phrase: string): boolean {
  return all(DATE, phrase).length > 0 || all(TIME, phrase).length > 0;
}

/** "eleven months": a number of time units is a duration, not a count. */
const TIME_UNIT_AFTER = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;

/** A four-digit number standing alone ("in 1066") is a year, not a count. */
function isYearLike(value: string, text: string, at: number): boolean {
  return /^(1\d{3}|20\d{2})$/.test(value) && /\b(in|of|since|by|from|until|to|year)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
}

/** "April 2", "27 March": the number is a day, not a count. */
function isDayOfMonth(text: string, at: number, end = at): boolean {
  return new RegExp(`${MONTH}\\s+$`, 'i').test(text.slice(Math.max(0, at - 11), at)) || MONTH_AFTER.test(text.slice(end, end + 16));
}

/** A month after the number, written with its capital: "300 may have died" is no date. */
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'u');

/** Overlapping matches keep the longest ("5 March 1066" over "1066"). */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
