import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './apply-edit';
import { TestClient } from './lsp-client';

const IDENTIFIERS = ['Wilhelmina Quartermaine', 'Quartermaine', '07/22/1968', '630-8812', 'w.quartermaine@example.com', '14 Birchwood Lane', '3307-5521', '999 456 7812', 'QX40218837', 'Castellano'];
const DOC = [
  '---',
  'scope: supervision',
  'type: session-note',
  '---',
  '',
  '# Supervision, 12 March',
  '',
  '## Cases reviewed',
  '',
  'Client Wilhelmina Quartermaine (DOB 07/22/1968) was admitted after an overdose; the client called from (555) 630-8812.',
  '',
  'Mrs. Castellano wrote from w.quartermaine@example.com and is staying at her sister\'s flat at 14 Birchwood Lane.',
  '',
  'Her MRN 3307-5521, NHS no. 999 456 7812 and Medicaid ID (QX40218837) were on the referral.',
  '',
].join('\n');

describe('client identifiers over stdio', function () {
  this.timeout(30_000);
  let dir: string;
  let client: TestClient;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-privacy-'));
  });
  afterEach(() => {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes no identifier anywhere, with trace and logging at their most verbose', async () => {
    client = new TestClient({ pull: false, trace: 'verbose' });
    await client.initialize();
    const uri = URI.file(path.join(dir, 'notes.md')).toString();
    client.open(uri, DOC);
    const published = await client.waitForPublished(uri, 1);
    assert.equal(published.diagnostics.filter((d) => d.code === 'privacy/client-identifier').length, 9);
    // Ask for everything a client can ask for on the findings, too.
    for (const d of published.diagnostics) {
      await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    }
    await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 0 } });
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    await client.waitForPublished(uri, 2);
    assert.ok(client.notifications.some((n) => n.method === 'window/logMessage'), 'the server logged');
    // What the server wrote: its log, its standard error, and every message it sent, less the
    // code actions' edits, which put the initials where the name was and so must mention nothing but initials.
    const written = [client.stderr, ...client.notifications.map((n) => JSON.stringify(n.params)), ...client.published.map((p) => JSON.stringify(p))].join('\n');
    for (const id of IDENTIFIERS) assert.ok(!written.includes(id), `the server wrote "${id}"`);
    const protocol = client.stdout.replace(/"newText":"[^"]*"/g, '');
    for (const id of IDENTIFIERS) assert.ok(!protocol.includes(id), `the protocol stream carries "${id}"`);
  });

  it('replaces a name with initials, and an identifier with a placeholder, and the findings go', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = URI.file(path.join(dir, 'notes.md')).toString();
    let text = DOC;
    client.open(uri, text);
    const fix = async (identifier: string, title: RegExp) => {
      const items = (await client.pullDiagnostics(uri)).items!;
      const d = items.find((x) => (x.data as { identifier?: string })?.identifier === identifier)!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action, `${identifier}: ${actions.map((a) => a.title).join(' | ')}`);
      const next = applyWorkspaceEdit(action.edit!, new Map([[uri, text]])).get(uri)!;
      client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, text: next }]);
      text = next;
      return (await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'privacy/client-identifier').length;
    };
    assert.equal(await fix('full-name', /^Replace the name with initials \(W\.Q\.\)$/), 8);
    assert.match(text, /Client W\.Q\. \(DOB/);
    assert.equal(await fix('titled-name', /^Replace the name with initials \(Mrs\. C\.\)$/), 7);
    assert.equal(await fix('date-of-birth', /^Replace with \[client DOB\]$/), 6);
    assert.match(text, /\(DOB \[client DOB\]\)/);
    assert.equal(await fix('nhs-number', /^Replace with \[client NHS number\]$/), 5);
  });

  it('replaces every mention of a client with the same initials in one edit, and leaves the supervisee alone', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = URI.file(path.join(dir, 'notes.md')).toString();
    const text = [
      '---',
      'scope: supervision',
      'supervisee: Dana Whitfield',
      '---',
      '',
      'Client: Tamati Rangi, 16, referred by his GP.',
      '',
      "Tamati disclosed more this week, and Tamati's teacher rang. Dana will call Tamati at home.",
      '',
      'Mr Rangi senior asked for a meeting.',
      '',
    ].join('\n');
    client.open(uri, text);
    const items = (await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'privacy/client-identifier');
    assert.equal(items.length, 5);
    const d = items[1]!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const all = actions.find((a) => /^Replace all 5 mentions of this client with initials$/.test(a.title));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const next = applyWorkspaceEdit(all.edit!, new Map([[uri, text]])).get(uri)!;
    assert.match(next, /Client: T\.R\., 16,/);
    assert.match(next, /T\.R\. disclosed more this week, and T\.R\.'s teacher rang\. Dana will call T\.R\. at home\./);
    assert.match(next, /Mr R\. senior/);
    assert.match(next, /supervisee: Dana Whitfield/);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, text: next }]);
    assert.equal((await client.pullDiagnostics(uri)).items!.filter((x) => x.code === 'privacy/client-identifier').length, 0);
  });

  it("takes the mentions to replace from the server's own analysis, never from offsets a client sends back", async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = URI.file(path.join(dir, 'notes.md')).toString();
    const text = ['# Notes', '', 'Client: Tamati Rangi, 16, was referred.', '', 'Tamati disclosed more.', ''].join('\n');
    client.open(uri, text);
    const d = (await client.pullDiagnostics(uri)).items!.find((x) => x.code === 'privacy/client-identifier')!;
    assert.equal((d.data as { mentions?: unknown }).mentions, undefined, 'the list of mentions stays on the server');
    // Offsets sent back by a client that point at ordinary words must not become an edit of those words.
    const forged = { ...d, data: { ...(d.data as object), mentions: [{ start: 0, end: 7 }, { start: 11, end: 18 }] } };
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [forged] } });
    const all = actions.find((a) => /^Replace all 2 mentions/.test(a.title));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const next = applyWorkspaceEdit(all.edit!, new Map([[uri, text]])).get(uri)!;
    assert.equal(next, ['# Notes', '', 'Client: T.R., 16, was referred.', '', 'T.R. disclosed more.', ''].join('\n'));
  });
});
