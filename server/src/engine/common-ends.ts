/**
 * How many items two versions of a list share at their start (`head`) and at their end (`tail`), never
 * counting an item twice. An edit changes one place: what stands before it and after it is the same.
 */
export function commonEnds<T>(previous: readonly T[], current: readonly T[], same: (a: T, b: T) => boolean): { head: number; tail: number } {
  const most = Math.min(previous.length, current.length);
  let head = 0;
  while (head < most && same(previous[head]!, current[head]!)) head++;
  let tail = 0;
  while (tail < most - head && same(previous[previous.length - 1 - tail]!, current[current.length - 1 - tail]!)) tail++;
  return { head, tail };
}
