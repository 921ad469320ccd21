import assert from 'node:assert/strict';
import { byCode, check, lines } from '../helpers';

describe('drift messages: the evidence a reader is shown', () => {
  const memo = lines(
    '---',
    'scope: leadership',
    '---',
    '# Memo: court reports',
    '',
    'From: Head of Forensic Psychology. To: all psychologists.',
    '',
    'All court reports must be peer reviewed before they are filed, and the service template must be used.',
    '',
    'Reports are stored in the legal folder of the electronic record, never on personal drives.',
    '',
    'Sam, your tribunal report on Mr K. was excellent and the scenario planning is the model I want others to follow.',
    '',
    'The review panel meets monthly and reports to the clinical governance committee.',
  );

  it('says in words that a paragraph addresses one clinician about their own work, and never quotes a weak word such as "want"', () => {
    const found = byCode(check(memo, 'memo.md'), 'scope/supervision-in-leadership');
    assert.deepEqual(
      found.map((d) => d.range.start.line + 1),
      [12],
    );
    assert.match(found[0]!.message, /addressed to one clinician about their own work/);
    assert.doesNotMatch(found[0]!.message, /"want"/);
  });

  it('says a table row in minutes is about one named client when the people of the document show the name is a client\'s', () => {
    const minutes = lines(
      '---',
      'scope: leadership',
      '---',
      '# Team meeting minutes',
      '',
      'Present: Tom Reilly (chair), Jo Banks, Grace Obi',
      '',
      '## Actions',
      '',
      '| # | Action | Owner | Due |',
      '|---|---|---|---|',
      '| 1 | Circulate the revised rota | Tom | 20 May |',
      '| 2 | Joint home visit to Mr Okonkwo; update his crisis plan and tell his daughter the outcome | Grace | 21 May |',
    );
    const found = byCode(check(minutes, 'minutes.md'), 'scope/supervision-in-leadership');
    assert.deepEqual(
      found.map((d) => d.range.start.line + 1),
      [13],
    );
    assert.match(found[0]!.message, /a single client's case/);
    assert.match(found[0]!.message, /\(a table row about one named client\)/);
    // The fix for its kind: what a leadership document may keep instead of the case.
    assert.match(found[0]!.message, /Or keep here only what the service learned from it, without the client's details\.$/);
    const note = lines('---', 'scope: supervision', '---', '# Supervision', '', 'The board approved the new budget, with two posts cut from the team next year.');
    const [budget] = byCode(check(note, 'note.md'), 'scope/leadership-in-supervision');
    assert.match(budget!.message, /^Belongs in a leadership document: .*Or keep here only what it means for this clinician's own work\.$/);
  });
  it('names a supervisee put in charge of other workers as line management, and quotes what shows it', () => {
    const plan = lines(
      '---',
      'scope: supervision',
      '---',
      '# Supervision agreement: Lerato M., speech therapist',
      '',
      'Supervision is fortnightly for one hour and covers caseload, clinical reasoning and wellbeing.',
      '',
      '## Goals',
      '',
      '- Build confidence with dysphagia assessments on the ward.',
      '- Oversee the daily work of the two rehabilitation care workers, including their attendance registers and leave applications.',
      '- Complete the Lidcombe training in October.',
    );
    const found = byCode(check(plan, 'agreement.md'), 'scope/leadership-in-supervision');
    assert.deepEqual(found.map((d) => d.range.start.line + 1), [11]);
    assert.match(found[0]!.message, /managing other staff/);
    assert.match(found[0]!.message, /attendance registers|oversee the daily work of|leave applications/);
  });

  it("reads a supervisee's 'new allocations' as cases given to them, not the organisation's resources", () => {
    const note = lines('# Supervision 12/03', '', '4. Workload', "Agreed he won't take new allocations for 2 weeks. I'll speak to the team leader re cover.", '', 'Next: 26/03, 2pm.');
    assert.deepEqual(byCode(check(note, 'notes.supervision.md'), 'scope/leadership-in-supervision'), []);
    const plan = lines('# Supervision 12/03', '', 'The board moved the allocation for the outreach programme to the residential budget.');
    assert.equal(byCode(check(plan, 'notes.supervision.md'), 'scope/leadership-in-supervision').length, 1);
  });

  it('marks only the messages of a chat pasted line by line that drift, not the messages around them', () => {
    const chat = lines(
      '# Management team chat, 3 March (export for the minutes)',
      '',
      '[03/03, 07:10] Lindiwe Mokoena: Morning all. Power cut from 10:00, the generator has a day of diesel left.',
      '[03/03, 07:14] Pieter Smit (Finance): Diesel top-up approved from the facilities budget.',
      '[03/03, 07:20] Dr Ruth Adams: Please prioritise the ward and pharmacy circuits, not the admin block.',
      "[03/03, 08:30] Thabo Nkosi (Nursing): Quick one – Sizwe Mahlangu's mother called again, she wants him moved to another therapist and says his methadone dose is too low.",
      "[03/03, 08:31] Thabo Nkosi (Nursing): Can Dr Adams look at increasing Sizwe's dose before his review on Friday?",
      '[03/03, 08:35] Dr Ruth Adams: Please keep client names out of this group; send it to me on the secure system.',
      '[03/03, 10:15] Pieter Smit (Finance): The board approved the second social worker post, advertise next week.',
      '[03/03, 12:06] Lindiwe Mokoena: Added to Tuesday\'s agenda.',
    );
    const found = byCode(check(chat, 'chat.leadership.md'), 'scope/supervision-in-leadership');
    assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.range.end.line + 1]), [[6, 7]]);
  });
});
