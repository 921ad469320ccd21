/**
 * The block (or any span: a table cell) that holds document offset `at`, by
 * binary search over spans in document order; undefined between them. A name
 * is looked up once per mention, and a long document has thousands of each.
 */
export function unitAt<T extends { start: number; end: number }>(units: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = units.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const unit = units[found];
  return unit && at < unit.end ? unit : undefined;
}
