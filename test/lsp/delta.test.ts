import assert from 'node:assert/strict';
import { applyDelta, deltaOf } from '../../server/src/lsp/delta';
import { rng } from '../helpers';

describe('lists sent as they differ from the last one', () => {
  it('come back whole, over random edits, sending only what changed', () => {
    const rand = rng(20261129);
    let previous: number[] | undefined;
    let current = Array.from({ length: 40 }, (_, i) => i);
    for (let round = 0; round < 500; round++) {
      const delta = deltaOf(previous, current, (a, b) => a === b);
      assert.deepEqual(applyDelta(previous, structuredClone(delta)), current);
      if (previous) assert.ok(delta.middle.length <= current.length - Math.min(delta.keep + delta.tail, current.length));
      previous = current;
      // One edit in one place: a change, an insertion or a removal.
      const next = [...current];
      const at = Math.floor(rand() * (next.length + 1));
      const op = Math.floor(rand() * 3);
      if (op === 0 && next.length) next[Math.min(at, next.length - 1)] = 1000 + round;
      else if (op === 1) next.splice(at, 0, 2000 + round);
      else next.splice(at, 1);
      current = next;
    }
  });

  it('sends one changed item of a long list, and keeps the rest as the same objects', () => {
    const before = Array.from({ length: 1000 }, (_, i) => ({ n: i }));
    const after = before.map((x) => (x.n === 500 ? { n: -1 } : { ...x }));
    const delta = deltaOf(before, after, (a, b) => a.n === b.n);
    assert.deepEqual(delta, { keep: 500, tail: 499, middle: [{ n: -1 }] });
    const whole = applyDelta(before, delta);
    assert.deepEqual(whole, after);
    assert.equal(whole[0], before[0]);
  });

  it('refuses a change to a list it never had', () => {
    assert.throws(() => applyDelta(undefined, { keep: 2, tail: 0, middle: [] }), /never sent/);
  });
});
