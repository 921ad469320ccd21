// What a clinician meets in the first hour, through the VS Code API and the
// workbench itself: completion that opens by itself, templates of the file's kind,
// the short pillar lens and its picker, the move that says where the passage went,
// documentation that opens in the editor, the status bar item and the extension page.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './poll';
import { requestScreenshot } from './screenshot';

const EXTENSION_ID = 'clinical-scope.clinical-scope';

const NOTE = [
  '---',
  'scope: supervision',
  '---',
  '',
  '# Supervision session, 4 March',
  '',
  '## Cases reviewed',
  '',
  'We discussed Client D.M., 27, and practised the exposure rationale in role-play.',
  '',
  '- She will bring a recording next week.',
  '- The board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.',
  '',
  '',
].join('\n');

interface ExtensionApi {
  statusText(): string | undefined;
}

describe("A clinician's first hour in VS Code", function () {
  this.timeout(120_000);
  let folder: vscode.Uri;
  let extension: vscode.Extension<ExtensionApi>;
  let api: ExtensionApi;

  const write = async (name: string, text: string) => {
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    return uri;
  };
  const open = async (uri: vscode.Uri) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinical-scope');
  const finding = (uri: vscode.Uri) => waitFor(() => ours(uri)[0], { timeout: 30_000, message: `a finding in ${path.basename(uri.path)}` });
  const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  const completions = async (uri: vscode.Uri, at: vscode.Position) =>
    (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at)).items;
  const lenses = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);

  before(async () => {
    const root = await waitFor(() => vscode.workspace.workspaceFolders?.[0]?.uri, { timeout: 30_000, message: 'a workspace folder' });
    folder = vscode.Uri.joinPath(root, `first-hour-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(folder);
    extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
    // The pictures are for people: the editor wide, without the file explorer.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('opens completion by itself after "pillar", with the six pillars once, in this document\'s phrasing', async () => {
    const uri = await write('week2.supervision.md', NOTE);
    const editor = await open(uri);
    await finding(uri); // the server has the document
    const at = new vscode.Position(13, 0);
    editor.selection = new vscode.Selection(at, at);
    // Typed as a user types it, one key at a time; no Ctrl+Space.
    for (const ch of 'pillar') await vscode.commands.executeCommand('type', { text: ch });
    const items = await waitFor(async () => {
      const pillars = (await completions(uri, editor.selection.active)).filter((i) => labelOf(i).startsWith('Pillar: '));
      return pillars.length ? pillars : undefined;
    }, { timeout: 20_000, message: 'the pillar completions' });
    assert.deepEqual(items.map(labelOf).sort(), [
      'Pillar: Continuous learning',
      'Pillar: Effective communication',
      'Pillar: Ethical standards',
      'Pillar: Guidance and support',
      'Pillar: Performance evaluation',
      'Pillar: Safe work environment',
    ]);
    assert.ok(items.every((i) => !i.detail && String((i.documentation as vscode.MarkdownString).value).startsWith('*A section for one supervisee.*')));
    await requestScreenshot('pillar-completion');
    // The list is open without anyone asking: accepting takes its first item.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return editor.document.getText().includes('## Guidance and support');
      },
      { timeout: 20_000, interval: 250, message: 'the suggest list to open by itself and insert the first pillar' },
    );
    await vscode.commands.executeCommand('leaveSnippet');
    assert.doesNotMatch(editor.document.getText(), /^pillar$/m);
  });

  it('in an empty supervision file, offers only supervision templates with one pre-selected; Enter inserts it, and it covers all six pillars', async () => {
    const uri = await write('new.supervision.md', '');
    const editor = await open(uri);
    // Markdown's own snippets (bold, heading1…) come along; ours are the templates.
    const items = await waitFor(async () => {
      const list = (await completions(uri, new vscode.Position(0, 0))).filter((i) => labelOf(i).startsWith('Template: '));
      return list.length ? list : undefined;
    }, { timeout: 20_000, message: 'templates in the empty file' });
    assert.deepEqual(items.map(labelOf), ['Template: Supervision session note', 'Template: Supervision plan', 'Template: Supervision agreement', 'Template: Supervisee evaluation']);
    assert.deepEqual(items.filter((i) => i.preselect).map(labelOf), ['Template: Supervision session note']);
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return editor.document.getText().startsWith('---\nscope: supervision\ntype: session-note\n');
      },
      { timeout: 20_000, interval: 500, message: 'the session note template to be inserted' },
    );
    await vscode.commands.executeCommand('leaveSnippet');
    await waitFor(async () => (await lenses(uri))[0]?.command?.title === 'Pillars 6/6', { timeout: 20_000, message: 'the inserted template to address all six pillars' });
  });

  it('shows one short pillar lens at the top; its picker names the missing pillars and adds the one chosen', async () => {
    const uri = await write('short.supervision.md', NOTE);
    const editor = await open(uri);
    const [lens] = await waitFor(async () => {
      const l = await lenses(uri);
      return l.length ? l : undefined;
    }, { timeout: 20_000, message: 'the pillar lens' });
    const all = await lenses(uri);
    assert.equal(all.length, 1);
    assert.match(lens!.command!.title, /^Pillars [0-5]\/6 · add missing…$/);
    const choices = lens!.command!.arguments![1] as { label: string }[];
    assert.equal(choices[0]!.label, 'guidance and support');
    // Click it, as a user does, and take the first missing pillar.
    void vscode.commands.executeCommand(lens!.command!.command, ...lens!.command!.arguments!);
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return editor.document.getText().includes('## Guidance and support');
      },
      { timeout: 20_000, interval: 250, message: 'the chosen pillar to be added' },
    );
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('after the move, says where the passage went and opens the companion on "Open"', async () => {
    const uri = await write('plan.supervision.md', NOTE);
    await open(uri);
    const d = await finding(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const move = actions.find((a) => a.title === 'Move to a leadership document (plan.leadership.md)');
    assert.ok(move?.edit && move.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    // What the light bulb does: apply the edit, then run the action's command.
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    const announced = vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));
    const companion = vscode.Uri.joinPath(folder, 'plan.leadership.md');
    // The toast slides in: the picture is taken on the third look, then "Open" is pressed.
    let looks = 0;
    await waitFor(
      async () => {
        looks++;
        if (looks === 3) await requestScreenshot('move-announced');
        if (looks >= 3) await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        return vscode.window.activeTextEditor?.document.uri.toString() === companion.toString();
      },
      { timeout: 20_000, interval: 250, message: 'the companion to open from the announcement' },
    );
    await announced;
    assert.match(vscode.window.activeTextEditor!.document.getText(), /<!-- moved from plan\.supervision\.md -->\n- The board has approved a hiring freeze/);
    assert.deepEqual(await lenses(companion), [], 'no pillar lens on a companion holding one passage');
  });

  it('returns only the code actions of the kind asked for', async () => {
    const uri = await write('kinds.supervision.md', NOTE.replace('---\nscope: supervision\n---\n\n', ''));
    await open(uri);
    const d = await finding(uri);
    const ask = (kind?: string) => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, kind);
    assert.ok((await ask(vscode.CodeActionKind.QuickFix.value)).every((a) => a.kind?.value === 'quickfix'));
    assert.deepEqual(await ask('source.fixAll'), []);
    // Markdown's own source actions come along; ours is the declaration of the kind.
    const source = await ask('source');
    assert.ok(source.every((a) => a.kind?.value.startsWith('source')));
    assert.deepEqual(source.filter((a) => a.title.startsWith('Declare')).map((a) => a.kind?.value), ['source']);
  });

  it("opens a finding's documentation inside VS Code, at its rule", async () => {
    const uri = await write('docs.supervision.md', NOTE);
    await open(uri);
    const d = await finding(uri);
    assert.ok(typeof d.code === 'object');
    const target = d.code.target;
    assert.equal(target.scheme, 'file');
    assert.equal(path.basename(target.fsPath), 'rules.md');
    await vscode.commands.executeCommand('vscode.open', target);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.fsPath === target.fsPath ? vscode.window.activeTextEditor : undefined), { message: 'docs/rules.md in an editor' });
    await waitFor(() => editor.document.lineAt(editor.selection.active.line).text === '## scope-leadership-in-supervision', { message: "the editor at the rule's heading" });
    // The page quotes what each rule finds; it is not itself a document to check.
    await waitFor(() => api.statusText()?.includes('no findings'), { timeout: 20_000, message: `no findings on the rules page (status: ${api.statusText()})` });
    assert.deepEqual(ours(target), []);
  });

  it("says in the status bar that it is Clinical Scope's, with the kind and the findings", async () => {
    const uri = await write('status.supervision.md', NOTE);
    await open(uri);
    await finding(uri);
    await waitFor(() => api.statusText() === '$(checklist) Clinical Scope: supervision · 1 finding', { timeout: 20_000, message: `the status text (now ${api.statusText()})` });
    await requestScreenshot('status-bar');
  });

  it('names where a passage belongs first in the Problems panel, and quick fixes by plain names in the light bulb menu', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uri = await write('panel.supervision.md', NOTE);
    const editor = await open(uri);
    const d = await finding(uri);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // What the panel shows, read from the workbench: the row starts with where the passage belongs.
    await requestScreenshot('problems-panel', [
      "[...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => /^Belongs in a leadership document: hiring and staffing/.test(r.querySelector('.marker-message-details, .marker-message')?.textContent ?? r.textContent.replace(/^\\W+/, '')))",
    ]);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(d.range.start.translate(0, 10), d.range.start.translate(0, 10));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await requestScreenshot('quick-fixes', [
      "[...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => r.textContent.includes('Disable \"leadership content in supervision\" for this line (with a reason)'))",
      "![...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => r.textContent.includes('scope/leadership-in-supervision'))",
    ]);
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  it('has an extension page with its icon and a picture it carries', async () => {
    const root = extension.extensionPath;
    const manifest = extension.packageJSON as { icon: string };
    assert.ok(fs.existsSync(path.join(root, manifest.icon)), 'the icon is in the extension');
    // The installed VSIX carries its own page (README-extension.md, packaged as readme.md).
    const installed = !fs.existsSync(path.join(root, 'README-extension.md'));
    const page = fs.readFileSync(path.join(root, installed ? 'readme.md' : 'README-extension.md'), 'utf8');
    const pictures = [...page.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(pictures.length > 0);
    // Installed, the pictures are inline (the page's webview shows no files); in the source, files.
    for (const picture of pictures) assert.ok(installed ? picture.startsWith('data:image/png;base64,') : fs.existsSync(path.join(root, picture)), picture.slice(0, 60));
    // The Extensions view lists installed extensions, not one under development.
    if (installed) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('extension.open', EXTENSION_ID);
      await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes('Clinical Scope'), { timeout: 20_000, message: 'the extension page' });
      // The page shows the icon and the picture, from the extension itself: no network here.
      await requestScreenshot('extension-page', [
        "[...document.querySelectorAll('.extension-editor img.icon')].some((i) => i.complete && i.naturalWidth > 0)",
        "[...document.images].some((i) => i.alt.startsWith('A supervision plan in VS Code') && i.complete && i.naturalWidth > 0)",
      ]);
    }
  });
});
