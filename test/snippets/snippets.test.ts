import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pillars } from '../../server/src/engine';
import { sectionsOf } from '../../server/src/engine/structure/sections';
import { expandSnippet, snippetProblems } from '../../server/src/engine/templates/snippet-syntax';
import { builtInTemplates, pillarSnippets } from '../../server/src/features/snippet-library';
import { check } from '../helpers';

const SNIPPETS = path.join(__dirname, '..', '..', 'snippets');
const files = fs.readdirSync(SNIPPETS).filter((f) => f.endsWith('.json'));
const DRIFT = new Set(['scope/leadership-in-supervision', 'scope/supervision-in-leadership']);

describe('snippets', () => {
  it('are valid snippet files, for editors without the server; the VS Code extension does not contribute them a second time', () => {
    // In VS Code the server offers the same pillars (in the document's phrasing) and templates.
    const contributes = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).contributes as { snippets?: unknown };
    assert.equal(contributes.snippets, undefined);
    assert.deepEqual(files.sort(), ['pillars.json', 'templates.json']);
    for (const f of files) {
      const json = JSON.parse(fs.readFileSync(path.join(SNIPPETS, f), 'utf8')) as Record<string, { prefix: unknown; body: unknown; description: unknown }>;
      for (const [name, s] of Object.entries(json)) {
        assert.equal(typeof s.prefix, 'string', `${f}: ${name} prefix`);
        assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), `${f}: ${name} body`);
        assert.equal(typeof s.description, 'string', `${f}: ${name} description`);
      }
    }
  });

  it('parse as VS Code snippet syntax', () => {
    for (const s of [...pillarSnippets.map((p) => ({ name: p.prefix, body: p.body })), ...builtInTemplates.map((t) => ({ name: t.prefix, body: t.body }))]) {
      assert.deepEqual(snippetProblems(s.body), [], s.name);
    }
  });

  it('have unique prefixes', () => {
    const prefixes = [...pillarSnippets.map((p) => p.prefix), ...builtInTemplates.map((t) => t.prefix)];
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  it('cover each of the six pillars in both phrasings', () => {
    for (const p of pillars) for (const kind of ['supervision', 'leadership']) assert.ok(pillarSnippets.some((s) => s.pillar === p.id && s.kind === kind), `${p.id} ${kind}`);
  });

  it('pillar snippets, expanded in a document of their kind, teach no drift and address their pillar', () => {
    for (const s of pillarSnippets) {
      const text = `---\nscope: ${s.kind}\n---\n\n# Notes\n\n${expandSnippet(s.body)}\n`;
      const result = check(text);
      assert.deepEqual(result.diagnostics.filter((d) => DRIFT.has(d.code)).map((d) => d.message), [], s.prefix);
      assert.ok(result.pillars.covered.includes(s.pillar), `${s.prefix} addresses ${s.pillar}; covered: ${result.pillars.covered}`);
    }
  });

  it('templates, expanded with their defaults, pass clinical-scope check with no drift, in their declared kind', () => {
    assert.equal(builtInTemplates.length, 8);
    for (const t of builtInTemplates) {
      const result = check(expandSnippet(t.body), `${t.prefix}.md`);
      assert.equal(result.kind.source, 'frontmatter', t.prefix);
      assert.equal(result.kind.kind, t.kind, t.prefix);
      assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error' || DRIFT.has(d.code)).map((d) => `${d.code}: ${d.message}`), [], t.prefix);
    }
  });

  it('templates, as inserted, address all six overlap pillars in their own terms', () => {
    for (const t of builtInTemplates) {
      const result = check(expandSnippet(t.body), `${t.prefix}.md`);
      assert.deepEqual(result.pillars.missing, [], `${t.prefix} misses ${result.pillars.missing.join(', ')}`);
    }
  });

  it('templates hold every section of their type, in order', () => {
    for (const t of builtInTemplates) {
      const type = /^type:\s*([\w-]+)/m.exec(t.body)![1]!;
      const headings = [...expandSnippet(t.body).matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      const expected = sectionsOf(type).map((s) => s.heading);
      assert.ok(expected.length > 0, `${type} has a section model`);
      assert.deepEqual(headings.filter((h) => expected.includes(h)), expected, t.prefix);
    }
  });
});
