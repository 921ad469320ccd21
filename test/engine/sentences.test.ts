import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/engine/parse/sentences';

const split = (text: string) => splitSentences(text, 0).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks followed by a capital', () => {
    assert.deepEqual(split('We met. She was late! Was it the bus? No.'), ['We met.', 'She was late!', 'Was it the bus?', 'No.']);
  });

  it('does not split after titles, initials or common abbreviations', () => {
    assert.deepEqual(split('Dr. Hale saw Client R.L. on Monday. Mrs. Smith, e.g. the aunt, came.'), [
      'Dr. Hale saw Client R.L. on Monday.',
      'Mrs. Smith, e.g. the aunt, came.',
    ]);
  });

  it("does not split after note-taking shorthand: pseud., Mob., Gr., DOB.", () => {
    assert.deepEqual(split('Student (pseud. "Jess"), Gr. 10. Mob. 0412 555 018. She left.'), ['Student (pseud. "Jess"), Gr. 10.', 'Mob. 0412 555 018.', 'She left.']);
  });

  it('does not split inside numbers or before a lower-case word', () => {
    assert.deepEqual(split('Clause 2.3 applies. the rest follows. Fine.'), ['Clause 2.3 applies. the rest follows.', 'Fine.']);
  });

  it('keeps closing quotes with their sentence', () => {
    assert.deepEqual(split('She said "enough." Then she left.'), ['She said "enough."', 'Then she left.']);
  });

  it('returns trimmed spans offset by the base', () => {
    const spans = splitSentences('  One. Two.  ', 10);
    assert.deepEqual(spans, [
      { start: 12, end: 16 },
      { start: 17, end: 21 },
    ]);
  });
});
