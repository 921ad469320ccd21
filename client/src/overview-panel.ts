import * as vscode from 'vscode';
import type { OverviewSource } from './overview-source';

/** Opens a document of the overview at a line (1-based). */
export async function openAt(uri: string, line: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: false });
}

/**
 * *Clinical Scope: Show Workspace Overview*: the workspace report in a
 * webview that runs only its own script, loads nothing, and follows edits.
 */
export class OverviewPanel implements vscode.Disposable {
  static readonly viewType = 'clinicalScope.overview';
  private panel: vscode.WebviewPanel | undefined;
  private uris: Record<string, string> = {};
  private html = '';
  private generation = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly source: OverviewSource) {
    this.subscription = source.onDidChange(() => this.panel && void this.refresh());
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return this.refresh();
    }
    this.panel = vscode.window.createWebviewPanel(OverviewPanel.viewType, 'Clinical Scope: Workspace Overview', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
      // Keeps the reader's place in a long report when they switch tabs and back.
      retainContextWhenHidden: true,
      enableFindWidget: true,
    });
    this.panel.webview.html = page('Reading the workspace…');
    this.panel.onDidDispose(() => (this.panel = undefined));
    this.panel.webview.onDidReceiveMessage((m: { type?: string; path?: string; line?: number }) => void this.receive(m));
    await this.refresh();
  }

  /** What a click in the webview sent: open the document at the line. */
  async receive(message: { type?: string; path?: string; line?: number }): Promise<void> {
    const uri = message.type === 'open' && typeof message.path === 'string' ? this.uris[message.path] : undefined;
    if (uri) await openAt(uri, Number(message.line) || 1);
  }

  /** The page shown now; for tests. */
  get currentHtml(): string {
    return this.html;
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      // Reading a large workspace the first time takes a while: say so in the status bar.
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Clinical Scope: reading the workspace' }, () => this.source.fetch(true));
      if (!this.panel || generation !== this.generation) return;
      this.uris = result?.uris ?? {};
      const html = result?.html ?? page('Open a folder to see its overview.');
      // The same figures again keep the page, and the reader's place in it, as they are.
      if (withoutNonce(html) === withoutNonce(this.html)) return;
      this.html = html;
      this.panel.webview.html = html;
    } catch (error) {
      if (this.panel && generation === this.generation) this.panel.webview.html = page(`The overview could not be made (${(error as Error).message}). See Clinical Scope: Show Output.`);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}

function withoutNonce(html: string): string {
  return html.replace(/nonce(-|=")[A-Za-z0-9+/=]+/g, 'nonce');
}

function page(message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${text}</p></body></html>`;
}
