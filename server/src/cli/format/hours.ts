import type { DateRange, HoursLog, Shortfall } from '../../engine';

export interface HoursResult {
  log: HoursLog;
  shortfalls: Shortfall[];
  range: DateRange;
}

const h = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/0$/, '')} h`;

/** The log for a reader: one line per supervisee, then who falls short, then what could not be read. */
export function formatHoursText({ log, shortfalls, range }: HoursResult): string {
  const total = log.supervisees.reduce((n, s) => n + s.hours, 0);
  const during = range.from || range.to ? ` from ${range.from ?? 'the first record'} to ${range.to ?? 'the last'}` : '';
  const lines = [`Supervision log${during}: ${log.supervisees.length} supervisee${log.supervisees.length === 1 ? '' : 's'}, ${h(Math.round(total * 100) / 100)} in all`];
  const width = Math.max(0, ...log.supervisees.map((s) => s.name.length));
  for (const s of log.supervisees) {
    const formats = Object.entries(s.byFormat).map(([f, n]) => `${f.replace(/-/g, ' ')} ${h(n)}`).join(', ');
    lines.push(`  ${s.name.padEnd(width)}  ${s.sessions} session${s.sessions === 1 ? '' : 's'}  ${h(s.hours)} (${formats})  ${s.first} to ${s.last}  longest gap ${s.longestGapDays} days`);
  }
  if (shortfalls.length) {
    lines.push('', 'Falls short of the team’s requirement:');
    for (const f of shortfalls) {
      lines.push(
        f.unit === 'hours'
          ? `  ${f.supervisee}: ${h(f.had)} of ${h(f.needed)} from ${f.from} to ${f.to} (${f.requirement})`
          : `  ${f.supervisee}: ${f.had} days without a session, ${f.from} to ${f.to} (${f.requirement})`,
      );
    }
  }
  if (log.unreadable.length) {
    lines.push('', 'Not in the log: these supervision records do not say', ...log.unreadable.map((u) => `  ${u.path}:${u.line}  no ${u.missing.join(', no ')}`));
  }
  return lines.join('\n') + '\n';
}

/** One row per supervisee, a column per format; for a spreadsheet. */
export function formatHoursCsv(log: HoursLog): string {
  const formats = [...new Set(log.supervisees.flatMap((s) => Object.keys(s.byFormat)))].sort();
  const rows = [['name', 'sessions', 'hours', ...formats.map((f) => `hours_${f}`), 'first', 'last', 'longestGapDays', 'documents']];
  for (const s of log.supervisees) rows.push([s.name, String(s.sessions), String(s.hours), ...formats.map((f) => String(s.byFormat[f] ?? 0)), s.first, s.last, String(s.longestGapDays), s.documents.join(';')]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // Quote what needs it, and defuse cells a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
