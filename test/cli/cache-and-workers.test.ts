import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';
import { useTempFolder } from '../temp-folder';

const DRIFT = 'The board has approved a hiring freeze, and both vacant posts stay empty this year.';
const CLIENT = 'Ms Ferraro (DOB 04/05/1961) reported panic at the Harbourview clinic.';

describe('CLI --cache', () => {
  const folder = useTempFolder('cs-cli-cache-');
  beforeEach(() => fs.mkdirSync(path.join(folder.root, '.git')));
  const check = (...extra: string[]) => runCli(['check', '.', '--format', 'json', '--cache', ...extra], { cwd: folder.root });
  const summary = (...extra: string[]) => runCli(['check', '.', '--cache', ...extra], { cwd: folder.root }).stderr.trim().split('\n').pop();

  it('gives the same results from the cache as from a fresh check, and says how many were reused', () => {
    folder.write('a.supervision.md', `We met.\n\n${DRIFT}\n\n${CLIENT}\n`);
    folder.write('b.leadership.md', '# Plan\n\nThe service will hire two nurses.\n');
    const fresh = runCli(['check', '.', '--format', 'json'], { cwd: folder.root });
    const first = check();
    assert.ok(fs.existsSync(path.join(folder.root, '.clinical-scope-cache')), 'the cache is written by default in the current folder');
    const second = check();
    assert.equal(first.stdout, fresh.stdout);
    assert.equal(second.stdout, fresh.stdout);
    assert.equal(second.code, fresh.code);
    assert.match(summary()!, /^2 documents checked \(2 unchanged since the last run\)/);
  });

  it('keeps no document text in the cache file', () => {
    folder.write('a.supervision.md', `We met.\n\n${DRIFT}\n\n${CLIENT}\n\n<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- Ferraro asked us to note it -->\nThe Trust board cut the Harbourview budget.\n`);
    const r = check();
    assert.ok(JSON.parse(r.stdout).files[0].diagnostics.length > 0, 'the document has findings, whose messages quote it');
    const stored = fs.readFileSync(path.join(folder.root, '.clinical-scope-cache'), 'utf8');
    for (const word of ['Ferraro', 'Harbourview', 'hiring', 'freeze', 'vacant', 'panic', 'board', '1961']) assert.ok(!stored.includes(word), `the cache holds "${word}"`);
  });

  it('checks a changed document again, and only that one', () => {
    folder.write('a.supervision.md', 'We met and reflected on the week.\n');
    const b = folder.write('b.supervision.md', 'We met and reflected on the session.\n');
    check();
    fs.writeFileSync(b, `We met.\n\n${DRIFT}\n`);
    const r = check();
    const files = JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string }[] }[];
    assert.deepEqual(files.find((f) => f.path.endsWith('b.supervision.md'))!.diagnostics.map((d) => d.code), ['scope/leadership-in-supervision']);
    fs.writeFileSync(b, 'We met and reflected on the session again.\n');
    assert.match(summary()!, /^2 documents checked \(1 unchanged since the last run\)/);
  });

  it('checks again when the configuration or a --rule changes', () => {
    folder.write('a.supervision.md', `We met.\n\n${DRIFT}\n`);
    const codes = (r: { stdout: string }) => (JSON.parse(r.stdout).files[0].diagnostics as { code: string; severity: string }[]).map((d) => `${d.code} ${d.severity}`);
    assert.deepEqual(codes(check()), ['scope/leadership-in-supervision warning']);
    folder.write('.clinical-scope.yaml', 'rules:\n  scope/leadership-in-supervision: error\n');
    assert.deepEqual(codes(check()), ['scope/leadership-in-supervision error']);
    assert.deepEqual(codes(check('--rule', 'scope/leadership-in-supervision=off')), []);
    assert.deepEqual(codes(check()), ['scope/leadership-in-supervision error']);
  });

  it('keeps the cache where --cache-location says, and reads it back', () => {
    folder.write('a.supervision.md', `We met.\n\n${DRIFT}\n`);
    check('--cache-location', 'build/cs-cache.json');
    assert.ok(fs.existsSync(path.join(folder.root, 'build', 'cs-cache.json')));
    assert.ok(!fs.existsSync(path.join(folder.root, '.clinical-scope-cache')));
    assert.match(summary('--cache-location', 'build/cs-cache.json')!, /\(1 unchanged since the last run\)/);
  });

  it('starts afresh from a damaged cache file, and goes on when it cannot write one', () => {
    folder.write('a.supervision.md', `We met.\n\n${DRIFT}\n`);
    const fresh = runCli(['check', '.', '--format', 'json'], { cwd: folder.root });
    folder.write('.clinical-scope-cache', '{"format":1,"entries":{"oops"');
    assert.equal(check().stdout, fresh.stdout);
    fs.mkdirSync(path.join(folder.root, 'blocked'));
    const r = check('--cache-location', 'blocked');
    assert.equal(r.stdout, fresh.stdout);
    assert.match(r.stderr, /cannot write the cache 'blocked'.*the next run checks every document again/);
  });

  it('refuses --cache-location without --cache', () => {
    folder.write('a.md', 'Hello.\n');
    const r = runCli(['check', '.', '--cache-location', 'x'], { cwd: folder.root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--cache-location is used with --cache/);
  });
});

describe('CLI checking many documents at once', () => {
  const folder = useTempFolder('cs-cli-jobs-');
  beforeEach(() => fs.mkdirSync(path.join(folder.root, '.git')));

  it('gives the same output, in the same order, with worker threads as in one thread', () => {
    for (let i = 0; i < 12; i++) {
      const kind = i % 2 ? 'supervision' : 'leadership';
      folder.write(`docs/n${String(i).padStart(2, '0')}.${kind}.md`, `# Note ${i}\n\nWe met.\n\n${i % 3 ? DRIFT : CLIENT}\n\n- item ${i}\n`);
    }
    for (const format of ['json', 'text', 'sarif']) {
      const one = runCli(['check', 'docs', '--format', format, '--jobs', '1'], { cwd: folder.root });
      const many = runCli(['check', 'docs', '--format', format, '--jobs', '3'], { cwd: folder.root });
      assert.equal(many.stdout, one.stdout, format);
      assert.equal(many.stderr, one.stderr, format);
      assert.equal(many.code, one.code, format);
    }
  });

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    folder.write('a.md', 'Hello.\n');
    const r = runCli(['check', '.', '--jobs', '0'], { cwd: folder.root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs needs a whole number of at least 1/);
  });
});
