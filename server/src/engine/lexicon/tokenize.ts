import { normalizeWord } from './normalize';

export interface Token {
  /** The word as written. */
  raw: string;
  /** The word as compared (see normalizeWord). */
  norm: string;
  start: number;
  end: number;
}

// Words are runs of letters, marks and digits; an apostrophe inside a word keeps it
// whole ("agency's", "don't"); hyphens split ("team-building" is two words).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Tokenizes `text`; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    tokens.push({ raw, norm: normalizeWord(raw), start: base + m.index, end: base + m.index + raw.length });
  }
  return tokens;
}
