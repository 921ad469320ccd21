import { unitAt } from '../parse/unit-at';
import type { Unit } from '../parse/units';
import type { WhoIsWho } from './who-is-who';

/**
 * The blocks that name a client or a client's relative, as the document's
 * people have been worked out: a leadership block found drifting by its shape
 * alone is then described as that client's case, not as "one named person".
 */
export function clientUnits(who: WhoIsWho, units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  for (const m of who.mentions) {
    const role = who.roleOf(m);
    if (role !== 'client' && role !== 'relative') continue;
    const unit = unitAt(units, m.docStart);
    if (unit) out.add(unit);
  }
  return out;
}


/**
 * The blocks that name a worker the document does not list among its own people ("their colleague
 * Zanele has missed four clinics"): how another worker is doing is a matter for their own manager.
 */
export function colleagueUnits(who: WhoIsWho, units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  for (const m of who.mentions) {
    if (!who.isUnlistedWorker(m)) continue;
    const unit = unitAt(units, m.docStart);
    if (unit) out.add(unit);
  }
  return out;
}
