import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigFiles } from '../../server/src/node/config-files';
import { useTempFolder } from '../temp-folder';

describe('finding team configuration files', () => {
  const folder = useTempFolder('cs-config-');
  const write = (rel: string, text: string) => folder.write(rel, text);

  it('walks up from the document to the workspace root, nearest first', () => {
    const top = write('.clinical-scope.yaml', 'rules:\n  scope/unknown-kind: off\n');
    const mid = write('notes/.clinical-scope.json', '{ "sensitivity": "high" }');
    write('notes/2025/week1.md', '# Notes');
    const files = new ConfigFiles();
    assert.deepEqual(files.find(path.join(folder.root, 'notes', '2025', 'week1.md'), folder.root), [mid, top]);
    assert.deepEqual(files.find(path.join(folder.root, 'other.md'), folder.root), [top]);
  });

  it('does not look above the workspace root, and stops at root: true', () => {
    write('.clinical-scope.yaml', 'sensitivity: low\n');
    write('team/.clinical-scope.yaml', 'root: true\nsensitivity: high\n');
    const inner = write('team/notes/.clinical-scope.yaml', 'rules:\n  scope/unknown-kind: off\n');
    const files = new ConfigFiles();
    assert.deepEqual(files.find(path.join(folder.root, 'team', 'notes', 'a.md'), path.join(folder.root, 'team', 'notes')), [inner]);
    assert.equal(files.find(path.join(folder.root, 'team', 'notes', 'a.md'), folder.root).length, 2);
  });

  it('applies nearer files over farther ones, key by key, over editor settings', () => {
    write('.clinical-scope.yaml', 'rules:\n  scope/unknown-kind: off\n  scope/invalid-kind: error\nsensitivity: low\n');
    write('notes/.clinical-scope.yaml', 'rules:\n  scope/unknown-kind: hint\n');
    const config = new ConfigFiles().resolve(path.join(folder.root, 'notes', 'a.md'), {
      stopAt: folder.root,
      settings: { severities: { 'scope/unknown-kind': 'error', 'structure/invalid-front-matter': 'off' } },
      overrides: { severities: { 'scope/invalid-kind': 'warning' } },
    });
    assert.deepEqual(config.severities, { 'scope/unknown-kind': 'hint', 'scope/invalid-kind': 'warning', 'structure/invalid-front-matter': 'off' });
    assert.equal(config.sensitivity, 'low');
  });

  it('reads a file again when it changes, and prefers the editor\'s unsaved text', () => {
    const file = write('.clinical-scope.yaml', 'sensitivity: low\n');
    const files = new ConfigFiles();
    assert.equal(files.read(file).config.sensitivity, 'low');
    fs.writeFileSync(file, 'sensitivity: high\n# a longer file\n');
    assert.equal(files.read(file).config.sensitivity, 'high');
    files.setOpenText(file, 'sensitivity: normal\n');
    assert.equal(files.read(file).config.sensitivity, 'normal');
    files.setOpenText(file, undefined);
    assert.equal(files.read(file).config.sensitivity, 'high');
  });

  it('resolves globs relative to the file that wrote them', () => {
    write('notes/.clinical-scope.yaml', 'kinds:\n  "clients/**": supervision\n');
    const config = new ConfigFiles().resolve(path.join(folder.root, 'notes', 'clients', 'a.md'), { stopAt: folder.root });
    assert.equal(config.kindGlobs[0]!.base, path.join(folder.root, 'notes').split(path.sep).join('/'));
  });
});
