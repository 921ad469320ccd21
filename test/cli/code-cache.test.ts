import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from './run-cli';
import { useTempFolder } from '../temp-folder';

describe('CLI start-up from the compiled-code cache', () => {
  const folder = useTempFolder('cs-cli-code-cache-');
  // The command keeps V8's compiled code in the system's temporary folder (TMPDIR): here, a folder of the test's own.
  const run = () => spawnSync(process.execPath, [CLI, 'check', 'notes', '--format', 'json'], { cwd: folder.root, encoding: 'utf8', env: { ...process.env, TMPDIR: path.join(folder.root, 'tmp') } });

  it('saves the compiled code on the first run, gives the same results from it, and keeps no document text in it', () => {
    fs.mkdirSync(path.join(folder.root, 'tmp'));
    folder.write('notes/a.supervision.md', '# Notes\n\nMs Quillfeather (DOB 04/05/1961) reported panic at Wobbleton Lodge. The board has approved a hiring freeze.\n');
    const first = run();
    const dir = path.join(folder.root, 'tmp', 'clinical-scope-code-cache');
    const saved = fs.readdirSync(dir);
    assert.equal(saved.length, 1, saved.join(', '));
    assert.match(saved[0]!, /^cli-main\.js-\d+-\d+-v\d+/);
    const bytes = fs.readFileSync(path.join(dir, saved[0]!));
    assert.ok(bytes.length > 100_000, `a cache of ${bytes.length} bytes`);
    // Words of the document that are not in the tool's own word lists or messages.
    for (const text of ['Quillfeather', '04/05/1961', 'Wobbleton']) assert.equal(bytes.includes(text), false, `the cache holds "${text}"`);
    const second = run();
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.status, first.status);
    assert.equal(first.status, 1);
    assert.deepEqual(fs.readdirSync(dir), saved, 'a valid cache is used, not written again');
  });

  it('runs as before when the temporary folder cannot be written', () => {
    folder.write('notes/a.supervision.md', '# Notes\n\nThe board has approved a hiring freeze.\n');
    fs.writeFileSync(path.join(folder.root, 'tmp'), 'a file where a folder should be');
    const r = run();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /leadership-in-supervision/);
  });
});
