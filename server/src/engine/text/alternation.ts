/**
 * A regular-expression alternation of the phrases of a word list, each taken
 * literally, with any run of spaces in a phrase matching any whitespace.
 */
export function alternationOf(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}
