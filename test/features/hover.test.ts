import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/features/hover';
import { check, lines } from '../helpers';

describe('hover', () => {
  const text = lines('---', 'scope: leadership', '---', '', '# Policy', '', '1. All clinicians receive weekly supervision.', '2. For example, Dr Mensah is still struggling with late notes and is now on a performance improvement plan.');
  const result = check(text);

  it('explains a drift finding: category, cues, why, where it belongs, how to silence it', () => {
    const hover = hoverAt(result, { line: 7, character: 20 })!;
    assert.match(hover.contents, /One clinician's individual performance\*\* in a leadership document/);
    assert.match(hover.contents, /Cue words: "/);
    assert.match(hover.contents, /\*\*Why it is out of scope:\*\* One staff member's individual performance problem/);
    assert.match(hover.contents, /\*\*Where it belongs:\*\* the clinician's own supervision notes/);
    assert.match(hover.contents, /scope\/supervision-in-leadership=off/);
    assert.equal(hover.range.start.line, 7);
  });

  it('explains the scope key', () => {
    assert.match(hoverAt(result, { line: 1, character: 3 })!.contents, /This document is checked as a \*\*leadership\*\* document \(front matter `scope: leadership`\)/);
  });

  it('says nothing elsewhere', () => {
    assert.equal(hoverAt(result, { line: 6, character: 5 }), undefined);
  });
});
