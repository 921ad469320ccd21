import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { useTempFolder } from '../temp-folder';
import { TestClient } from '../lsp/lsp-client';

const ROOT = path.join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// The npm package as a user gets it: packed by `npm pack`, installed globally from the
// tarball into a folder of its own, and run from an unrelated folder.
describe('the npm package', function () {
  this.timeout(120_000);
  const tmp = useTempFolder('cs-npm-package-');

  it('installs globally from its tarball; clinical-scope check and clinical-scope-server --stdio work from any folder', async () => {
    const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp.root], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
    const tarball = path.join(tmp.root, packed[0]!.filename);
    // Every source map a bundle names is in the package, and so is the documentation findings link to.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'check-package.mjs'), tarball], { encoding: 'utf8' });

    const prefix = path.join(tmp.root, 'global');
    // The bundles carry everything they run; a declared dependency comes from npm's cache, filled by `npm ci`.
    execFileSync(NPM, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: tmp.root, encoding: 'utf8' });
    const bin = (name: string) => path.join(prefix, process.platform === 'win32' ? '' : 'bin', name);
    // What the commands load beside themselves: the tool's bundle, the server's analysis thread, the workspace report.
    const installed = path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', 'clinical-scope', 'dist');
    for (const file of ['cli-main.js', 'analysis-worker.js', 'report.js']) assert.ok(fs.existsSync(path.join(installed, file)), `${file} is not in the package`);

    const notes = path.dirname(tmp.write('notes/plan.supervision.md', '# Plan\n\n## Goals\n\nThe board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.\n'));
    const check = spawnSync(bin('clinical-scope'), ['check', 'plan.supervision.md'], { cwd: notes, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^plan\.supervision\.md:5:1 {2}warning {2}scope\/leadership-in-supervision {2}Belongs in a leadership document: hiring and staffing/m);
    const version = spawnSync(bin('clinical-scope'), ['--version'], { cwd: notes, encoding: 'utf8' });
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);

    const client = new TestClient({ pull: true, root: notes, command: { file: bin('clinical-scope-server'), args: ['--stdio'], cwd: notes } });
    try {
      const init = (await client.initialize()) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
      assert.equal(init.serverInfo?.name, 'clinical-scope');
      const uri = URI.file(path.join(notes, 'plan.supervision.md')).toString();
      client.open(uri, fs.readFileSync(path.join(notes, 'plan.supervision.md'), 'utf8'));
      const { items } = await client.pullDiagnostics(uri);
      assert.deepEqual(items!.map((d) => d.code), ['scope/leadership-in-supervision']);
      // Its documentation link opens the copy installed with the package.
      assert.ok(fs.existsSync(URI.parse(items![0]!.codeDescription!.href).fsPath));
      assert.ok(URI.parse(items![0]!.codeDescription!.href).fsPath.startsWith(prefix));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
