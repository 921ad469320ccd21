/**
 * A name as initials: "Derrick Whitmore" → "D.W."; with a title the title
 * stays, "Mrs. Castellano" → "Mrs. C.", "Mr and Mrs Castellano" → "Mr and Mrs C.".
 */
export function initialsOf(name: string): string {
  const titles = /^((?:(?:Mr|Mrs|Ms|Mx|Miss|Sr|Br)\.?\s+(?:and\s+)?)+)/.exec(name)?.[1] ?? '';
  const rest = name.slice(titles.length);
  const initials = rest
    .split(/[\s]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => `${w.charAt(0)}.`)
    .join('');
  return `${titles}${initials}`;
}

/**
 * The initials for one mention of a person known by several: a bare first
 * name or surname becomes the full name's initials, so that "Dana Whitfield",
 * "Dana" and "Whitfield" all become "D.W."; a titled mention keeps its title
 * ("Ms Whitfield" → "Ms W.").
 */
export function personInitials(allMentions: string[], mention: string): string {
  const titled = /^(?:Mr|Mrs|Ms|Mx|Miss|Sr|Br)\b/.test(mention);
  if (titled) return initialsOf(mention);
  const longest = allMentions.filter((m) => !/^(?:Mr|Mrs|Ms|Mx|Miss|Sr|Br)\b/.test(m)).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0] ?? mention;
  return initialsOf(longest);
}
