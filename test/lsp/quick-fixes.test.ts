import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './apply-edit';
import { TestClient, waitFor } from './lsp-client';

const DRIFT = 'The board has approved a hiring freeze, and both vacant posts stay empty this year.';
const DOC = [
  '---',
  'scope: supervision',
  '---',
  '',
  '# Notes',
  '',
  'We discussed Client A.B. and her panic.',
  '',
  DRIFT,
  '',
  `- ${DRIFT}`,
  '- Next meeting on Tuesday.',
  '',
  '| Action | Owner |',
  '|---|---|',
  `| ${DRIFT} | Supervisor |`,
  '',
].join('\n');
const DRIFT_LINES = [8, 10, 15];

describe('quick fixes that silence a finding, over stdio', function () {
  this.timeout(30_000);
  let root: string;
  let client: TestClient;
  let uri: string;
  let text: string;

  const start = async (snippetEdits: boolean) => {
    client = new TestClient({ pull: true, root, snippetEdits });
    await client.initialize();
    uri = URI.file(path.join(root, 'notes.md')).toString();
    text = DOC;
    fs.writeFileSync(URI.parse(uri).fsPath, text);
    client.open(uri, text);
  };
  let lastResultId: string | undefined;
  let lastItems: Diagnostic[] = [];
  /** Pulls as VS Code does, passing the previous result id: an "unchanged" answer must really be unchanged. */
  const diagnostics = async () => {
    const report = await client.pullDiagnostics(uri, lastResultId);
    if (report.kind === 'full') lastItems = report.items!;
    lastResultId = report.resultId;
    return lastItems.filter((d) => d.code === 'scope/leadership-in-supervision');
  };
  const actionsFor = (d: Diagnostic) => client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  /** Applies an action's edit as an editor would, and sends the document's new text to the server. */
  const apply = (action: CodeAction) => {
    const texts = applyWorkspaceEdit(action.edit!, new Map([[uri, text]]));
    const next = texts.get(uri)!;
    if (next !== text) {
      client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, text: next }]);
      text = next;
    }
    return texts;
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-fixes-'));
    lastResultId = undefined;
    lastItems = [];
  });
  afterEach(() => {
    client.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds the drift in a paragraph, a list item and a table row', async () => {
    await start(false);
    assert.deepEqual((await diagnostics()).map((d) => d.range.start.line), DRIFT_LINES);
  });

  it('disables a finding for its line, in a paragraph, a list item and a table row, leaving the others', async () => {
    await start(false);
    for (let i = 0; i < 3; i++) {
      const [first] = await diagnostics();
      const action = (await actionsFor(first!)).find((a) => a.title === 'Disable "leadership content in supervision" for this line (with a reason)')!;
      assert.ok(action, 'the disable-line action');
      apply(action);
      assert.equal((await diagnostics()).length, 2 - i);
    }
    assert.match(text, /^<!-- clinical-scope-disable-next-line scope\/leadership-in-supervision -- reason -->\nThe board has approved/m);
    assert.match(text, /^- The board .* this year\. <!-- clinical-scope-disable-line scope\/leadership-in-supervision -- reason -->$/m);
    assert.match(text, /^\| The board .* this year\. \| Supervisor <!-- clinical-scope-disable-line scope\/leadership-in-supervision -- reason --> \|$/m);
    // The list and the table are still one list and one table.
    assert.match(text, /this year\. <!-- [^\n]*-->\n- Next meeting on Tuesday\./);
    const unused = (await client.pullDiagnostics(uri)).items!.filter((d) => d.code === 'structure/unused-suppression');
    assert.deepEqual(unused, []);
  });

  it('offers the reason as a tab stop to an editor that takes snippet edits', async () => {
    await start(true);
    const [first] = await diagnostics();
    const action = (await actionsFor(first!)).find((a) => a.title === 'Disable "leadership content in supervision" for this line (with a reason)')!;
    const edit = (action.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as unknown as { snippet: { kind: string; value: string } };
    assert.deepEqual(edit.snippet, { kind: 'snippet', value: '<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- ${1:reason} -->\n' });
    apply(action);
    assert.equal((await diagnostics()).length, 2);
  });

  it('disables a rule for the whole file, after the front matter', async () => {
    await start(false);
    const [first] = await diagnostics();
    apply((await actionsFor(first!)).find((a) => a.title === 'Disable "leadership content in supervision" for this whole file')!);
    assert.match(text, /^---\nscope: supervision\n---\n<!-- clinical-scope-disable-file scope\/leadership-in-supervision -- reason -->\n\n/);
    assert.deepEqual(await diagnostics(), []);
  });

  it('turns the rule off in a new team config at the workspace root, and the findings go', async () => {
    await start(false);
    const [first] = await diagnostics();
    const action = (await actionsFor(first!)).find((a) => a.title.startsWith('Turn "leadership content in supervision" off'))!;
    assert.equal(action.title, 'Turn "leadership content in supervision" off for the whole team (.clinical-scope.yaml)');
    apply(action);
    const config = path.join(root, '.clinical-scope.yaml');
    assert.equal(fs.readFileSync(config, 'utf8'), 'rules:\n  scope/leadership-in-supervision: off\n');
    const refreshes = client.refreshRequests;
    client.filesChanged([{ uri: URI.file(config).toString(), type: 1 }]);
    await waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 5000, 'a refresh');
    assert.deepEqual(await diagnostics(), []);
  });

  it('adds the cue phrase to the never-flag list of the existing config, keeping its comments', async () => {
    const config = path.join(root, '.clinical-scope.yaml');
    fs.writeFileSync(config, '# Our team settings\nsensitivity: normal # the default\n');
    await start(false);
    const [first] = await diagnostics();
    const action = (await actionsFor(first!)).find((a) => a.title.startsWith('Never flag'))!;
    assert.equal(action.title, 'Never flag "hiring freeze" (team config .clinical-scope.yaml)');
    apply(action);
    assert.equal(fs.readFileSync(config, 'utf8'), '# Our team settings\nsensitivity: normal # the default\nignore:\n  - hiring freeze\n');
    client.filesChanged([{ uri: URI.file(config).toString(), type: 2 }]);
    await waitFor(async () => ((await diagnostics()).every((d) => !JSON.stringify(d.data).includes('hiring freeze')) ? true : undefined), 5000, 'the phrase to be ignored');
  });

  it('reports a broken config file at its lines, tells the user once, and applies the valid part', async () => {
    const config = path.join(root, '.clinical-scope.yaml');
    fs.writeFileSync(config, 'rules:\n  scope/leadership-in-supervison: off\n  scope/leadership-in-supervision: error\nkinds:\n  "notes/[": supervision\n');
    await start(false);
    const configUri = URI.file(config).toString();
    const published = await client.waitForPublished(configUri);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start.line, d.code]),
      [
        [1, 'structure/invalid-config'],
        [4, 'structure/invalid-config'],
      ],
    );
    assert.match(String(published.diagnostics[0]!.message), /did you mean `scope\/leadership-in-supervision`\?/);
    assert.deepEqual((await diagnostics()).map((d) => d.severity), [1, 1, 1], 'the valid rule setting applies');
    await waitFor(() => client.messages[0], 5000, 'a message');
    assert.match(client.messages[0]!, /^Clinical Scope: 2 problems in \.clinical-scope\.yaml\. The valid settings apply/);
    client.filesChanged([{ uri: configUri, type: 2 }]);
    await client.pullDiagnostics(uri);
    assert.equal(client.messages.length, 1, 'told once');
  });

  it('checks an open config file live, as it is edited, and applies it to open documents at once', async () => {
    await start(false);
    const config = path.join(root, '.clinical-scope.yaml');
    fs.writeFileSync(config, '');
    const configUri = URI.file(config).toString();
    client.open(configUri, '');
    client.change(configUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'sensitivty: low\n' }]);
    const items = (await client.pullDiagnostics(configUri)).items!;
    assert.deepEqual(items.map((d) => [d.range.start.line, d.code]), [[0, 'structure/invalid-config']]);
    client.change(configUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: 'rules:\n  scope/leadership-in-supervision: hint\n' }]);
    assert.deepEqual((await client.pullDiagnostics(configUri)).items, []);
    await waitFor(async () => ((await diagnostics()).every((d) => d.severity === 4) ? true : undefined), 5000, 'hints in the open document');
  });
});
