#!/usr/bin/env node
// Runs VS Code integration tests inside real VS Code on machines that cannot
// download it: code-server (VS Code 1.100.3 from npm, installed by setup.sh)
// serves the workbench, headless Chromium opens it as an Extension Development
// Host, and the extension host runs the tests' `run()` (test/vscode/suite/index.ts).
// See shared/notes/vscode-in-ci.md for why each step is as it is.
//
// usage: node scripts/vscode/run-tests.mjs [--tests <dist/test/vscode/index.js>]
//          [--workspace <folder>] [--extension-path <dir> | --vsix <file>]
//          [--screenshot <png>] [--screenshot-dir <dir>] [--timeout <s>] [--grep <re>]
//
//   --workspace       folder to open; the tests get a fresh temporary copy of it
//   --extension-path  extension under development (default: the repo root; needs `npm run build`)
//   --vsix            install this package and run it instead; an empty host extension is the dev path
//   --screenshot      save the page here when the run ends (passed, failed or timed out)
//   --screenshot-dir  where requestScreenshot(name) saves <name>.png (default: beside --screenshot,
//                     else test-results/vscode/)
//
// CLINICAL_SCOPE_CODE_SERVER_DIR: where setup.sh installed code-server (default ~/.cache/clinical-scope/code-server,
// outside the clone, so CI keeps it between runs).
// Known quirk: with the install inside the repo and the repo root as the extension under test,
// the workbench never applies its colour/icon theme (screenshots look off; tests are unaffected).
//
// The browser has no exit code to give, so results come back through files named
// in environment variables that the extension host inherits from code-server:
//   CLINICAL_SCOPE_TEST_RESULTS         JSON results written by run()
//   CLINICAL_SCOPE_SCREENSHOT_REQUESTS  folder of screenshot requests (protocol in suite/screenshot.ts)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const started = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const csDir = process.env.CLINICAL_SCOPE_CODE_SERVER_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'clinical-scope', 'code-server');
const codeServerBin = path.join(csDir, 'node_modules/.bin/code-server');
const log = (msg) => console.log(`[vscode-tests] ${msg}`);
const shown = (p) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const { values: opt } = parseArgs({
  options: {
    tests: { type: 'string', default: path.join(root, 'dist/test/vscode/index.js') },
    workspace: { type: 'string', default: path.join(root, 'test/vscode/workspace') },
    'extension-path': { type: 'string', default: root },
    vsix: { type: 'string' },
    screenshot: { type: 'string' },
    'screenshot-dir': { type: 'string' },
    timeout: { type: 'string', default: '180' },
    grep: { type: 'string' },
  },
});
const testsPath = path.resolve(opt.tests);
const workspaceSrc = path.resolve(opt.workspace);
const timeoutMs = Number(opt.timeout) * 1000;
if (!(timeoutMs > 0)) {
  console.error(`[vscode-tests] --timeout wants seconds, got ${opt.timeout}`);
  process.exit(2);
}
const finalShot = opt.screenshot && path.resolve(opt.screenshot);
const shotDir = path.resolve(opt['screenshot-dir'] ?? (finalShot ? path.dirname(finalShot) : path.join(root, 'test-results/vscode')));

for (const [what, p] of [['code-server (run: bash scripts/vscode/setup.sh)', codeServerBin], ['--tests (run: node scripts/vscode/build-tests.mjs)', testsPath], ['--workspace', workspaceSrc], ['--vsix', opt.vsix]]) {
  if (p && !fs.existsSync(p)) {
    console.error(`[vscode-tests] missing ${what}: ${p}`);
    process.exit(2);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-scope-vscode-'));
const userData = path.join(tmp, 'user-data');
const extensionsDir = path.join(tmp, 'extensions');
const requestsDir = path.join(tmp, 'screenshot-requests');
const resultsFile = path.join(tmp, 'results.json');
const serverLog = path.join(tmp, 'code-server.log');
const browserLog = path.join(tmp, 'browser-console.log');
for (const d of [path.join(userData, 'User'), extensionsDir, requestsDir]) fs.mkdirSync(d, { recursive: true });
// Tests open a copy: files and folder settings they write (quick fixes, configuration
// updates) then never dirty the repo, even when a run dies halfway.
const workspace = path.join(tmp, path.basename(workspaceSrc));
fs.cpSync(workspaceSrc, workspace, { recursive: true });
// Quiet, predictable profile: the workspace sits inside this git repo, and the git
// extension's "open the parent repository?" toast would cover part of every screenshot.
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
  'workbench.startupEditor': 'none',
  // Pinned so that screenshots from different runs look alike.
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.iconTheme': 'vs-seti',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
}, null, 2));

