import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine';
import { alignUnits } from '../../server/src/engine/parse/alignment';

const units = (paragraphs: string[]) => parseDocument(paragraphs.join('\n\n')).units;

describe('lining up the blocks of two versions of a document', () => {
  const before = units(['# Notes', 'One.', 'Two.', 'Three.', 'Four.']);

  it('finds each block an edit left as it was, before and after the edit, and none in between', () => {
    const after = units(['# Notes', 'One.', 'Two, changed.', 'Three.', 'Four.']);
    const from = alignUnits(before, after);
    assert.deepEqual(after.map((_, i) => from(i)), [0, 1, -1, 3, 4]);
  });

  it('follows blocks that moved when one was added or removed', () => {
    const added = units(['# Notes', 'One.', 'New.', 'Two.', 'Three.', 'Four.']);
    assert.deepEqual(added.map((_, i) => alignUnits(before, added)(i)), [0, 1, -1, 2, 3, 4]);
    const removed = units(['# Notes', 'One.', 'Three.', 'Four.']);
    assert.deepEqual(removed.map((_, i) => alignUnits(before, removed)(i)), [0, 1, 3, 4]);
  });

  it('does not take a block under another heading for the same block', () => {
    const renamed = units(['# Minutes', 'One.', 'Two.', 'Three.', 'Four.']);
    assert.deepEqual(renamed.map((_, i) => alignUnits(before, renamed)(i)), [-1, -1, -1, -1, -1]);
  });
});
