#!/usr/bin/env node
// Runs the same integration tests in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (a developer's laptop, hosted CI).
// Machines that reach only the npm registry use scripts/vscode/run-tests.mjs instead.
//
// @vscode/test-electron is deliberately not a devDependency (it is useless where
// VS Code cannot be downloaded); install it on the spot:
//   npm install --no-save @vscode/test-electron
//   npm run build && node scripts/vscode/build-tests.mjs
//   node test/vscode/electron.mjs [--extension-path <dir>] [--workspace <dir>] [--tests <index.js>]
// VSCODE_TEST_VERSION picks the VS Code version (default 1.100.3, the one inside code-server 4.100.3).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt } = parseArgs({
  options: {
    'extension-path': { type: 'string', default: root },
    workspace: { type: 'string', default: path.join(root, 'test/vscode/workspace') },
    tests: { type: 'string', default: path.join(root, 'dist/test/vscode/index.js') },
  },
});

let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('@vscode/test-electron')) throw err;
  console.error(
    '@vscode/test-electron is not installed. Install it with `npm install --no-save @vscode/test-electron`\n' +
      '(it downloads VS Code at run time), or, on a machine without internet access, run\n' +
      '`bash scripts/vscode/setup.sh && node scripts/vscode/run-tests.mjs` instead.',
  );
  process.exit(2);
}

try {
  // runTests rejects when the suite's run() rejects, i.e. when any test failed.
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || '1.100.3',
    extensionDevelopmentPath: path.resolve(opt['extension-path']),
    extensionTestsPath: path.resolve(opt.tests),
    // --disable-extensions: only the extension under development loads, as in CI.
    launchArgs: [path.resolve(opt.workspace), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`VS Code tests failed: ${err?.message ?? err}`);
  process.exit(1);
}
