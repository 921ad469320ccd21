// Proves the harness itself: VS Code is up, the workspace is open, and a test can
// drive the editor and ask for a screenshot. Needs no Clinical Scope code.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from './poll';
import { requestScreenshot } from './screenshot';

describe('VS Code harness smoke test', () => {
  it('opens a Markdown document from the workspace as markdown', async () => {
    const folder = await waitFor(() => vscode.workspace.workspaceFolders?.[0], {
      timeout: 20_000,
      message: 'a workspace folder',
    });
    const uri = vscode.Uri.joinPath(folder.uri, 'sample.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);

    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), {
      timeout: 10_000,
      message: 'sample.md to be the active editor',
    });
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /Supervision notes/);
    await requestScreenshot('smoke-sample-md');
  });
});
