import SearchableMap from 'minisearch/SearchableMap';

/**
 * Finds the item (a speaker, a person) a user means by a name, without scanning every item: exact
 * name or alias first, then every word of the query in one of its names ("ushakov"), then names within a
 * small spelling distance of every word ("sulivan"). Ties go to the heavier item (the one quoted most).
 */
export class NameIndex<T> {
  private readonly byForm = new Map<string, T[]>();
  private readonly byWord = new SearchableMap<Set<T>>();

  constructor(
    items: readonly T[],
    forms: (item: T) => string[],
    private readonly weight: (item: T) => number,
    private readonly normalise: (name: string) => string,
  ) {
    for (const item of items) {
      for (const form of new Set(forms(item).map(normalise))) {
        if (!form) continue;
        this.byForm.set(form, [...(this.byForm.get(form) ?? []), item]);
        for (const word of form.split(' ')) this.byWord.update(word, (set = new Set()) => set.add(item));
      }
    }
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

/** One index per list, built on first use: the lists never change once extracted. */
export function cachedIndex<T>(cache: WeakMap<readonly T[], NameIndex<T>>, items: readonly T[], build: () => NameIndex<T>): NameIndex<T> {
  let index = cache.get(items);
  if (!index) {
    index = build();
    cache.set(items, index);
  }
  return index;
}
