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