let server; // code-server ChildProcess, leader of its own process group
let browserServer; // playwright BrowserServer: unlike a Browser, it tells Chromium's pid
let browser;
let page;

// SIGKILL by the ids we started: code-server ignores SIGTERM while a client is
// connected, and a negative pid takes its extension host and helpers with it.
function killAll() {
  for (const pid of [browserServer?.process()?.pid, server?.pid]) {
    if (!pid) continue;
    try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killAll(); process.exit(130); });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return '(none)'; }
}

// The extension host's own log tells why tests never started (activation errors, load failures).
function findExthostLogs(dir) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /exthost/i.test(e.name)) found.push(path.join(e.parentPath ?? e.path, e.name));
  }
  return found;
}

function startCodeServer(port, env) {
  const out = fs.openSync(serverLog, 'a');
  const child = spawn(codeServerBin, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', extensionsDir, workspace,
  ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (buf) => {
      fs.writeSync(out, buf);
      seen += buf;
      if (seen.includes('HTTP server listening')) { seen = ''; resolve(child); }
      else seen = seen.slice(-200); // the marker may straddle two chunks
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${tail(serverLog)}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${tail(serverLog)}`)), 60_000).unref();
  });
}

// Waits until each expression holds in some frame of the page (the workbench, or a webview
// inside it, such as an extension's page): what a test wants to be on screen, e.g. a picture
// that has loaded. Fails after 15 s, so a picture that never shows fails the test.
async function waitUntilShown(expressions) {
  const deadline = Date.now() + 15_000;
  for (const expression of expressions) {
    for (;;) {
      const results = await Promise.all(page.frames().map((f) => f.evaluate(expression).catch(() => false)));
      if (results.some(Boolean)) break;
      if (Date.now() > deadline) throw new Error(`not shown within 15 s: ${expression}`);
      await sleep(200);
    }
  }
}

// Answers requestScreenshot() calls from the tests; see test/vscode/suite/screenshot.ts.
async function serveScreenshotRequests() {
  for (const f of fs.readdirSync(requestsDir).filter((n) => n.endsWith('.request.json')).sort()) {
    const id = f.slice(0, -'.request.json'.length);
    const reqPath = path.join(requestsDir, f);
    let reply;
    try {
      const { name, until = [] } = JSON.parse(fs.readFileSync(reqPath, 'utf8'));
      const file = path.join(shotDir, `${String(name).replace(/[^\w.-]+/g, '_')}.png`);
      const missing = await waitUntilShown(until).then(() => undefined, (err) => err);
      fs.mkdirSync(shotDir, { recursive: true });
      // Taken either way: when something is missing, the picture shows what was there instead.
      await page.screenshot({ path: file });
      log(`screenshot ${shown(file)}`);
      if (missing) throw missing;
      reply = { path: file };
    } catch (err) {
      reply = { error: String(err?.message ?? err) };
    }
    fs.rmSync(reqPath, { force: true });
    const done = path.join(requestsDir, `${id}.done.json`);
    fs.writeFileSync(`${done}.tmp`, JSON.stringify(reply));
    fs.renameSync(`${done}.tmp`, done);
  }
}

async function waitForResults() {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(resultsFile)) return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`code-server exited (${server.exitCode ?? server.signalCode}) during the tests`);
    if (!browser.isConnected()) throw new Error('Chromium went away during the tests');
    await serveScreenshotRequests();
    await sleep(200);
  }
  return null;
}

function report(results) {
  const mark = { passed: '✓', failed: '✗', pending: '-' };
  for (const t of results.tests) console.log(`  ${mark[t.state] ?? '?'} ${t.fullTitle}${t.state === 'pending' ? ' (pending)' : ''}`);
  const failures = results.tests.filter((t) => t.state === 'failed');
  failures.forEach((t, i) => console.log(`\n  ${i + 1}) ${t.fullTitle}\n     ${(t.error ?? '').replace(/\n/g, '\n     ')}`));
  if (failures.length) console.log('');
}

let shotTaken = false;
async function takeFinalShot() {
  if (!finalShot || !page || shotTaken) return;
  shotTaken = true;
  try {
    fs.mkdirSync(path.dirname(finalShot), { recursive: true });
    await page.screenshot({ path: finalShot });
    log(`screenshot ${shown(finalShot)}`);
  } catch (err) { console.error(`[vscode-tests] final screenshot failed: ${err.message}`); }
}

let exitCode = 1;
try {
  const { chromium } = createRequire(path.join(csDir, 'package.json'))('playwright-core');
  const port = await freePort();

  // No gallery: otherwise VS Code looks up open-vsx.org, which is unreachable here.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  let devPath = path.resolve(opt['extension-path']);
  if (opt.vsix) {
    // The installed copy must be what runs, so the dev path is an empty extension.
    log(`installing ${opt.vsix}`);
    const r = spawnSync(codeServerBin, ['--install-extension', path.resolve(opt.vsix), '--extensions-dir', extensionsDir, '--user-data-dir', userData], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}${r.stderr}`);
    devPath = path.join(root, 'test/vscode/host-extension');
  }

  log(`starting code-server ${JSON.parse(fs.readFileSync(path.join(csDir, 'node_modules/code-server/package.json'), 'utf8')).version} on port ${port}`);
  server = await startCodeServer(port, {
    ...env,
    CLINICAL_SCOPE_TEST_RESULTS: resultsFile,
    CLINICAL_SCOPE_SCREENSHOT_REQUESTS: requestsDir,
    ...(opt.grep ? { CLINICAL_SCOPE_TEST_GREP: opt.grep } : {}),
  });
  log(`code-server listening after ${elapsed()}`);

  browserServer = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  browser = await chromium.connect(browserServer.wsEndpoint());
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleOut = fs.openSync(browserLog, 'a');
  page.on('console', (m) => fs.writeSync(consoleOut, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => fs.writeSync(consoleOut, `[pageerror] ${e.message}\n`));
  page.on('response', (r) => r.status() >= 400 && fs.writeSync(consoleOut, `[http ${r.status()}] ${r.url()}\n`));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening workbench: dev path ${path.relative(root, devPath) || '.'}, tests ${path.relative(root, testsPath)}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  const results = await waitForResults();
  await serveScreenshotRequests(); // one asked for just before the results were written
  await takeFinalShot();
  if (!results) {
    console.error(`[vscode-tests] no results after ${opt.timeout} s`);
  } else {
    report(results);
    const total = results.passed + results.failed;
    if (total === 0) console.error('[vscode-tests] no tests ran');
    exitCode = results.failed === 0 && total > 0 ? 0 : 1;
  }
  if (exitCode !== 0 && !results) {
    console.error(`--- code-server log (tail) ---\n${tail(serverLog)}`);
    for (const f of findExthostLogs(userData)) console.error(`--- ${path.relative(tmp, f)} (tail) ---\n${tail(f)}`);
    console.error(`--- browser console (tail) ---\n${tail(browserLog, 20)}`);
  }
  log(`wall time ${elapsed()}`);
  if (results) console.log(`vscode: ${results.passed} passed, ${results.failed} failed`);
} catch (err) {
  console.error(`[vscode-tests] ${err?.stack ?? err}`);
  exitCode = 1;
} finally {
  await takeFinalShot(); // when an error cut the run short: shows how far the workbench got
  killAll();
  // Keep the logs of a failed run for whoever looks next.
  if (exitCode === 0) fs.rmSync(tmp, { recursive: true, force: true });
  else console.error(`[vscode-tests] logs and user data kept in ${tmp}`);
}
process.exit(exitCode);
