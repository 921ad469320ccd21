import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planMove } from '../../server/src/features/move';
import { check, lines } from '../helpers';

const apply = (text: string, edit: { range: Parameters<typeof TextDocument.applyEdits>[1][number]['range']; newText: string }) =>
  TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [edit]);

const driftOf = (text: string, file: string) => {
  const result = check(text, file);
  const d = result.diagnostics.find((x) => x.code.startsWith('scope/') && x.code.includes('-in-'));
  assert.ok(d, 'expected a drift finding');
  return { result, d };
};

describe('moving a drifting passage', () => {
  it('moves a whole list item with its marker, leaving a pointer', () => {
    const text = lines('# Notes', '', '- We discussed Client A.B. and her panic.', '- The board approved a hiring freeze and both vacant posts stay empty.', '- Next meeting Tuesday.', '');
    const { result, d } = driftOf(text, 'n.supervision.md');
    const plan = planMove(result, d, { pointerTo: 'n.leadership.md' })!;
    assert.equal(plan.moved, '- The board approved a hiring freeze and both vacant posts stay empty.\n');
    assert.equal(apply(text, plan.edit), lines('# Notes', '', '- We discussed Client A.B. and her panic.', '- See [n.leadership.md](n.leadership.md)', '- Next meeting Tuesday.', ''));
  });

  it('moves a paragraph and the blank line after it, without a pointer when none is wanted', () => {
    const text = lines('We discussed Client A.B. and her panic.', '', 'Finance is cutting the training budget across all programs next year.', '', 'Next meeting Tuesday.', '');
    const { result, d } = driftOf(text, 'n.supervision.md');
    const plan = planMove(result, d)!;
    assert.equal(apply(text, plan.edit), lines('We discussed Client A.B. and her panic.', '', 'Next meeting Tuesday.', ''));
  });

  it('moves a single drifting sentence out of its paragraph', () => {
    const text = lines('We discussed Client A.B. and her panic attacks at length. Separately, the board has approved a hiring freeze for all programs, and both vacant posts stay empty.', '');
    const { result, d } = driftOf(text, 'n.supervision.md');
    const plan = planMove(result, d)!;
    assert.equal(plan.moved, 'Separately, the board has approved a hiring freeze for all programs, and both vacant posts stay empty.\n');
    assert.equal(apply(text, plan.edit), 'We discussed Client A.B. and her panic attacks at length.\n');
  });

  it('keeps CRLF line endings', () => {
    const text = ['- We discussed Client A.B.', '- The board approved a hiring freeze and both vacant posts stay empty.', '- Next.', ''].join('\r\n');
    const { result, d } = driftOf(text, 'n.supervision.md');
    const plan = planMove(result, d)!;
    assert.equal(plan.moved, '- The board approved a hiring freeze and both vacant posts stay empty.\r\n');
    assert.equal(apply(text, plan.edit), ['- We discussed Client A.B.', '- Next.', ''].join('\r\n'));
  });

  it('turns a drifting table row into a list item and removes the row', () => {
    const text = lines('| Action | Owner |', '|---|---|', '| Practise the C-SSRS wording | Supervisee |', '| Draft the business case for two new posts and the recruitment budget | Supervisor |', '');
    const { result, d } = driftOf(text, 'plan.supervision.md');
    const plan = planMove(result, d, { pointerTo: 'plan.leadership.md' })!;
    assert.equal(plan.moved, '- Draft the business case for two new posts and the recruitment budget — Supervisor\n');
    assert.equal(apply(text, plan.edit), lines('| Action | Owner |', '|---|---|', '| Practise the C-SSRS wording | Supervisee |', ''));
  });
});
