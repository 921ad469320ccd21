import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine';

describe('LineIndex', () => {
  it('maps offsets to 0-based lines and UTF-16 characters', () => {
    const idx = new LineIndex('ab\ncd\n');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(5), { line: 1, character: 2 });
    assert.deepEqual(idx.positionAt(6), { line: 2, character: 0 });
  });

  it('treats \\r\\n and a lone \\r as one line break', () => {
    const idx = new LineIndex('a\r\nb\rc');
    assert.equal(idx.lineCount, 3);
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(5), { line: 2, character: 0 });
    // An offset between \r and \n belongs to the end of the first line.
    assert.deepEqual(idx.positionAt(2), { line: 0, character: 1 });
    assert.equal(idx.lineText(0), 'a');
  });

  it('counts an astral character as two code units, as LSP does', () => {
    const text = '😀 budget';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.positionAt(text.indexOf('budget')), { line: 0, character: 3 });
  });

  it('round-trips offsets and clamps positions past a line end', () => {
    const text = 'one\r\ntwo\n\tthree';
    const idx = new LineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue;
      assert.equal(idx.offsetAt(idx.positionAt(i)), i, `offset ${i}`);
    }
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(idx.offsetAt({ line: 99, character: 0 }), text.length);
  });
});
