import * as chrono from 'chrono-node';

/** "the afternoon of Saturday, Aug. 9": a part of a day, then the day. */
const PART_OF_DATE = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

/**
 * Chrono reads "the afternoon of Aug. 9" as this afternoon: the day named is the date, and the part of
 * the day stays in the text (it becomes the value's time, as for "Monday afternoon").
 */
export class PartOfDayRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      const part = PART_OF_DATE.exec(result.text);
      if (!part || result.start.isCertain('day') || result.start.isCertain('weekday')) continue;
      const day = dayIn(result.text.slice(part[0].length), context.refDate);
      if (day) assignDay(result.start, day);
    }
    return results;
  }
}

/** The day a text opens with ("Saturday, Aug. 9"), or null. */
function dayIn(text: string, reference: Date): chrono.ParsedComponents | null {
  const found = chrono.casual.parse(text, reference)[0];
  return found && found.index === 0 && (found.start.isCertain('day') || found.start.isCertain('weekday')) ? found.start : null;
}

function assignDay(target: chrono.ParsingComponents, day: chrono.ParsedComponents): void {
  for (const component of ['year', 'month', 'day', 'weekday'] as const) {
    const value = day.get(component);
    if (value === null) continue;
    if (day.isCertain(component)) target.assign(component, value);
    else target.imply(component, value);
  }
}
