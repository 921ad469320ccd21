import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { useTempFolder } from '../temp-folder';
import { applyWorkspaceEdit } from './apply-edit';
import { TestClient, waitFor, type ClientOptions } from './lsp-client';

const NOTE = [
  '# Supervision session, 4 March',
  '',
  'We discussed Client D.M., 27, and practised the exposure rationale in role-play.',
  '',
  '- She will bring a recording next week.',
  '- The board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.',
  '',
].join('\n');

// The move quick fix in editors that can create files in an edit (VS Code) and in
// editors that cannot (Neovim 0.7), and the code action kinds a client asks for.
describe('moving a passage, and the code action kinds asked for', function () {
  this.timeout(30_000);
  const tmp = useTempFolder('cs-move-');
  let client: TestClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  async function start(options: Partial<ClientOptions>) {
    client = new TestClient({ pull: true, root: tmp.root, ...options });
    await client.initialize();
    const file = tmp.write('plan.supervision.md', NOTE);
    const uri = URI.file(file).toString();
    client.open(uri, NOTE);
    const { items } = await client.pullDiagnostics(uri);
    return { uri, items: items as Diagnostic[] };
  }
  const actionsFor = (uri: string, items: Diagnostic[], only?: string[]) =>
    client!.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: items[0]!.range, context: { diagnostics: items, ...(only ? { only } : {}) } });
  const companionPath = () => path.join(tmp.root, 'plan.leadership.md');

  it('says where the passage went after the move, and opens the companion when asked', async () => {
    const { uri, items } = await start({ showDocument: true });
    const move = (await actionsFor(uri, items, ['quickfix'])).find((a) => a.title === 'Move to a leadership document (plan.leadership.md)')!;
    assert.ok(move.edit?.documentChanges, 'the move is one edit');
    // The editor applies the edit, then runs the action's command.
    applyWorkspaceEdit(move.edit!, new Map([[uri, NOTE]]));
    client!.messageAnswer = 'Open';
    await client!.connection.sendRequest('workspace/executeCommand', { command: move.command!.command, arguments: move.command!.arguments });
    assert.deepEqual(client!.messages, ['Clinical Scope moved the passage to plan.leadership.md (a leadership document).']);
    assert.deepEqual(client!.shownDocuments, [URI.file(companionPath()).toString()]);
  });

  it('offers the move to a client without documentChanges: the server creates the companion, then applies plain changes', async () => {
    const { uri, items } = await start({ documentChanges: false });
    const move = (await actionsFor(uri, items)).find((a) => a.title === 'Move to a leadership document (plan.leadership.md)');
    assert.ok(move, 'the move is offered');
    assert.equal(move.edit, undefined);
    await client!.connection.sendRequest('workspace/executeCommand', { command: move.command!.command, arguments: move.command!.arguments });

    assert.equal(fs.readFileSync(companionPath(), 'utf8'), '', 'created empty, for the edit to fill');
    const [edit] = client!.appliedEdits;
    assert.ok(edit?.changes && !edit.documentChanges, 'plain changes');
    const texts = applyWorkspaceEdit(edit, new Map([[uri, NOTE]]));
    assert.match(fs.readFileSync(companionPath(), 'utf8'), /^---\nscope: leadership\n[\s\S]*<!-- moved from plan\.supervision\.md -->\n- The board has approved a hiring freeze/);
    assert.doesNotMatch(texts.get(uri)!, /hiring freeze/);
    // Without window/showDocument the announcement is a plain message.
    const shown = await waitFor(() => client!.notifications.find((n) => n.method === 'window/showMessage'), 5000, 'the announcement');
    assert.equal((shown.params as { message: string }).message, 'Clinical Scope moved the passage to plan.leadership.md (a leadership document).');
  });

  it('removes the empty companion again when the editor declines the edit, and refuses a move offered for an older version', async () => {
    const { uri, items } = await start({ documentChanges: false });
    const move = (await actionsFor(uri, items)).find((a) => a.title.startsWith('Move to a leadership document'))!;
    client!.acceptEdits = false;
    await client!.connection.sendRequest('workspace/executeCommand', { command: move.command!.command, arguments: move.command!.arguments });
    assert.equal(fs.existsSync(companionPath()), false);

    client!.acceptEdits = true;
    client!.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    await client!.connection.sendRequest('workspace/executeCommand', { command: move.command!.command, arguments: move.command!.arguments });
    assert.equal(fs.existsSync(companionPath()), false);
    assert.equal(client!.appliedEdits.length, 0);
    assert.match(client!.messages.at(-1)!, /changed since the move was offered/);
  });

  it('returns only the kinds of code action asked for', async () => {
    const { uri, items } = await start({});
    const kinds = async (only?: string[]) => [...new Set((await actionsFor(uri, items, only)).map((a) => a.kind))].sort();
    assert.deepEqual(await kinds(), ['quickfix', 'source']);
    assert.deepEqual(await kinds(['quickfix']), ['quickfix']);
    assert.deepEqual(await kinds(['source']), ['source']);
    // On save VS Code asks for source.fixAll or source.organizeImports: Clinical Scope has neither.
    assert.deepEqual(await kinds(['source.fixAll']), []);
    assert.deepEqual(await kinds(['source.organizeImports']), []);
    assert.deepEqual(await kinds(['refactor']), []);
    assert.deepEqual(await kinds(['quickfix', 'source']), ['quickfix', 'source']);
  });
});
