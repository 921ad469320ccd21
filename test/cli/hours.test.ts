import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';
import { useTempFolder } from '../temp-folder';

const FIXTURES = 'test/fixtures/workspace';
const TO = '2025-03-31';

describe('CLI: the supervision log (hours)', () => {
  it('prints the JSON contract exactly: per supervisee sorted by name, and the records it could not read', () => {
    const r = runCli(['hours', FIXTURES, '--format', 'json', '--to', TO]);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(log), ['version', 'supervisees', 'unreadable']);
    assert.equal(log.version, 1);
    for (const s of log.supervisees) assert.deepEqual(Object.keys(s), ['name', 'sessions', 'hours', 'byFormat', 'first', 'last', 'longestGapDays', 'documents']);
    assert.deepEqual(log.supervisees[0], {
      name: 'Priya Natarajan',
      sessions: 4,
      hours: 5.5,
      byFormat: { group: 1.5, individual: 4 },
      first: '2025-01-08',
      last: '2025-03-19',
      longestGapDays: 56,
      documents: [
        'test/fixtures/workspace/supervision/group/group-2025-01-15.supervision.md',
        'test/fixtures/workspace/supervision/priya/2025-01-08-session.md',
        'test/fixtures/workspace/supervision/priya/2025-01-22.supervision.md',
        'test/fixtures/workspace/supervision/priya/session-2025-03-19.supervision.md',
      ],
    });
    assert.deepEqual(log.supervisees[1].byFormat, { group: 1.5, individual: 1.5, 'live-observation': 0.75 });
    assert.deepEqual(log.unreadable, [{ path: 'test/fixtures/workspace/supervision/sam/undated-notes.supervision.md', missing: ['date', 'duration'] }]);
  });

  it('keeps to --from and --to', () => {
    const log = JSON.parse(runCli(['hours', FIXTURES, '--format', 'json', '--from', '2025-02-01', '--to', '2025-02-28']).stdout);
    assert.deepEqual(log.supervisees.map((s: { name: string; sessions: number; hours: number }) => [s.name, s.sessions, s.hours]), [['Sam Okafor', 1, 1.5]]);
  });

  it('prints a text log with who falls short of the team requirement and when, and each unread record at its line', () => {
    const r = runCli(['hours', FIXTURES, '--to', TO]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Supervision log from the first record to 2025-03-31: 2 supervisees, 9\.25 h in all\n/);
    assert.match(r.stdout, /^ {2}Priya Natarajan {2}4 sessions {2}5\.5 h \(group 1\.5 h, individual 4 h\) {2}2025-01-08 to 2025-03-19 {2}longest gap 56 days$/m);
    assert.match(r.stdout, /^ {2}Priya Natarajan: 0 h of 1\.5 h from 2025-02-01 to 2025-02-28 \(at least 1\.5 hours a month\)$/m);
    assert.match(r.stdout, /^ {2}Sam Okafor: 54 days without a session, 2025-02-05 to 2025-03-31 \(an individual session at least every 21 days\)$/m);
    assert.match(r.stdout, /^ {2}test\/fixtures\/workspace\/supervision\/sam\/undated-notes\.supervision\.md:4 {2}no date, no duration$/m);
  });

  it('prints CSV with a column per format, and tells what it could not read on standard error', () => {
    const r = runCli(['hours', FIXTURES, '--format', 'csv', '--to', TO]);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'name,sessions,hours,hours_group,hours_individual,hours_live-observation,first,last,longestGapDays,documents');
    assert.match(rows[2]!, /^Sam Okafor,3,3\.75,1\.5,1\.5,0\.75,2025-01-15,2025-03-10,33,/);
    assert.match(r.stderr, /undated-notes\.supervision\.md:4: not in the log: no date, no duration could be read/);
  });

  it('never prints a client identifier, whatever the format', () => {
    for (const format of ['text', 'json', 'csv']) {
      const r = runCli(['hours', FIXTURES, '--format', format]);
      assert.ok(!`${r.stdout}${r.stderr}`.includes('Maria Lopez') && !r.stdout.includes('1988'), format);
    }
  });

  it('explains a wrong date, format or option in one line, with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['hours', FIXTURES, '--from', '2025-02-30'], /--from needs a date written YYYY-MM-DD, e\.g\. --from 2025-01-31 \(got '2025-02-30'\)/],
      [['hours', FIXTURES, '--from', '2025-03-01', '--to', '2025-02-01'], /--from 2025-03-01 is after --to 2025-02-01/],
      [['hours', FIXTURES, '--format', 'sarif'], /unknown format 'sarif' for `hours`; use one of: text, json, csv/],
      [['hours'], /no paths given/],
      [['report', FIXTURES], /`report` needs --out <file\.html>/],
      [['hours', 'no/such/folder'], /cannot read 'no\/such\/folder': no such file or folder/],
      [['report', FIXTURES, '--out', 'no/such/folder/report.html'], /cannot write the report to 'no\/such\/folder\/report\.html': its folder does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});

describe('CLI: the workspace report', () => {
  const folder = useTempFolder('cs-cli-report-');

  it('writes one self-contained HTML page: inline CSS and SVG, nothing fetched, client identifiers counted only', () => {
    const out = path.join(folder.root, 'report.html');
    const r = runCli(['report', FIXTURES, '--out', out, '--to', TO]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `Wrote ${out}: 8 documents, 2 supervisees in the log, 1 record it could not read.\n`);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';">/);
    assert.doesNotMatch(html, /<(script|link|img|iframe)\b/);
    // Only the SVG namespaces look like addresses.
    assert.deepEqual([...new Set(html.match(/https?:\/\/[^\s"')]+/g))].sort(), ['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg']);
    assert.ok((html.match(/<svg /g) ?? []).length >= 5);
    for (const identifier of ['Maria Lopez', '03/14/1988']) assert.ok(!html.includes(identifier), identifier);
    assert.match(html, /<a class="doc" href="[^"]*supervision\/sam\/2025-03-10\.supervision\.md" data-path="test\/fixtures\/workspace\/supervision\/sam\/2025-03-10\.supervision\.md">[^<]+<\/a><\/th><td><span class="num" data-value="2">/);
  });

  it('lists every command in --help', () => {
    const r = runCli(['--help']);
    assert.match(r.stdout, /clinical-scope hours \[--from YYYY-MM-DD\]/);
    assert.match(r.stdout, /clinical-scope report --out report\.html/);
  });
});
