import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER } from '../lsp/lsp-client';

const README = path.join(__dirname, '..', '..', 'README.md');

/** The README's Neovim snippet: the first Lua block after the **Neovim** heading. */
function readmeSnippet(): string {
  const text = fs.readFileSync(README, 'utf8');
  const block = /\*\*Neovim\*\*[^\n]*\n+```lua\n([\s\S]*?)```/.exec(text)?.[1];
  assert.ok(block, 'README.md has a Lua block under **Neovim**');
  return block;
}

// Neovim 0.7 (Debian's) pulls no diagnostics, maps K to man pages and announces no
// documentChanges: this proves that the README's set-up gets it the pushed findings,
// the hover on K and the move quick fix, with the server installed as the README says.
describe('Neovim as an LSP client', function () {
  this.timeout(60_000);

  it("with the README's set-up: diagnostics, K explains a finding, and the move quick fix creates the companion", () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'Neovim is not installed: .ci/run installs it (apt-get install neovim)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-nvim-'));
    try {
      // `clinical-scope-server` on the PATH, as after `npm install -g clinical-scope`.
      const bin = path.join(dir, 'bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'clinical-scope-server'), `#!/bin/sh\nexec "${process.execPath}" "${SERVER}" "$@"\n`, { mode: 0o755 });
      const snippet = path.join(dir, 'snippet.lua');
      fs.writeFileSync(snippet, readmeSnippet());
      const work = path.join(dir, 'notes');
      fs.mkdirSync(work);
      const file = path.join(work, 'plan.supervision.md');
      fs.writeFileSync(file, '# Plan\n\nWe discussed Client D.M., 27.\n\nThe board has approved a hiring freeze, and both vacant posts stay empty this year.\n');
      const out = path.join(dir, 'out.json');
      const r = spawnSync('nvim', ['--headless', '--noplugin', '-u', path.join(__dirname, 'init.lua'), file], {
        cwd: work,
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, CLINICAL_SCOPE_SNIPPET: snippet, CLINICAL_SCOPE_OUT: out },
        encoding: 'utf8',
        timeout: 40_000,
      });
      assert.ok(fs.existsSync(out), `Neovim wrote nothing (exit ${r.status}): ${r.stderr}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.equal(result.error, undefined, result.error);
      assert.deepEqual(
        result.diagnostics.map((d: { code: string; source: string; line: number }) => [d.code, d.source, d.line]),
        [['scope/leadership-in-supervision', 'clinical-scope', 4]],
      );
      assert.match(result.hover, /\*\*Why:\*\* Recruitment, vacancies/);
      assert.ok(result.actions.includes('Move to a leadership document (plan.leadership.md)'), result.actions.join(' | '));
      assert.equal(result.move_has_edit, false, 'a command: Neovim 0.7 cannot create files in an edit');
      assert.match(fs.readFileSync(path.join(work, 'plan.leadership.md'), 'utf8'), /^---\nscope: leadership\n[\s\S]*<!-- moved from plan\.supervision\.md -->\nThe board has approved a hiring freeze/);
      assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /hiring freeze/);
      assert.ok(result.messages.includes('Clinical Scope moved the passage to plan.leadership.md (a leadership document).'), result.messages.join(' | '));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
