import * as chrono from 'chrono-node';

/** Chrono relative results kept: "two years ago", "a year earlier". Other counts are durations or lean on another date. */
const KEPT_RELATIVE = /\bago$|^(?:a|one|\w+) years? earlier$/i;

const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;

/** A clock time says so: "10:07", "6 a.m.", "5 pm", "9 o'clock" ("$2.50 a share" and "from 16" do not). */
const CLOCK_TIME = /\d[:.]\d\d\s*(?:[ap]\.?m\b\.?)|\d:\d\d|\d\s*[ap]\.?m\b\.?|o['’]?clock/i;

const WEEKDAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** A capitalised word that is no month: the weekday before it begins a name ("Sunday Express"), where "Sunday March 5" is a date. */
const NAME_WORD_AFTER = /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)\p{Lu}\p{Ll}+/u;

const MONTH_ONLY_PREPOSITION = /\b(?:in|since|until|till|by|of|from|to|through|during|before|after|last|this|next|early|mid|late|and|or|between)[\s-]*$/i;

/** Removes what chrono reads as a date but news means otherwise. */
export class NewsFilterRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => {
      const { text, start } = result;
      const tags = result.tags();
      if (!start.isValidDate() || (result.end && !result.end.isValidDate())) return false;
      if (/^\d*(?:\.\d*)?$/.test(text.replace(' ', '')) && !tags.has('news/year')) return false;
      if (tags.has('result/relativeDate') && !KEPT_RELATIVE.test(text.trim())) return false;
      if (WEEKDAY_ABBREVIATION.test(text.trim().replace(/[,)]$/, '')) && context.text[result.index + text.trim().length] !== '.') return false;
      if (tags.has('parser/SlashDateFormatParser') && !start.isCertain('year')) return false;
      if (tags.has('parser/ENTimeExpressionParser') && !CLOCK_TIME.test(text)) return false;
      if (/[$£€¥]\s*$/.test(context.text.slice(0, result.index))) return false;
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      if (/\b(?:each|every)\s+$/i.test(before)) return false;
      // "the Sunday Express", "the Monday Club": a weekday that begins a name, not a day.
      if (WEEKDAY_NAME.test(text.trim()) && /\bthe\s+$/i.test(before) && NAME_WORD_AFTER.test(context.text.slice(result.index + text.length))) return false;
      // "BBC Radio 4's Today programme", "USA Today": a capitalised "Today" within a sentence is a name.
      if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(text.trim()) && /[\p{L}\p{N},'’]\s*$/u.test(before)) return false;
      // "Good evening", "$55 a night": a part of the day that dates nothing.
      if (start.isOnlyTime() && !start.isCertain('hour') && /\b(?:good|a|per)\s+$/i.test(before)) return false;
      // "night-shift pay", "evening-wear": a part of the day joined to the noun it describes names a kind, not a time.
      if (start.isOnlyTime() && !start.isCertain('hour') && /^-\p{L}/u.test(context.text.slice(result.index + text.length))) return false;
      if (tags.has('parser/ENMonthNameParser') && !start.isCertain('year')) {
        if (/^\p{Ll}/u.test(text)) return false;
        const words = context.text.slice(Math.max(0, result.index - 12), result.index);
        if (/^(?:may|march)$/i.test(text) && !MONTH_ONLY_PREPOSITION.test(words)) return false;
      }
      return true;
    });
  }
}
