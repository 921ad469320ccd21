/**
 * A name as initials: "Derrick Whitmore" → "D.W."; with a title the title
 * stays, "Mrs. Castellano" → "Mrs. C.", "Mr and Mrs Castellano" → "Mr and Mrs C.".
 */
export function initialsOf(name: string): string {
  const titles = /^((?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+(?:and\s+)?)+)/.exec(name)?.[1] ?? '';
  const rest = name.slice(titles.length);
  const initials = rest
    .split(/[\s]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => `${w.charAt(0)}.`)
    .join('');
  return `${titles}${initials}`;
}
