import assert from 'node:assert/strict';
import { check, lines } from '../helpers';

describe('pillar coverage', () => {
  it('lists the pillars a document addresses and the ones it lacks, in the usual order', () => {
    const r = check(
      lines(
        '---',
        'scope: supervision',
        '---',
        '',
        '## Ethics',
        '',
        'We talked through confidentiality and the limits of consent with her adolescent clients.',
        '',
        '## Feedback and evaluation',
        '',
        'Her mid-year evaluation is due; she will self-rate on the competency framework first.',
      ),
    );
    assert.deepEqual(r.pillars.covered, ['ethical-standards', 'performance-evaluation']);
    assert.deepEqual(r.pillars.missing, ['guidance-and-support', 'continuous-learning', 'effective-communication', 'safe-work-environment']);
  });

  it('does not count a passing mention as addressing a pillar', () => {
    const r = check(lines('---', 'scope: supervision', '---', '', 'We met for an hour and she felt supported.'));
    assert.ok(!r.pillars.covered.includes('guidance-and-support'));
  });
});
