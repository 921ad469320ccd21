import assert from 'node:assert/strict';
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
});
