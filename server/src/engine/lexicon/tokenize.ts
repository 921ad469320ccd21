import { normalizeWord } from './normalize';

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

// Words are runs of letters, marks and digits; an apostrophe inside a word keeps it
// whole ("agency's", "don't"); hyphens split ("team-building" is two words).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Tokenizes `text`; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const between = text.slice(last, m.index);
    tokens.push({ raw, norm: normalizeWord(raw), start: base + m.index, end: base + m.index + raw.length, afterBreak: /[^\s\-–—'’/&]/.test(between) });
    last = m.index + raw.length;
  }
  return tokens;
}
