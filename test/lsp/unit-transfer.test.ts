import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine';
import { packUnits, unpackUnits } from '../../server/src/lsp/unit-transfer';
import { lines } from '../helpers';

describe('units copied from the analysis thread', () => {
  it('come back exactly as the engine made them, through a copy between threads', () => {
    const text = lines(
      '---',
      'scope: supervision',
      '---',
      '# Supervision notes',
      '',
      '**Unit matters:** the rota changes in May. The board met.',
      '',
      '## Cases',
      '',
      '- Client K.D., 29, disclosed more.',
      '- Second item',
      '',
      '> A quoted line.',
      '',
      '| Topic | Notes |',
      '|---|---|',
      '| Risk | Reviewed the plan. |',
      '',
      '**Plan**',
      '',
      'Next session in two weeks.',
    );
    const units = parseDocument(text).units;
    const copied = unpackUnits(structuredClone(packUnits(units)), text);
    assert.deepEqual(copied, units);
    assert.ok(copied.some((u) => u.label) && copied.some((u) => u.depth === 7) && copied.some((u) => u.type === 'tableRow'));
  });

  it('keep units under the same headings sharing one list of headings', () => {
    const text = lines('# Notes', '', '## Cases', '', 'One.', '', 'Two.', '', 'Three.');
    const copied = unpackUnits(structuredClone(packUnits(parseDocument(text).units)), text);
    const under = copied.filter((u) => u.type === 'paragraph');
    assert.equal(under.length, 3);
    assert.ok(under.every((u) => u.headings === under[0]!.headings));
  });
});
