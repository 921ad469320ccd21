import * as vscode from 'vscode';

/**
 * VS Code turns quick suggestions off in Markdown, so completion would wait for
 * Ctrl+Space. Rather than turn word suggestions on for all prose (a list popping
 * up at every word), the list opens by itself once a clinician types one of the
 * words that lead to Clinical Scope's completions: `pillar` (the six overlap
 * pillars) and `template` (the document templates). `#` at the start of a line
 * and `:` in front matter are trigger characters of the server already.
 */
const TRIGGER = /(?:^|\s)(?:pillar|template)$/i;

export function suggestAfterKeywords(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((event) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== event.document || event.document.languageId !== 'markdown') return;
    // Typing only: one change that inserts one character.
    if (event.contentChanges.length !== 1) return;
    const [change] = event.contentChanges;
    if (change!.text.length !== 1 || !change!.range.isEmpty) return;
    if (!vscode.workspace.getConfiguration('clinicalScope', event.document.uri).get<boolean>('enable', true)) return;
    const end = change!.range.start.translate(0, 1);
    const before = event.document.lineAt(end.line).text.slice(0, end.character);
    if (TRIGGER.test(before)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
}
