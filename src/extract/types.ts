/**
 * The facts Dossier extracts from articles. Offsets are into `Article.text` (end exclusive), so every
 * fact can cite the exact words. `file` is the article's file name, `articleId` its id.
 */

export type QuoteKind = 'quote' | 'fragment' | 'statement';

export interface Quote {
  /** The quoted (or reported) words, without the quotation marks. */
  text: string;
  /** Canonical speaker name ("Anna Lindqvist", "The Foreign Ministry"), or null when no speaker could be found. */
  speaker: string | null;
  /** Key into the speaker list, or null with `speaker`. */
  speakerId: string | null;
  /** The role the article gives the speaker at this quote ("Assistant to the Prime Minister"). */
  role: string | null;
  kind: QuoteKind;
  file: string;
  articleId: string;
  paragraph: number;
  /** Index of the sentence that holds `start`. */
  sentence: number;
  start: number;
  end: number;
  /** The attribution words ("said Lindqvist", "Tomas Okafor stated that"), when the text has them. */
  cue: { text: string; start: number; end: number } | null;
}

export type SpeakerKind = 'person' | 'institution' | 'unnamed';

export interface Speaker {
  /** Stable key: lower-case canonical name with dashes ("anna-lindqvist"). */
  id: string;
  name: string;
  kind: SpeakerKind;
  /** Every other way the articles name this speaker ("Lindqvist", "Ministry aide for Foreign Policy Anna Lindqvist"). */
  aliases: string[];
  /** Roles and descriptions the articles give ("Assistant to the Prime Minister"). */
  roles: string[];
  counts: Record<QuoteKind, number>;
  /** Files that quote this speaker. */
  files: string[];
}

export interface QuoteSet {
  quotes: Quote[];
  speakers: Speaker[];
}

export type DateGranularity = 'year' | 'month' | 'week' | 'day' | 'time';

/** A calendar value as the date extraction gives it, wherever it was found. */
export interface DateValue {
  /** ISO value: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (a week: its Monday). */
  value: string;
  /** End of a range ("January 9-10" → 2022-01-10), or null for a single point. */
  end: string | null;
  granularity: DateGranularity;
  /** True when the value depended on the reference time (weekday, month without year, "last month"). */
  relative: boolean;
  /**
   * The TimeML value, when it says more than `value`: a quarter "2019-Q3", season "2019-SU", week "2019-W49",
   * decade "199", part of day "2019-03-07TMO", the unit a part refers to ("late January" → "2020-01"),
   * a vague reference (PRESENT_REF).
   */
  timex?: string;
}

export interface DateMention extends DateValue {
  /** The words as written ("on Tuesday", "January 9-10"). */
  text: string;
  file: string;
  articleId: string;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  start: number;
  stop: number;
  /** The clause the date is tied to ("the budget ... was presented on March 17"). */
  clause: { text: string; start: number; end: number };
}

export type ReferenceFrom = 'front-matter' | 'dateline' | 'estimated';

/** The time an article was written, against which its relative dates resolve. */
export interface ReferenceTime {
  articleId: string;
  /** ISO date (or date-time). */
  value: string;
  from: ReferenceFrom;
  /** How it was obtained, in words ("dateline 09:15, 14 March 2023", "latest past date March 13 ..."). */
  basis: string;
  /** Estimated without any day to go by (a year's middle, or today): a weekday counted from it is a guess. */
  dayUnknown?: true;
}

export interface TimelineSource {
  file: string;
  articleId: string;
  /** The clause or sentence that reports the event. */
  text: string;
  start: number;
  end: number;
}

/**
 * How an event's date was found: written in its sentence in full (explicit), resolved against the
 * article's date or an earlier date ("on Monday", "the next day": relative), or the article's own date
 * (dateline: a statement with no date of its own).
 */
export type DateAttachment = 'explicit' | 'relative' | 'dateline';

export interface TimelineEntry {
  value: string;
  end: string | null;
  granularity: DateGranularity;
  /** Time of day when the articles give it, with its zone: "10:07–12:08 ET". */
  time?: string;
  /** A short description of the event: a clause from its own sentence. */
  title: string;
  /** The event word (predicate): "call", "summit", "announced". */
  event: string;
  /** Names taking part, as the articles write them. */
  participants: string[];
  attached: DateAttachment;
  /** A year, decade or other period the events of the articles only look back on. */
  background?: boolean;
  sources: TimelineSource[];
}

export interface SummarySentence {
  text: string;
  file: string;
  articleId: string;
  start: number;
  end: number;
  /** For a topic summary: every file whose sentence says the same thing (the first is `file`). */
  alsoIn?: string[];
  /** For a summary grouped by speaker: who the sentence is attributed to. */
  speaker?: string | null;
}

export interface ArticleSummary {
  id: string;
  file: string;
  /** The one-line gist. */
  gist: string;
  /** The gist then the sentences, as one text. */
  summary: string;
  sentences: SummarySentence[];
}

export interface TopicSummary {
  query: string;
  /** The summary as one text; null when no sentence matches the query. */
  summary: string | null;
  sentences: SummarySentence[];
  /** With grouping by speaker: the sentences of each side. */
  groups?: { speaker: string; sentences: SummarySentence[] }[];
}
