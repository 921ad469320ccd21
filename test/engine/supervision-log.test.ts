import assert from 'node:assert/strict';
import { buildHoursLog, findShortfalls, mergeConfig, parseConfig, readSessionRecord, sessionsBySupervisee, type LoggedSession } from '../../server/src/engine';
import { lines } from '../helpers';

const record = (...body: string[]) => lines('# Supervision session note', '', ...body, '', '## Reflection', '', 'We talked about pacing.');
const session = (text: string, fileName = 'notes.supervision.md') => readSessionRecord(text, { fileName }).session;

describe('supervision log: reading a session record', () => {
  const durations: [string, number][] = [
    ['60', 60],
    ['60 min', 60],
    ['1h', 60],
    ['1.5 h', 90],
    ['1,5 h', 90],
    ['1 h 30', 90],
    ['1 hour 30 minutes', 90],
    ['90 minutes', 90],
    ['50-minute session', 50],
    ['10:00–11:30', 90],
    ['10:00-11:30', 90],
    ['2:00 to 3:30 pm', 90],
    ['11:30am to 12:15pm', 45],
    ['an hour and a half', 90],
    ['1.5', 90],
  ];
  for (const [written, minutes] of durations) {
    it(`reads the duration "${written}" as ${minutes} minutes`, () => {
      assert.equal(session(record('Date: 2025-03-12', `Duration: ${written}`, 'Supervisee: Priya Natarajan'))?.minutes, minutes);
    });
  }

  it('reports a duration it cannot read as missing, at its line, rather than guessing', () => {
    const s = session(record('Date: 2025-03-12', 'Duration: about as long as usual', 'Supervisee: Sam Okafor'));
    assert.deepEqual([s?.minutes, s?.missing, s?.line], [undefined, ['duration'], 4]);
  });

  it('reads dates as people write them, day first when written with slashes', () => {
    const dates: [string, string][] = [
      ['2025-03-12', '2025-03-12'],
      ['12 March 2025', '2025-03-12'],
      ['March 12, 2025', '2025-03-12'],
      ['Wednesday 12th of March 2025', '2025-03-12'],
      ['12/03/2025', '2025-03-12'],
    ];
    for (const [written, iso] of dates) assert.equal(session(record(`Date: ${written}`, 'Duration: 1h', 'Supervisee: A Person'))?.date, iso, written);
    assert.deepEqual(session(record('Date: 31/02/2025', 'Duration: 1h', 'Supervisee: A Person'))?.missing, ['date']);
  });

  it('takes front matter first, then a labelled line, then the date in the file name', () => {
    const fm = lines('---', 'scope: supervision', 'date: 2025-01-08', 'duration: 45', 'supervisee: [Priya Natarajan, Sam Okafor]', 'format: group', '---', '', record('Date: 2025-02-02', 'Duration: 2 h'));
    const s = session(fm, 'notes-2025-03-03.md');
    assert.deepEqual([s?.date, s?.minutes, s?.supervisees, s?.format], ['2025-01-08', 45, ['Priya Natarajan', 'Sam Okafor'], 'group']);
    assert.equal(session(record('Date: 2025-02-02', 'Duration: 2 h', 'Supervisee: Priya'), 'notes-2025-03-03.supervision.md')?.date, '2025-02-02');
    assert.equal(session(record('Duration: 2 h', 'Supervisee: Priya'), 'notes-2025-03-03.supervision.md')?.date, '2025-03-03');
  });

  it('reads a combined label, bold labels, a table and the length from the date line', () => {
    const combined = session(record('- **Date and duration:** March 12, 2025, 10:00 to 11:00 a.m. (60 minutes)', '- **Supervisee:** Priya Natarajan, LMSW (working toward LCSW)', '- **Format and modality:** Individual, telehealth'));
    assert.deepEqual([combined?.date, combined?.minutes, combined?.supervisees, combined?.format], ['2025-03-12', 60, ['Priya Natarajan'], 'individual']);
    const dateLine = session(record('- **Date:** Tuesday 8 April 2025, 2:00 to 3:30 pm (90 minutes)', '- **Supervisees:** Liam Tran, Aisha Karimi and Ben Hollis, provisional psychologists'));
    assert.deepEqual([dateLine?.minutes, dateLine?.supervisees], [90, ['Liam Tran', 'Aisha Karimi', 'Ben Hollis']]);
    const table = session(record('| Field | Value |', '| --- | --- |', '| Date | 2025-02-05 |', '| Duration | 1.5 h |', '| Supervisee | Sam Okafor |', '| Format | one-to-one |'));
    assert.deepEqual([table?.date, table?.minutes, table?.supervisees, table?.format], ['2025-02-05', 90, ['Sam Okafor'], 'individual']);
  });

  it('reads several labels on one line, and leaves the facilitator and credentials out of the supervisees', () => {
    const s = session(lines('# Practicum group supervision', '', 'Facilitator: Dr. Helen Yusuf, licensed psychologist. Trainees: Marco Bellini, Aisha Rahman. Date: 11 June 2024. 90 minutes, Room 214.', '', 'Present: Helen Yusuf (facilitator), Tasha Greene CADC-T, Harpreet Kaur, RMN, Band 6 care coordinator'));
    assert.deepEqual([s?.date, s?.minutes, s?.format], ['2024-06-11', 90, 'group']);
    assert.deepEqual(s?.supervisees, ['Marco Bellini', 'Aisha Rahman']);
    assert.equal(s?.supervisor, 'Dr. Helen Yusuf');
  });

  it('finds the format in the value, else the title; unknown formats are unspecified', () => {
    assert.equal(session(record('Date: 2025-01-01', 'Duration: 1h', 'Supervisee: A B', 'Format: live observation, one-way mirror'))?.format, 'live-observation');
    assert.equal(session(lines('# Triadic supervision', '', 'Date: 2025-01-01', 'Duration: 1h', 'Supervisee: A B'))?.format, 'triadic');
    assert.equal(session(record('Date: 2025-01-01', 'Duration: 1h', 'Supervisee: A B'))?.format, 'unspecified');
  });

  it('does not take a supervision agreement, a plan or a leadership document for a session', () => {
    assert.equal(session(lines('# Clinical Supervision Agreement', '', '- **Supervisee:** Hannah Whitlock', '- **Start date:** 3 February 2025', '', '## Parties', '', 'We agree to meet weekly.')), undefined);
    assert.equal(readSessionRecord(lines('---', 'scope: leadership', '---', '', '# Minutes', '', 'Date: 2025-01-01', 'Duration: 1h')).session, undefined);
  });
});

