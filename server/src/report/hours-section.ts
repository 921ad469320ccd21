import type { WorkspaceOverview } from '../engine';
import { hoursSpec, toSvg } from './charts';
import { docLink, esc, figure, num, table, type LinkStyle } from './html-kit';

type Per = 'week' | 'month' | 'quarter' | 'year';

/** The supervision log: hours per supervisee, the chart over time, who falls short and when, and unreadable records. */
export async function hoursSection(o: WorkspaceOverview, links: LinkStyle): Promise<string> {
  const h = o.hours;
  const formats = [...new Set(h.supervisees.flatMap((s) => Object.keys(s.byFormat)))].sort();
  const log = table(
    'supervisees',
    'Hours per supervisee',
    ['Supervisee', 'Sessions', 'Hours', ...formats.map((f) => `${f.replace(/-/g, ' ')} (h)`), 'First session', 'Last session', 'Longest gap (days)'],
    h.supervisees.map((s) => [
      `<span data-supervisee="${esc(s.name)}">${esc(s.name)}</span>`,
      num(s.sessions),
      num(s.hours),
      ...formats.map((f) => num(s.byFormat[f] ?? 0)),
      esc(s.first),
      esc(s.last),
      num(s.longestGapDays),
    ]),
  );
  // The chart counts hours in the period of the first minimum the team set, else by month.
  const required = h.requirements.find((r) => r.rule.minimum !== undefined && r.rule.per)?.rule;
  const per: Per = required?.per ?? 'month';
  const minimum = required?.minimum;
  const rows = hoursPerPeriod(h.series, per);
  const chart = rows.length
    ? figure(
        'hours',
        await toSvg(hoursSpec(rows, `${per} starting`, minimum)),
        `Hours of supervision per supervisee each ${per}${minimum !== undefined ? `, with the required ${minimum} hours as a dashed line` : ''}.`,
        table('hours-by-period', `Hours per supervisee each ${per}`, ['Supervisee', `${per[0]!.toUpperCase()}${per.slice(1)} starting`, 'Hours'], rows.map((r) => [esc(r.name), esc(r.period), num(r.hours)])),
      )
    : '';
  const requirements = [...new Set(h.requirements.map((r) => r.requirement))];
  const shortfalls = table(
    'shortfalls',
    'Who falls short, and when',
    ['Supervisee', 'Requirement', 'From', 'To', 'Had', 'Needed'],
    h.shortfalls.map((s) => [esc(s.supervisee), esc(s.requirement), esc(s.from), esc(s.to), `${num(s.had)} ${s.unit === 'days' ? 'days without a session' : 'hours'}`, `${num(s.needed)} ${s.unit}`]),
  );
  const unreadable = table(
    'unreadable',
    'Supervision records the log could not read (not counted above)',
    ['Record', 'Missing'],
    h.unreadable.map((u) => [docLink(links, u.path, u.line), esc(u.missing.join(', '))]),
  );
  return [
    '<section id="hours"><h2>Supervision log</h2>',
    `<p class="lede">From the date, duration, supervisees and format each supervision record states${o.hours.supervisees.length ? '' : '; no record could be read yet'}. A group session counts in full for each supervisee present.</p>`,
    log,
    chart,
    requirements.length ? `<h3>Requirements</h3><ul>${requirements.map((r) => `<li>${esc(r)}, per supervisee</li>`).join('')}</ul>${shortfalls}` : '<p class="empty">No hours requirement is set (add <code>hours:</code> to the team configuration to see who falls short).</p>',
    unreadable,
    '</section>',
  ].join('\n');
}

function hoursPerPeriod(series: WorkspaceOverview['hours']['series'], per: Per): { name: string; period: string; hours: number }[] {
  const sums = new Map<string, { name: string; period: string; hours: number }>();
  for (const s of series) {
    const period = periodStart(s.date, per);
    const key = `${s.name}\u0000${period}`;
    const row = sums.get(key) ?? { name: s.name, period, hours: 0 };
    row.hours = Math.round((row.hours + s.hours) * 100) / 100;
    sums.set(key, row);
  }
  // A period without a session is a zero on the chart, not a line drawn across it.
  for (const name of new Set(series.map((s) => s.name))) {
    const dates = series.filter((s) => s.name === name).map((s) => s.date);
    for (let p = periodStart(dates[0]!, per); p <= dates[dates.length - 1]!; p = periodStart(after(p, per), per)) {
      if (!sums.has(`${name}\u0000${p}`)) sums.set(`${name}\u0000${p}`, { name, period: p, hours: 0 });
    }
  }
  return [...sums.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.period < b.period ? -1 : 1));
}

/** A date inside the period after the one starting on `start`. */
function after(start: string, per: Per): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + { week: 7, month: 31, quarter: 92, year: 366 }[per]);
  return d.toISOString().slice(0, 10);
}

function periodStart(date: string, per: Per): string {
  const [y, m] = [date.slice(0, 4), Number(date.slice(5, 7))];
  if (per === 'year') return `${y}-01-01`;
  if (per === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  if (per === 'month') return `${date.slice(0, 7)}-01`;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
