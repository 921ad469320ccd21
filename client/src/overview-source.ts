import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceOverviewRequest, type WorkspaceOverviewResult } from '../../server/src/lsp/protocol';

/**
 * Fetches the workspace overview from the server for the webview and the tree
 * view, and fetches it again a moment after Markdown documents change.
 */
export class OverviewSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the documents changed and listeners should ask again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml,json}');
    const markdown = (d: vscode.TextDocument) => d.languageId === 'markdown' || /\.clinical-scope\.(ya?ml|json)$/.test(d.fileName);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(() => this.soon()),
      watcher.onDidDelete(() => this.soon()),
      watcher.onDidChange(() => this.soon()),
      vscode.workspace.onDidChangeTextDocument((e) => markdown(e.document) && e.contentChanges.length && this.soon()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.soon()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('clinicalScope') && this.soon()),
    );
  }

  /** The overview of the workspace folders; with `html`, the report page for a webview too. */
  async fetch(html: boolean): Promise<(WorkspaceOverviewResult & { nonce: string }) | undefined> {
    const client = this.client();
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());
    if (!client || !folders.length) return undefined;
    const nonce = randomBytes(16).toString('base64');
    const result = await client.sendRequest(WorkspaceOverviewRequest, { folders, ...(html ? { nonce } : {}) });
    return { ...result, nonce };
  }

  private soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 800);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