describe('supervision log: hours per supervisee and requirements', () => {
  const logged = (path: string, date: string | undefined, minutes: number | undefined, supervisees: string[], format = 'individual'): LoggedSession => ({
    path,
    session: { ...(date ? { date } : {}), ...(minutes ? { minutes } : {}), supervisees, format, missing: [...(date ? [] : ['date' as const]), ...(minutes ? [] : ['duration' as const])], line: 1 },
  });
  const sessions = [
    logged('b/2.md', '2025-01-22', 90, ['Priya Natarajan']),
    logged('a/1.md', '2025-01-08', 60, ['Priya Natarajan']),
    logged('g.md', '2025-01-15', 90, ['Sam Okafor', 'Priya Natarajan'], 'group'),
    logged('c/3.md', '2025-03-19', 20, ['Priya Natarajan']),
    logged('x.md', undefined, 60, ['Sam Okafor']),
  ];

  it('counts a group session for each supervisee present, with hours by format, dates and the longest gap', () => {
    const log = buildHoursLog(sessions);
    assert.deepEqual(log.supervisees[0], {
      name: 'Priya Natarajan',
      sessions: 4,
      hours: 4.33,
      byFormat: { group: 1.5, individual: 2.83 },
      first: '2025-01-08',
      last: '2025-03-19',
      longestGapDays: 56,
      documents: ['a/1.md', 'b/2.md', 'c/3.md', 'g.md'],
    });
    assert.deepEqual(log.supervisees.map((s) => s.name), ['Priya Natarajan', 'Sam Okafor']);
    assert.deepEqual(log.unreadable, [{ path: 'x.md', missing: ['date'], line: 1 }]);
  });

  it('keeps to the date range', () => {
    const log = buildHoursLog(sessions, { from: '2025-01-10', to: '2025-01-31' });
    assert.deepEqual(log.supervisees.map((s) => [s.name, s.sessions, s.hours]), [['Priya Natarajan', 2, 3], ['Sam Okafor', 1, 1.5]]);
  });

  it('finds the months short of a minimum and the stretches longer than allowed between sessions of a format', () => {
    const per = sessionsBySupervisee(sessions);
    const shortfalls = findShortfalls(per, () => [{ minimum: 1.5, per: 'month' }, { sessionEveryDays: 30, format: 'individual' }], '2025-04-30');
    assert.deepEqual(
      shortfalls.filter((s) => s.supervisee === 'Priya Natarajan').map((s) => [s.from, s.to, s.had, s.unit]),
      [['2025-01-22', '2025-03-19', 56, 'days'], ['2025-02-01', '2025-02-28', 0, 'hours'], ['2025-03-01', '2025-03-31', 0.33, 'hours'], ['2025-03-19', '2025-04-30', 42, 'days'], ['2025-04-01', '2025-04-30', 0, 'hours']],
    );
    // Sam had only group supervision: the clock for individual sessions starts at his first session of any format.
    assert.deepEqual(shortfalls.filter((s) => s.supervisee === 'Sam Okafor').map((s) => s.requirement), ['an individual session at least every 30 days', 'at least 1.5 hours a month', 'at least 1.5 hours a month', 'at least 1.5 hours a month']);
  });
});

describe('supervision log: the team requirement in configuration', () => {
  const problems = (text: string) => parseConfig(text).problems.map((p) => `${p.range.start.line + 1}: ${p.message}`);

  it('accepts hours per period and a longest gap, optionally for one format', () => {
    const text = lines('hours:', '  - minimum: 1.5', '    per: month', '  - sessionEveryDays: 14', '    format: individual');
    assert.deepEqual(problems(text), []);
    const { config } = parseConfig(text);
    assert.deepEqual(mergeConfig([{ config, base: '/t', source: '/t/.clinical-scope.yaml' }]).hours, [{ minimum: 1.5, per: 'month' }, { sessionEveryDays: 14, format: 'individual' }]);
  });

  it('points at a requirement that says too little, an unknown period or format, and leaves it out', () => {
    const text = lines('hours:', '  - minimum: 1.5', '  - sessionEveryDays: 14', '    format: indivdual', '  - minimum: 2', '    per: fortnight', '  - per: week');
    assert.deepEqual(problems(text), [
      '2: This requirement under `hours:` needs `per:` (week, month, quarter or year); it is not checked until then.',
      '4: Unknown supervision format `indivdual`; did you mean `individual`?',
      '6: `hours.2.per` must be one of `week`, `month`, `quarter`, `year`.',
      '7: This requirement under `hours:` needs `minimum:` (hours); it is not checked until then.',
    ]);
    const { config } = parseConfig(text);
    assert.deepEqual(mergeConfig([{ config, base: '/t', source: '/t/.clinical-scope.yaml' }]).hours, []);
  });
});
