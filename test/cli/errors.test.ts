import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

/** A usage or I/O problem: exit 2, one line on stderr, no stack trace. */
function assertUsageError(r: { code: number | null; stderr: string }, pattern: RegExp): void {
  assert.equal(r.code, 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^clinical-scope: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
}

describe('CLI errors', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-errors-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows help and version', () => {
    const help = runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: clinical-scope check/);
    const version = runCli(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });

  it('rejects a missing path', () => assertUsageError(runCli(['check', path.join(dir, 'nope.md')]), /cannot read .*nope\.md.*no such file/));
  it('rejects an unknown flag', () => assertUsageError(runCli(['check', '.', '--colour']), /unknown option '--colour'/));
  it('rejects an unknown command', () => assertUsageError(runCli(['lint', '.']), /unknown command 'lint'/));
  it('rejects a call with no command', () => assertUsageError(runCli([]), /no command given/));
  it('rejects check without paths', () => assertUsageError(runCli(['check']), /no paths given/));
  it('rejects an unknown format', () => assertUsageError(runCli(['check', '.', '--format', 'xml']), /unknown format 'xml'/));
  it('rejects --format without a value', () => assertUsageError(runCli(['check', '.', '--format']), /needs a value/));
  it('rejects --stdin-filename without -', () => assertUsageError(runCli(['check', '.', '--stdin-filename', 'a.md']), /needs - among the paths/));
  it('rejects an unknown rule, with a suggestion', () => assertUsageError(runCli(['check', '.', '--rule', 'scope/unkown-kind=off']), /did you mean 'scope\/unknown-kind'/));
  it('rejects an unknown severity', () => assertUsageError(runCli(['check', '.', '--rule', 'scope/unknown-kind=loud']), /unknown severity 'loud'/));

  it('rejects a folder without Markdown', () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'notes.txt'), 'hello');
    assertUsageError(runCli(['check', empty]), /no Markdown files/);
  });

  it('reports a file that is not UTF-8, still checks the others, and exits 2', () => {
    const folder = path.join(dir, 'mixed');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'latin1.md'), Buffer.from([0x23, 0x20, 0x53, 0x75, 0x70, 0xe9, 0x72, 0x76, 0x69, 0x73, 0x69, 0x6f, 0x6e, 0x0a]));
    fs.writeFileSync(path.join(folder, 'ok.md'), '# Reading list\n');
    const r = runCli(['check', folder, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.md' is not UTF-8 text/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path)), ['ok.md']);
  });

  it('reports malformed front matter as a finding, not a failure', () => {
    const file = path.join(dir, 'broken.md');
    fs.writeFileSync(file, '---\nscope: supervision\ntitle: [unclosed\n---\n\nWe discussed Client A.B. and her panic.\n');
    const r = runCli(['check', file, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('structure/invalid-front-matter'));
  });

  it('handles an empty document and a binary-looking one without crashing', () => {
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'nul.md'), 'a\u0000b\n');
    for (const f of ['empty.md', 'nul.md']) {
      const r = runCli(['check', path.join(dir, f)]);
      assert.equal(r.code, 0, r.stderr);
    }
  });
});
