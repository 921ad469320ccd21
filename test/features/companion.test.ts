import assert from 'node:assert/strict';
import { companionFileName, companionHeader } from '../../server/src/features/companion';

describe('companion documents', () => {
  it('names the companion of the other kind beside the document', () => {
    assert.equal(companionFileName('/notes/plan-2025.supervision.md', 'leadership'), '/notes/plan-2025.leadership.md');
    assert.equal(companionFileName('/p/caseload.policy.md', 'supervision'), '/p/caseload.supervision.md');
    assert.equal(companionFileName('/p/minutes.leadership.md', 'supervision'), '/p/minutes.supervision.md');
    assert.equal(companionFileName('/p/notes.md', 'leadership'), '/p/notes.leadership.md');
    assert.equal(companionFileName('C:\\docs\\Notes.Supervision.markdown', 'leadership'), 'C:\\docs\\Notes.leadership.markdown');
  });

  it('opens a new companion with front matter that declares its kind', () => {
    assert.match(companionHeader('leadership', 'plan.supervision.md'), /^---\nscope: leadership\ntitle: Leadership notes moved from plan\.supervision\.md\n---\n/);
  });
});
