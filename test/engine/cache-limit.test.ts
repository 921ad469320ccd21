import assert from 'node:assert/strict';
import { remember } from '../../server/src/engine/cache-limit';

describe('engine text caches', () => {
  it('never hold more than their limit, drop their oldest entries first, and keep the newest', () => {
    const cache = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      assert.equal(remember(cache, `sentence ${i}`, i, 100), i);
      assert.ok(cache.size <= 100, `size ${cache.size} after ${i + 1} entries`);
    }
    const kept = [...cache.values()];
    // What is kept is the most recent run of entries, in the order they came.
    assert.deepEqual(kept, kept.map((_, k) => 1000 - kept.length + k));
    assert.ok(kept.length >= 87, `kept ${kept.length}`);
  });

  it('keep an entry stored again under its key as one entry', () => {
    const cache = new Map<string, number>();
    remember(cache, 'a', 1, 10);
    remember(cache, 'a', 2, 10);
    assert.deepEqual([...cache], [['a', 2]]);
  });
});
