// The integration tests under @vscode/test-electron, read by `vscode-test` (@vscode/test-cli):
// `npm run test:electron`, or the Extension Test Runner in VS Code. It downloads VS Code
// (1.100.3, the version inside code-server 4.100.3, unless VSCODE_TEST_VERSION says
// otherwise) into .vscode-test/. Machines that cannot download it run the same tests in
// code-server instead: `npm run test:vscode`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@vscode/test-cli';

const root = path.dirname(fileURLToPath(import.meta.url));

// The tests create and delete files in their workspace: give them a fresh copy,
// never the repository's own test/vscode/workspace.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-scope-electron-'));
fs.cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });
process.on('exit', () => fs.rmSync(workspace, { recursive: true, force: true }));

export default defineConfig({
  label: 'integration',
  files: 'dist/test/vscode/*.test.js',
  version: process.env.VSCODE_TEST_VERSION || '1.100.3',
  workspaceFolder: workspace,
  // Only the extension under development loads, as in CI.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 60_000 },
});
