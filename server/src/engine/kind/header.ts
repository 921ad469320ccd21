import data from '../../../generated/lexicon.json';
import type { Unit } from '../parse/units';
import { alternationOf } from '../text/alternation';

const labels = data.headerLabels as { supervisor: string[]; supervised: string[]; leadership: string[] };
const lineLabel = (list: string[]) => new RegExp(`^[\\s>*_|-]*(?:${alternationOf(list)})(?:\\s*\\([^)]{0,30}\\))?[\\s*_]*[:：|]`, 'i');
const SUPERVISOR = lineLabel(labels.supervisor);
const SUPERVISED = lineLabel(labels.supervised);
const LEADERSHIP = lineLabel(labels.leadership);
// "From: … To: All staff": a memo to many is the organisation speaking.
const MEMO_TO_MANY = /\bto\s*[:：]\s*(?:all\b|every\b|[^|\n]{0,40}\b(?:staff|teams|managers|clinicians|colleagues|practitioners|workers|supervisors)\b)/i;

const RECORD_TITLE = /^\s*(?:[\p{L}-]+\s+){0,3}(?:supervision|supervisee|preceptorship|placement)(?:\s+[\p{L}-]+){0,3}\s*(?:[–—:|]|\s-\s)\s*\p{Lu}/iu;

/** How many opening lines are read: the header block of a record or a policy. */
const OPENING_UNITS = 14;

/**
 * The opening units that name the person supervised in a record whose header
 * also names a supervisor ("Student: Kiran Patel" over "Field supervisor: …"):
 * those people are the supervisees, not clients.
 */
export function supervisedHeaderUnits(units: readonly Unit[]): Set<Unit> {
  const opening = units.slice(0, OPENING_UNITS);
  const supervisor = opening.some((u) => u.source.split(/\r?\n/).some((line) => SUPERVISOR.test(line)));
  if (!supervisor) return new Set();
  const supervised = opening.filter((u) => u.source.split(/\r?\n/).some((line) => SUPERVISED.test(line)));
  // "# Clinical supervision – Chidi Okafor, RP": a record's title names the person supervised after a dash or colon.
  const title = opening.find((u) => u.type === 'heading');
  if (title && RECORD_TITLE.test(title.prose)) supervised.push(title);
  return new Set(supervised);
}

/**
 * What a document's opening lines say about its kind: +1 for a supervision
 * record's header (a supervisor and the person supervised, each on a labelled
 * line), -1 for a leadership document's furniture ("Approved by:",
 * "Applies to:", "Present:", a memo to all staff), 0 when they say neither.
 */
export function headerVote(units: readonly Unit[]): number {
  let supervisor = false;
  let supervised = false;
  let leadership = 0;
  for (const unit of units.slice(0, OPENING_UNITS)) {
    for (const line of unit.source.split(/\r?\n/)) {
      if (SUPERVISOR.test(line)) supervisor = true;
      else if (SUPERVISED.test(line)) supervised = true;
      if (LEADERSHIP.test(line) || MEMO_TO_MANY.test(line)) leadership++;
    }
  }
  if (supervisor && supervised && leadership === 0) return 1;
  if (leadership > 0 && !(supervisor && supervised)) return -1;
  return 0;
}
