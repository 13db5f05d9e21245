/**
 * Calendar arithmetic on local dates at noon (noon keeps day arithmetic clear of DST), and the components chrono results are built from.
 */
import * as chrono from 'chrono-node';

export const DAY_MS = 86_400_000;

export function atNoon(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

export function addDays(date: Date, days: number): Date {
  return atNoon(date.getFullYear(), date.getMonth() + 1, date.getDate() + days);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Monday of the ISO week that holds `date`. */
export function mondayOf(date: Date): Date {
  return addDays(date, -((date.getDay() + 6) % 7));
}

export function isoWeek(monday: Date): string {
  const thursday = addDays(monday, 3);
  const firstThursday = atNoon(thursday.getFullYear(), 1, 4);
  const week = 1 + Math.round((mondayOf(thursday).getTime() - mondayOf(firstThursday).getTime()) / (7 * DAY_MS));
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function assignDay(components: chrono.ParsingComponents, date: Date): void {
  components.assign('year', date.getFullYear());
  components.assign('month', date.getMonth() + 1);
  components.assign('day', date.getDate());
}

export function assignMonth(components: chrono.ParsingComponents, year: number, month: number): void {
  components.assign('year', year);
  components.assign('month', month);
  components.imply('day', 1);
}

/** The part of the reference's calendar a result spans: [first day, last day]. */
export function spanOf(components: chrono.ParsingComponents, granularity: 'month' | 'day'): [Date, Date] {
  const year = components.get('year')!;
  const month = components.get('month')!;
  if (granularity === 'month') return [atNoon(year, month, 1), atNoon(year, month, daysInMonth(year, month))];
  const day = atNoon(year, month, components.get('day')!);
  return [day, day];
}
