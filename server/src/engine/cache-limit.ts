/**
 * How many entries each of the engine's text caches (sentences, units, words)
 * keeps before dropping its oldest. The editor wants many: a long document's
 * every sentence stays cached between keystrokes. A batch run over many
 * documents gains little from old sentences and keeps its memory down with
 * fewer.
 */
let limit = 50_000;

export function cacheLimit(): number {
  return limit;
}

export function setCacheLimit(entries: number): void {
  limit = Math.max(100, Math.floor(entries));
}

/**
 * Stores `value` under `key` in one of the engine's text caches, dropping the
 * oldest eighth of its entries when the cache is full (not the whole cache: a
 * long document's sentences stay cached). Returns the value.
 *
 * The oldest entries go in one pass rather than one per call: a Map keeps the
 * holes its deletions leave at its front until it is rebuilt, and finding the
 * oldest live entry one call at a time walks them all, every time.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, entries = limit): V {
  if (cache.size >= entries) {
    let drop = Math.ceil(entries / 8);
    for (const old of cache.keys()) {
      cache.delete(old);
      if (--drop === 0) break;
    }
  }
  cache.set(key, value);
  return value;
}
