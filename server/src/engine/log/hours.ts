import { daysBetween } from './dates';
import type { LogField, SessionRecord } from './session';

/** A session record and the document it came from. */
export interface LoggedSession {
  path: string;
  session: SessionRecord;
}

/** One supervisee's line of the log, as `clinical-scope hours --format json` prints it. */
export interface SuperviseeHours {
  name: string;
  sessions: number;
  hours: number;
  /** Hours per format id. */
  byFormat: Record<string, number>;
  first: string;
  last: string;
  /** The most days between two sessions in a row; 0 with one session. */
  longestGapDays: number;
  documents: string[];
}

export interface UnreadableSession {
  path: string;
  missing: LogField[];
  /** 1-based; where to look. Not part of the JSON contract. */
  line: number;
}

export interface HoursLog {
  version: 1;
  supervisees: SuperviseeHours[];
  unreadable: UnreadableSession[];
}

/** Sessions kept, per supervisee, with their dates and lengths; for charts and requirements. */
export interface SessionPoint {
  date: string;
  hours: number;
  format: string;
  path: string;
}

export interface DateRange {
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
}

/**
 * The supervision log: each supervisee's sessions and hours, and the records
 * that could not be read, so a short log never goes unnoticed. A group session
 * counts in full for each supervisee present.
 */
export function buildHoursLog(sessions: readonly LoggedSession[], range: DateRange = {}): HoursLog {
  const per = sessionsBySupervisee(sessions, range);
  const supervisees = [...per].map(([name, points]) => summarize(name, points)).sort((a, b) => compareNames(a.name, b.name));
  const unreadable = sessions
    .filter(({ session: s }) => s.missing.length && (!s.date || inRange(s.date, range)))
    .map(({ path, session: s }) => ({ path, missing: [...s.missing], line: s.line }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { version: 1, supervisees, unreadable };
}

/** Each supervisee's readable sessions in the range, oldest first. */
export function sessionsBySupervisee(sessions: readonly LoggedSession[], range: DateRange = {}): Map<string, SessionPoint[]> {
  const per = new Map<string, SessionPoint[]>();
  for (const { path, session: s } of sessions) {
    if (s.missing.length || !s.date || s.minutes === undefined || !inRange(s.date, range)) continue;
    for (const name of s.supervisees) {
      const list = per.get(name) ?? [];
      list.push({ date: s.date, hours: s.minutes / 60, format: s.format, path });
      per.set(name, list);
    }
  }
  for (const list of per.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1));
  return per;
}

function summarize(name: string, points: SessionPoint[]): SuperviseeHours {
  const byFormat: Record<string, number> = {};
  for (const p of points) byFormat[p.format] = (byFormat[p.format] ?? 0) + p.hours;
  let longestGapDays = 0;
  for (let i = 1; i < points.length; i++) longestGapDays = Math.max(longestGapDays, daysBetween(points[i - 1]!.date, points[i]!.date));
  return {
    name,
    sessions: points.length,
    hours: round(points.reduce((n, p) => n + p.hours, 0)),
    byFormat: Object.fromEntries(Object.entries(byFormat).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, h]) => [f, round(h)])),
    first: points[0]!.date,
    last: points[points.length - 1]!.date,
    longestGapDays,
    documents: [...new Set(points.map((p) => p.path))].sort(),
  };
}

function inRange(date: string, { from, to }: DateRange): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/** Hours to two decimals, so 20 minutes reads 0.33 and sums do not show float noise. */
export function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
