/**
 * What an article's own spelling says of a capitalised word: a word capitalised only where a sentence or a
 * quotation starts ("Draft agreements…", "“Things we did…”") shows no sign of being a name; one the
 * article also capitalises mid-sentence does; an acronym it spells out in lower-case words names a thing.
 * Computed once for the article read last: events read an article's sentences one after another.
 */

interface CaseEvidence {
  text: string;
  /** Words written in lower case, lower-cased; read when first asked for. */
  lower: Set<string> | null;
  /** Words capitalised after a word in lower case or a number, lower-cased, possessive dropped. */
  midSentence: Set<string> | null;
  /** Acronyms in brackets after a word in lower case: "liquefied natural gas (LNG)". */
  spelledInLowerCase: Set<string> | null;
  /** Acronyms the article writes as a body on its own: "the IRA said", "the IRA and the army". */
  bodies: Set<string> | null;
}

let cache: CaseEvidence = { text: '', lower: null, midSentence: null, spelledInLowerCase: null, bodies: null };

/** A capitalised word after a word in lower case or a number, on one line: "with Nordic", not "Nordic Ferries". */
const AFTER_LOWER_CASE_WORD = /(?<=(?:^|[\s(“"‘])[\p{Ll}\p{N}][\p{L}\p{N}'’-]*[,;]?[ \t]+)\p{Lu}[\p{L}'’-]*/gu;

function evidenceOf(text: string): CaseEvidence {
  if (cache.text !== text) cache = { text, lower: null, midSentence: null, spelledInLowerCase: null, bodies: null };
  return cache;
}

/** An acronym in brackets after a word in lower case: "(LNG)" in "liquefied natural gas (LNG)". */
const ACRONYM_AFTER_LOWER_CASE = /(?<!\p{L})\p{Ll}+\s+\((\p{Lu}[\p{Lu}\d]{1,5})\)/gu;

/** The article spells the acronym out in lower-case words: it names a thing, not a body ("Harbour Workers Association (HWA)"). */
export function spelledOutInLowerCase(text: string, acronym: string): boolean {
  const evidence = evidenceOf(text);
  evidence.spelledInLowerCase ??= new Set([...text.matchAll(ACRONYM_AFTER_LOWER_CASE)].map((m) => m[1]!));
  return evidence.spelledInLowerCase.has(acronym);
}

/** The article writes the word in lower case somewhere. */
export function writtenInLowerCase(text: string, word: string): boolean {
  const evidence = evidenceOf(text);
  evidence.lower ??= new Set(text.match(/(?<=\s)\p{Ll}[\p{Ll}'’-]*(?=\s)/gu) ?? []);
  return evidence.lower.has(word.toLowerCase());
}

/** The article capitalises the word where no sentence starts: a name, not a word capitalised by position. */
export function capitalisedMidSentence(text: string, word: string): boolean {
  const evidence = evidenceOf(text);
  evidence.midSentence ??= new Set((text.match(AFTER_LOWER_CASE_WORD) ?? []).map((w) => w.replace(/['’]s?$/, '').toLowerCase()));
  return evidence.midSentence.has(word.toLowerCase());
}

/** "the IRA" before a mark, a conjunction or a verb: an acronym written as a body on its own. */
const ACRONYM_AS_BODY = /\bthe\s+(\p{Lu}[\p{Lu}\d]{1,5})(?=\s*(?:[.,;:)!?]|(?:and|or|all|had|has|have|was|were|is|are|said|says|would|will|wanted|did|does)\b))/gu;

/** The article writes the acronym as a body on its own somewhere ("the IRA wanted…"): before a noun it is that body's. */
export function writtenAsBody(text: string, acronym: string): boolean {
  const evidence = evidenceOf(text);
  evidence.bodies ??= new Set([...text.matchAll(ACRONYM_AS_BODY)].map((m) => m[1]!));
  return evidence.bodies.has(acronym);
}
