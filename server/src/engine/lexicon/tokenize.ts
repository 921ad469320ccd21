import { remember } from '../cache-limit';
import { normalizeWord } from './normalize';
import { eachWord, LETTER, NUMBER } from '../text/char-class';

export interface Token {
  /** The word as written. */
  raw: string;
  /** The word as compared (see normalizeWord). */
  norm: string;
  start: number;
  end: number;
  /** Punctuation (other than a hyphen or apostrophe) stands between this word and the one before. */
  afterBreak: boolean;
}

/**
 * Tokenizes `text`; offsets are relative to `text` plus `base`. Words are runs of
 * letters, marks and digits; an apostrophe inside a word keeps it whole ("agency's",
 * "don't"); hyphens split ("team-building" is two words). Scanned by hand rather
 * than with a pattern: see text/char-class.ts.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  // An apostrophe keeps the word whole only when letters follow it ("client's", "don't").
  eachWord(text, LETTER | NUMBER, isApostrophe, (start, end) => {
    const raw = text.slice(start, end);
    tokens.push({ raw, norm: normalizeWord(raw), start: base + start, end: base + end, afterBreak: breaksBetween(text, last, start) });
    last = end;
  });
  return tokens;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** Whether anything but spaces, hyphens, dashes, apostrophes, slashes and ampersands lies in text[from, to). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x27 || c === 0x2019 || c === 0x2f || c === 0x26) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0) continue;
    if (c > 0x7f && /\s/.test(text[i]!)) continue;
    return true;
  }
  return false;
}

const shared = new Map<string, readonly Token[]>();

/**
 * The tokens of `text` at offset 0, shared: the drift evidence and the privacy
 * pass read the same sentences, and a sentence is tokenized once for both.
 * The tokens must not be changed.
 */
export function tokensOf(text: string): readonly Token[] {
  return shared.get(text) ?? remember(shared, text, tokenize(text));
}
