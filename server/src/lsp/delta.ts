import { commonEnds } from '../engine/common-ends';

/**
 * A list as it differs from the one sent before it: the first `keep` and the last `tail` items are the
 * previous list's, and `middle` is what stands between them. A keystroke in a long document changes the
 * findings and blocks of one place; the thousand others cross from the analysis thread once, not at every keystroke.
 */
export interface Delta<T> {
  keep: number;
  tail: number;
  middle: T[];
}

/** `current` as a delta against `previous` (the whole of it when there is no previous list). */
export function deltaOf<T>(previous: readonly T[] | undefined, current: readonly T[], same: (a: T, b: T) => boolean): Delta<T> {
  if (!previous) return { keep: 0, tail: 0, middle: [...current] };
  const { head, tail } = commonEnds(previous, current, same);
  return { keep: head, tail, middle: current.slice(head, current.length - tail) };
}

/** The list a delta stands for, given the previous list it was made against; the kept items are the previous list's own. */
export function applyDelta<T>(previous: readonly T[] | undefined, delta: Delta<T>): T[] {
  if (!previous) {
    if (delta.keep || delta.tail) throw new Error('a change to a list that was never sent');
    return delta.middle;
  }
  const out = previous.slice(0, delta.keep);
  for (const item of delta.middle) out.push(item);
  for (let i = previous.length - delta.tail; i < previous.length; i++) out.push(previous[i]!);
  return out;
}
