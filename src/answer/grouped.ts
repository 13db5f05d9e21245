import { ListCache } from '../extract/list-cache.js';

/**
 * A list's items grouped under keys ("the entries citing article 12"), built once per list and carried
 * to the list that replaces it (see ListCache).
 */
export function groupedList<T>(keysOf: (item: T) => Iterable<string>): ListCache<T, Map<string, T[]>> {
  const add = (groups: Map<string, T[]>, item: T) => {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  };
  return new ListCache(
    (items) => {
      const groups = new Map<string, T[]>();
      for (const item of items) add(groups, item);
      return groups;
    },
    (groups, { gone, came }) => {
      for (const item of gone) {
        for (const key of new Set(keysOf(item))) {
          const others = (groups.get(key) ?? []).filter((other) => other !== item);
          if (others.length > 0) groups.set(key, others);
          else groups.delete(key);
        }
      }
      for (const item of came) add(groups, item);
    },
  );
}
