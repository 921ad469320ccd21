import type { Unit } from './units';

/**
 * Which unit of a document's previous version each unit of this one is, where
 * an edit left it as it was: the units before the first that changed and those
 * after the last (an edit changes one place). -1 for the units between. Two
 * units are the same when their keys are (type, headings, label and prose).
 */
export function alignUnits(previous: readonly Unit[], current: readonly Unit[]): (i: number) => number {
  const most = Math.min(previous.length, current.length);
  let head = 0;
  while (head < most && previous[head]!.key === current[head]!.key) head++;
  let tail = 0;
  while (tail < most - head && previous[previous.length - 1 - tail]!.key === current[current.length - 1 - tail]!.key) tail++;
  const shift = previous.length - current.length;
  const from = current.length - tail;
  return (i) => (i < head ? i : i >= from ? i + shift : -1);
}
