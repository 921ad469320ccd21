import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';
import { useTempFolder } from '../temp-folder';

const DRIFT = 'The board has approved a hiring freeze, and both vacant posts stay empty this year.';

describe('CLI with team configuration and suppression comments', () => {
  const folder = useTempFolder('cs-cli-config-');
  const write = (rel: string, text: string) => folder.write(rel, text);
  beforeEach(() => fs.mkdirSync(path.join(folder.root, '.git')));

  it('applies the nearest configuration files found from each document', () => {
    write('.clinical-scope.yaml', 'rules:\n  scope/leadership-in-supervision: error\nkinds:\n  "notes/**": supervision\n');
    write('notes/week1.md', `We met.\n\n${DRIFT}\n`);
    write('drafts/.clinical-scope.yaml', 'rules:\n  scope/leadership-in-supervision: off\n');
    write('drafts/x.supervision.md', `${DRIFT}\n`);
    const r = runCli(['check', '.', '--format', 'json'], { cwd: folder.root });
    assert.equal(r.code, 1, r.stderr);
    const files = JSON.parse(r.stdout).files as { path: string; kindSource: string; diagnostics: { code: string; severity: string }[] }[];
    const notes = files.find((f) => f.path.endsWith('week1.md'))!;
    assert.equal(notes.kindSource, 'filename');
    assert.deepEqual(notes.diagnostics.map((d) => `${d.code} ${d.severity}`), ['scope/leadership-in-supervision error']);
    assert.deepEqual(files.find((f) => f.path.endsWith('x.supervision.md'))!.diagnostics, []);
  });

  it('reports configuration mistakes once per file, at their line, and applies the rest', () => {
    write('.clinical-scope.yaml', 'rules:\n  scope/leadershp-in-supervision: off\n  scope/leadership-in-supervision: error\n');
    write('a.supervision.md', `${DRIFT}\n`);
    write('b.supervision.md', `${DRIFT}\n`);
    const r = runCli(['check', '.'], { cwd: folder.root });
    assert.equal(r.code, 1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('.clinical-scope.yaml'));
    assert.deepEqual(lines, ['clinical-scope: .clinical-scope.yaml:2:3: Unknown rule `scope/leadershp-in-supervision`; did you mean `scope/leadership-in-supervision`? (ignored; the rest of the file applies)']);
  });

  it('uses only the file given with --config', () => {
    write('.clinical-scope.yaml', 'rules:\n  scope/leadership-in-supervision: error\n');
    const strict = write('ci/strict.yaml', 'rules:\n  scope/leadership-in-supervision: hint\n');
    write('a.supervision.md', `${DRIFT}\n`);
    const r = runCli(['check', 'a.supervision.md', '--config', strict, '--format', 'json'], { cwd: folder.root });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files[0].diagnostics[0].severity, 'hint');
    assert.equal(runCli(['check', 'a.supervision.md', '--config', 'missing.yaml'], { cwd: folder.root }).code, 2);
  });

  it('lets --rule override the configuration files', () => {
    write('.clinical-scope.yaml', 'rules:\n  scope/leadership-in-supervision: error\n');
    write('a.supervision.md', `${DRIFT}\n`);
    assert.equal(runCli(['check', '.', '--rule', 'scope/leadership-in-supervision=warning'], { cwd: folder.root }).code, 0);
  });

  it('honours suppression comments, or ignores them with --no-inline-config', () => {
    write('a.supervision.md', `<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- board report -->\n${DRIFT}\n`);
    const quiet = JSON.parse(runCli(['check', 'a.supervision.md', '--format', 'json'], { cwd: folder.root }).stdout);
    assert.deepEqual(quiet.files[0].diagnostics, []);
    const loud = JSON.parse(runCli(['check', 'a.supervision.md', '--format', 'json', '--no-inline-config'], { cwd: folder.root }).stdout);
    assert.deepEqual(loud.files[0].diagnostics.map((d: { code: string }) => d.code), ['scope/leadership-in-supervision']);
  });

  it('lists every suppression with file, line, rules, reason and what it silenced, as text and JSON', () => {
    write('a.supervision.md', `# Notes\n\n<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- board report -->\n${DRIFT}\n\n<!-- clinical-scope-disable-line -->\n`);
    const text = runCli(['check', '.', '--list-suppressions'], { cwd: folder.root });
    assert.equal(text.code, 0, text.stderr);
    assert.equal(
      text.stdout,
      'a.supervision.md:3:1  clinical-scope-disable-next-line  scope/leadership-in-supervision  reason: board report  silences scope/leadership-in-supervision (line 4)\n' +
        'a.supervision.md:6:1  clinical-scope-disable-line  all rules  no reason given  silences nothing\n',
    );
    const json = JSON.parse(runCli(['check', '.', '--list-suppressions', '--format', 'json'], { cwd: folder.root }).stdout);
    assert.deepEqual(json.suppressions[0], {
      path: 'a.supervision.md',
      line: 3,
      column: 1,
      directive: 'clinical-scope-disable-next-line',
      rules: ['scope/leadership-in-supervision'],
      reason: 'board report',
      silenced: [{ code: 'scope/leadership-in-supervision', line: 4 }],
    });
    assert.equal(runCli(['check', '.', '--list-suppressions', '--format', 'sarif'], { cwd: folder.root }).code, 2);
  });
});
