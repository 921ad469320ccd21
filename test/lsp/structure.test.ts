import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, CompletionItem } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './apply-edit';
import { TestClient } from './lsp-client';

const NOTE = ['---', 'scope: supervision', 'type: session-note', '---', '', '# Supervision, 4 March', '', '## Attendance', '', 'Individual, 60 minutes.', '', '## Next steps', '', '- Bring a recording.', ''].join('\n');

const BUDGET = [
  '---',
  'scope: supervision',
  '---',
  '',
  '# Supervision, 4 March',
  '',
  '## Cases',
  '',
  'Client A.B., 34, presenting with panic; we practised interoceptive exposure.',
  '',
  '## Budget update',
  '',
  'Finance is cutting the outpatient training budget by a third next financial year.',
  '',
  'The board has approved a hiring freeze, and both vacant therapist posts stay empty.',
  '',
  '## Plan',
  '',
  '- Bring a recording next week.',
  '',
].join('\n');

describe('document structure over stdio', function () {
  this.timeout(30_000);
  let dir: string;
  let client: TestClient;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-structure-'));
    client = new TestClient({ pull: true, root: dir });
    await client.initialize();
  });
  afterEach(() => {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const uri = URI.file(file).toString();
    client.open(uri, text);
    return uri;
  };
  const recheck = (uri: string, before: string, after: string) =>
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: before.split('\n').length, character: 0 } }, text: after }]);

  it('lists the missing sections on the front matter, and adds them in their usual order', async () => {
    const uri = open('note.md', NOTE);
    const [d] = (await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'structure/missing-section');
    assert.equal(d!.range.start.line, 2);
    assert.equal(d!.message, 'Missing sections that a complete supervision session note holds: "Cases reviewed", "Clinical, ethical and risk issues", "Recommendations", "Supervisee development and feedback".');
    const [action] = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d!.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.equal(action!.title, 'Add the 4 missing sections');
    const after = applyWorkspaceEdit(action!.edit!, new Map([[uri, NOTE]])).get(uri)!;
    assert.deepEqual(
      [...after.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
      ['Attendance', 'Cases reviewed', 'Clinical, ethical and risk issues', 'Recommendations', 'Supervisee development and feedback', 'Next steps'],
    );
    recheck(uri, NOTE, after);
    assert.deepEqual((await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'structure/missing-section'), []);
  });

  it('offers the missing headings in completion at the start of a line', async () => {
    const uri = open('note.md', NOTE);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 14, character: 0 } });
    assert.deepEqual(
      items.filter((i) => i.label.startsWith('## ')).map((i) => i.label),
      ['## Cases reviewed', '## Clinical, ethical and risk issues', '## Recommendations', '## Supervisee development and feedback', '## Hours'],
    );
  });

  it('reports a section that drifts as a whole once, on its heading, with the section range, and moves it whole', async () => {
    const uri = open('plan.supervision.md', BUDGET);
    const items = (await client.pullDiagnostics(uri)).items!;
    assert.deepEqual(
      items.filter((x) => String(x.code).startsWith('scope/') || x.code === 'structure/section-out-of-scope').map((x) => [x.code, x.range.start.line]),
      [['structure/section-out-of-scope', 10]],
    );
    const d = items.find((x) => x.code === 'structure/section-out-of-scope')!;
    assert.deepEqual((d.data as { section: unknown }).section, { start: { line: 10, character: 0 }, end: { line: 14, character: 83 } });
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const move = actions.find((a) => a.title === 'Move the section to a leadership document (plan.leadership.md)')!;
    assert.ok(move, actions.map((a) => a.title).join(' | '));
    const texts = applyWorkspaceEdit(move.edit!, new Map([[uri, BUDGET]]));
    const after = texts.get(uri)!;
    assert.doesNotMatch(after, /Budget update|hiring freeze/);
    assert.match(after, /## Cases[\s\S]*See \[plan\.leadership\.md\]\(plan\.leadership\.md\)\n\n## Plan/);
    const companion = fs.readFileSync(path.join(dir, 'plan.leadership.md'), 'utf8');
    assert.match(companion, /<!-- moved from plan\.supervision\.md -->\n## Budget update\n\nFinance is cutting[\s\S]*posts stay empty\.\n$/);
    recheck(uri, BUDGET, after);
    assert.deepEqual((await client.pullDiagnostics(uri)).items!.filter((x) => x.severity! <= 2), []);
  });
});
