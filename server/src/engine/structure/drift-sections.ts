import { hasTellingCue, type DriftPassage, type EvidenceCache } from '../drift/passages';
import { otherKind } from '../drift/score';
import type { Category } from '../lexicon/lexicon';
import type { Unit } from '../parse/units';
import type { DocumentKind } from '../types';

/** A section (a heading and what sits under it) whose every passage drifts. */
export interface DriftSection {
  heading: Unit;
  /** Offsets from the heading's start to the end of the section's last block. */
  start: number;
  end: number;
  category: Category;
  cues: string[];
  confidence: number;
  /** The drift passages the section stands for. */
  passages: DriftPassage[];
}

const PROSE = new Set<Unit['type']>(['paragraph', 'listItem', 'tableRow', 'blockquote']);

/**
 * The sections whose every passage drifts: a heading that names the other
 * kind's topic, then everything up to the next heading of the same or a
 * higher level, with at least two blocks of prose, each of them drifting. The
 * outermost such section is reported.
 */
export function findDriftSections(units: readonly Unit[], drift: readonly DriftPassage[], headingNamesTopic: (heading: Unit) => boolean): DriftSection[] {
  const out: DriftSection[] = [];
  let skipUntil = -1;
  units.forEach((heading, i) => {
    // Only a heading that itself names the other kind's topic ("Budget update", not "Other matters") stands for its section.
    if (heading.type !== 'heading' || heading.start < skipUntil || !headingNamesTopic(heading)) return;
    const depth = heading.depth ?? 7;
    let j = i + 1;
    while (j < units.length && !(units[j]!.type === 'heading' && (units[j]!.depth ?? 7) <= depth)) j++;
    const body = units.slice(i + 1, j);
    const prose = body.filter((u) => PROSE.has(u.type));
    if (prose.length < 2) return;
    const byUnit = prose.map((u) => drift.filter((p) => p.unit === u));
    if (byUnit.some((ps) => ps.length === 0)) return;
    const passages = byUnit.flat();
    const counts = new Map<string, { n: number; category: Category }>();
    for (const p of passages) counts.set(p.category.id, { n: (counts.get(p.category.id)?.n ?? 0) + 1, category: p.category });
    const category = [...counts.values()].sort((a, b) => b.n - a.n)[0]!.category;
    const cues = [...new Set(passages.flatMap((p) => p.cues))].slice(0, 6);
    const end = body[body.length - 1]!.end;
    out.push({ heading, start: heading.start, end, category, cues, confidence: Math.min(...passages.map((p) => p.confidence)), passages });
    skipUntil = end;
  });
  return out;
}

/** Whether a heading's own words name a topic of the other kind: a medium cue or stronger. */
export function headingNamesTopic(kind: DocumentKind, heading: Unit, cache: EvidenceCache): boolean {
  return hasTellingCue(cache.forUnit(heading).block, otherKind(kind));
}
