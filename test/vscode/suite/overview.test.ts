// The workspace overview inside real VS Code: the webview the command opens,
// how it follows edits and opens a document at a line, and the tree view
// of supervisees and documents missing a pillar.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from './poll';
import { requestScreenshot } from './screenshot';

const EXTENSION_ID = 'clinical-scope.clinical-scope';

interface TreeNode {
  kind: 'group' | 'item';
  id?: string;
  label: string;
  description?: string;
}
interface OverviewApi {
  overview: {
    panel: { currentHtml: string; receive(message: { type: string; path: string; line: number }): Promise<void> };
    tree: { getChildren(node?: TreeNode): Promise<TreeNode[]>; getTreeItem(node: TreeNode): vscode.TreeItem; refresh(): void; served: Map<string, number> };
    treeView: vscode.TreeView<TreeNode>;
  };
}

const record = (date: string, duration: string, supervisees: string, format: string) =>
  ['# Supervision session note', '', `- **Date:** ${date}`, `- **Duration:** ${duration}`, `- **Supervisees:** ${supervisees}`, `- **Format:** ${format}`, '', '## Reflection', '', 'We reflected on pacing and what to practise next.', ''].join('\n');

describe('Clinical Scope workspace overview in VS Code', function () {
  this.timeout(180_000);
  let folder: vscode.Uri;
  let run: string;
  let api: OverviewApi;

  const write = async (name: string, text: string) => {
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    return uri;
  };
  const html = () => api.overview.panel.currentHtml;
  const hoursOf = (name: string) => {
    const row = new RegExp(`data-supervisee="${name}">[^<]*</span></th><td><span class="num" data-value="(\\d+)">[^<]*</span></td><td><span class="num" data-value="([\\d.]+)"`).exec(html());
    return row ? { sessions: Number(row[1]), hours: Number(row[2]) } : undefined;
  };

  before(async () => {
    const root = await waitFor(() => vscode.workspace.workspaceFolders?.[0]?.uri, { timeout: 30_000, message: 'a workspace folder' });
    run = `overview-${Date.now()}`;
    folder = vscode.Uri.joinPath(root, run);
    await vscode.workspace.fs.createDirectory(folder);
    await write('priya-2025-01-08.supervision.md', record('8 January 2025', '60 min', 'Priya Natarajan', 'individual'));
    await write('priya-2025-02-05.supervision.md', record('2025-02-05', '1 h 30', 'Priya Natarajan', 'individual'));
    await write('group-2025-01-15.supervision.md', record('15/01/2025', '10:00–11:30', 'Priya Natarajan and Sam Okafor', 'group'));
    await write('undated.supervision.md', record('soon', 'an hour', 'Sam Okafor', 'individual'));
    const extension = vscode.extensions.getExtension<OverviewApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('opens the workspace report in a webview with a strict content security policy and the supervision log', async () => {
    await vscode.commands.executeCommand('clinicalScope.showOverview');
    await waitFor(() => hoursOf('Priya Natarajan'), { timeout: 60_000, message: 'the overview with Priya Natarajan in the log' });
    assert.deepEqual(hoursOf('Priya Natarajan'), { sessions: 3, hours: 4 });
    assert.deepEqual(hoursOf('Sam Okafor'), { sessions: 1, hours: 1.5 });
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Clinical Scope: Workspace Overview'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html())?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; img-src data:; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';$/);
    assert.doesNotMatch(html(), /\b(src|href)="(https?:)?\/\//);
    assert.match(html(), new RegExp(`data-path="${run}/undated.supervision.md" data-line="3"`));
    await requestScreenshot('workspace-overview');
  });

  it('follows edits to a document before it is saved', async () => {
    const uri = vscode.Uri.joinPath(folder, 'priya-2025-01-08.supervision.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, doc.lineAt(3).range, '- **Duration:** 2 h');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => hoursOf('Priya Natarajan')?.hours === 5, { timeout: 60_000, message: 'the overview to count the edited duration (5 h)' });
    // Saved, so closing the editors at the end asks nothing.
    await waitFor(async () => (await doc.save()) || !doc.isDirty, { message: 'the edited record to be saved' });
  });

  it('opens a document at the line a click in the webview names', async () => {
    await api.overview.panel.receive({ type: 'open', path: `${run}/undated.supervision.md`, line: 3 });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/undated.supervision.md') ? vscode.window.activeTextEditor : undefined), { message: 'undated.supervision.md in the editor' });
    assert.equal(editor.selection.active.line, 2);
  });

  it('lists supervisees with hours and last session, and documents missing a pillar, in its own view', async () => {
    api.overview.tree.refresh();
    const [supervisees, pillars] = await api.overview.tree.getChildren();
    assert.deepEqual([supervisees?.id, pillars?.id], ['supervisees', 'pillars']);
    const people = await api.overview.tree.getChildren(supervisees);
    const priya = people.find((p) => p.label === 'Priya Natarajan');
    assert.equal(priya?.description, '5 h, last 2025-02-05');
    const undated = (await api.overview.tree.getChildren(pillars)).find((n) => n.label === 'undated.supervision.md');
    assert.match(undated?.description ?? '', new RegExp(`^\\d missing · ${run}$`));
    const item = api.overview.tree.getTreeItem(people[0]!);
    assert.equal(item.command?.command, 'clinicalScope.openAt');
    // Shown in its view, VS Code asks for both groups' lines itself.
    await vscode.commands.executeCommand('clinicalScope.showOverview');
    api.overview.tree.refresh();
    await vscode.commands.executeCommand('clinicalScope.overviewTree.focus');
    await waitFor(() => (api.overview.tree.served.get('supervisees') ?? 0) > 0 && (api.overview.tree.served.get('pillars') ?? 0) > 0, { timeout: 30_000, message: 'VS Code to show the tree' });
    // Revealing a line resolves once the view shows it.
    const [group] = await api.overview.tree.getChildren();
    const [first] = await api.overview.tree.getChildren(group);
    await api.overview.treeView.reveal(first!, { select: true, focus: true });
    await waitFor(() => api.overview.treeView.selection[0]?.label === first!.label, {
      timeout: 30_000,
      message: `VS Code to select the first supervisee (visible ${api.overview.treeView.visible}, selected ${api.overview.treeView.selection.map((n) => n.label).join(', ') || 'nothing'})`,
    });
    await requestScreenshot('overview-tree');
  });

  it('shows who falls short once the team configuration states a requirement', async () => {
    assert.doesNotMatch(html(), /data-table="shortfalls"/);
    await write('.clinical-scope.yaml', 'hours:\n  - minimum: 2\n    per: month\n');
    const shortfalls = await waitFor(() => /<table data-table="shortfalls">[\s\S]*?<\/table>/.exec(html())?.[0], { timeout: 60_000, message: 'the overview to list who falls short' });
    assert.match(shortfalls, /<th scope="row">Sam Okafor<\/th><td>at least 2 hours a month<\/td><td>2025-01-01<\/td><td>2025-01-31<\/td>/);
    assert.match(shortfalls, /<th scope="row">Priya Natarajan<\/th><td>at least 2 hours a month<\/td><td>2025-03-01<\/td><td>2025-03-31<\/td>/);
  });
});
