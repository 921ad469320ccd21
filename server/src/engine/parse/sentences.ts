/** A half-open span of document offsets. */
export interface Span {
  start: number;
  end: number;
}

// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'ref', 'cf',
  'a.m', 'p.m', 'inc', 'ltd', 'co', 'dept', 'min', 'hr', 'hrs', 'wk', 'wks', 'ave', 'rd', 'apt', 'ext', 'tel',
  'jr', 'sr', 'rev', 'fr', 'sgt', 'cst', 'const', 'insp', 'supt', 'det', 'cpl', 'hon', 'op', 'p', 'pp', 'vol', 'al',
  // Ranks and a veteran's "(ret.)": "Sgt. (ret.) Dwayne Mercer".
  'ret', 'capt', 'lt', 'maj', 'pte', 'pvt',
  // Note-taking shorthand: "pseud. 'Jess'", "Mob. 0412 …", "Gr. 10", "DOB. 3/4/09".
  'pseud', 'aka', 'a.k.a', 'mob', 'ph', 'yr', 'yrs', 'gr', 'incl', 'dob', 'attn',
]);

const OPENING = /["'“‘(\[A-Z0-9\u00C0-\u024F*_-]/;

/**
 * Splits a block's prose into sentences. `prose` is the masked text of a block
 * that starts at document offset `base`; the spans returned are document
 * offsets, trimmed of surrounding white space.
 */
export function splitSentences(prose: string, base: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < prose.length && /["'”’)\]]/.test(prose[j]!)) j++;
    if (j >= prose.length || !/\s/.test(prose[j]!)) continue;
    let k = j;
    while (k < prose.length && /\s/.test(prose[k]!)) k++;
    if (k >= prose.length) continue;
    if (!OPENING.test(prose[k]!)) continue;
    if (c === '.' && isAbbreviation(prose, i)) continue;
    pushTrimmed(spans, prose, sentenceStart, j, base);
    sentenceStart = k;
    i = k - 1;
  }
  pushTrimmed(spans, prose, sentenceStart, prose.length, base);
  return spans;
}

function isAbbreviation(prose: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(prose[s - 1]!)) s--;
  const word = prose.slice(s, dot);
  if (!word) return false;
  // Initials such as "R.L." or "A." and single letters.
  if (/^([A-Z]\.)*[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(spans: Span[], prose: string, start: number, end: number, base: number): void {
  while (start < end && /\s/.test(prose[start]!)) start++;
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  if (end > start) spans.push({ start: base + start, end: base + end });
}
