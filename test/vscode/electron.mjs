#!/usr/bin/env node
// Runs the integration tests in desktop VS Code through @vscode/test-electron's runTests,
// with the suite's own entry point (dist/test/vscode/index.js), for machines that can
// download VS Code. `npm run test:electron` does the same through .vscode-test.mjs;
// machines that reach only the npm registry use `npm run test:vscode` (code-server).
//   npm run build && node scripts/vscode/build-tests.mjs
//   node test/vscode/electron.mjs [--extension-path <dir>] [--workspace <dir>] [--tests <index.js>]
// The tests get a temporary copy of --workspace: they create and delete files in it.
// VSCODE_TEST_VERSION picks the VS Code version (default 1.100.3, the one inside code-server 4.100.3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt } = parseArgs({
  options: {
    'extension-path': { type: 'string', default: root },
    workspace: { type: 'string', default: path.join(root, 'test/vscode/workspace') },
    tests: { type: 'string', default: path.join(root, 'dist/test/vscode/index.js') },
  },
});

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-scope-electron-'));
fs.cpSync(path.resolve(opt.workspace), workspace, { recursive: true });
try {
  // runTests rejects when the suite's run() rejects, i.e. when any test failed.
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || '1.100.3',
    extensionDevelopmentPath: path.resolve(opt['extension-path']),
    extensionTestsPath: path.resolve(opt.tests),
    // --disable-extensions: only the extension under development loads, as in CI.
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`VS Code tests failed: ${err?.message ?? err}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
