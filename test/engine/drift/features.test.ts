import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/engine';
import { emptyEvidence } from '../../../server/src/engine/drift/evidence';
import { unitFeatures } from '../../../server/src/engine/drift/features';
import { check, found, lines } from '../../helpers';

describe('drift features: names are not topics', () => {
  const minutes = (worker: string, town: string) =>
    lines(
      '---',
      'scope: leadership',
      '---',
      '# Team meeting minutes',
      '',
      '## Staffing',
      '',
      `${worker} has had nine sick days since September and left the ${town} clinic early twice; the manager will hold a formal conversation with him.`,
      '',
      `The ${town} team will move to the new rota in March, and two posts will be advertised.`,
    );

  it('reads a worker and a town by what the block says of them, not by which name they have', () => {
    const words = (text: string) => {
      const unit = parseDocument(text).units.find((u) => u.type === 'paragraph')!;
      return [...unitFeatures('leadership', unit, emptyEvidence(), emptyEvidence(), { score: 0, flagged: false }).keys()].filter((k) => /^[wb]:/.test(k)).sort();
    };
    const a = words(minutes('Devon Achterberg', 'Westgate'));
    assert.deepEqual(a, words(minutes('Aroha Ngata', 'Townsville')));
    assert.ok(a.includes('w:‹person›') && a.includes('b:‹proper› clinic'), a.join(' '));
    assert.ok(!a.some((k) => /devon|achterberg|westgate/.test(k)));
  });

  it('gives the same findings whichever names a document uses', () => {
    const drift = (text: string) => found(check(text)).filter((f) => f.includes('scope/'));
    assert.deepEqual(drift(minutes('Devon Achterberg', 'Westgate')), drift(minutes('Aroha Ngata', 'Townsville')));
  });
});
