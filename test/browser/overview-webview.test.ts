import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import { ROOT, runCli } from '../cli/run-cli';
import { TestClient } from '../lsp/lsp-client';
import { launchChromium, type Browser, type Page } from './chromium';

// The overview page as the language server makes it for VS Code's webview,
// asked for over the protocol and opened in Chromium with a stand-in for the
// webview's messaging: its one script runs under the strict policy, and a
// click on a record or a finding asks the editor to open it at its line.
const FOLDER = path.join(ROOT, 'test', 'fixtures', 'workspace');
const SHOTS = path.join(ROOT, 'test-results', 'report');

interface Overview {
  overview: { hours: { supervisees: { name: string; sessions: number; hours: number; byFormat: Record<string, number> }[] }; drift: { top: { path: string; findings: { line: number }[] }[] } };
  html: string;
  uris: Record<string, string>;
}

describe('workspace overview for the editor, in a browser', function () {
  this.timeout(120_000);
  let client: TestClient;
  let browser: Browser;
  let page: Page;
  let result: Overview;

  before(async () => {
    client = new TestClient({ pull: true, root: FOLDER });
    await client.initialize();
    result = await client.connection.sendRequest<Overview>('clinicalScope/workspaceOverview', { folders: [URI.file(FOLDER).toString()], nonce: 'n0nce42' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript('window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m) });');
    // A page of its own, so the stand-in is in place before the page's script runs.
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, 'overview-webview.html');
    fs.writeFileSync(file, result.html);
    await page.goto(pathToFileURL(file).href);
  });

  after(async () => {
    if (page) await page.screenshot({ path: path.join(SHOTS, 'overview-webview.png') });
    await browser?.close();
    await client?.shutdown();
  });

  it('gives the same log as `clinical-scope hours`, with paths relative to the workspace folder', () => {
    const cli = JSON.parse(runCli(['hours', 'test/fixtures/workspace', '--format', 'json']).stdout) as Overview['overview']['hours'];
    const pick = (s: { name: string; sessions: number; hours: number; byFormat: Record<string, number> }) => [s.name, s.sessions, s.hours, s.byFormat];
    assert.deepEqual(result.overview.hours.supervisees.map(pick), cli.supervisees.map(pick));
    assert.equal(result.uris['supervision/sam/undated-notes.supervision.md'], URI.file(path.join(FOLDER, 'supervision/sam/undated-notes.supervision.md')).toString());
  });

  it('runs only its own script, which sends the document and line of a clicked record or finding', async () => {
    assert.match(result.html, /content="default-src 'none'; img-src data:; style-src 'nonce-n0nce42'; script-src 'nonce-n0nce42';"/);
    await page.click('table[data-table="unreadable"] a');
    await page.click('ol[data-table="drift-top"] ul a');
    const posted = await page.$eval('html', () => (globalThis as unknown as { posted: unknown[] }).posted);
    const top = result.overview.drift.top[0]!;
    assert.deepEqual(posted, [
      { type: 'open', path: 'supervision/sam/undated-notes.supervision.md', line: 4 },
      { type: 'open', path: top.path, line: top.findings[0]!.line },
    ]);
    // The page itself did not navigate away.
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Clinical Scope — workspace report');
  });
});
