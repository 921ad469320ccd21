import assert from 'node:assert/strict';
import { analyze, mergeConfig } from '../../server/src/engine';
import { found, lines } from '../helpers';

const DRIFT = 'The board has approved a hiring freeze, and both vacant posts stay empty this year.';
const SUP = ['---', 'scope: supervision', '---', ''];
const run = (body: string[], config = mergeConfig([])) => analyze(lines(...SUP, ...body), { fileName: 'n.md', config });
const drift = (r: ReturnType<typeof run>) => found(r, 'scope/leadership-in-supervision');

describe('suppression comments', () => {
  it('finds the drift these tests silence', () => {
    assert.deepEqual(drift(run([DRIFT])), ['5:scope/leadership-in-supervision']);
  });

  it('disable-next-line silences the next line, across a blank line and a wrapped paragraph', () => {
    assert.deepEqual(drift(run(['<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- agreed -->', DRIFT])), []);
    assert.deepEqual(drift(run(['<!-- clinical-scope-disable-next-line -->', '', 'We discussed the plan.', DRIFT])), []);
    assert.deepEqual(drift(run(['<!-- clinical-scope-disable-next-line -->', 'We discussed the plan.', '', DRIFT])), ['8:scope/leadership-in-supervision']);
  });

  it('disable-line silences its own line, in a list item and in a table row', () => {
    assert.deepEqual(drift(run([`- ${DRIFT} <!-- clinical-scope-disable-line scope/leadership-in-supervision -- noted -->`, '- We met.'])), []);
    assert.deepEqual(drift(run(['| Item | Owner |', '|---|---|', `| ${DRIFT} <!-- clinical-scope-disable-line scope -- for the record --> | Me |`])), []);
    assert.deepEqual(drift(run(['| Item | Owner |', '|---|---|', `| ${DRIFT} | Me |`])), ['7:scope/leadership-in-supervision']);
  });

  it('works in block quotes and in the middle of lists', () => {
    assert.deepEqual(drift(run(['> <!-- clinical-scope-disable-next-line -->', `> ${DRIFT}`])), []);
    assert.deepEqual(drift(run(['- We met.', '  <!-- clinical-scope-disable-next-line -->', `- ${DRIFT}`, `- ${DRIFT}`])), ['8:scope/leadership-in-supervision']);
  });

  it('disable … enable silences the lines between, for the rules named', () => {
    const r = run(['<!-- clinical-scope-disable scope/leadership-in-supervision -- program update section -->', DRIFT, '', DRIFT, '<!-- clinical-scope-enable scope/leadership-in-supervision -->', '', DRIFT]);
    assert.deepEqual(drift(r), ['11:scope/leadership-in-supervision']);
    const other = run(['<!-- clinical-scope-disable structure -->', DRIFT]);
    assert.deepEqual(drift(other), ['6:scope/leadership-in-supervision']);
  });

  it('disable-file silences the rule everywhere', () => {
    assert.deepEqual(drift(run([DRIFT, '', '<!-- clinical-scope-disable-file scope/leadership-in-supervision -- a board report -->', '', DRIFT])), []);
  });

  it('reports a comment that silences nothing as a hint, and one that names an unknown rule', () => {
    const r = run(['<!-- clinical-scope-disable-next-line -->', 'We met for an hour.', '', '<!-- clinical-scope-disable-line scope/leadershp-in-supervision -->']);
    const hints = r.diagnostics.filter((d) => d.code === 'structure/unused-suppression');
    assert.deepEqual(hints.map((h) => [h.range.start.line + 1, h.severity]), [[5, 'hint'], [8, 'hint']]);
    assert.match(hints[1]!.message, /did you mean `scope\/leadership-in-supervision`\?/);
  });

  it('requires a reason when the team config says so', () => {
    const config = mergeConfig([{ config: { suppressions: { requireReason: true } }, base: '/', source: '' }]);
    const r = run(['<!-- clinical-scope-disable-next-line -->', DRIFT, '', '<!-- clinical-scope-disable-next-line -- discussed with the director -->', DRIFT], config);
    assert.deepEqual(found(r, 'structure/unexplained-suppression'), ['5:structure/unexplained-suppression']);
    assert.deepEqual(drift(r), []);
  });

  it('records each suppression with its rules, reason and what it silenced', () => {
    const r = run(['<!-- clinical-scope-disable-next-line scope/leadership-in-supervision, scope/supervision-in-leadership -- agreed in supervision -->', DRIFT]);
    assert.equal(r.suppressions.length, 1);
    const [s] = r.suppressions;
    assert.deepEqual(s!.directive.rules, ['scope/leadership-in-supervision', 'scope/supervision-in-leadership']);
    assert.equal(s!.directive.reason, 'agreed in supervision');
    assert.deepEqual(s!.silenced.map((d) => d.code), ['scope/leadership-in-supervision']);
  });

  it('ignores comments when inline configuration is off', () => {
    const config = { ...mergeConfig([]), inlineConfig: false };
    assert.deepEqual(drift(run(['<!-- clinical-scope-disable-next-line -->', DRIFT], config)), ['6:scope/leadership-in-supervision']);
  });

  it('leaves ordinary comments and look-alikes alone', () => {
    const r = run(['<!-- clinical-scope: remember to review -->', '<!-- a note -->', DRIFT]);
    assert.deepEqual(drift(r), ['7:scope/leadership-in-supervision']);
    assert.equal(r.suppressions.length, 0);
  });
});
