import type { EvidenceCache } from '../drift/passages';
import { pillars, type Pillar } from '../lexicon/lexicon';
import { alignUnits } from '../parse/alignment';
import type { Unit } from '../parse/units';

export interface PillarCoverage {
  /** Pillar ids the document addresses, in the pillars' usual order. */
  covered: string[];
  /** Pillar ids it does not address, in the same order. */
  missing: string[];
}

/** A pillar counts as addressed once its cues add up to this much across the document... */
const COVERED_AT = 6;
/** ...with a heading's cues counting this many times over: a section on the pillar addresses it. */
const HEADING_FACTOR = 3;

/**
 * What one document's last pillar pass read of each block, by the block's place, for the next version's
 * (see pillarCoverage). Kept by the caller for one document, from one keystroke to the next.
 */
export interface PillarMemo {
  cache?: EvidenceCache;
  units?: readonly Unit[];
  /** Each block's weight for each pillar, in the pillars' order, heading factor included. */
  weights: Float64Array;
}

export function pillarMemo(): PillarMemo {
  return { weights: new Float64Array(0) };
}

/** Which of the six overlap pillars a document addresses. */
export function pillarCoverage(units: readonly Unit[], cache: EvidenceCache, memo?: PillarMemo): PillarCoverage {
  const n = pillars.length;
  const previous = memo?.cache === cache && memo.units ? memo : undefined;
  const before = previous ? alignUnits(previous.units!, units) : undefined;
  const weights = new Float64Array(units.length * n);
  const total = new Float64Array(n);
  for (let i = 0; i < units.length; i++) {
    const j = before ? before(i) : -1;
    if (j >= 0) {
      // A block the edit left as it was: its weights, in order, without looking the block up.
      for (let p = 0; p < n; p++) total[p] += weights[i * n + p] = previous!.weights[j * n + p]!;
      continue;
    }
    const unit = units[i]!;
    const pillar = cache.forUnit(unit).block.pillar;
    // Most blocks name no pillar: no iterator is made for them.
    if (!pillar.size) continue;
    const factor = unit.type === 'heading' ? HEADING_FACTOR : 1;
    for (let p = 0; p < n; p++) total[p] += weights[i * n + p] = (pillar.get(pillars[p]!.id) ?? 0) * factor;
  }
  if (memo) Object.assign(memo, { cache, units, weights });
  const covered = (_: Pillar, p: number) => total[p]! >= COVERED_AT;
  return { covered: pillars.filter(covered).map((p) => p.id), missing: pillars.filter((x, p) => !covered(x, p)).map((p) => p.id) };
}
