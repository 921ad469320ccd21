import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER } from '../lsp/lsp-client';

// Neovim 0.7 (Debian's) does not pull diagnostics: this proves the pushed ones reach a real
// client outside VS Code, with the configuration the README gives.
describe('Neovim as an LSP client', function () {
  this.timeout(60_000);

  it('shows the server\'s diagnostics and hover in a Markdown buffer', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'Neovim is not installed: scripts/setup-ci.sh installs it (apt-get install neovim)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-nvim-'));
    try {
      const file = path.join(dir, 'plan.supervision.md');
      fs.writeFileSync(file, '# Plan\n\nWe discussed Client D.M., 27.\n\nThe board has approved a hiring freeze, and both vacant posts stay empty this year.\n');
      const out = path.join(dir, 'out.json');
      const r = spawnSync('nvim', ['--headless', '--noplugin', '-u', path.join(__dirname, 'init.lua'), file], {
        cwd: dir,
        env: { ...process.env, CLINICAL_SCOPE_SERVER: SERVER, CLINICAL_SCOPE_OUT: out },
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
      assert.match(result.hover, /^\*\*Why:\*\* Recruitment, vacancies/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
