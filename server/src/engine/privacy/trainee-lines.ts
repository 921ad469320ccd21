import data from '../../../generated/lexicon.json';
import type { Unit } from '../parse/units';
import { alternationOf } from '../text/alternation';

const labels = (data.privacy as unknown as Record<string, string[]>)['training-roster-labels']!;
// "Field instructor: Marisol Ortega", "**Practice educator** – Gareth Hill": a line about a trainee's own placement.
const TRAINING_LINE = new RegExp(`^[\\s>*_|-]*(?:${alternationOf(labels)})s?\\b[*_]*\\s*(?:[:：]|\\s[–—-]\\s)`, 'i');
// "Student: Jordan Beaulieu, student no. 20419873", "Trainee – Aroha Ngata".
const STUDENT_LINE = /^[\s>*_|-]*(?:student|trainee|learner|intern)(?:['’]s name)?\b[*_]*\s*(?:[:：]|\s[–—-]\s)/i;

const traineesOf = new WeakMap<readonly Unit[], Set<Unit>>();

/**
 * The lines naming a student in a placement's record: "Student:" is a client's label in a school counsellor's note,
 * but beside "Field instructor:" or "Practice educator:" (two blocks either way) it names the trainee.
 */
export function traineeUnits(units: readonly Unit[]): Set<Unit> {
  // Who is who and the identifiers pass both ask, of the same parse.
  let out = traineesOf.get(units);
  if (out) return out;
  out = new Set<Unit>();
  traineesOf.set(units, out);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!STUDENT_LINE.test(unit.source)) continue;
    // "**Learner:** Kieran Mallory (PQiP) | **PTA:** Jo Templeton": a header line that lists the tutor beside the learner.
    if (unit.source.split(/\s\|\s|;\s/).slice(1).some((part) => TRAINING_LINE.test(part))) {
      out.add(unit);
      continue;
    }
    for (let k = Math.max(0, i - 2); k <= Math.min(units.length - 1, i + 2); k++) {
      if (k !== i && TRAINING_LINE.test(units[k]!.source)) {
        out.add(unit);
        break;
      }
    }
  }
  return out;
}

/** The lines of a placement's roster: its trainees' lines and the lines about their placement, whose numbers are the trainee's and the educator's. */
export function placementRosterUnits(units: readonly Unit[]): Unit[] {
  const trainees = traineeUnits(units);
  if (!trainees.size) return [];
  return units.filter((u) => trainees.has(u) || TRAINING_LINE.test(u.source));
}

/** Whether a table's header has a column of trainees' supervisors or placements ("| Agency | Students | Onsite supervisor |"). */
export function placementHeader(header: readonly string[]): boolean {
  if (header.some((h) => TRAINING_LINE.test(`${h}:`))) return true;
  // "| Student | Program | Student no. | Days | Room | Supervisor |": students with a programme of study and a supervisor are on placement.
  return header.some((h) => /^(?:supervisors?|clinical supervisors?)$/.test(h)) && header.some((h) => /^(?:program|programme|course|degree|university|institution|placement days)$/.test(h));
}
