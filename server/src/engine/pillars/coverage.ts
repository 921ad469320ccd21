import type { EvidenceCache } from '../drift/passages';
import { pillars, type Pillar } from '../lexicon/lexicon';
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

/** Which of the six overlap pillars a document addresses. */
export function pillarCoverage(units: readonly Unit[], cache: EvidenceCache): PillarCoverage {
  const weight = new Map<string, number>();
  for (const unit of units) {
    const pillar = cache.forUnit(unit).block.pillar;
    // Most blocks name no pillar: no iterator is made for them.
    if (!pillar.size) continue;
    const factor = unit.type === 'heading' ? HEADING_FACTOR : 1;
    for (const [id, w] of pillar) weight.set(id, (weight.get(id) ?? 0) + w * factor);
  }
  const covered = (p: Pillar) => (weight.get(p.id) ?? 0) >= COVERED_AT;
  return { covered: pillars.filter(covered).map((p) => p.id), missing: pillars.filter((p) => !covered(p)).map((p) => p.id) };
}
