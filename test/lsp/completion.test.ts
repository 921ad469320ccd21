import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CodeLens, CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { expandSnippet } from '../../server/src/engine/templates/snippet-syntax';
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
    // One list of six, in this document's phrasing, with labels short enough to read whole.
    const pillarItems = items.filter((i) => i.label.startsWith('Pillar: '));
    assert.deepEqual(pillarItems.map((i) => i.label), [
      'Pillar: Guidance and support',
      'Pillar: Continuous learning',
      'Pillar: Effective communication',
      'Pillar: Ethical standards',
      'Pillar: Safe work environment',
      'Pillar: Performance evaluation',
    ]);
    // No detail beside the label, which would cut it short in the list.
    assert.ok(pillarItems.every((i) => i.label.length <= 32 && i.detail === undefined));
    assert.ok(pillarItems.every((i) => (i.documentation as { value: string }).value.startsWith('*An organisation-wide section.*')));
    const pillar = pillarItems.find((i) => i.label === 'Pillar: Performance evaluation')!;
    assert.equal(pillar.insertTextFormat, 2, 'a snippet');
    assert.match((pillar.documentation as { value: string }).value, /```markdown/);
    assert.deepEqual((pillar.textEdit as { range: unknown }).range, { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } });
  });

  it("in an empty file, offers the templates of the file's kind first and pre-selects one; a declared kind gets only its own", async () => {
    const labelsAt = async (name: string) => {
      const uri = uriOf(name);
      client!.open(uri, '');
      return (await complete(uri, 0, 0)).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    };
    const supervision = await labelsAt('week1.supervision.md');
    assert.deepEqual(supervision.map((i) => i.label), ['Template: Supervision session note', 'Template: Supervision plan', 'Template: Supervision agreement', 'Template: Supervisee evaluation']);
    assert.deepEqual(supervision.filter((i) => i.preselect).map((i) => i.label), ['Template: Supervision session note']);
    const policy = await labelsAt('leave.policy.md');
    assert.deepEqual(policy.map((i) => i.label), ['Template: Policy', 'Template: Procedure', 'Template: Strategic plan section', 'Template: Leadership meeting minutes']);
    assert.deepEqual(policy.filter((i) => i.preselect).map((i) => i.label), ['Template: Policy']);
    // Neither name nor content says which kind: every template, none pre-selected.
    const unknown = await labelsAt('untitled.md');
    assert.equal(unknown.length, 8);
    assert.deepEqual(unknown.filter((i) => i.preselect), []);
  });

  it('completes headings for the missing sections of a policy at the start of a line', async () => {
    const uri = uriOf('leave.policy.md');
    client!.open(uri, '---\ntype: policy\n---\n\n# Leave Policy\n\n## Purpose\n\nText.\n\n\n');
    const items = await complete(uri, 10, 0);
    const headings = items.filter((i) => i.label.startsWith('## ')).map((i) => i.label);
    assert.deepEqual(headings, ['## Scope', '## Policy statement', '## Definitions', '## Responsibilities', '## Procedure', '## Related documents', '## Review and approval']);
  });

  it('shows pillar coverage as one short code lens at the top, whose picker offers the missing pillars by name', async () => {
    const uri = uriOf('plan.supervision.md');
    client!.open(uri, '# Plan\n\n## Ethics\n\nWe discussed confidentiality and consent, and the code of ethics.\n');
    const lenses = await client!.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]!.command!.title, 'Pillars 1/6 · add missing…');
    assert.equal(lenses[0]!.range.start.line, 0);
    assert.equal(lenses[0]!.command!.command, 'clinicalScope.pickPillar');
    const [target, choices] = lenses[0]!.command!.arguments as [string, { label: string; body: string }[]];
    assert.equal(target, uri);
    // The same names as completion, the CLI and the README.
    assert.deepEqual(choices.map((c) => c.label), ['guidance and support', 'continuous learning', 'effective communication', 'safe work environment', 'performance evaluation']);
    assert.match(choices[0]!.body, /^## Guidance and support/);
  });

  it('shows no pillar lens on an empty file, a companion holding one moved passage or a page that silences every rule, and 6/6 on a built-in template as inserted', async () => {
    const lensesOf = (uri: string) => client!.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const empty = uriOf('new.supervision.md');
    client!.open(empty, '');
    assert.deepEqual(await lensesOf(empty), []);
    const companion = uriOf('plan.leadership.md');
    client!.open(companion, '---\nscope: leadership\ntitle: Leadership notes moved from plan.supervision.md\n---\n\n# Leadership notes moved from plan.supervision.md\n<!-- moved from plan.supervision.md -->\n- The board has approved a hiring freeze, and the two vacant posts will not be filled.\n');
    assert.deepEqual(await lensesOf(companion), []);
    // Nor on the rules page, which silences every rule for the whole file.
    const docs = uriOf('rules.md');
    client!.open(docs, fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8'));
    assert.deepEqual(await lensesOf(docs), []);

    // Insert the supervision plan template, as completion offers it in the empty file, with its defaults.
    const [template] = (await complete(empty, 0, 0)).filter((i) => i.label === 'Template: Supervision plan');
    assert.ok(template, 'the supervision plan template is offered');
    client!.change(empty, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: expandSnippet(template.textEdit!.newText) }]);
    const [lens] = await lensesOf(empty);
    assert.equal(lens?.command?.title, 'Pillars 6/6');
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
