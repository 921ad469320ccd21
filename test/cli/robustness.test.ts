import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTempFolder } from '../temp-folder';
import { CLI, runCli } from './run-cli';

// Inputs an adversary (or an unlucky export) could hand the command line. Each
// must end with a clear answer: no crash, no hang, no stack trace, no raw
// terminal codes and no words of the document in a message.
const SUPERVISION = '---\nscope: supervision\n---\n';

/** Runs the CLI through a shell, for pipes and redirections; fails rather than waits on a hang. */
function shell(command: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.error, undefined, `${command} did not finish`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout) as { files: { path: string; kind: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[] };
}

describe('CLI robustness', function () {
  this.timeout(60_000);
  const temp = useTempFolder('cs-robust-');

  describe('documents past the limits get one finding instead of a crash or a hang', () => {
    const cases: [string, () => string, RegExp][] = [
      ['4,000 nested block quotes', () => SUPERVISION + '>'.repeat(4000) + ' x\n', /nested more than 20 levels/],
      ['2,000 nested list items', () => SUPERVISION + '- '.repeat(2000) + 'x\n', /nested more than 20 levels/],
      ['a list 400 levels deep by indentation', () => SUPERVISION + Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), /nested more than 20 levels/],
      ['a 1 MB single line', () => 'word '.repeat(200_000), /A line here is too long to check/],
      ['a 1.2 MB document of ordinary lines', () => 'We discussed the budget and the client.\n\n'.repeat(30_000), /This document is too long to check/],
      ['a 300 KB single line', () => 'x'.repeat(300_000), /A line here is too long to check/],
      ['20,000 emphasis markers on one line', () => '*a'.repeat(20_000), /too many formatting marks/],
      ['emphasis markers spread over many short lines', () => ('*a'.repeat(40) + '\n').repeat(60), /paragraph here has too many formatting marks/],
      ['a table whose rows are all emphasis', () => '| a | b |\n|---|---|\n' + `| ${'*a'.repeat(900)} | b |\n`.repeat(60), /This document has too many formatting marks/],
      ['a 64 KB paragraph', () => SUPERVISION + 'We discussed the budget and the client.\n'.repeat(1600), /paragraph here is too long/],
      ['a 100,000-row table', () => '| a | b |\n|---|---|\n' + '| the client | the budget |\n'.repeat(100_000), /document is too long/],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        const file = temp.write('big.md', make());
        const r = runCli(['check', file, '--format', 'json']);
        assert.equal(r.code, 0, r.stderr);
        const [report] = json(r).files;
        assert.deepEqual(
          report!.diagnostics.map((d) => d.code),
          ['structure/document-too-large'],
        );
        assert.match(report!.diagnostics[0]!.message, message);
        assert.doesNotMatch(r.stderr, /internal error/);
      });
    }

    it('a document within the limits is checked as usual, a pasted image included', () => {
      const image = `![chart](data:image/png;base64,${Buffer.alloc(90_000, 7).toString('base64')})`;
      const file = temp.write('ok.md', `${SUPERVISION}${'- '.repeat(5)}The board approved the budget and a hiring freeze for next year.\n\n${image}\n`);
      const r = runCli(['check', file, '--format', 'json']);
      assert.deepEqual(json(r).files[0]!.diagnostics.map((d) => d.code), ['scope/leadership-in-supervision']);
    });
  });

  describe('configurations', () => {
    it('a YAML alias used 150 times is reported, and the documents are still checked', () => {
      temp.write('.clinical-scope.yaml', `organisation: [&h Harbor House, ${Array(150).fill('*h').join(', ')}]\n`);
      temp.write('notes.supervision.md', '# Notes\n\nThe board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.\n');
      const r = runCli(['check', temp.root, '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /\.clinical-scope\.yaml:1:1: The file repeats YAML aliases/);
      assert.deepEqual(json(r).files[0]!.diagnostics.map((d) => d.code), ['scope/leadership-in-supervision']);
    });

    it('a billion-laughs configuration is refused quickly', () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) levels.push(`${'bcdefghij'[i - 1]}: &${'bcdefghij'[i - 1]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
      temp.write('.clinical-scope.yaml', `${levels.join('\n')}\n`);
      temp.write('notes.md', '# Reading list\n');
      const r = runCli(['check', temp.root]);
      assert.match(r.stderr, /repeats YAML aliases/);
      assert.doesNotMatch(r.stderr, /internal error/);
    });

    it('a configuration far too long to be one is reported, not read', () => {
      temp.write('.clinical-scope.yaml', `ignore:\n${'  - harmless phrase\n'.repeat(20_000)}`);
      temp.write('notes.md', '# Reading list\n');
      const r = runCli(['check', temp.root]);
      assert.match(r.stderr, /too long to be a configuration/);
    });

    it('a `kinds:` glob built to backtrack matches at once', () => {
      temp.write('.clinical-scope.yaml', 'kinds:\n  "*a*a*a*a*a*a*a*a*x": leadership\n  "**/a/**/a/**/a/**/x": leadership\n');
      temp.write(`${'a'.repeat(60)}.md`, '# Reading list\n');
      temp.write(`${'a/'.repeat(150)}b.md`, '# Reading list\n');
      // Ten seconds is far more than these two take; a backtracking matcher takes minutes.
      const r = runCli(['check', temp.root, '--format', 'json'], { timeoutMs: 10_000 });
      assert.equal(r.code, 0, 'finished');
      assert.deepEqual(json(r).files.map((f) => f.kind), ['unknown', 'unknown']);
    });

    it('kinds globs still match as documented', () => {
      temp.write('.clinical-scope.yaml', 'kinds:\n  "notes/**": supervision\n  "policies/*.{md,markdown}": leadership\n  "board-[0-9][0-9].md": leadership\n');
      temp.write('notes/2025/march/a.md', '# A\n');
      temp.write('policies/leave.markdown', '# B\n');
      temp.write('policies/old/leave.md', '# C\n');
      temp.write('board-07.md', '# D\n');
      const r = runCli(['check', temp.root, '--format', 'json']);
      const kinds = Object.fromEntries(json(r).files.map((f) => [path.relative(temp.root, f.path), f.kind]));
      assert.equal(kinds['notes/2025/march/a.md'], 'supervision');
      assert.equal(kinds['policies/leave.markdown'], 'leadership');
      assert.notEqual(kinds['policies/old/leave.md'], 'leadership');
      assert.equal(kinds['board-07.md'], 'leadership');
    });

    it("team word lists are plain words: `*` neither silences all drift nor makes every word a cue", () => {
      const drift = '# Notes\n\nThe board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.\n\nShe practised the exposure rationale in role-play and will bring a recording next week.\n';
      temp.write('.clinical-scope.yaml', 'ignore: ["*", "<num>"]\ncues:\n  budget-finance: ["*", "=she", "<num>"]\n');
      temp.write('notes.supervision.md', drift);
      const r = runCli(['check', temp.root, '--format', 'json']);
      assert.deepEqual(
        json(r).files[0]!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`),
        ['3:scope/leadership-in-supervision'],
      );
    });
  });

  describe('inputs that are not ordinary files', () => {
    it('`check /dev/zero` says it is not a file', () => {
      const r = runCli(['check', '/dev/zero']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read '\/dev\/zero': it is not a file/);
    });

    it('an endless standard input is cut off and reported', () => {
      const r = shell(`head -c 20000000 /dev/zero | "${process.execPath}" "${CLI}" check -`, temp.root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /too long to be a document/);
    });

    it('a reader that stops early ends the run quietly', () => {
      for (let i = 0; i < 40; i++) temp.write(`n${i}.supervision.md`, '# Notes\n\nThe board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.\n'.repeat(20));
      const r = shell(`"${process.execPath}" "${CLI}" check . --format json | head -c 10`, temp.root);
      assert.equal(r.stdout.length, 10);
      assert.equal(r.stderr, '');
    });

    it('a linked Markdown file in a folder is checked; a linked folder is not walked', () => {
      const outside = useOutside(temp.root);
      temp.write('notes/real.md', '# Reading list\n');
      fs.symlinkSync(path.join(temp.root, 'notes', 'real.md'), path.join(temp.root, 'notes', 'linked.md'));
      fs.symlinkSync(outside, path.join(temp.root, 'notes', 'elsewhere'));
      fs.symlinkSync(path.join(temp.root, 'notes'), path.join(temp.root, 'notes', 'loop'));
      const r = runCli(['check', path.join(temp.root, 'notes'), '--format', 'json']);
      assert.deepEqual(json(r).files.map((f) => path.basename(f.path)).sort(), ['linked.md', 'real.md']);
    });

    it('a subfolder that cannot be read stops the run with exit 2', () => {
      temp.write('ok.md', '# Reading list\n');
      temp.write('locked/secret.md', '# Reading list\n');
      fs.chmodSync(temp.root, 0o755);
      fs.chmodSync(path.join(temp.root, 'ok.md'), 0o644);
      fs.chmodSync(path.join(temp.root, 'locked'), 0o000);
      // Root reads any folder: run as an ordinary user then, from a copy of the command line that user can
      // read (the clone itself may sit in a folder only its owner can enter).
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-cli-copy-'));
      fs.chmodSync(bin, 0o755);
      const cli = path.join(bin, 'cli.js');
      // The command and the bundle it runs.
      for (const file of ['cli.js', 'cli-main.js']) {
        fs.copyFileSync(path.join(path.dirname(CLI), file), path.join(bin, file));
        fs.chmodSync(path.join(bin, file), 0o644);
      }
      const r = spawnSync(process.execPath, [cli, 'check', temp.root], { encoding: 'utf8', timeout: 30_000, ...asUser });
      fs.rmSync(bin, { recursive: true, force: true });
      fs.chmodSync(path.join(temp.root, 'locked'), 0o755);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /cannot read the folder '.*locked': permission denied/);
    });
  });

  describe('no document words and no terminal codes in messages', () => {
    const NAME = /Maria|Lopez|1988|consented/;

    it('an unused suppression with words after its rule is reported without them, in every format', () => {
      const file = temp.write(
        'notes.supervision.md',
        '# Notes\n\n<!-- clinical-scope-disable-next-line privacy/client-identifier client Maria Lopez DOB 03/14/1988 consented -->\nShe practised the exposure rationale in role-play.\n',
      );
      for (const format of ['text', 'json', 'sarif']) {
        const r = runCli(['check', file, '--format', format]);
        assert.match(r.stdout, /names no known rule\. It has words that are not rule names/, format);
        assert.doesNotMatch(r.stdout + r.stderr, NAME, format);
      }
    });

    it('a misspelt rule id is still named, with a suggestion', () => {
      const file = temp.write('notes.supervision.md', '# Notes\n\n<!-- clinical-scope-disable-next-line privacy/client-identifer -->\nShe practised the exposure rationale.\n');
      const r = runCli(['check', file]);
      assert.match(r.stdout, /`privacy\/client-identifer` \(did you mean `privacy\/client-identifier`\?\)/);
    });

    it('a `scope:` value that is not a kind is not repeated; a misspelling is', () => {
      const named = temp.write('a.md', '---\nscope: Maria Lopez 03/14/1988\n---\n# Notes\n');
      const r = runCli(['check', named, '--format', 'json']);
      assert.match(r.stdout, /`scope:` has a value that is not a kind/);
      assert.doesNotMatch(r.stdout, NAME);
      const typo = temp.write('b.md', '---\nscope: supervison\n---\n# Notes\n');
      assert.match(runCli(['check', typo]).stdout, /`scope:` has `supervison`.*Did you mean `supervision`\?/);
    });

    it('front matter the YAML reader cannot read is reported without its text', () => {
      const file = temp.write('a.md', '---\n- Maria\nLopez: 1988\n---\n# Notes\n');
      const r = runCli(['check', file, '--format', 'json']);
      assert.match(r.stdout, /structure\/invalid-front-matter/);
      assert.doesNotMatch(r.stdout, NAME);
    });

    it('terminal escape codes in a document or a file name reach the terminal escaped', () => {
      const ESC = '\u001b';
      temp.write(`odd${ESC}[31mname.md`, `---\nscope: ${ESC}]0;owned${ESC}\\\n---\n<!-- clinical-scope-disable-line sco${ESC}[2Jpe/x -->\n`);
      const r = runCli(['check', temp.root]);
      assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC), JSON.stringify(r.stdout + r.stderr));
      assert.match(r.stdout, /odd\\x1b\[31mname\.md/);
    });
  });
});

/** A folder beside the temporary root, removed with the process. */
function useOutside(root: string): string {
  const outside = `${root}-outside`;
  fs.mkdirSync(outside, { recursive: true });
  fs.writeFileSync(path.join(outside, 'other.md'), '# Other\n');
  process.once('exit', () => fs.rmSync(outside, { recursive: true, force: true }));
  return outside;
}
