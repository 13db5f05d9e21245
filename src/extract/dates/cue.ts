/**
 * Words without which a sentence holds no date: a cheap test that spares chrono most sentences. One
 * definition for every pass that reads an article's dates sentence by sentence.
 *
 * Each word is matched whole: as prefixes, "mon", "dec" and "sec" let through "money", "decline" and
 * "securities", most sentences of business news. Fractions ("10-13/16 pct") and "at 24 dlrs" name no date.
 */
const DATE_CUE =
  /\b(?:1[5-9]|20)\d\d|'\d\d|\d0s\b|(?<!-\d{0,2})\b\d{1,2}\s*\/\s*\d{1,2}\b(?!\s*(?:pct|percent|%|inch))|\d\s*:\s*\d|\d-\d\d?-\d|\d\s*(?:[ap]\.?m\b|gmt|utc|hrs?\b|hours?|min|sec|h\b)|\d(?:st|nd|rd|th)\b|\bo['’]clock\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?)?|weekends?|today|tonight|tomorrow|yesterday|noon|midnight|midday|mornings?|afternoons?|evenings?|nights?|weeks?|months?|years?|decades?|century|centuries|quarters?|half|halves|periods?|spring|summer|fall|autumn|winter|christmas|halloween|valentine['’]?s)(?![\p{L}])/iu;

/** The month, not the verb: "may" dates something written with a capital or before a day ("may 5"). */
const MAY_CUE = /\b(?:May|MAY)(?![\p{L}])|\bmay\s+\d/u;

/** "the next day", "on the eve of": days named from the day before them. */
const DAY_CUE = /\bday|\beve\b/i;

/** "now", "recently", "the future": a direction from the reference, read only when asked for (see ExtractDateOptions). */
const VAGUE_CUE = /\b(?:now|nowadays|current(?:ly)?|present(?:ly)?|these days|to date|recent(?:ly)?|lately|past|future)(?!\p{L})/iu;

/** Whether `text` may hold a date (with `vague`, also "now", "recently"); false only when it surely holds none. */
export function mayHoldDate(text: string, { vague = false }: { vague?: boolean } = {}): boolean {
  return DATE_CUE.test(text) || MAY_CUE.test(text) || DAY_CUE.test(text) || (vague && VAGUE_CUE.test(text));
}

/**
 * Whether `text` may hold a date with a written year ("1987", "the '80s"): the only dates that are not
 * relative to the reference (see `relative` in news-dates.ts).
 */
export function mayHoldYear(text: string): boolean {
  return /\d{4}|'\d0s/.test(text);
}
