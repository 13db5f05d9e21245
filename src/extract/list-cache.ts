/**
 * Lookups built over a list of extracted facts (speakers, people, timeline entries, date mentions). A list
 * never changes once extracted: an article added or removed makes a new one, which differs from the last in
 * a few items. Its lookup is the old one updated with what changed, where building it again would read
 * every item.
 */

export interface ListChanges<T> {
  gone: T[];
  came: T[];
}

/** The items only in `previous` and the items only in `next`, by identity. */
export function listChanges<T>(previous: readonly T[], next: readonly T[]): ListChanges<T> {
  const inNext = new Set(next);
  const inPrevious = new Set(previous);
  return { gone: previous.filter((item) => !inNext.has(item)), came: next.filter((item) => !inPrevious.has(item)) };
}

/** One value per list, built on first use, and carried to the list that replaces it. */
export class ListCache<T, V> {
  private readonly values = new WeakMap<readonly T[], V>();

  constructor(
    private readonly build: (items: readonly T[]) => V,
    private readonly update: (value: V, changes: ListChanges<T>) => void,
  ) {}

  of(items: readonly T[]): V {
    let value = this.values.get(items);
    if (value === undefined) {
      value = this.build(items);
      this.values.set(items, value);
    }
    return value;
  }

  /**
   * The value of `previous`, if built, updated to become that of `next`; `previous` has none after.
   * `changes` works out what differs, asked only when there is a value to carry: a caller carrying
   * several values over the same lists can work it out once.
   */
  carry(previous: readonly T[], next: readonly T[], changes: () => ListChanges<T> = () => listChanges(previous, next)): void {
    const value = this.values.get(previous);
    if (value === undefined || previous === next) return;
    this.update(value, changes());
    this.values.delete(previous);
    this.values.set(next, value);
  }
}
