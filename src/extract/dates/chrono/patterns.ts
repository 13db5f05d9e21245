/**
 * Pieces of patterns the news parsers share.
 */

export const YEAR = String.raw`(?:1[5-9]|20)\d\d`;

export const LEFT = String.raw`(?<![\p{L}\p{N}$£€¥#.,'’-])`;

/** A year or decade may follow "mid-", "early-", "late-". */
export const YEAR_LEFT = String.raw`(?:(?<=\b(?:mid|early|late)-)|${LEFT})`;

/** Words before a number that make it a count ("some 2000 troops"). */
export const COUNT_BEFORE = /\b(?:some|about|around|nearly|almost|over|than|up to|only|just|approximately|roughly|least|total of)\s*$/i;

/** Words after a number that make it a count ("2000 people"), or a measure. */
/** After four digits, a time zone or "hours": a clock time on the 24-hour clock ("1700 GMT", "0930 hrs"), not a year. */
export const CLOCK_AFTER = /^\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MSK|IST|JST|hrs|hours|local time)\b/;

export const COUNT_AFTER = /^\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff|feet|foot|metres|meters|km|miles|tons|tonnes|sq)\b|^\s*(?:%|percent|per cent)/;

export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
