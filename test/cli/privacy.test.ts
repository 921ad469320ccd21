import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from './run-cli';

const FILE = 'test/fixtures/cli-privacy/notes.supervision.md';
const FOLDER = 'test/fixtures/cli-privacy';
const IDENTIFIERS = ['Maria', 'Lopez', '03/14/1988', '630-8812', 'Gerald', 'Ashby', '07/22/1968', '201-3344'];

function golden(name: string, actual: string): void {
  const file = path.join(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

describe('CLI output never prints a client identifier', () => {
  it('reports each identifier by its kind, in text, JSON and SARIF, without its text, and exits 1', () => {
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif']) {
      const all = runCli(['check', FOLDER, '--format', format]);
      outputs.push(all.stdout, all.stderr);
      assert.match(all.stdout, /supervision-in-leadership/, 'the drift finding on the named patient is reported too, without the name');
      const r = runCli(['check', FILE, '--format', format]);
      assert.equal(r.code, 1, r.stderr);
      outputs.push(r.stdout, r.stderr);
      if (format === 'text') golden('privacy.txt', r.stdout);
      if (format === 'json') golden('privacy.json', r.stdout);
    }
    for (const out of outputs) for (const id of IDENTIFIERS) assert.ok(!out.includes(id), `output contains ${id}`);
    const json = JSON.parse(runCli(['check', FILE, '--format', 'json']).stdout);
    const kinds = json.files[0].diagnostics.filter((d: { code: string }) => d.code === 'privacy/client-identifier').map((d: { data: { identifier: string } }) => d.data.identifier);
    assert.deepEqual(kinds, ['full-name', 'date-of-birth', 'phone']);
  });

  it('shows the matched text only when asked with --show-matches', () => {
    const r = runCli(['check', FILE, '--show-matches', '--format', 'json']);
    const matches = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code.startsWith('privacy/')).map((d: { data: { match: string } }) => d.data.match);
    assert.deepEqual(matches, ['Maria Lopez', '03/14/1988', '(555) 630-8812']);
    assert.match(runCli(['check', FILE, '--show-matches']).stdout, /Matched: "Maria Lopez"/);
  });
});
