import assert from 'node:assert/strict';
import { mergeConfig, parseConfig } from '../../server/src/engine';
import { check, lines } from '../helpers';

const problems = (text: string) => parseConfig(text).problems.map((p) => `${p.range.start.line + 1}: ${p.message}`);

describe('team configuration files', () => {
  it('reads every key of a valid YAML file', () => {
    const { config, problems: p } = parseConfig(
      lines(
        'rules:',
        '  scope/unknown-kind: off',
        '  scope/leadership-in-supervision: error',
        'kinds:',
        '  "notes/**": supervision',
        'cues:',
        '  resource-allocation: [capex]',
        'ignore: [budget clinic]',
        'organisation: [Harbor House]',
        'sections:',
        '  session-note: [Attendance, Cases, Plan]',
        'templates: team/templates',
        'move: { folder: companions, leavePointer: false }',
        'sensitivity: high',
        'suppressions: { requireReason: true }',
      ),
    );
    assert.deepEqual(p, []);
    assert.equal(config.rules!['scope/unknown-kind'], 'off');
    assert.deepEqual(config.kinds, { 'notes/**': 'supervision' });
    assert.equal(config.sensitivity, 'high');
  });

  it('reads JSON too', () => {
    assert.deepEqual(parseConfig('{ "rules": { "scope/unknown-kind": "off" } }').config, { rules: { 'scope/unknown-kind': 'off' } });
  });

  it('reports an unknown key at its line, with a suggestion', () => {
    assert.deepEqual(problems(lines('rules:', '  scope/unknown-kind: off', 'sensitivty: high')), ['3: Unknown key `sensitivty` in the configuration; did you mean `sensitivity`?']);
  });

  it('reports an unknown rule id with did-you-mean, and a bad severity, each at its line', () => {
    assert.deepEqual(problems(lines('rules:', '  scope/leadership-in-supervison: off', '  scope/unknown-kind: loud')), [
      '2: Unknown rule `scope/leadership-in-supervison`; did you mean `scope/leadership-in-supervision`?',
      '3: `rules.scope/unknown-kind` must be one of `error`, `warning`, `information`, `hint`, `off`.',
    ]);
  });

  it('reports a bad glob and a bad kind', () => {
    assert.deepEqual(problems(lines('kinds:', '  "notes/[abc": supervision', '  "../x/**": leadership', '  "policies/**": policy')), [
      '2: The glob `notes/[abc` is not valid: a `[` is never closed.',
      '3: The glob `../x/**` is not valid: it must stay inside this folder (no leading / and no ..).',
      '4: `kinds.policies/**` must be one of `supervision`, `leadership`.',
    ]);
  });

  it('reports wrong types, unknown categories and unknown document types', () => {
    const found = problems(lines('ignore: budget', 'cues:', '  budgets: [x]', 'sections:', '  session-notes: [Plan]', 'move: { leavePointer: "yes" }'));
    assert.equal(found.length, 4);
    assert.equal(found[0], '1: `ignore` must be a list.');
    assert.match(found[1]!, /^3: Unknown category `budgets` under `cues:`; known: `hiring-and-staffing`, /);
    assert.equal(found[2], '5: Unknown document type `session-notes` under `sections:`; did you mean `session-note`?');
    assert.equal(found[3], '6: `move.leavePointer` must be true or false.');
  });

  it('keeps the valid settings of a broken file, and never throws', () => {
    const { config, problems: p } = parseConfig(lines('rules:', '  scope/unknown-kind: off', '  bogus/rule: error', 'sensitivity: extreme'));
    assert.equal(p.length, 2);
    assert.deepEqual(config, { rules: { 'scope/unknown-kind': 'off' } });
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const broken = [
      'rules: [unclosed',
      '- a list',
      '::::',
      'rules:\n  - error',
      '\u0000\u0001',
      'a: &x [*x]',
      // Aliases: one used far too often, a billion laughs, one with no anchor, a merge of a missing one.
      `organisation: [&h Harbor House, ${Array(150).fill('*h').join(', ')}]`,
      laughs,
      'organisation: [*nowhere]',
      'rules:\n  <<: *missing',
      'x'.repeat(200_001),
      // Values that are not plain data.
      'kinds: !!binary aGVsbG8=',
      '!!binary q`5oM`q!5QkGz,=`sD"q>CBu$Z>~8supervision',
    ];
    for (const text of broken) {
      let r: ReturnType<typeof parseConfig> | undefined;
      assert.doesNotThrow(() => (r = parseConfig(text)), text.slice(0, 60));
      assert.ok(r!.problems.length > 0, JSON.stringify(text.slice(0, 60)));
    }
  });

  it('merges layers: nearer files override farther ones key by key, after the editor settings', () => {
    const merged = mergeConfig(
      [
        { config: { rules: { 'scope/unknown-kind': 'off', 'scope/invalid-kind': 'error' }, sensitivity: 'low' }, base: '/repo', source: '/repo/.clinical-scope.yaml' },
        { config: { rules: { 'scope/unknown-kind': 'warning' } }, base: '/repo/notes', source: '/repo/notes/.clinical-scope.yaml' },
      ],
      { severities: { 'scope/unknown-kind': 'hint', 'structure/invalid-front-matter': 'error' } },
    );
    assert.deepEqual(merged.severities, { 'scope/unknown-kind': 'warning', 'scope/invalid-kind': 'error', 'structure/invalid-front-matter': 'error' });
    assert.equal(merged.sensitivity, 'low');
  });

  it('maps files to a kind by glob, after front matter and the file-name suffix', () => {
    const config = mergeConfig([{ config: { kinds: { 'notes/**': 'supervision', 'policies/*.md': 'leadership' } }, base: '/repo', source: '/repo/.clinical-scope.yaml' }]);
    const kindOf = (file: string, text = 'Some text.') => check.call(null, text, file) && analyzeWith(text, file, config);
    assert.equal(kindOf('/repo/notes/2025/week1.md').kind.kind, 'supervision');
    assert.match(kindOf('/repo/notes/week1.md').kind.reason, /team config maps `notes\/\*\*` to supervision/);
    assert.equal(kindOf('/repo/policies/leave.md').kind.kind, 'leadership');
    assert.equal(kindOf('/repo/notes/x.leadership.md').kind.kind, 'leadership');
    assert.equal(kindOf('/repo/notes/x.md', '---\nscope: leadership\n---\nText.').kind.kind, 'leadership');
    assert.equal(kindOf('/elsewhere/notes/x.md').kind.kind, 'unknown');
  });

  it('adds the team\'s cue phrases and never-flag phrases, and its names for its programs', () => {
    // The cue phrase alone makes the line drift ("agreed by the board" would say so without it).
    const text = lines('---', 'scope: supervision', '---', '', 'We discussed Client A.B. at length.', '', 'She mentioned the capital budget for the Bridge program.');
    assert.equal(analyzeWith(text, '/r/x.md', mergeConfig([])).diagnostics.filter((d) => d.code.includes('-in-')).length, 1);
    const ignored = mergeConfig([{ config: { ignore: ['capital budget'] }, base: '/r', source: '' }]);
    const cues = analyzeWith(text, '/r/x.md', ignored).diagnostics.filter((d) => d.code.includes('-in-'));
    assert.equal(cues.length, 0, JSON.stringify(cues));
    const weak = lines('---', 'scope: supervision', '---', '', 'We went over the Tuesday rota at Harbor House.');
    assert.equal(analyzeWith(weak, '/r/x.md', mergeConfig([])).diagnostics.length, 0);
    const team = mergeConfig([{ config: { cues: { 'hiring-and-staffing': ['Tuesday rota'] }, organisation: ['Harbor House'] }, base: '/r', source: '' }]);
    assert.equal(analyzeWith(weak, '/r/x.md', team).diagnostics[0]?.code, 'scope/leadership-in-supervision');
  });

  it('makes drift more or less readily flagged with sensitivity', () => {
    const text = lines('---', 'scope: supervision', '---', '', 'She mentioned the new intake cap for the team.');
    const count = (sensitivity: 'low' | 'normal' | 'high') =>
      analyzeWith(text, '/r/x.md', mergeConfig([{ config: { sensitivity }, base: '/r', source: '' }])).diagnostics.filter((d) => d.code.includes('-in-')).length;
    assert.ok(count('low') <= count('normal') && count('normal') <= count('high'));
    assert.equal(count('high'), 1);
    assert.equal(count('low'), 0);
  });
});

import { analyze, type EffectiveConfig } from '../../server/src/engine';
function analyzeWith(text: string, fileName: string, config: EffectiveConfig) {
  return analyze(text, { fileName, config });
}
