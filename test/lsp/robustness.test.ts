import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, Diagnostic, Hover, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { useTempFolder } from '../temp-folder';
import { applyWorkspaceEdit } from './apply-edit';
import { SERVER, TestClient, waitFor } from './lsp-client';

// The server against editors that misbehave, legally or not, and against
// workspace content written to send it elsewhere.
const DRIFT = 'The board has approved a hiring freeze, and both vacant posts stay empty this year.';
const NOTE = ['# Notes', '', 'We practised the exposure rationale in role-play.', '', DRIFT, '', 'Her client, born 03/14/1988, was discussed.', ''].join('\n');
const DRIFT_LINE = 4;

describe('language server robustness', function () {
  this.timeout(30_000);
  const temp = useTempFolder('cs-lsp-robust-');
  let client: TestClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });
  const fileUri = (name: string) => URI.file(path.join(temp.root, name)).toString();
  const actionsFor = (uri: string, diagnostics: Diagnostic[]) =>
    client!.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['quickfix'] } });
  const hover = (uri: string) => client!.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: DRIFT_LINE, character: 10 } });

  it('keeps running when the editor answers each of its requests with an error', async () => {
    temp.write('.clinical-scope.yaml', 'rules:\n  scope/no-such-rule: off\n');
    client = new TestClient({ pull: true, root: temp.root, refuseRequests: true });
    await client.initialize();
    const uri = fileUri('notes.supervision.md');
    client.open(uri, NOTE);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [] } });
    // The command fails, as the edit was refused; the server goes on.
    await client.connection.sendRequest('workspace/executeCommand', { command: 'clinicalScope.server.declareKind', arguments: [uri, 'supervision'] }).catch(() => undefined);
    for (const method of ['workspace/configuration', 'client/registerCapability', 'window/showMessageRequest', 'workspace/diagnostic/refresh', 'workspace/workspaceFolders', 'workspace/applyEdit']) {
      await waitFor(() => (client!.refused.includes(method) ? true : undefined), 10_000, `a ${method} request`);
    }
    const report = await client.pullDiagnostics(uri);
    assert.ok(report.items!.some((d) => d.code === 'scope/leadership-in-supervision'));
    assert.ok(await hover(uri));
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });

  it('refuses requests before initialize with ServerNotInitialized, then serves them', async () => {
    client = new TestClient({ pull: true });
    await assert.rejects(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri('a.md') }, position: { line: 0, character: 0 } }), (e: { code: number }) => e.code === -32002);
    await client.initialize();
    const uri = fileUri('notes.supervision.md');
    client.open(uri, NOTE);
    assert.ok(await hover(uri));
  });

  for (const [name, frame] of [
    ['a Content-Length shorter than the message', (body: string) => `Content-Length: ${body.length - 10}\r\n\r\n${body}`],
    ['a header without Content-Length', (body: string) => `Content-Size: ${body.length}\r\n\r\n${body}`],
  ] as const) {
    it(`exits after ${name}, so the editor can start it again`, async () => {
      const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      server.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
      const send = (text: string) => server.stdin.write(text);
      const message = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', id, method, params });
      const initialize = message(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
      send(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`);
      await waitFor(() => (stdout.includes('"id":1') ? true : undefined), 10_000, 'the initialize answer');
      send(frame(message(2, 'shutdown', null)));
      const hoverRequest = message(3, 'textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } });
      send(`Content-Length: ${Buffer.byteLength(hoverRequest)}\r\n\r\n${hoverRequest}`);
      const code = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 10_000))]);
      server.kill('SIGKILL');
      assert.notEqual(code, 'running', 'the server still runs, answering nothing');
      assert.notEqual(code, 0);
      assert.match(stderr, /can no longer be read/);
    });
  }

  it('checks a document again when an edit reuses its version number', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('notes.supervision.md');
    client.open(uri, NOTE);
    const first = await client.pullDiagnostics(uri);
    assert.ok(first.items!.some((d) => d.code === 'scope/leadership-in-supervision'));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: '# Notes\n\nWe practised the exposure rationale.\n' }] });
    const second = await client.pullDiagnostics(uri, first.resultId);
    assert.equal(second.kind, 'full');
    assert.deepEqual(second.items, []);
  });

  it('reads the front matter of a document that starts with a byte order mark', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('minutes.md');
    client.open(uri, '\uFEFF---\nscope: leadership\n---\n# Minutes\n\nThe board approved the budget for next year.\n');
    const report = await client.pullDiagnostics(uri);
    assert.deepEqual(report.items, []);
    const status = await waitFor(() => client!.notifications.find((n) => n.method === 'clinicalScope/documentStatus'), 5000, 'status');
    assert.deepEqual([(status.params as { kind: string }).kind, (status.params as { source: string }).source], ['leadership', 'frontmatter']);
  });

  it('answers other requests while a document at the size limit is analysed', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const big = fileUri('big.supervision.md');
    const small = fileUri('small.supervision.md');
    client.open(big, `${NOTE}\n`.repeat(2500));
    client.open(small, NOTE);
    const pulled = client.pullDiagnostics(big);
    assert.ok(await hover(small));
    assert.ok((await pulled).items!.length > 0);
  });

  describe('quick fixes never act on findings of another text', () => {
    it('when checking on save, with a push client: findings keep the saved version, and stale ones get no fix', async () => {
      client = new TestClient({ pull: false, settings: { run: 'onSave' } });
      await client.initialize();
      const uri = fileUri('notes.supervision.md');
      client.open(uri, NOTE);
      const saved = await client.waitForPublished(uri, 1);
      const drift = saved.diagnostics.filter((d) => d.code === 'scope/leadership-in-supervision');
      assert.deepEqual(drift.map((d) => d.range.start.line), [DRIFT_LINE]);
      // Two lines typed at the top, not saved.
      const edited = `Added.\n\n${NOTE}`;
      const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Added.\n\n' }]);
      assert.deepEqual(await actionsFor(uri, saved.diagnostics), [], 'no fix for findings of the saved text');
      // Long enough for a re-check to be published, were there one.
      await new Promise((r) => setTimeout(r, 600));
      for (const p of client.published) assert.equal(p.version, 1, 'nothing is published for the unsaved version');
      client.save(uri);
      const after = await client.waitForPublished(uri, version);
      assert.deepEqual(after.diagnostics.filter((d) => d.code === 'scope/leadership-in-supervision').map((d) => d.range.start.line), [DRIFT_LINE + 2]);
      // Now the fixes apply, to the right characters.
      const privacy = after.diagnostics.filter((d) => d.code === 'privacy/client-identifier');
      assert.ok(privacy.length > 0, 'a privacy finding');
      const replace = (await actionsFor(uri, privacy)).find((a) => /^Replace with \[client/.test(a.title));
      assert.ok(replace, 'a replace fix');
      const fixed = applyWorkspaceEdit(replace.edit!, new Map([[uri, edited]])).get(uri)!;
      assert.doesNotMatch(fixed, /1988/);
      assert.match(fixed, /^Added\.\n\n# Notes\n/);
    });

    it('when checking as you type: a code action request carrying the previous version’s findings gets no fix', async () => {
      client = new TestClient({ pull: true });
      await client.initialize();
      const uri = fileUri('notes.supervision.md');
      client.open(uri, NOTE);
      const old = (await client.pullDiagnostics(uri)).items!;
      client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Added.\n\n' }]);
      assert.deepEqual(await actionsFor(uri, old.filter((d) => d.code === 'scope/leadership-in-supervision')), []);
      const current = (await client.pullDiagnostics(uri)).items!.filter((d) => d.code === 'scope/leadership-in-supervision');
      assert.ok((await actionsFor(uri, current)).some((a) => a.title.startsWith('Move to a leadership document')));
    });
  });

  it('replaces a flagged name with its own initials, not the capitalised word before it', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('notes.supervision.md');
    const text = '# Notes\n\nClient Discussed Maria Lopez today, and her panic.\n';
    client.open(uri, text);
    const names = (await client.pullDiagnostics(uri)).items!.filter((d) => d.code === 'privacy/client-identifier');
    assert.equal(names.length, 1);
    const initials = (await actionsFor(uri, names)).find((a) => a.title.startsWith('Replace the name with initials'));
    assert.ok(initials, 'an initials fix');
    assert.match(initials.title, /\(M\.L\.\)$/);
    assert.equal(applyWorkspaceEdit(initials.edit!, new Map([[uri, text]])).get(uri), '# Notes\n\nClient Discussed M.L. today, and her panic.\n');
  });

  describe('nothing is written or read outside the workspace folder', () => {
    const moveTargets = async (uri: string): Promise<string[]> => {
      const report = await client!.pullDiagnostics(uri);
      const drift = report.items!.filter((d) => d.code === 'scope/leadership-in-supervision');
      assert.equal(drift.length, 1);
      const actions = await actionsFor(uri, drift);
      return actions.filter((a) => a.title.startsWith('Move')).flatMap((a) => urisOf(a.edit!));
    };

    for (const [name, folder] of [
      ['a folder above the workspace', '../../..'],
      ['an absolute folder', '/tmp/cs-elsewhere'],
      ['a folder linked to outside', 'linked'],
    ]) {
      it(`\`move.folder\` set to ${name} writes nothing outside the workspace`, async () => {
        const outside = fs.mkdtempSync(`${temp.root}-outside-`);
        try {
          fs.symlinkSync(outside, path.join(temp.root, 'linked'));
          temp.write('.clinical-scope.yaml', `move:\n  folder: ${JSON.stringify(folder)}\n`);
          client = new TestClient({ pull: true, root: temp.root });
          await client.initialize();
          const uri = fileUri('notes.supervision.md');
          temp.write('notes.supervision.md', NOTE);
          client.open(uri, NOTE);
          // Where each file would really be written, links resolved.
          const real = (t: string) => path.join(fs.realpathSync(path.dirname(URI.parse(t).fsPath)), path.basename(t));
          const outsideRoot = (await moveTargets(uri)).filter((t) => !real(t).startsWith(fs.realpathSync(temp.root) + path.sep));
          assert.deepEqual(outsideRoot, []);
        } finally {
          fs.rmSync(outside, { recursive: true, force: true });
        }
      });
    }

    it('a move inside the workspace is still offered, and stays there', async () => {
      temp.write('.clinical-scope.yaml', 'move:\n  folder: leadership-items\n');
      client = new TestClient({ pull: true, root: temp.root });
      await client.initialize();
      const uri = fileUri('notes.supervision.md');
      temp.write('notes.supervision.md', NOTE);
      client.open(uri, NOTE);
      const targets = await moveTargets(uri);
      assert.ok(targets.includes(fileUri('leadership-items/notes.leadership.md')), targets.join(', '));
    });

    it('a crafted `belongsIn` sent back by the editor offers no move', async () => {
      client = new TestClient({ pull: true, root: temp.root });
      await client.initialize();
      const uri = fileUri('notes.supervision.md');
      client.open(uri, NOTE);
      const [d] = (await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'scope/leadership-in-supervision');
      for (const belongsIn of ['../../../../tmp/evil', '/etc/cron.d/x', 'leadership/../../x']) {
        const actions = await actionsFor(uri, [{ ...d!, data: { ...(d!.data as object), belongsIn } }]);
        assert.deepEqual(actions.filter((a) => a.title.startsWith('Move')), [], belongsIn);
      }
    });

    it('a templates folder outside the workspace is not read', async () => {
      const outside = fs.mkdtempSync(`${temp.root}-secret-`);
      try {
        fs.writeFileSync(path.join(outside, 'secret.md'), '---\nname: Secret\nprefix: secret\n---\nTOP SECRET BODY\n');
        temp.write('.clinical-scope.yaml', `templates: ${JSON.stringify(path.relative(temp.root, outside))}\n`);
        client = new TestClient({ pull: true, root: temp.root, settings: { templates: { folder: outside } } });
        await client.initialize();
        const uri = fileUri('notes.md');
        client.open(uri, 'sec');
        const items = await client.connection.sendRequest<{ label: string; documentation?: unknown }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
        assert.ok(!JSON.stringify(items).includes('TOP SECRET'), 'no completion from outside');
        const listed = await client.connection.sendRequest<{ name: string }[]>('clinicalScope/listTemplates', { uri });
        assert.ok(!listed.some((t) => t.name === 'Secret'));
        assert.ok(!client.published.some((p) => p.uri.includes('secret')), 'no diagnostics for files outside');
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  it('refuses a template nested 1,500 deep at once, and keeps completing', async () => {
    temp.write('.clinical-scope/templates/deep.md', `---\nname: Deep\nprefix: deep\n---\n${'${1:\n'.repeat(1500)}x\n`);
    client = new TestClient({ pull: true, root: temp.root });
    await client.initialize();
    const template = fileUri('.clinical-scope/templates/deep.md');
    client.open(template, fs.readFileSync(URI.parse(template).fsPath, 'utf8'));
    const report = await client.pullDiagnostics(template);
    assert.match(report.items!.map((d) => d.message).join('\n'), /nested more than 10 deep/);
    const uri = fileUri('notes.md');
    client.open(uri, 'dee');
    const items = await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(!items.some((i) => i.label === 'deep'));
  });
});

/** Every file a workspace edit touches. */
function urisOf(edit: WorkspaceEdit): string[] {
  return [...Object.keys(edit.changes ?? {}), ...(edit.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : ''))];
}
