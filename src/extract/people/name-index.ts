import type { ListChanges } from '../list-cache.js';
import SearchableMap from 'minisearch/SearchableMap';

/**
 * Finds the item (a speaker, a person) a user means by a name, without scanning every item: exact
 * name or alias first, then every word of the query in one of its names ("lindqvist"), then names within a
 * small spelling distance of every word ("okafr"). Ties go to the heavier item (the one quoted most).
 */
export class NameIndex<T> {
  private readonly byForm = new Map<string, T[]>();
  private readonly byWord = new SearchableMap<Set<T>>();

  constructor(
    items: readonly T[],
    private readonly forms: (item: T) => string[],
    private readonly weight: (item: T) => number,
    private readonly normalise: (name: string) => string,
  ) {
    for (const item of items) this.add(item);
  }

  /** The items that left taken out, the items that came put in (see ListCache). */
  apply({ gone, came }: ListChanges<T>): void {
    for (const item of gone) this.remove(item);
    for (const item of came) this.add(item);
  }

  private add(item: T): void {
    for (const form of this.formsOf(item)) {
      this.byForm.set(form, [...(this.byForm.get(form) ?? []), item]);
      for (const word of form.split(' ')) this.byWord.update(word, (set = new Set()) => set.add(item));
    }
  }

  private remove(item: T): void {
    for (const form of this.formsOf(item)) {
      const others = (this.byForm.get(form) ?? []).filter((other) => other !== item);
      if (others.length > 0) this.byForm.set(form, others);
      else this.byForm.delete(form);
      for (const word of form.split(' ')) {
        const set = this.byWord.get(word);
        set?.delete(item);
        if (set?.size === 0) this.byWord.delete(word);
      }
    }
  }

  /** Each name as normalised, and a name of several capitalised words by its initials ("imf"). */
  private formsOf(item: T): string[] {
    const names = this.forms(item);
    return [...new Set([...names.map(this.normalise), ...names.flatMap(initialsOf)])].filter((form) => form !== '');
  }

  find(name: string): T | null {
    const query = this.normalise(name);
    if (!query) return null;
    const exact = this.byForm.get(query);
    if (exact) return this.heaviest(exact);
    const words = query.split(' ');
    const containing = intersect(words.map((w) => this.byWord.get(w) ?? new Set<T>()));
    if (containing.size > 0) return this.heaviest([...containing]);

    // Every query word must be close to a word of the item's names; the smallest total distance wins.
    let totals: Map<T, number> | null = null;
    for (const word of words) {
      const allowed = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
      const near = new Map<T, number>();
      for (const [, [items, distance]] of this.byWord.fuzzyGet(word, allowed)) {
        for (const item of items) near.set(item, Math.min(near.get(item) ?? Infinity, distance));
      }
      const previous: Map<T, number> | null = totals;
      totals = new Map<T, number>();
      for (const [item, distance] of near) {
        if (previous === null || previous.has(item)) totals.set(item, (previous?.get(item) ?? 0) + distance);
      }
      if (totals.size === 0) return null;
    }
    let best: T | null = null;
    let bestDistance = Infinity;
    for (const [item, distance] of totals ?? []) {
      if (distance < bestDistance || (distance === bestDistance && best !== null && this.weight(item) > this.weight(best))) {
        best = item;
        bestDistance = distance;
      }
    }
    return best;
  }

  private heaviest(items: T[]): T {
    return items.reduce((best, item) => (this.weight(item) > this.weight(best) ? item : best));
  }
}

function intersect<T>(sets: Set<T>[]): Set<T> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(first ?? [])].filter((item) => rest.every((set) => set.has(item))));
}

/** "International Monetary Fund" → "imf": how a body is often asked for. Names of one word have none. */
function initialsOf(name: string): string[] {
  const capitals = name.split(/\s+/).filter((word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && /^(?:The|A|An)$/.test(word)));
  return capitals.length >= 2 && capitals.length <= 6 ? [capitals.map((word) => word[0]!.toLowerCase()).join('')] : [];
}
