import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli } from '../cli/run-cli';
import { launchChromium, type Browser, type El, type Page } from './chromium';

// The workspace report opened in headless Chromium (Debian's, driven by the
// playwright-core that scripts/vscode/setup.sh installs): the figures a reader
// sees are checked against the CLI's JSON, and a screenshot is kept.
const SHOTS = path.join(ROOT, 'test-results', 'report');
const FIXTURES = 'test/fixtures/workspace';
const TO = '2025-03-31';

interface CheckJson {
  files: { path: string; kind: string; diagnostics: { code: string }[] }[];
}
interface HoursJson {
  supervisees: { name: string; sessions: number; hours: number; byFormat: Record<string, number>; first: string; last: string; longestGapDays: number }[];
  unreadable: { path: string; missing: string[] }[];
}

describe('workspace report in a browser', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let check: CheckJson;
  let hours: HoursJson;
  const requests: string[] = [];
  const out = path.join(SHOTS, 'report.html');

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const report = runCli(['report', FIXTURES, '--out', out, '--to', TO]);
    assert.equal(report.code, 0, report.stderr);
    check = JSON.parse(runCli(['check', FIXTURES, '--format', 'json']).stdout) as CheckJson;
    hours = JSON.parse(runCli(['hours', FIXTURES, '--format', 'json', '--to', TO]).stdout) as HoursJson;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(out).href);
  });

  after(async () => {
    if (page) await page.screenshot({ path: path.join(SHOTS, 'report.png'), fullPage: true });
    await browser?.close();
  });

  it('shows each supervisee’s sessions, hours, hours by format, dates and longest gap as the hours JSON gives them', async () => {
    const rows = await page.$$eval('table[data-table="supervisees"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => (c.querySelector('[data-value]') as El | null)?.dataset.value ?? c.textContent!.trim())),
    );
    const head = await page.$$eval('table[data-table="supervisees"] thead th', (ths) => ths.map((th) => th.textContent!.trim()));
    assert.equal(rows.length, hours.supervisees.length);
    assert.ok(hours.supervisees.length >= 2);
    hours.supervisees.forEach((s, i) => {
      const row = rows[i]!;
      assert.equal(row[0], s.name);
      assert.equal(Number(row[1]), s.sessions);
      assert.equal(Number(row[2]), s.hours);
      for (const [format, h] of Object.entries(s.byFormat)) assert.equal(Number(row[head.indexOf(`${format.replace(/-/g, ' ')} (h)`)]), h, `${s.name} ${format}`);
      assert.deepEqual(row.slice(-3), [s.first, s.last, String(s.longestGapDays)]);
    });
  });

  it('counts documents by kind and findings by rule as `check` does', async () => {
    const card = (kind: string) => page.$eval(`[data-kind="${kind}"] [data-value]`, (e) => Number((e as El).dataset.value));
    assert.equal(await card('total'), check.files.length);
    for (const kind of ['supervision', 'leadership', 'unknown']) assert.equal(await card(kind), check.files.filter((f) => f.kind === kind).length, kind);
    const byRule = await page.$$eval('table[data-table="findings-by-rule"] tbody tr', (trs) => trs.map((tr) => [tr.children[0]!.textContent!.trim(), Number((tr.querySelector('[data-value]') as El).dataset.value)] as const));
    const expected = new Map<string, number>();
    for (const d of check.files.flatMap((f) => f.diagnostics)) expected.set(d.code, (expected.get(d.code) ?? 0) + 1);
    assert.deepEqual(new Map(byRule), expected);
  });

  it('draws every chart as inline SVG with a data table behind it, and fetches nothing', async () => {
    const charts = await page.$$eval('figure[data-chart]', (fs) => fs.map((f) => ({ svg: !!f.querySelector('svg[role="img"][aria-label] path, svg[role="img"][aria-label] line, svg[role="img"][aria-label] rect'), table: !!f.querySelector('table[data-table]') })));
    assert.ok(charts.length >= 5, `${charts.length} charts`);
    assert.ok(charts.every((c) => c.svg && c.table));
    // The hours chart's data table adds up to each supervisee's hours.
    const perPeriod = await page.$$eval('table[data-table="hours-by-period"] tbody tr', (trs) => trs.map((tr) => [tr.children[0]!.textContent!.trim(), Number((tr.querySelector('[data-value]') as El).dataset.value)] as const));
    for (const s of hours.supervisees) assert.equal(Math.round(perPeriod.filter(([n]) => n === s.name).reduce((t, [, h]) => t + h, 0) * 100) / 100, s.hours);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  });

  it('lists who falls short and the records it could not read, with client identifiers as counts only', async () => {
    const shortfalls = await page.$$eval('table[data-table="shortfalls"] tbody tr', (trs) => trs.map((tr) => tr.children[0]!.textContent!.trim()));
    assert.ok(shortfalls.includes('Sam Okafor'));
    const unreadable = await page.$$eval('table[data-table="unreadable"] tbody a', (as) => as.map((a) => a.getAttribute('data-path')));
    assert.deepEqual(unreadable, hours.unreadable.map((u) => u.path));
    const identifiers = await page.$$eval('table[data-table="client-identifiers"] tbody tr', (trs) => trs.map((tr) => Number((tr.querySelector('[data-value]') as El).dataset.value)));
    assert.deepEqual(identifiers, check.files.map((f) => f.diagnostics.filter((d) => d.code === 'privacy/client-identifier').length).filter((n) => n > 0));
    const text = await page.$eval('html', (e) => e.outerHTML);
    for (const identifier of ['Maria Lopez', '03/14/1988']) assert.ok(!text.includes(identifier), `the report shows "${identifier}"`);
    const reasons = await page.$$eval('table[data-table="suppressions"] tbody tr', (trs) => trs.map((tr) => tr.children[3]!.textContent!.trim()));
    assert.deepEqual(reasons, ['agreed with the clinical lead as a worked example for the team']);
  });
});
