import assert from 'node:assert/strict';
import { typeFromTitle } from '../../server/src/engine/kind/title';
import { byCode, check, lines } from '../helpers';

const SUPERVISION_BODY = lines(
  'Supervisor: A. Reyes, LCSW. Supervisee: J. Park, LMSW. Individual supervision, 60 minutes.',
  '',
  '## Cases reviewed',
  '',
  'Client T.B., 34, presenting with panic attacks. We discussed her formulation and practised the exposure rationale in role-play.',
  '',
  'J. noticed her countertransference when the client cried; we talked about it and she will bring it back next week.',
  '',
  'Hours logged: 1.0 individual supervision toward licensure.',
);

const LEADERSHIP_BODY = lines(
  '## Purpose',
  '',
  'This policy sets the standard for caseload management across all programs.',
  '',
  '## Responsibilities',
  '',
  '- Program managers review caseload reports monthly and report compliance to the leadership team.',
  '- All clinicians must keep caseloads within the agreed range; the board approves the staffing model annually.',
);

describe('document kind', () => {
  it('takes the kind from front matter first, case-insensitively', () => {
    const r = check(lines('---', 'scope: Leadership', '---', SUPERVISION_BODY), 'notes.supervision.md');
    assert.equal(r.kind.kind, 'leadership');
    assert.equal(r.kind.source, 'frontmatter');
  });

  it('takes the kind from the file name when front matter does not give it', () => {
    assert.deepEqual([check('Some text.', 'a/b/plan.supervision.md').kind.kind, check('Some text.', 'leave.policy.md').kind.kind, check('Some text.', 'x.LEADERSHIP.md').kind.kind], [
      'supervision',
      'leadership',
      'leadership',
    ]);
    assert.equal(check('Some text.', 'plan.supervision.md').kind.source, 'filename');
  });

  it('infers the kind from the content, with a confidence', () => {
    const s = check(SUPERVISION_BODY, 'notes.md');
    assert.equal(s.kind.kind, 'supervision');
    assert.equal(s.kind.source, 'inferred');
    assert.ok(s.kind.confidence > 0 && s.kind.confidence <= 1);
    const l = check(LEADERSHIP_BODY, 'doc.md');
    assert.equal(l.kind.kind, 'leadership');
  });

  it('infers from a title that names the type of document', () => {
    assert.equal(check(lines('# Clinical Supervision Policy', '', LEADERSHIP_BODY)).kind.kind, 'leadership');
    assert.equal(check(lines('# Group supervision notes', '', SUPERVISION_BODY)).kind.kind, 'supervision');
  });

  it('reads an audit report as a leadership document, though its findings are about single charts', () => {
    const audit = lines(
      '# Audit Report — Involuntary Admission Documentation',
      '',
      'Audit period: 1 January – 30 June 2024. Lead auditor: Ms Harpreet Gill, Clinical Nurse Educator.',
      '',
      'In one chart (patient A.T.) the nearest relative was recorded as her former partner despite a no-contact order.',
    );
    assert.equal(check(audit).kind.kind, 'leadership');
  });

  it('lets a title that names the type outweigh organisational news in the body', () => {
    const peerGroup = lines(
      '# Peer supervision group — community team',
      '',
      'Present: four clinicians. Apologies: one.',
      '',
      'Ms L. is unsure whether to tell a new employer about her offending; the group discussed the ethics of disclosure.',
      '',
      'Callum named his fear of being blamed if Mr K. relapses, and how it pushes him towards recall rather than curiosity.',
      '',
      '## Any other business',
      '',
      "- The health board's recovery plan freezes travel and holds the team's two vacant posts until April.",
      '- The directorate plans to move the team base next summer to save on lease costs.',
      '- The council is restructuring its services, with two posts to be deleted across the region.',
    );
    assert.equal(check(peerGroup, 'group-0611.md').kind.kind, 'supervision');
  });

  it('reads the head of a title before "for", "on" or "of": a policy for supervision is a policy', () => {
    const policyAboutSupervision = lines(
      '# Policy and Procedures for Supervision in Nursing',
      '',
      'Supervision gives each nurse a safe space to reflect on their practice, their cases and their professional growth.',
      '',
      'Each supervisee agrees a contract with their supervisor and keeps a record of every session.',
    );
    assert.equal(check(policyAboutSupervision, 'nursing.md').kind.kind, 'leadership');
    assert.equal(check(lines('# Guidelines on clinical supervision', '', LEADERSHIP_BODY), 'g.md').kind.kind, 'leadership');
    // No type before "of": the rest of the title decides.
    assert.equal(check(lines('# Record of supervision', '', SUPERVISION_BODY), 'r.md').kind.kind, 'supervision');
  });

  it("reads a meeting's notes as its minutes, unless the meeting is a supervision", () => {
    const council = lines(
      'Notes of the meeting held on 14 May',
      '',
      'Present: Rowan Ashby (Chair), Priya Nandakumar, Colm Redfern (Member of the Clinical Audit Committee), Hester Quayle (Member of the Patient Experience Group)',
      '',
      'The council welcomed a new governor and agreed the budget for next year. The chief executive reported on staffing across the trust and the plan to recruit two ward managers.',
      '',
      'Governors raised concerns about the risk to community services if the commissioners reduce funding, and asked for a meeting with the commissioning group.',
    );
    const r = check(council, 'notes-0423.md');
    assert.equal(r.kind.kind, 'leadership');
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'privacy/client-identifier'), []);
    assert.equal(typeFromTitle('Notes of the group supervision meeting')?.kind, 'supervision');
    assert.equal(typeFromTitle('Record of the team meeting, 4 March')?.id, 'minutes');
  });

  it('reads the part after a dash where the part before it names only a team', () => {
    const note = lines(
      'Home Treatment Team North – Tuesday group supervision',
      '',
      'Facilitator: Gareth Rowe. Present: Mere Ngata (RN), Sione Fifita (SW), Bex Harland (RN).',
      '',
      'Mere brought a case she has been finding heavy; the group talked about the plan for the weekend and the risk of the team going short on nights if the roster is not filled.',
      '',
      'Sione talked about a man he has known for years; the group explored dual relationships in small communities.',
    );
    assert.equal(check(note, 'tues-grp.md').kind.kind, 'supervision');
    assert.equal(typeFromTitle('Northside CMHT – board minutes')?.id, 'minutes');
    assert.equal(typeFromTitle('Clinical Supervision Policy – Appendix B')?.id, 'policy');
    assert.equal(typeFromTitle('DRAFT v0.4 – not for signature – comments in [brackets]'), undefined);
  });

  it("reads a one-to-one written '1:1' as supervision, and a leadership or staff meeting written 'mtg' as minutes", () => {
    assert.equal(typeFromTitle('Ward Manager / Team Leader 1:1 – Ashdown Ward (male medium secure)')?.kind, 'supervision');
    assert.equal(typeFromTitle('1-1 with Callum, 10 Oct')?.kind, 'supervision');
    assert.equal(typeFromTitle('tues leadership mtg – 10/15')?.id, 'minutes');
    assert.equal(typeFromTitle('Staff meeting, 3 March')?.id, 'minutes');
    assert.equal(typeFromTitle('Minutes 11:15')?.id, 'minutes');
  });

  it('reads a peer consultation and a title that shortens supervision to "sup" as a supervision record', () => {
    assert.equal(typeFromTitle('peer consult grp — thurs 9 jan, 12:15–1:30')?.kind, 'supervision');
    assert.equal(typeFromTitle('tues sup — 10/21 — Dev P. w/ Angela')?.kind, 'supervision');
    assert.equal(typeFromTitle('wk14-supvn')?.kind, 'supervision');
  });

  it('reads inquest preparation as leadership, from a first line whose title comes before a dash', () => {
    assert.equal(typeFromTitle('inquest prep — touching the death of a patient — internal, legally privileged')?.kind, 'leadership');
    const doc = lines(
      'inquest prep — touching the death of a patient of the crisis team — internal, legally privileged',
      '',
      'Prepared for the trust inquest panel by the Legal Services Manager. Last updated after the call with counsel.',
      '',
      'Witness statements are due from the ward manager and the consultant by the end of the month.',
    );
    assert.equal(check(doc, 'prep.md').kind.kind, 'leadership');
  });

  it('reads standards, a title ending in a policy and a numbered manual section about supervision as leadership', () => {
    // A body that says how supervision works in general: the title decides.
    const body = lines(
      '',
      'Supervision gives each practitioner a regular space to reflect on their practice, their cases and their professional growth.',
      '',
      'Each supervisee agrees a written contract with their supervisor, and a record is kept of every session.',
    );
    const kindOf = (title: string) => check(lines(title, body), 'doc.md').kind.kind;
    assert.equal(kindOf('# Multi-Agency Standards for the Supervision of Staff'), 'leadership');
    assert.equal(kindOf('# Best Practice Standards in Social Work Supervision'), 'leadership');
    assert.equal(kindOf('# Supervision & Support of Foster Carers Policy'), 'leadership');
    assert.equal(kindOf('# 9.2 Supervision and Management of Staff'), 'leadership');
    assert.equal(kindOf('# PG41. Supervision'), 'leadership');
    // A supervision title that ends in its topic is still read by its head, and an unnumbered session title is a record.
    assert.equal(check(lines('# Notes of supervision', '', SUPERVISION_BODY), 'n.md').kind.kind, 'supervision');
    assert.equal(check(lines('# Supervision session 14', '', SUPERVISION_BODY), 's.md').kind.kind, 'supervision');
  });

  it('reads a subtitle naming a policy, and a service-wide plan for supervision, as leadership', () => {
    /** The kind inferred for a document of these paragraphs, blank lines between them. */
    const kindOf = (...paragraphs: string[]) => check(lines(...paragraphs.flatMap((p) => [p, '']).slice(0, -1)), 'doc.md').kind.kind;
    const rules = ['# Supervision of Associates — Practice Rules', 'Each associate receives supervision that meets licensing board requirements.', "A supervisor reviews the associate's case notes every week."];
    assert.equal(kindOf(...rules), 'leadership');
    const plan = ['# Clinical Supervision Plan 2025', 'Owner: Ben Mistry, Clinical Practice Lead', 'Supervision protects callers and supports responders.', 'Each responder reflects on difficult calls with their supervisor and sets learning goals.'];
    assert.equal(kindOf(...plan), 'leadership');
    // A format in the subtitle leaves the title's kind alone.
    assert.equal(check(lines('# Peer group supervision — minutes', '', SUPERVISION_BODY), 'p.md').kind.kind, 'supervision');
  });

  it('reads a debrief headed "Responder:" and "Shift supervisor:" as supervision', () => {
    const debrief = lines(
      '# Debrief — 11 February',
      '',
      'Responder: Yusuf Haddad',
      '',
      'Shift supervisor: Nadia Kowalczyk',
      '',
      'Yusuf took a difficult call overnight and stayed calm.',
    );
    assert.equal(check(debrief, 'debrief.md').kind.kind, 'supervision');
  });

  it('reports an unknown kind once, on line 1, with how to declare it, and no drift', () => {
    const r = check(lines('Shopping list', '', '- milk', '- bread and the budget'), 'list.md');
    assert.equal(r.kind.kind, 'unknown');
    assert.equal(r.kind.source, 'none');
    const d = byCode(r, 'scope/unknown-kind');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.range.start.line, 0);
    assert.equal(d[0]!.severity, 'information');
    assert.match(d[0]!.message, /scope: supervision/);
    assert.equal(r.diagnostics.filter((x) => x.code !== 'scope/unknown-kind').length, 0);
  });

  it('reports a misspelt scope on its line, with a did-you-mean, and falls back to the next rule', () => {
    const r = check(lines('---', 'title: Plan', 'scope: supervison', '---', SUPERVISION_BODY), 'plan.leadership.md');
    const d = byCode(r, 'scope/invalid-kind');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.range.start.line, 2);
    assert.deepEqual(d[0]!.range, { start: { line: 2, character: 7 }, end: { line: 2, character: 17 } });
    assert.match(d[0]!.message, /Did you mean `supervision`\?/);
    assert.equal(r.kind.kind, 'leadership');
    assert.equal(r.kind.source, 'filename');
  });

  it('offers no suggestion for a value that is nothing like a kind', () => {
    const d = byCode(check(lines('---', 'scope: banana', '---', 'Text.')), 'scope/invalid-kind');
    assert.equal(d.length, 1);
    assert.doesNotMatch(d[0]!.message, /Did you mean/);
  });

  it('reports malformed front matter as a finding, never a crash', () => {
    const r = check(lines('---', 'scope: supervision', 'title: [unclosed', '---', SUPERVISION_BODY), 'x.md');
    const d = byCode(r, 'structure/invalid-front-matter');
    assert.ok(d.length >= 1);
    assert.ok(d[0]!.range.start.line >= 1 && d[0]!.range.start.line <= 3);
  });

  it('reports front matter that is a list rather than keys', () => {
    const r = check(lines('---', '- a', '- b', '---', 'Text.'));
    assert.equal(byCode(r, 'structure/invalid-front-matter').length, 1);
  });
});
