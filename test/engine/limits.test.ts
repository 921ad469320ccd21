import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkLimits } from '../../server/src/engine/parse/limits';

// A carriage return anywhere sends a text past the quick pass to the line-by-line check.
const lineByLine = (text: string) => checkLimits(`${text}\r`);

describe('document limits', () => {
  it('gives the same answer with the quick pass as line by line, near and over every limit', () => {
    const shapes = [
      ['word ', 'x ', '*', '_', ' ', '\n', '- ', '> ', '\t'],
      ['a ', 'bb ', '[', ']', '`', '\n', '\n\n', '>', '- ', '  ', '\u00a0\n'],
      ['> ', '>', '- ', '  - ', '\t- ', 'w ', '\n'],
      ['| a | b |\n', '*', '_', 'w ', '```\n', '~~~\n', '\n'],
    ];
    let over = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: shapes.length - 1 }).chain((i) => fc.array(fc.constantFrom(...shapes[i]!), { minLength: 1500, maxLength: 6000 })),
        (parts) => {
          const text = parts.join('');
          const expected = lineByLine(text);
          if (expected) over++;
          assert.equal(checkLimits(text)?.message, expected?.message);
        },
      ),
      { numRuns: 200 },
    );
    assert.ok(over > 20, `only ${over} texts went over a limit: the comparison says little`);
  });

  it('finds a paragraph of too many words, quotes nested too deep, and too many marks in one row', () => {
    assert.match(checkLimits('word '.repeat(2100))!.message, /paragraph here is too long/);
    assert.match(checkLimits(`${'>'.repeat(25)} deep\n`)!.message, /nested more than 20 levels/);
    assert.match(checkLimits(`| ${'*'.repeat(2100)} |\n`)!.message, /too many formatting marks/);
    assert.equal(checkLimits('A short note.\n\n- one\n- two\n'), undefined);
  });
});
