/**
 * Words without which a sentence holds no date: a cheap test that spares chrono most sentences. One
 * definition for every pass that reads an article's dates sentence by sentence.
 */
const DATE_CUE =
  /\b(?:1[5-9]|20)\d\d|'\d\d|\d0s\b|\d\s*[/:]\s*\d|\d-\d\d?-\d|\d\s*(?:[ap]\.?m\b|gmt|utc|hrs?\b|hours?|min|sec|h\b)|\d(?:st|nd|rd|th)\b|\bat\s+\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|noon|midnight|morning|afternoon|evening|night|week|month|year|decade|quarter|half|period|spring|summer|fall|autumn|winter|current|recent|lately|previously|formerly|past|future|soon|eventually|someday|present|date|ago)/i;

/** "the next day", "on the eve of": days named from the day before them. */
const DAY_CUE = /\bday|\beve\b/i;

/** Whether `text` may hold a date; false only when it surely holds none. */
export function mayHoldDate(text: string): boolean {
  return DATE_CUE.test(text) || DAY_CUE.test(text);
}

/**
 * Whether `text` may hold a date with a written year ("1987", "the '80s"): the only dates that are not
 * relative to the reference (see `relative` in news-dates.ts).
 */
export function mayHoldYear(text: string): boolean {
  return /\d{4}|'\d0s/.test(text);
}
