import { unitAt } from '../parse/unit-at';
import type { Unit } from '../parse/units';
import type { Mention, WhoIsWho } from './who-is-who';

/** The blocks holding a mention of someone `named` picks out, in the document's people as worked out. */
function blocksNaming(who: WhoIsWho, units: readonly Unit[], named: (m: Mention) => boolean): Set<Unit> {
  const out = new Set<Unit>();
  for (const m of who.mentions) {
    if (!named(m)) continue;
    const unit = unitAt(units, m.docStart);
    if (unit) out.add(unit);
  }
  return out;
}

/**
 * The blocks that name a client or a client's relative: a leadership block
 * found drifting by its shape alone is then described as that client's case,
 * not as "one named person".
 */
export function clientUnits(who: WhoIsWho, units: readonly Unit[]): Set<Unit> {
  return blocksNaming(who, units, (m) => {
    const role = who.roleOf(m);
    return role === 'client' || role === 'relative';
  });
}

/**
 * The blocks that name a worker the document does not list among its own people ("their colleague
 * Zanele has missed four clinics"): how another worker is doing is a matter for their own manager.
 */
export function colleagueUnits(who: WhoIsWho, units: readonly Unit[]): Set<Unit> {
  return blocksNaming(who, units, (m) => who.isUnlistedWorker(m));
}
