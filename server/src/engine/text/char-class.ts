/**
 * What kind of character a code point is, for scanners that walk text by hand:
 * `matchAll` with a Unicode word pattern allocates a match array per word, and
 * on a folder of documents that garbage costs more than the matching itself.
 */

export const LETTER = 1; // \p{L} or \p{M}
export const NUMBER = 2; // \p{N}
export const OTHER = 4;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERIC = /^\p{N}$/u;

// The Basic Multilingual Plane, classified once per character on first sight (0: not yet seen).
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (LETTER_OR_MARK.test(ch)) return LETTER;
  if (NUMERIC.test(ch)) return NUMBER;
  return OTHER;
}

/** The class of code point `cp` (from `String.prototype.codePointAt`). */
export function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? NUMBER : OTHER;
  }
  if (cp < 0x10000) return bmp[cp] || (bmp[cp] = classify(String.fromCharCode(cp)));
  return classify(String.fromCodePoint(cp));
}

/** How many UTF-16 units code point `cp` takes. */
export const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The end of the run of characters of the classes in `mask` that starts at `i` (`i` itself when there is none). */
export function runEnd(text: string, i: number, mask: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!(classOf(cp) & mask)) break;
    i += widthOf(cp);
  }
  return i;
}

/** Whether the character at `i` is of a class in `mask`. */
export function isAt(text: string, i: number, mask: number): boolean {
  return i < text.length && (classOf(text.codePointAt(i)!) & mask) !== 0;
}

/**
 * Calls `each` with the span of every word of `text`: a run of characters of
 * the classes in `mask`, carried on over a joiner (an apostrophe, say) when a
 * letter follows it.
 */
export function eachWord(text: string, mask: number, joiner: (code: number) => boolean, each: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!(classOf(cp) & mask)) {
      i += widthOf(cp);
      continue;
    }
    const start = i;
    i = runEnd(text, i, mask);
    while (joiner(text.charCodeAt(i)) && isAt(text, i + 1, LETTER)) i = runEnd(text, i + 1, LETTER);
    each(start, i);
  }
}
