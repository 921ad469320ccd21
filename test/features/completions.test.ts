import assert from 'node:assert/strict';
import { parseTemplate } from '../../server/src/engine';
import { completionsAt } from '../../server/src/features/completions';
import { check, lines } from '../helpers';

const CURSOR = '|';

/** Completions at the `|` in a document; the marker is removed first. */
function at(textWithCursor: string, fileName?: string, templates = []) {
  const offset = textWithCursor.indexOf(CURSOR);
  const text = textWithCursor.replace(CURSOR, '');
  const result = check(text, fileName);
  return completionsAt(result, result.document.lines.positionAt(offset), templates);
}
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe('completions', () => {
  it('offers the two kinds after scope: in front matter', () => {
    const items = at(lines('---', 'scope: su|', '---', '', 'Text.'));
    assert.deepEqual(labels(items), ['supervision', 'leadership']);
    assert.deepEqual(items[0]!.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 9 } });
  });

  it('offers the types of this kind after type: in front matter', () => {
    const items = labels(at(lines('---', 'scope: leadership', 'type: |', '---', '', 'Text.')));
    assert.ok(items.includes('policy') && items.includes('minutes'));
    assert.ok(!items.includes('session-note'));
  });

  it('offers pillar snippets phrased for the document\'s kind', () => {
    const sup = at(lines('---', 'scope: supervision', '---', '', 'We met.', '', 'pil|'));
    const pillarItems = sup.filter((i) => i.kind === 'snippet');
    assert.equal(pillarItems.length, 6);
    const evaluation = pillarItems.find((i) => i.label === 'Pillar: Performance evaluation')!;
    assert.match(evaluation.insertText, /\$\{?1/);
    assert.equal(evaluation.detail, undefined);
    assert.match(evaluation.documentation, /^\*A section for one supervisee\.\*/);
    assert.match(evaluation.documentation, /```markdown\n## Performance evaluation/);
    const lead = at(lines('---', 'scope: leadership', '---', '', 'pil|')).filter((i) => i.kind === 'snippet');
    assert.match(lead.find((i) => i.label === 'Pillar: Performance evaluation')!.documentation, /^\*An organisation-wide section\.\*/);
    assert.notEqual(lead.find((i) => i.label === 'Pillar: Performance evaluation')!.insertText, evaluation.insertText);
  });

  it('offers the six pillars once when the kind is unknown, in the phrasing of the kind a misspelt value points to', () => {
    const items = at(lines('# Reading', '', '|')).filter((i) => i.kind === 'snippet');
    assert.equal(items.length, 6);
    assert.ok(items.every((i) => i.documentation.startsWith('*A section for one supervisee.*')));
    const misspelt = at(lines('---', 'scope: leadrship', '---', '', '# Reading', '', '|')).filter((i) => i.kind === 'snippet');
    assert.equal(misspelt.length, 6);
    assert.ok(misspelt.every((i) => i.documentation.startsWith('*An organisation-wide section.*')));
  });

  it('offers, at the start of a line, headings for the sections the document lacks, in order', () => {
    const items = at(lines('---', 'scope: supervision', 'type: session-note', '---', '', '## Session details', '', 'Individual, 60 minutes.', '', '## Next steps', '', '|'));
    const headings = items.filter((i) => i.kind === 'heading');
    assert.deepEqual(labels(headings), ['## Cases reviewed', '## Clinical, ethical and risk issues', '## Recommendations', '## Supervisee development and feedback', '## Hours']);
    assert.deepEqual(headings.map((h) => h.sortText), [...headings.map((h) => h.sortText)].sort());
    assert.match(headings[0]!.documentation, /\*\*Cases reviewed\*\*/);
  });

  it('takes the type from the title when front matter does not name it', () => {
    const items = at(lines('# Caseload Policy', '', '## Purpose', '', 'Text.', '', '#|'));
    assert.equal(items.filter((i) => i.kind === 'heading')[0]!.label, '## Scope');
  });

  it('offers no headings in the middle of a paragraph, and nothing in code blocks', () => {
    const mid = at(lines('---', 'scope: supervision', 'type: session-note', '---', '', 'We discussed the plan and |'));
    assert.equal(mid.filter((i) => i.kind === 'heading').length, 0);
    assert.deepEqual(at(lines('---', 'scope: supervision', '---', '', '```', 'pil|', '```')), []);
  });

  it('offers the document templates in an empty document, and team templates of the kind elsewhere', () => {
    const team = parseTemplate('---\nname: Risk review\nprefix: risk-review\nkind: supervision\ndescription: A risk review block\n---\n## Risk review\n\n- ${1:Client initials}\n', 'x.md').template!;
    const empty = at('|', 'new.md', [team] as never[]);
    assert.ok(labels(empty).includes('Template: Supervision session note'), labels(empty).join(', '));
    assert.ok(labels(empty).includes('Template: Risk review'));
    const sup = at(lines('---', 'scope: supervision', '---', '', '|'), undefined, [team] as never[]);
    assert.ok(labels(sup).includes('Template: Risk review'));
    const lead = at(lines('---', 'scope: leadership', '---', '', '|'), undefined, [team] as never[]);
    assert.ok(!labels(lead).includes('Template: Risk review'));
  });
});
