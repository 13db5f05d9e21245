/**
 * From chrono's components to ISO values and granularities.
 */
import * as chrono from 'chrono-node';
import type { DateGranularity } from '../../types.js';
import { pad } from './calendar.js';

export function granularityOf(result: chrono.ParsingResult): DateGranularity | null {
  const { start } = result;
  if ([...result.tags()].some((tag) => tag.startsWith('news/week'))) return 'week';
  if (start.isCertain('hour')) return 'time';
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

export function valueOf(components: chrono.ParsingComponents, granularity: DateGranularity | null): string {
  const year = String(components.get('year')).padStart(4, '0');
  const date = `${year}-${pad(components.get('month')!)}-${pad(components.get('day')!)}`;
  if (granularity === 'year') return year;
  if (granularity === 'month') return date.slice(0, 7);
  if (granularity === 'time') return `${date}T${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}`;
  return date;
}
