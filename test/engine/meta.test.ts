import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { categories, RULES } from '../../server/src/engine';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

// Code, documentation, schema and manifest describe the same rules.
describe('rules, documentation and schema agree', () => {
  it('rule ids are unique and of the form family/name', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(scope|privacy|structure)\/[a-z]+(-[a-z]+)*$/);
  });

  it('every rule has a one-line description and a section in docs/rules.md at its anchor', () => {
    const anchors = [...read('docs/rules.md').matchAll(/^## ([a-z-]+)$/gm)].map((m) => m[1]);
    for (const r of RULES) {
      assert.ok(r.description.length > 10 && !r.description.includes('\n'), r.id);
      assert.equal(r.docsAnchor, r.id.replace('/', '-'));
      assert.ok(anchors.includes(r.docsAnchor), `docs/rules.md lacks ## ${r.docsAnchor}`);
    }
    assert.deepEqual([...anchors].sort(), RULES.map((r) => r.docsAnchor).sort(), 'docs/rules.md documents only real rules');
  });

  it('every rule has a plain name, which opens its section in docs/rules.md', () => {
    const docs = read('docs/rules.md');
    const names = RULES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of RULES) {
      assert.match(r.name, /^[a-z][a-z ]+$/, `${r.id}: a name in plain words, no ids`);
      const section = docs.split(`\n## ${r.docsAnchor}\n`)[1]!;
      assert.ok(section.trimStart().startsWith(`**${r.name[0]!.toUpperCase()}${r.name.slice(1)}** (\`${r.id}\`)`), r.id);
    }
  });

  it("the README's rule table lists every rule with its default severity", () => {
    const rows = [...read('README.md').matchAll(/^\| `([a-z]+\/[a-z-]+)` \| (error|warning|information|hint) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(rows.sort(), RULES.map((r) => `${r.id} ${r.defaultSeverity}`).sort());
  });

  it('the configuration schema knows every rule and every drift category', () => {
    const schema = JSON.parse(read('schemas/clinical-scope.schema.json'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
    assert.deepEqual(Object.keys(schema.properties.cues.properties).sort(), categories.map((c) => c.id).sort());
  });

  it('the manifest contributes the schema for JSON and YAML configuration files', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.clinical-scope.json', url: './schemas/clinical-scope.schema.json' }]);
    assert.deepEqual(pkg.contributes.yamlValidation[0].url, './schemas/clinical-scope.schema.json');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });
});
