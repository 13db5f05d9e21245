/**
 * `compute` with its results remembered: words and sentences repeat across a corpus and across questions.
 * At `max` entries the memory starts afresh, so a long-running bot's memory stays bounded. `compute`
 * never returns undefined (one lookup per call, on paths that run for every word).
 */
export function remembered<V extends NonNullable<unknown> | null>(compute: (key: string) => V, max: number): (key: string) => V {
  const results = new Map<string, V>();
  return (key) => {
    const known = results.get(key);
    if (known !== undefined) return known;
    if (results.size >= max) results.clear();
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
