import { closest, distance } from 'fastest-levenshtein';
import { FORMAT_IDS, type HoursRequirement } from './requirements';

/** A mistake in `hours:` that the schema cannot express, at a key path. */
export interface RequirementProblem {
  message: string;
  path: (string | number)[];
  atKey: boolean;
}

/**
 * The requirements under `hours:` that say too little to check (neither a
 * minimum per period nor a longest gap) or name an unknown format.
 */
export function checkHours(list: unknown): RequirementProblem[] {
  if (!Array.isArray(list)) return [];
  const out: RequirementProblem[] = [];
  list.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return; // the schema has said so
    const r = item as Record<string, unknown>;
    const hasMinimum = r.minimum !== undefined || r.per !== undefined;
    if (hasMinimum && r.sessionEveryDays !== undefined) {
      out.push({ message: 'A requirement under `hours:` gives either hours per period (`minimum:` and `per:`) or a longest gap (`sessionEveryDays:`), not both; write them as two requirements.', path: ['hours', i], atKey: false });
    } else if (r.sessionEveryDays === undefined && (r.minimum === undefined || r.per === undefined)) {
      const lacking = r.minimum === undefined && r.per !== undefined ? '`minimum:` (hours)' : r.per === undefined && r.minimum !== undefined ? '`per:` (week, month, quarter or year)' : '`minimum:` and `per:`, or `sessionEveryDays:`';
      out.push({ message: `This requirement under \`hours:\` needs ${lacking}; it is not checked until then.`, path: ['hours', i], atKey: false });
    }
    if (typeof r.format === 'string' && !FORMAT_IDS.includes(r.format)) {
      const guess = closest(r.format, [...FORMAT_IDS]);
      const hint = distance(r.format, guess) <= 3 ? `; did you mean \`${guess}\`?` : `; use one of ${FORMAT_IDS.map((f) => `\`${f}\``).join(', ')}.`;
      out.push({ message: `Unknown supervision format \`${r.format}\`${hint}`, path: ['hours', i, 'format'], atKey: false });
    }
  });
  return out;
}

/** The requirements that can be checked; the others have been reported by checkHours. */
export function usableRequirements(list: readonly HoursRequirement[]): HoursRequirement[] {
  const bad = new Set(checkHours(list).map((p) => p.path[1]));
  return list.filter((_, i) => !bad.has(i)).map((r) => ({ ...r }));
}
