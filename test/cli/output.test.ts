import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import type { Log } from 'sarif';
import { ROOT, runCli } from './run-cli';

// Golden files: the CLI's output over test/fixtures/cli in each format.
// To accept a deliberate change in output: UPDATE_GOLDEN=1 npm test, then review the diff.
const GOLDEN = path.join(ROOT, 'test', 'golden');
const FIXTURES = 'test/fixtures/cli';

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

describe('CLI output', () => {
  it('prints text findings as path:line:col  severity  rule  message, 1-based, and a summary on stderr', () => {
    const r = runCli(['check', FIXTURES]);
    assert.equal(r.code, 0, r.stderr);
    golden('check.txt', r.stdout);
    const lines = r.stdout.trim().split('\n');
    const findings = lines.filter((l) => !/ {2}pillars \d\/6/.test(l));
    for (const line of findings) assert.match(line, /^\S+:\d+:\d+ {2}(error|warning|information|hint) {2}[a-z]+\/[a-z-]+ {2}\S/);
    // Then one pillar-coverage line per document.
    assert.equal(lines.length - findings.length, 5);
    assert.match(r.stdout, /^test\/fixtures\/cli\/policy\.md {2}pillars \d\/6(: missing [a-z ,]+)?$/m);
    assert.match(r.stderr, /^5 documents checked: \d+ warnings?, 1 info\n$/);
  });

  it('prints the JSON contract exactly', () => {
    const r = runCli(['check', FIXTURES, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    golden('check.json', r.stdout);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.equal(report.version, 1);
    for (const f of report.files) {
      assert.deepEqual(Object.keys(f), ['path', 'kind', 'kindSource', 'diagnostics', 'pillars']);
      assert.deepEqual(Object.keys(f.pillars), ['covered', 'missing']);
      assert.equal(f.pillars.covered.length + f.pillars.missing.length, 6);
      assert.ok(['supervision', 'leadership', 'unknown'].includes(f.kind));
      assert.ok(['frontmatter', 'filename', 'inferred', 'none'].includes(f.kindSource));
      for (const d of f.diagnostics) {
        assert.deepEqual(Object.keys(d).filter((k) => k !== 'data'), ['code', 'severity', 'message', 'range']);
        assert.match(d.code, /^(scope|privacy|structure)\/[a-z-]+$/);
        assert.ok(Number.isInteger(d.range.start.line) && Number.isInteger(d.range.end.character));
      }
    }
    const kinds = Object.fromEntries(report.files.map((f: { path: string; kind: string; kindSource: string }) => [path.basename(f.path), `${f.kind}/${f.kindSource}`]));
    assert.deepEqual(kinds, {
      'crlf.supervision.md': 'supervision/filename',
      'misspelt.md': 'supervision/inferred',
      'plan.supervision.md': 'supervision/filename',
      'policy.md': 'leadership/frontmatter',
      'unknown.md': 'unknown/none',
    });
  });

  it('gives LSP positions: 0-based lines and UTF-16 characters, exact in a CRLF file with emoji and tabs', () => {
    const report = JSON.parse(runCli(['check', `${FIXTURES}/crlf.supervision.md`, '--format', 'json']).stdout);
    const text = fs.readFileSync(path.join(ROOT, FIXTURES, 'crlf.supervision.md'), 'utf8');
    const line = text.split('\r\n')[4]!;
    const [d] = report.files[0].diagnostics;
    assert.equal(d.range.start.line, 4);
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'Then the board announced a hiring freeze and cuts to the training budget across all sites.');
  });

  it('writes SARIF 2.1.0 that is valid against the schema', () => {
    const r = runCli(['check', FIXTURES, '--format', 'sarif']);
    assert.equal(r.code, 0, r.stderr);
    golden('check.sarif', r.stdout.replace(/"version": "\d+\.\d+\.\d+[^"]*"/, '"version": "<version>"'));
    const log = JSON.parse(r.stdout) as Log;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    assert.ok(validate(log as unknown), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0]!;
    assert.equal(run.results!.length, 5);
    const rules = run.tool.driver.rules!.map((x) => x.id);
    for (const res of run.results!) assert.equal(rules[res.ruleIndex!], res.ruleId);
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('reads standard input, named by --stdin-filename', () => {
    const text = fs.readFileSync(path.join(ROOT, FIXTURES, 'plan.supervision.md'), 'utf8');
    const r = runCli(['check', '-', '--stdin-filename', 'mine.supervision.md', '--format', 'json'], { input: text });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.files[0].path, 'mine.supervision.md');
    assert.equal(report.files[0].kindSource, 'filename');
    assert.equal(report.files[0].diagnostics[0].code, 'scope/leadership-in-supervision');
  });

  it('exits 1 when a finding is an error', () => {
    const r = runCli(['check', `${FIXTURES}/plan.supervision.md`, '--rule', 'scope/leadership-in-supervision=error']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, / {2}error {2}scope\/leadership-in-supervision/);
  });

  it('turns a rule off with --rule id=off', () => {
    const r = runCli(['check', `${FIXTURES}/unknown.md`, '--rule', 'scope/unknown-kind=off']);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stdout, /unknown-kind/);
  });

  it('searches folders for Markdown, skipping node_modules and .git', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cs-cli-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
      fs.mkdirSync(path.join(dir, '.git'));
      fs.mkdirSync(path.join(dir, 'notes'));
      fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'a.md'), '# x');
      fs.writeFileSync(path.join(dir, '.git', 'b.md'), '# x');
      fs.writeFileSync(path.join(dir, 'notes', 'c.md'), '# Reading\n');
      fs.writeFileSync(path.join(dir, 'notes', 'd.txt'), 'not markdown');
      const report = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
      assert.deepEqual(report.files.map((f: { path: string }) => path.relative(dir, f.path)), [path.join('notes', 'c.md')]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
