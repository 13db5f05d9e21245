import { parseNewsDates, referenceDate } from '../extract/dates/news-dates.js';
import type { DateGranularity } from '../extract/types.js';

/**
 * A date typed by a person into an option (`timeline --from`, `/timeline to`), read at the precision
 * written: "2019-03-07" a day, "2019-03" and "Mar 2019" a month, "2019" a year, "last week" a week.
 * Words without a year ("December 1", "last week") are read against `reference` (the latest article).
 */
export interface DateOption {
  /** ISO start: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** ISO end of a range ("last week"), else null. */
  end: string | null;
  granularity: DateGranularity;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
/** Words around a date that change nothing: "on December 1", "from the 3rd of May". */
const FILLER = /^(?:\s|,|\.|on|in|at|from|since|until|till|to|by|the|of|during)*$/i;

/** The date the option names, or one line saying why it cannot be read. */
export function readDateOption(typed: string, reference: string): DateOption | { error: string } {
  const text = typed.trim();
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null) ?? { error: `"${text}" is not a date in the calendar` };
  const dates = parseNewsDates(text, referenceDate(reference)).filter((d) => !d.vague && !d.timeOnly);
  const [date] = dates;
  // The whole option must be the date: "30 February 2019" is not February, "Q3 2019" is not 2019.
  if (dates.length === 1 && FILLER.test(text.slice(0, date!.index)) && FILLER.test(text.slice(date!.index + date!.text.length))) {
    return { value: date!.value.slice(0, 10), end: date!.end?.slice(0, 10) ?? null, granularity: date!.granularity };
  }
  return { error: `"${text}" is not one I can read` };
}

function calendarDate(year: number, month: number | null, day: number | null): DateOption | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === null) return { value: String(year), end: null, granularity: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === null) return { value: `${year}-${pad(month)}`, end: null, granularity: 'month' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, end: null, granularity: 'day' };
}
