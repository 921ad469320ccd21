import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { gapBeforeAppend } from '../../server/src/features/line-breaks';
import { ListTemplatesRequest, type TemplateInfo } from '../../server/src/lsp/protocol';

/** Inserts a snippet at the end of a document, after a blank line, as an edit the user can undo. */
export async function insertAtEnd(uri: string, body: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const text = document.getText();
  const end = document.positionAt(text.length);
  const gap = gapBeforeAppend(text);
  // The gap is only line breaks, which mean nothing in snippet syntax.
  await editor.insertSnippet(new vscode.SnippetString(`${gap}${body}`), end);
}

/** Asks which missing pillar to add, then adds it. */
export async function pickPillar(uri: string, choices: { label: string; body: string }[]): Promise<void> {
  if (!choices.length) {
    void vscode.window.showInformationMessage('Clinical Scope: this document addresses all six overlap pillars.');
    return;
  }
  const pick = await vscode.window.showQuickPick(
    choices.map((c) => ({ label: c.label[0]!.toUpperCase() + c.label.slice(1), body: c.body })),
    { title: 'Clinical Scope: add a missing overlap pillar', placeHolder: 'Inserts a short section, phrased for this kind of document' },
  );
  if (pick) await insertAtEnd(uri, pick.body);
}

/**
 * "New document from template…": picks a built-in or team template, asks for
 * a file name beside the active document (or in the first workspace folder),
 * creates the file and expands the template in it.
 */
export async function newFromTemplate(client: LanguageClient): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && active.scheme === 'file' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showInformationMessage('Clinical Scope: open a folder first; the new document is created in it.');
    return;
  }
  const templates: TemplateInfo[] = await client.sendRequest(ListTemplatesRequest, { uri: folder.toString() });
  const pick = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.name, description: t.source === 'built-in' ? t.kind : `team template, ${t.kind}`, detail: t.description, template: t })),
    { title: 'Clinical Scope: new document from template', matchOnDetail: true },
  );
  if (!pick) return;
  const today = new Date().toISOString().slice(0, 10);
  const suffix = pick.template.kind === 'supervision' ? '.supervision.md' : pick.template.kind === 'leadership' ? '.leadership.md' : '.md';
  const name = await vscode.window.showInputBox({
    title: 'File name for the new document',
    value: `${pick.template.prefix.replace(/^template-/, '')}-${today}${suffix}`,
    validateInput: (v) => (!v.trim() ? 'A file name is needed.' : /[\\/:*?"<>|]/.test(v) ? 'Use a plain file name without folders.' : undefined),
  });
  if (!name) return;
  const uri = vscode.Uri.joinPath(folder, /\.(md|markdown)$/i.test(name) ? name : `${name}.md`);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showWarningMessage(`Clinical Scope: ${name} already exists; choose another name.`);
    return;
  } catch {
    // does not exist yet: create it
  }
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.insertSnippet(new vscode.SnippetString(pick.template.body), new vscode.Position(0, 0));
}
