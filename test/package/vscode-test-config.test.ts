import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

// `npm run test:electron` downloads VS Code, which these machines cannot; what can be
// checked here is what it would run, and that it would not write into the repository.
describe('the @vscode/test-electron set-up', () => {
  it('.vscode-test.mjs runs the integration suite on a temporary copy of the test workspace', () => {
    const out = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vscode-test'), ['--list-configuration'], { cwd: ROOT, encoding: 'utf8' });
    const [entry] = JSON.parse(out) as { config: { workspaceFolder: string; version: string }; extensionDevelopmentPath: string[] }[];
    assert.ok(entry, out);
    const workspace = entry.config.workspaceFolder;
    assert.ok(path.relative(ROOT, workspace).startsWith('..'), `${workspace} is outside the repository`);
    // The copy is gone once the configuration's process exits.
    assert.equal(fs.existsSync(workspace), false);
    assert.deepEqual(entry.extensionDevelopmentPath, [ROOT]);
    assert.equal(entry.config.version, '1.100.3');
  });

  it('.vscode/launch.json runs the extension (F5) and its tests, and the test run works on a copy', () => {
    const jsonc = fs.readFileSync(path.join(ROOT, '.vscode', 'launch.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const launch = JSON.parse(jsonc) as { configurations: { name: string; type: string; args?: string[] }[] };
    const run = launch.configurations.find((c) => c.name === 'Run Extension')!;
    assert.equal(run.type, 'extensionHost');
    assert.ok(run.args!.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const tests = launch.configurations.find((c) => c.name === 'Extension Tests')!;
    assert.ok(tests.args!.includes('--extensionTestsPath=${workspaceFolder}/dist/test/vscode/index.js'));
    assert.ok(!tests.args!.some((a) => a.includes('test/vscode/workspace')), 'not the repository\'s own test workspace');
  });
});
