import data from '../../../generated/lexicon.json';
import { daysBetween } from './dates';
import { round, type SessionPoint } from './hours';

/**
 * What a team requires per supervisee, from `hours:` in its configuration:
 * at least `minimum` hours each `per` period, or a session at least every
 * `sessionEveryDays` days; either for one `format` only when it is given.
 */
export interface HoursRequirement {
  minimum?: number;
  per?: 'week' | 'month' | 'quarter' | 'year';
  sessionEveryDays?: number;
  format?: string;
}

/** Where a supervisee fell short of a requirement, and by how much. */
export interface Shortfall {
  supervisee: string;
  /** The requirement in plain words, e.g. "at least 1.5 hours a month". */
  requirement: string;
  /** `YYYY-MM-DD`, inclusive: the period, or the stretch without a session. */
  from: string;
  to: string;
  /** Hours had in the period, or days without a session. */
  had: number;
  needed: number;
  unit: 'hours' | 'days';
}

export const FORMAT_IDS: readonly string[] = data.supervisionLog.formats.map((f) => f.id);

/** The requirement in the words a report shows. */
export function describeRequirement(r: HoursRequirement): string {
  const format = r.format ? r.format.replace(/-/g, ' ') : '';
  if (r.sessionEveryDays !== undefined) return `${format ? `${/^[aeiou]/.test(format) ? 'an' : 'a'} ${format} session` : 'a session'} at least every ${r.sessionEveryDays} days`;
  return `at least ${r.minimum} hours${format ? ` of ${format} supervision` : ''} a ${r.per}`;
}

/**
 * Every shortfall of each supervisee, up to `asOf` (`YYYY-MM-DD`): periods
 * that have ended with fewer hours than required (counted from the period of
 * the supervisee's first session), and stretches between sessions, or since
 * the last one, longer than required.
 */
export function findShortfalls(per: ReadonlyMap<string, readonly SessionPoint[]>, requirementsOf: (name: string) => readonly HoursRequirement[], asOf: string): Shortfall[] {
  const out: Shortfall[] = [];
  for (const [name, points] of per) {
    if (!points.length) continue;
    for (const r of requirementsOf(name)) {
      const counted = r.format ? points.filter((p) => p.format === r.format) : points;
      const requirement = describeRequirement(r);
      if (r.sessionEveryDays !== undefined) {
        const dates = [...new Set(counted.map((p) => p.date))];
        // Before the first session of the format, the clock starts at the first session of any format.
        const stops = [points[0]!.date, ...dates.filter((d) => d > points[0]!.date), ...(asOf > (dates.at(-1) ?? '') ? [asOf] : [])];
        for (let i = 1; i < stops.length; i++) {
          const gap = daysBetween(stops[i - 1]!, stops[i]!);
          if (gap > r.sessionEveryDays) out.push({ supervisee: name, requirement, from: stops[i - 1]!, to: stops[i]!, had: gap, needed: r.sessionEveryDays, unit: 'days' });
        }
      } else if (r.minimum !== undefined && r.per) {
        for (let [from, to] = periodOf(points[0]!.date, r.per); to <= asOf; [from, to] = periodOf(nextDay(to), r.per)) {
          const had = round(counted.filter((p) => p.date >= from && p.date <= to).reduce((n, p) => n + p.hours, 0));
          if (had < r.minimum) out.push({ supervisee: name, requirement, from, to, had, needed: r.minimum, unit: 'hours' });
        }
      }
    }
  }
  return out.sort((a, b) => (a.supervisee < b.supervisee ? -1 : a.supervisee > b.supervisee ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The calendar week (Monday first), month, quarter or year holding `date`. */
function periodOf(date: string, per: NonNullable<HoursRequirement['per']>): [string, string] {
  const d = new Date(`${date}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = (t: Date) => t.toISOString().slice(0, 10);
  switch (per) {
    case 'week': {
      const start = new Date(d);
      start.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      const end = new Date(start);
      end.setUTCDate(start.getUTCDate() + 6);
      return [iso(start), iso(end)];
    }
    case 'month':
      return [iso(new Date(Date.UTC(y, m, 1))), iso(new Date(Date.UTC(y, m + 1, 0)))];
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return [iso(new Date(Date.UTC(y, q, 1))), iso(new Date(Date.UTC(y, q + 3, 0)))];
    }
    case 'year':
      return [`${y}-01-01`, `${y}-12-31`];
  }
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
