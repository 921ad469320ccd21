import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './apply-edit';
import { TestClient, waitFor } from './lsp-client';

const SUPERVISION = [
  '# Supervision session, 4 March',
  '',
  'Supervisor: R. Okoye. Supervisee: T. Hale. Individual, 60 minutes.',
  '',
  'We discussed Client D.M., 27, and practised the exposure rationale in role-play.',
  '',
  '- She will bring a recording next week.',
  '- The board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.',
  '',
  'Hours logged: 1.0 individual.',
  '',
].join('\n');

const DRIFT_LINE = 7;

describe('language server over stdio', function () {
  this.timeout(30_000);
  let dir: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-lsp-'));
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const fileUri = (name: string) => URI.file(path.join(dir, name)).toString();

  it('offers pull diagnostics to a client that supports them, with source, code and documentation link', async () => {
    client = new TestClient({ pull: true });
    const init = await client.initialize();
    assert.ok(init.capabilities.diagnosticProvider, 'diagnosticProvider');
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    const report = await client.pullDiagnostics(uri);
    assert.equal(report.kind, 'full');
    const [d] = report.items!;
    assert.equal(d!.source, 'clinical-scope');
    assert.equal(d!.code, 'scope/leadership-in-supervision');
    assert.match(String(d!.message), /^Belongs in a leadership document: hiring and staffing, /);
    // The link opens the documentation shipped beside the server, at the rule's heading.
    const href = URI.parse(d!.codeDescription!.href);
    assert.equal(href.scheme, 'file');
    const line = Number(/^L(\d+)$/.exec(href.fragment)?.[1]);
    assert.equal(fs.readFileSync(href.fsPath, 'utf8').split('\n')[line - 1], '## scope-leadership-in-supervision');
    assert.deepEqual(d!.range, { start: { line: DRIFT_LINE, character: 2 }, end: { line: DRIFT_LINE, character: SUPERVISION.split('\n')[DRIFT_LINE]!.length } });
    assert.equal(d!.severity, 2);
    // Asked again for the same version, the server says nothing changed.
    const again = await client.pullDiagnostics(uri, report.resultId);
    assert.equal(again.kind, 'unchanged');
    assert.equal(client.published.length, 0, 'nothing is pushed to a pull client');
  });

  it('answers "unchanged" after an edit that moves no finding, and the full list after one that does', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    const first = await client.pullDiagnostics(uri);
    assert.equal(first.kind, 'full');
    // A word added at the end of the hours line, below the finding: nothing flagged moves.
    const hours = SUPERVISION.split('\n')[9]!;
    client.change(uri, [{ range: { start: { line: 9, character: hours.length }, end: { line: 9, character: hours.length } }, text: ' Good' }]);
    const same = await client.pullDiagnostics(uri, first.resultId);
    assert.equal(same.kind, 'unchanged');
    assert.equal(same.resultId, first.resultId);
    // Two characters typed at the start of the flagged line move its finding: the full list comes back, moved.
    client.change(uri, [{ range: { start: { line: DRIFT_LINE, character: 2 }, end: { line: DRIFT_LINE, character: 2 } }, text: 'Also ' }]);
    const moved = await client.pullDiagnostics(uri, same.resultId);
    assert.equal(moved.kind, 'full');
    assert.notEqual(moved.resultId, first.resultId);
    const d = moved.items!.find((x) => x.code === 'scope/leadership-in-supervision')!;
    assert.equal(d.range.end.character, SUPERVISION.split('\n')[DRIFT_LINE]!.length + 'Also '.length);
  });

  it('pushes versioned diagnostics to a client without pull support, and follows incremental edits', async () => {
    client = new TestClient({ pull: false });
    const init = await client.initialize();
    assert.equal(init.capabilities.diagnosticProvider, undefined);
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    const first = await client.waitForPublished(uri, 1);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.range.start.line]), [['scope/leadership-in-supervision', DRIFT_LINE]]);

    // Type quickly: replace the drifting item with an in-scope one, one edit at a time.
    const line = SUPERVISION.split('\n')[DRIFT_LINE]!;
    let version = 1;
    version = client.change(uri, [{ range: { start: { line: DRIFT_LINE, character: 2 }, end: { line: DRIFT_LINE, character: line.length } }, text: 'She' }]);
    version = client.change(uri, [{ range: { start: { line: DRIFT_LINE, character: 5 }, end: { line: DRIFT_LINE, character: 5 } }, text: ' felt more confident' }]);
    version = client.change(uri, [{ range: { start: { line: DRIFT_LINE, character: 25 }, end: { line: DRIFT_LINE, character: 25 } }, text: ' with risk questions.' }]);
    const last = await client.waitForPublished(uri, version);
    assert.deepEqual(last.diagnostics, []);
    // Debounced: the intermediate versions were never published after the first.
    assert.ok(client.published.filter((p) => p.uri === uri).every((p) => p.version === 1 || p.version === version));
  });

  it('never publishes a result for an older version after a newer one', async () => {
    // The editor answers settings requests slowly, then at once, by turns, and
    // settings change between edits: a check of an older version that waited
    // longer for its settings finishes after the newer one's, and must then
    // publish nothing.
    const delays = [800, 0];
    let asked = 0;
    client = new TestClient({ pull: false, configurationDelay: () => delays[asked++ % 2]! });
    await client.initialize();
    const uri = fileUri('notes.supervision.md');
    client.open(uri, SUPERVISION);
    await client.waitForPublished(uri, 1);
    let version = 1;
    for (let i = 0; i < 4; i++) {
      version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      // Past the debounce: this version's check is now waiting for its settings.
      await new Promise((r) => setTimeout(r, 300));
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
    version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.waitForPublished(uri, version);
    await new Promise((r) => setTimeout(r, 1000)); // the slow answers arrive
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published out of order: ${versions}`);
    assert.ok(asked >= 4, `settings were asked for ${asked} times`);
  });

  it('reports the document status for the status bar', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    await client.pullDiagnostics(uri);
    const status = await waitFor(() => client!.notifications.find((n) => n.method === 'clinicalScope/documentStatus'), 5000, 'status');
    assert.deepEqual(status.params, {
      uri,
      version: 1,
      kind: 'supervision',
      source: 'filename',
      confidence: 1,
      reason: 'file name ends in `.supervision.md`',
      findings: 1,
      enabled: true,
    });
  });

  it('explains a finding on hover, and the scope key of front matter', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('plan.md');
    const text = `---\nscope: supervision\n---\n${SUPERVISION}`;
    client.open(uri, text);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: DRIFT_LINE + 3, character: 20 } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Why:\*\* Recruitment, vacancies, headcount/);
    assert.match(value, /Where it belongs.*leadership document/s);
    assert.match(value, /\[About this check\]\(file:\/\/.*docs\/rules\.md#L\d+\)/);
    const scope = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match((scope.contents as { value: string }).value, /Supervision\*\* documents are about one clinician's practice/);
    const none = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 5 } });
    assert.equal(none, null);
  });

  it('moves a drifting block to a new companion document in one edit, and the finding is gone', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const source = path.join(dir, 'plan-2025.supervision.md');
    fs.writeFileSync(source, SUPERVISION);
    const uri = URI.file(source).toString();
    client.open(uri, SUPERVISION);
    const { items } = await client.pullDiagnostics(uri);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: items![0]!.range,
      context: { diagnostics: items, only: ['quickfix'] },
    });
    const move = actions.find((a) => a.title.startsWith('Move to a leadership document'));
    assert.ok(move, `actions: ${actions.map((a) => a.title)}`);
    assert.equal(move.title, 'Move to a leadership document (plan-2025.leadership.md)');
    assert.equal(move.edit!.documentChanges!.length, 3, 'create, insert, remove: one edit');
    const texts = applyWorkspaceEdit(move.edit!, new Map([[uri, SUPERVISION]]));

    const companion = fs.readFileSync(path.join(dir, 'plan-2025.leadership.md'), 'utf8');
    assert.match(companion, /^---\nscope: leadership\n/);
    assert.match(companion, /<!-- moved from plan-2025\.supervision\.md -->\n- The board has approved a hiring freeze/);
    const after = texts.get(uri)!;
    assert.doesNotMatch(after, /hiring freeze/);
    assert.match(after, /^- See \[plan-2025\.leadership\.md\]\(plan-2025\.leadership\.md\)$/m);

    // Re-check both documents: the source is clean, and the moved text is at home.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: SUPERVISION.split('\n').length, character: 0 } }, text: after }]);
    assert.deepEqual((await client.pullDiagnostics(uri)).items, []);
    const companionUri = URI.file(path.join(dir, 'plan-2025.leadership.md')).toString();
    client.open(companionUri, companion);
    assert.deepEqual((await client.pullDiagnostics(companionUri)).items, []);
  });

  it('appends to an existing companion document instead of creating one', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const source = path.join(dir, 'notes.md');
    const text = `---\nscope: supervision\n---\n${SUPERVISION}`;
    fs.writeFileSync(source, text);
    fs.writeFileSync(path.join(dir, 'notes.leadership.md'), '---\nscope: leadership\n---\n\n# Items for leadership\n');
    const uri = URI.file(source).toString();
    client.settings = { move: { leavePointer: false } };
    client.open(uri, text);
    const { items } = await client.pullDiagnostics(uri);
    const [move] = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: items![0]!.range, context: { diagnostics: items } });
    assert.equal(move!.edit!.documentChanges!.length, 2, 'no file creation');
    const texts = applyWorkspaceEdit(move!.edit!, new Map([[uri, text]]));
    assert.match(fs.readFileSync(path.join(dir, 'notes.leadership.md'), 'utf8'), /# Items for leadership\n\n<!-- moved from notes\.md -->\n- The board/);
    assert.doesNotMatch(texts.get(uri)!, /See \[/);
  });

  it('declares the kind of an unknown document with a quick fix', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('list.md');
    const text = '# Reading list\n\n- Bernard and Goodyear\n';
    client.open(uri, text);
    const { items } = await client.pullDiagnostics(uri);
    assert.equal(items![0]!.code, 'scope/unknown-kind');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: items![0]!.range, context: { diagnostics: items } });
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Declare')).map((a) => a.title),
      ['Declare as a supervision document (scope: supervision)', 'Declare as a leadership document (scope: leadership)'],
    );
    const texts = applyWorkspaceEdit(actions.find((a) => a.title.startsWith('Declare as a leadership'))!.edit!, new Map([[uri, text]]));
    const fixed = texts.get(uri)!;
    assert.equal(fixed, '---\nscope: leadership\n---\n\n# Reading list\n\n- Bernard and Goodyear\n');
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text: fixed }]);
    assert.deepEqual((await client.pullDiagnostics(uri)).items, []);
  });

  it('fixes a misspelt scope with the suggested kind first', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('n.md');
    const text = '---\nscope: leadrship\n---\n\nText.\n';
    client.open(uri, text);
    const { items } = await client.pullDiagnostics(uri);
    const invalid = items!.find((d: Diagnostic) => d.code === 'scope/invalid-kind')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: invalid.range, context: { diagnostics: [invalid] } });
    assert.equal(actions[0]!.title, 'Declare as a leadership document (scope: leadership)');
    assert.equal(actions[0]!.isPreferred, true);
    assert.equal(applyWorkspaceEdit(actions[0]!.edit!, new Map([[uri, text]])).get(uri), '---\nscope: leadership\n---\n\nText.\n');
  });

  it('declares the kind through the declareKind command, applied by the client', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'clinicalScope.server.declareKind', arguments: [uri, 'supervision'] });
    const edit = await waitFor(() => client!.appliedEdits[0], 5000, 'applyEdit');
    assert.match(applyWorkspaceEdit(edit, new Map([[uri, SUPERVISION]])).get(uri)!, /^---\nscope: supervision\n---\n\n# Supervision session/);
  });

  it('honours settings: rule severities, checking on save only, and turning checking off', async () => {
    client = new TestClient({ pull: true, settings: { rules: { 'scope/leadership-in-supervision': 'error' } } });
    await client.initialize();
    const uri = fileUri('plan.supervision.md');
    client.open(uri, SUPERVISION);
    assert.equal((await client.pullDiagnostics(uri)).items![0]!.severity, 1);

    client.settings = { run: 'onSave' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(() => (client!.refreshRequests > 0 ? true : undefined), 5000, 'a diagnostics refresh');
    const line = SUPERVISION.split('\n')[DRIFT_LINE]!;
    client.change(uri, [{ range: { start: { line: DRIFT_LINE, character: 2 }, end: { line: DRIFT_LINE, character: line.length } }, text: 'She will practise at home.' }]);
    assert.equal((await client.pullDiagnostics(uri)).items!.length, 1, 'unsaved edits are not checked yet');
    client.save(uri);
    await waitFor(() => (client!.refreshRequests > 1 ? true : undefined), 5000, 'a refresh after save');
    assert.equal((await client.pullDiagnostics(uri)).items!.length, 0);

    client.settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(() => (client!.refreshRequests > 2 ? true : undefined), 5000, 'a refresh');
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'The budget is cut.\n\n' }]);
    assert.deepEqual((await client.pullDiagnostics(uri)).items, []);
  });

  it('shuts down and exits cleanly', async () => {
    client = new TestClient({ pull: false });
    await client.initialize();
    const code = await client.shutdown();
    assert.equal(code, 0);
    client = undefined;
  });

  it('never writes document text to its log, even at the most verbose trace', async () => {
    client = new TestClient({ pull: false, trace: 'verbose' });
    await client.initialize();
    const secret = 'Wilhelmina Quartermaine';
    const uri = fileUri(`notes-${secret.replace(' ', '-')}.supervision.md`);
    client.open(uri, `${SUPERVISION}\nWe spoke about ${secret} and her budget.\n`);
    await client.waitForPublished(uri, 1);
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => JSON.stringify(n.params));
    assert.ok(logs.length > 0, 'the server logged something');
    for (const text of [...logs, client.stderr]) {
      assert.doesNotMatch(text, /Wilhelmina|Quartermaine|hiring freeze|Okoye/);
    }
  });
});
