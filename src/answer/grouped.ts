import { listChanges, type ListChanges } from '../extract/people/name-index.js';

/**
 * A list's items grouped under keys ("the entries citing article 12"), built once per list. An article
 * added or removed makes a new list that differs from the last in a few items; `carry` updates the
 * groups of the old list for the new one, where building them again would read every item.
 */
export class GroupedList<T> {
  private readonly groups = new WeakMap<readonly T[], Map<string, T[]>>();

  constructor(private readonly keysOf: (item: T) => Iterable<string>) {}

  of(list: readonly T[]): Map<string, T[]> {
    let groups = this.groups.get(list);
    if (!groups) {
      groups = new Map();
      for (const item of list) this.add(groups, item);
      this.groups.set(list, groups);
    }
    return groups;
  }

  /**
   * The groups of `previous`, if built, become those of `next`; `previous` has none after. `changes`
   * works out what differs, asked only when there are groups to carry: a caller carrying several
   * groupings of the same lists can work it out once.
   */
  carry(previous: readonly T[], next: readonly T[], changes: () => ListChanges<T> = () => listChanges(previous, next)): void {
    const groups = this.groups.get(previous);
    if (!groups || previous === next) return;
    const { gone, came } = changes();
    for (const item of gone) {
      for (const key of new Set(this.keysOf(item))) {
        const others = (groups.get(key) ?? []).filter((other) => other !== item);
        if (others.length > 0) groups.set(key, others);
        else groups.delete(key);
      }
    }
    for (const item of came) this.add(groups, item);
    this.groups.delete(previous);
    this.groups.set(next, groups);
  }

  private add(groups: Map<string, T[]>, item: T): void {
    for (const key of new Set(this.keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
}
