import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../server/src/engine/lexicon/tokenize';

describe('tokenize', () => {
  it('keeps an apostrophe inside a word and splits at hyphens, marking punctuation between words', () => {
    const tokens = tokenize("The agency's team-building day, don't");
    assert.deepEqual(
      tokens.map((t) => t.raw),
      ['The', "agency's", 'team', 'building', 'day', "don't"],
    );
    assert.deepEqual(
      tokens.map((t) => t.afterBreak),
      [false, false, false, false, false, true],
    );
  });

  // The words as the Unicode pattern reads them: the hand-written scanner must agree on every text.
  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
  const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m[0], m.index]);
  const pieces = fc.constantFrom('a', 'Z', '9', "'", '’', '-', ' ', '.', 'é', 'ā', '\u0301', '٣', '²', '日', '𝒜', '😀', '\ud800', '\udc00', 'ß', 'Ω', '\u00a0', ',');

  it('reads the same words as the Unicode word pattern, on any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        assert.deepEqual(
          tokenize(text).map((t) => [t.raw, t.start]),
          byPattern(text),
        );
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(
      tokenize("Ngāti 1990's rock'n5 Zoë's 𝒜bc 日本").map((t) => t.raw),
      ['Ngāti', "1990's", "rock'n", '5', "Zoë's", '𝒜bc', '日本'],
    );
  });
});
