/**
 * Which events a date in a sentence dates: on each side of an event word, the nearest date of its
 * sentence, unless more than three other event words or too many characters stand between them (the date
 * then belongs to those nearer words). Measured against TimeBank's TLINKs by scripts/eval-timeline.ts.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export interface Anchor {
  /** Index into the events given. */
  event: number;
  /** Index into the dates given. */
  date: number;
}

/** Other event words that may stand between an event and its date. */
const MAX_EVENTS_BETWEEN = 3;
/** Characters that may stand between an event and its date. */
const MAX_GAP = 120;

/** Every (event, date) pair the sentences tie; dates and events sorted by position. */
export function anchorEvents(sentences: TextSpan[], dates: TextSpan[], events: TextSpan[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const sentence of sentences) {
    const inSentence = (span: TextSpan) => span.start >= sentence.start && span.start < sentence.end;
    const sentenceDates = dates.map((span, index) => ({ span, index })).filter((d) => inSentence(d.span));
    if (sentenceDates.length === 0) continue;
    const sentenceEvents = events.map((span, index) => ({ span, index })).filter((e) => inSentence(e.span));
    for (const event of sentenceEvents) {
      const before = sentenceDates.filter((d) => d.span.end <= event.span.start).at(-1);
      const after = sentenceDates.find((d) => d.span.start >= event.span.end);
      for (const date of [before, after]) {
        if (!date) continue;
        const from = Math.min(event.span.end, date.span.end);
        const to = Math.max(event.span.start, date.span.start);
        const between = sentenceEvents.filter((other) => other !== event && other.span.start >= from && other.span.end <= to).length;
        if (between <= MAX_EVENTS_BETWEEN && to - from <= MAX_GAP) anchors.push({ event: event.index, date: date.index });
      }
    }
  }
  return anchors;
}
