import { commonEnds } from '../common-ends';
import type { Unit } from './units';

/**
 * Which unit of a document's previous version each unit of this one is, where
 * an edit left it as it was: the units before the first that changed and those
 * after the last (an edit changes one place). -1 for the units between. Two
 * units are the same when their keys are (type, headings, label and prose).
 */
export function alignUnits(previous: readonly Unit[], current: readonly Unit[]): (i: number) => number {
  const { head, tail } = commonEnds(previous, current, (a, b) => a.key === b.key);
  const shift = previous.length - current.length;
  const from = current.length - tail;
  return (i) => (i < head ? i : i >= from ? i + shift : -1);
}
