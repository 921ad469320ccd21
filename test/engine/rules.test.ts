import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/engine';
import { check } from '../helpers';

// Each folder under test/fixtures/rules is named after a rule (scope/unknown-kind lives in
// scope-unknown-kind). A line that should get that rule's finding says so in an HTML comment
// at its end, <!-- expect: scope/unknown-kind -->; every other line must get none.
const root = path.join(__dirname, '..', 'fixtures', 'rules');
// `<!-- expect: rule@3 -->` expects the finding on line 3 instead, for findings in front matter.
const EXPECT = /<!--\s*expect:\s*([\w/-]+)(?:@(\d+))?\s*-->/g;

for (const dir of fs.readdirSync(root).sort()) {
  const rule = RULES.find((r) => r.id.replace('/', '-') === dir);
  describe(`rule fixtures: ${dir}`, () => {
    it('names a registered rule', () => assert.ok(rule, `no rule for folder ${dir}`));
    for (const file of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.md')).sort()) {
      it(file, () => {
        const text = fs.readFileSync(path.join(root, dir, file), 'utf8');
        const expected = new Set<number>();
        text.split('\n').forEach((line, i) => {
          for (const m of line.matchAll(EXPECT)) if (m[1] === rule!.id) expected.add(m[2] ? Number(m[2]) : i + 1);
        });
        const got = new Set(check(text, file).diagnostics.filter((d) => d.code === rule!.id).map((d) => d.range.start.line + 1));
        const missed = [...expected].filter((l) => !got.has(l));
        const extra = [...got].filter((l) => !expected.has(l));
        assert.deepEqual({ missed, extra }, { missed: [], extra: [] }, `${file}: lines missed ${missed}, lines flagged but not expected ${extra}`);
      });
    }
  });
}
