import assert from 'node:assert/strict';
import { normalizeWord } from '../../server/src/engine/lexicon/normalize';

const same = (...words: string[]) => {
  const forms = new Set(words.map(normalizeWord));
  assert.equal(forms.size, 1, `${words.join(', ')} normalise to ${[...forms].join(', ')}`);
};

describe('normalizeWord', () => {
  it('unifies inflections', () => {
    same('budget', 'budgets', 'budgeted', 'budgeting', "budget's");
    same('hire', 'hires', 'hired', 'hiring');
    same('vacancy', 'vacancies');
    same('plan', 'plans', 'planned', 'planning');
    same('agree', 'agreed', 'agrees', 'agreeing');
    same('apply', 'applies', 'applied');
  });

  it('keeps apart words that would collide once stripped: a note is not "not"', () => {
    same('note', 'notes', 'noted', 'noting');
    assert.notEqual(normalizeWord('notes'), normalizeWord('not'));
    assert.notEqual(normalizeWord('noted'), normalizeWord('not'));
    assert.notEqual(normalizeWord('here'), normalizeWord('her'));
  });

  it('unifies British, Australian and American spellings', () => {
    same('organisation', 'organization', 'organisations');
    same('counselling', 'counseling');
    same('programme', 'program');
    same('behaviour', 'behavior');
    same('practise', 'practice');
  });

  it('keeps derived words apart, so unrelated words do not collide', () => {
    assert.notEqual(normalizeWord('transference'), normalizeWord('transfer'));
    assert.notEqual(normalizeWord('directorate'), normalizeWord('director'));
    assert.notEqual(normalizeWord('establishment'), normalizeWord('establishing'));
  });
});
