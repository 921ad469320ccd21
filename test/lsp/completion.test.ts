import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeLens, CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, waitFor } from './lsp-client';

const TEMPLATE = ['---', 'name: Risk review', 'prefix: risk-review', 'kind: supervision', 'description: A short risk review for one case', '---', '## Risk review', '', '- Client: ${1:initials, age}', '- Risk: ${2|low,moderate,high|}', '$0', ''].join('\n');

describe('completion, code lenses and team templates over stdio', function () {
  this.timeout(30_000);
  let root: string;
  let client: TestClient | undefined;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-completion-'));
    client = new TestClient({ pull: true, root });
    await client.initialize();
  });
  afterEach(() => {
    client?.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const uriOf = (name: string) => URI.file(path.join(root, name)).toString();
  const complete = (uri: string, line: number, character: number) =>
    client!.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  it('completes the kind after scope:, and pillars in this kind\'s phrasing', async () => {
    const uri = uriOf('note.md');
    client!.open(uri, '---\nscope: \n---\n\nWe met.\n\npil\n');
    const kinds = await complete(uri, 1, 7);
    assert.deepEqual(kinds.map((i) => i.label), ['supervision', 'leadership']);
    client!.change(uri, [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: 'leadership' }]);
    const items = await complete(uri, 6, 3);
    const pillar = items.find((i) => i.label === 'Pillar: Performance evaluation')!;
    assert.equal(pillar.insertTextFormat, 2, 'a snippet');
    assert.match(pillar.detail!, /leadership phrasing/);
    assert.match((pillar.documentation as { value: string }).value, /```markdown/);
    assert.deepEqual((pillar.textEdit as { range: unknown }).range, { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } });
  });

  it('completes headings for the missing sections of a policy at the start of a line', async () => {
    const uri = uriOf('leave.policy.md');
    client!.open(uri, '---\ntype: policy\n---\n\n# Leave Policy\n\n## Purpose\n\nText.\n\n\n');
    const items = await complete(uri, 10, 0);
    const headings = items.filter((i) => i.label.startsWith('## ')).map((i) => i.label);
    assert.deepEqual(headings, ['## Scope', '## Policy statement', '## Definitions', '## Responsibilities', '## Procedure', '## Related documents', '## Review and approval']);
  });

  it('shows pillar coverage as a code lens at the top, with an action per missing pillar', async () => {
    const uri = uriOf('plan.supervision.md');
    client!.open(uri, '# Plan\n\n## Ethics\n\nWe discussed confidentiality and consent, and the code of ethics.\n');
    const lenses = await client!.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lenses[0]!.command!.title, /^Pillars 1\/6: missing guidance and support, continuous learning, communication, safe workplace, performance evaluation$/);
    assert.equal(lenses[0]!.range.start.line, 0);
    const adds = lenses.slice(1).map((l) => l.command!);
    assert.equal(adds.length, 5);
    assert.equal(adds[0]!.title, '+ guidance and support');
    assert.equal(adds[0]!.command, 'clinicalScope.insertPillar');
    assert.equal(adds[0]!.arguments![0], uri);
    assert.match(adds[0]!.arguments![1] as string, /^## Guidance and support/);
  });

  it('offers team templates, and follows them as they are added, edited and removed on disk', async () => {
    const registration = await waitFor(() => client!.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 5000, 'a file watcher');
    assert.deepEqual(registration.registerOptions, {
      watchers: [{ globPattern: '**/{.clinical-scope.yaml,.clinical-scope.yml,.clinical-scope.json}' }, { globPattern: '**/.clinical-scope/templates/**' }],
    });
    const uri = uriOf('note.supervision.md');
    client!.open(uri, '# Note\n\nWe met.\n\n');
    const labels = async () => (await complete(uri, 4, 0)).map((i) => i.label);
    assert.ok(!(await labels()).includes('Template: Risk review'));

    const dir = path.join(root, '.clinical-scope', 'templates');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'risk-review.md');
    fs.writeFileSync(file, TEMPLATE);
    client!.filesChanged([{ uri: URI.file(file).toString(), type: 1 }]);
    assert.ok((await labels()).includes('Template: Risk review'));

    fs.writeFileSync(file, TEMPLATE.replace('name: Risk review', 'name: Risk check'));
    client!.filesChanged([{ uri: URI.file(file).toString(), type: 2 }]);
    const edited = await labels();
    assert.ok(edited.includes('Template: Risk check') && !edited.includes('Template: Risk review'));

    fs.rmSync(file);
    client!.filesChanged([{ uri: URI.file(file).toString(), type: 3 }]);
    assert.ok(!(await labels()).some((l) => l.startsWith('Template: Risk')));
  });

  it('reports a malformed template in its file and keeps offering the others', async () => {
    const dir = path.join(root, '.clinical-scope', 'templates');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'good.md'), TEMPLATE);
    const bad = path.join(dir, 'bad.md');
    fs.writeFileSync(bad, '---\nname: Broken\nkind: sometimes\n---\n## Broken ${1:unclosed\n');
    client!.filesChanged([{ uri: URI.file(bad).toString(), type: 1 }]);
    const published = await client!.waitForPublished(URI.file(bad).toString());
    const messages = published.diagnostics.map((d: Diagnostic) => `${d.range.start.line}:${d.code}:${d.message}`);
    assert.ok(messages.some((m) => /^0:structure\/invalid-template:.*`prefix:` is missing/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^2:structure\/invalid-template:.*kind: sometimes/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^4:structure\/invalid-template:.*Snippet syntax/.test(m)), messages.join('\n'));
    const uri = uriOf('note.supervision.md');
    client!.open(uri, '# Note\n\n');
    const labels = (await complete(uri, 2, 0)).map((i) => i.label);
    assert.ok(labels.includes('Template: Risk review'));
    assert.ok(!labels.includes('Template: Broken'));

    // Opened, the template is checked from the editor's text like any document.
    const badUri = URI.file(bad).toString();
    client!.open(badUri, '---\nname: Fixed\nprefix: fixed\nkind: any\ndescription: ok\n---\nBody.\n');
    assert.deepEqual((await client!.pullDiagnostics(badUri)).items, []);
  });

  it('lists built-in and team templates for New document from template', async () => {
    const dir = path.join(root, '.clinical-scope', 'templates');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'risk.md'), TEMPLATE);
    const list = await client!.connection.sendRequest<{ name: string; source: string }[]>('clinicalScope/listTemplates', { uri: URI.file(root).toString() });
    assert.equal(list.filter((t) => t.source === 'built-in').length, 8);
    assert.deepEqual(list.filter((t) => t.source !== 'built-in').map((t) => [t.name, t.source]), [['Risk review', path.join('.clinical-scope', 'templates', 'risk.md')]]);
  });
});
