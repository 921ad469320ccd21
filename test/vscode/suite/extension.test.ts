// Clinical Scope inside real VS Code: diagnostics, hover, the move and declare-kind
// quick fixes, the status the status bar shows, settings and commands, all through
// the VS Code API, as a user's editor would see them.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from './poll';
import { requestScreenshot } from './screenshot';

const EXTENSION_ID = 'clinical-scope.clinical-scope';

const PLAN = [
  '# Supervision plan: J. Okafor, 2025',
  '',
  '## Goals',
  '',
  '- Build confidence with risk assessment, using the C-SSRS with every new client.',
  '- The board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.',
  '',
  '## Methods',
  '',
  'We review one recorded session a month and practise difficult conversations in role-play.',
  '',
].join('\n');

const POLICY = [
  '---',
  'scope: leadership',
  'title: Documentation Policy',
  '---',
  '',
  '# Documentation Policy',
  '',
  '1. All clinicians complete progress notes within 48 hours of each session.',
  '2. For example, Marco has been consistently late with his notes, and his supervisor has set him a target of same-day notes.',
  '',
].join('\n');

interface ExtensionApi {
  statusFor(uri: vscode.Uri): { kind: string; source: string; findings: number; enabled: boolean } | undefined;
}

describe('Clinical Scope in VS Code', function () {
  this.timeout(120_000);
  let folder: vscode.Uri;
  let api: ExtensionApi;

  const write = async (name: string, text: string) => {
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    return uri;
  };
  const open = async (uri: vscode.Uri) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  };
  const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinical-scope');
  const diagnosticsOf = (uri: vscode.Uri, count: number, what: string) =>
    waitFor(() => (ours(uri).length === count ? ours(uri) : undefined), { timeout: 30_000, message: what });
  const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

  before(async () => {
    const root = await waitFor(() => vscode.workspace.workspaceFolders?.[0]?.uri, { timeout: 30_000, message: 'a workspace folder' });
    folder = vscode.Uri.joinPath(root, `run-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(folder);
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('flags drift in a supervision document with the exact range, code and documentation link', async () => {
    const uri = await write('plan.supervision.md', PLAN);
    await open(uri);
    const [d] = await diagnosticsOf(uri, 1, 'one drift finding in plan.supervision.md');
    assert.equal(codeOf(d!), 'scope/leadership-in-supervision');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([d!.range.start.line, d!.range.start.character, d!.range.end.line, d!.range.end.character], [5, 2, 5, PLAN.split('\n')[5]!.length]);
    assert.match(d!.message, /^Belongs in a leadership document: hiring and staffing/);
    assert.ok(typeof d!.code === 'object' && /docs\/rules\.md#L\d+$/.test(d!.code.target.toString()), 'a link to the shipped docs, at the rule');
  });

  it('flags drift in a leadership document', async () => {
    const uri = await write('documentation.md', POLICY);
    await open(uri);
    const [d] = await diagnosticsOf(uri, 1, 'one drift finding in documentation.md');
    assert.equal(codeOf(d!), 'scope/supervision-in-leadership');
    assert.equal(d!.range.start.line, 8);
    assert.equal(d!.range.start.character, 3);
  });

  it('tells the status bar the kind, how it was decided and the number of findings', async () => {
    const uri = vscode.Uri.joinPath(folder, 'plan.supervision.md');
    await open(uri);
    const status = await waitFor(() => api.statusFor(uri), { timeout: 20_000, message: 'a status for plan.supervision.md' });
    assert.deepEqual([status.kind, status.source, status.findings, status.enabled], ['supervision', 'filename', 1, true]);
    const policy = await waitFor(() => api.statusFor(vscode.Uri.joinPath(folder, 'documentation.md')), { message: 'a status for documentation.md' });
    assert.deepEqual([policy.kind, policy.source], ['leadership', 'frontmatter']);
  });

  it('explains a finding on hover', async () => {
    const uri = vscode.Uri.joinPath(folder, 'plan.supervision.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const position = new vscode.Position(5, 30);
    const hovers = await waitFor(
      async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
        return h.some((x) => x.contents.some((c) => String((c as vscode.MarkdownString).value ?? c).includes('**Why:**'))) ? h : undefined;
      },
      { timeout: 20_000, message: 'a Clinical Scope hover' },
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => String((c as vscode.MarkdownString).value ?? c))).join('\n');
    // The squiggle's message sits above the hover: the hover explains, it does not repeat.
    assert.match(text, /\*\*Why:\*\* Recruitment, vacancies, headcount/);
    assert.match(text, /\*\*Where it belongs:\*\* a leadership document/);
    assert.match(text, /Disable "leadership content in supervision" for this line/);
    assert.doesNotMatch(text, /"hiring freeze"|--rule|clinicalScope\./);

    // What a user sees first: the squiggle and its hover, for the README, with the editor wide.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
    await vscode.commands.executeCommand('editor.action.showHover');
    await requestScreenshot('drift-hover');
  });

  it('moves the drifting item to a companion leadership document with the quick fix', async () => {
    const uri = vscode.Uri.joinPath(folder, 'plan.supervision.md');
    const doc = await open(uri);
    const [d] = await diagnosticsOf(uri, 1, 'the drift finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const move = actions.find((a) => a.title === 'Move to a leadership document (plan.leadership.md)');
    assert.ok(move?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(move.edit));

    assert.doesNotMatch(doc.getText(), /hiring freeze/);
    assert.match(doc.getText(), /^- See \[plan\.leadership\.md\]\(plan\.leadership\.md\)$/m);
    await diagnosticsOf(uri, 0, 'no findings left in plan.supervision.md');
    const companion = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'plan.leadership.md'));
    assert.match(companion.getText(), /^---\nscope: leadership\n/);
    assert.match(companion.getText(), /<!-- moved from plan\.supervision\.md -->\n- The board has approved a hiring freeze/);

    // One edit: a single undo puts the item back.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText().includes('hiring freeze'), { message: 'undo to restore the item' });
  });

  it('declares the kind of an unknown document with the quick fix', async () => {
    const uri = await write('reading.md', '# Reading list\n\n- Bernard and Goodyear\n');
    const doc = await open(uri);
    const [d] = await diagnosticsOf(uri, 1, 'the unknown-kind finding');
    assert.equal(codeOf(d!), 'scope/unknown-kind');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const declare = actions.find((a) => a.title === 'Declare as a supervision document (scope: supervision)');
    assert.ok(declare?.edit);
    assert.ok(await vscode.workspace.applyEdit(declare.edit));
    assert.match(doc.getText(), /^---\nscope: supervision\n---\n\n# Reading list/);
    await diagnosticsOf(uri, 0, 'the unknown-kind finding to go');
    await waitFor(() => api.statusFor(uri)?.source === 'frontmatter', { message: 'the status to say front matter' });
  });

  it('stops checking when clinicalScope.enable is off for the folder, and starts again', async () => {
    const uri = vscode.Uri.joinPath(folder, 'documentation.md');
    await open(uri);
    await diagnosticsOf(uri, 1, 'the drift finding');
    const config = vscode.workspace.getConfiguration('clinicalScope', uri);
    await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsOf(uri, 0, 'no findings with checking off');
      await waitFor(() => api.statusFor(uri)?.enabled === false, { message: 'the status to say off' });
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsOf(uri, 1, 'findings again with checking on');
  });

  it('accepts a pillar snippet from the completion list, phrased for the document', async () => {
    const uri = await write('pillar.supervision.md', '# Supervision note\n\nWe met for an hour.\n\npillar-performance-evaluation');
    const doc = await open(uri);
    const editor = vscode.window.activeTextEditor!;
    const end = doc.positionAt(doc.getText().length);
    editor.selection = new vscode.Selection(end, end);
    const items = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end);
        return list.items.find((i) => i.label === 'Pillar: Performance evaluation');
      },
      { timeout: 20_000, message: 'the pillar completion' },
    );
    assert.match(String((items.documentation as vscode.MarkdownString).value), /## Performance evaluation/);
    // Accept it from the suggest widget, as a user would.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return doc.getText().includes('## Performance evaluation');
      },
      { timeout: 20_000, interval: 250, message: 'the snippet to be inserted' },
    );
    assert.doesNotMatch(doc.getText(), /pillar-performance-evaluation/);
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('offers a team template once its file is created in the templates folder', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = await write('team.supervision.md', '# Note\n\nWe met.\n\n');
    await open(uri);
    const at = new vscode.Position(4, 0);
    const labels = async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at)).items.map((i) => String(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(!(await labels()).includes('Template: Risk review'));
    const template = vscode.Uri.joinPath(root, '.clinical-scope', 'templates', 'risk-review.md');
    await vscode.workspace.fs.writeFile(
      template,
      Buffer.from('---\nname: Risk review\nprefix: risk-review\nkind: supervision\ndescription: A short risk review\n---\n## Risk review\n\n- Client: ${1:initials, age}\n', 'utf8'),
    );
    try {
      await waitFor(async () => (await labels()).includes('Template: Risk review'), { timeout: 30_000, interval: 250, message: 'the team template in completion' });
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.clinical-scope'), { recursive: true, useTrash: false });
    }
  });

  it('applies an edit to the team config file to an open document at once, without a restart', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, 'documentation.md');
    await open(uri);
    const [before] = await diagnosticsOf(uri, 1, 'the drift finding');
    assert.equal(before!.severity, vscode.DiagnosticSeverity.Warning);
    const configUri = vscode.Uri.joinPath(root, '.clinical-scope.yaml');
    await vscode.workspace.fs.writeFile(configUri, Buffer.from('rules:\n  scope/supervision-in-leadership: error\n', 'utf8'));
    try {
      await waitFor(() => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Error, { timeout: 30_000, message: 'the finding to become an error' });
      // Edited in the editor, unsaved: it applies as it is typed.
      const config = await vscode.workspace.openTextDocument(configUri);
      const editor = await vscode.window.showTextDocument(config);
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, config.lineCount, 0), 'rules:\n  scope/supervision-in-leadership: off\n'));
      await diagnosticsOf(uri, 0, 'the finding to go with the rule off');
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, config.lineCount, 0), 'rules:\n  scope/supervison-in-leadership: off\n'));
      await waitFor(() => ours(configUri).some((d) => /did you mean `scope\/supervision-in-leadership`/.test(d.message)), { timeout: 20_000, message: 'the config mistake to be reported in the config file' });
      await diagnosticsOf(uri, 1, 'the finding back, as the broken setting is ignored');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(configUri, { useTrash: false });
    }
    await waitFor(() => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Warning, { timeout: 30_000, message: 'the default severity back' });
  });

  it('contributes its commands, and comes back after a restart', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['clinicalScope.setKind', 'clinicalScope.restartServer', 'clinicalScope.showOutput', 'clinicalScope.newFromTemplate']) assert.ok(commands.includes(c), c);
    await vscode.commands.executeCommand('clinicalScope.restartServer');
    const uri = await write('after-restart.supervision.md', PLAN);
    await open(uri);
    await diagnosticsOf(uri, 1, 'findings from the restarted server');
  });

  it('starts the server again when it crashes, and its findings come back', async () => {
    const uri = await write('crash.supervision.md', PLAN);
    const doc = await open(uri);
    await diagnosticsOf(uri, 1, 'findings before the crash');
    const [before] = serverPids();
    assert.ok(before, 'the language server runs as a child of the extension host');
    process.kill(before, 'SIGKILL');
    const after = await waitFor(() => serverPids().find((p) => p !== before), { timeout: 30_000, message: 'a new server process' });
    assert.notEqual(after, before);
    // The new server checks what is open, edits included.
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\nThe board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.\n'));
    await diagnosticsOf(uri, 2, 'findings from the server started after the crash');
  });
});

/** Process ids of Clinical Scope servers started by this extension host (Linux: read from /proc). */
function serverPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const ppid = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
        return ppid === process.pid && /dist[\\/]server\.js/.test(cmdline);
      } catch {
        return false;
      }
    })
    .map(Number);
}
