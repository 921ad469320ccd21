import type { Unit } from '../parse/units';
import type { WhoIsWho } from './who-is-who';

/**
 * The blocks that name a client or a client's relative, as the document's
 * people have been worked out: in a leadership document such a block is often
 * one client's case told where it does not belong, which no cue word says.
 */
export function clientUnits(who: WhoIsWho, units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  const starts = units.map((u) => u.start);
  for (const m of who.mentions) {
    const role = who.roleOf(m);
    if (role !== 'client' && role !== 'relative') continue;
    // The last block starting at or before the mention; units are in document order.
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= m.docStart) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const unit = units[at];
    if (unit && m.docStart < unit.end) out.add(unit);
  }
  return out;
}

