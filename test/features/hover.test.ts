import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/features/hover';
import { check, lines } from '../helpers';

describe('hover', () => {
  const text = lines('---', 'scope: leadership', '---', '', '# Policy', '', '1. All clinicians receive weekly supervision.', '2. For example, Dr Mensah is still struggling with late notes and is now on a performance improvement plan.');
  const result = check(text);

  it('explains a drift finding without repeating its message: why, where it belongs, the quick fixes by name', () => {
    const hover = hoverAt(result, { line: 7, character: 20 })!;
    const message = result.diagnostics.find((d) => d.code === 'scope/supervision-in-leadership')!.message;
    assert.ok(hover.contents.startsWith("**Why:** One staff member's individual performance problem"), hover.contents);
    assert.match(hover.contents, /\*\*Where it belongs:\*\* the clinician's own supervision notes\. The quick fix \*Move to a supervision document\*/);
    assert.match(hover.contents, /choose \*Disable "supervision content in leadership" for this line\* in the quick fixes and say why/);
    // The editor shows the message above the hover: neither it nor its cue list comes again.
    assert.ok(!hover.contents.includes(message));
    assert.doesNotMatch(hover.contents, /Cue words|individual performance\*\* in a/);
    // Words a clinician uses: no command-line flags or settings keys.
    assert.doesNotMatch(hover.contents, /--rule|clinicalScope\.|=off/);
    assert.match(hover.contents, /\[About this check\]\(https:/);
    assert.equal(hover.range.start.line, 7);
  });

  it('explains the scope key', () => {
    assert.match(hoverAt(result, { line: 1, character: 3 })!.contents, /This document is checked as a \*\*leadership\*\* document \(front matter `scope: leadership`\)/);
  });

  it('says nothing elsewhere', () => {
    assert.equal(hoverAt(result, { line: 6, character: 5 }), undefined);
  });
});
