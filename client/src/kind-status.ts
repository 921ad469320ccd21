import * as vscode from 'vscode';
import type { DocumentStatus } from '../../server/src/lsp/protocol';

const KIND_LABEL: Record<DocumentStatus['kind'], string> = {
  supervision: 'supervision',
  leadership: 'leadership',
  unknown: 'kind not set',
};

const SOURCE_LABEL: Record<DocumentStatus['source'], string> = {
  frontmatter: 'declared in front matter',
  filename: 'from the file name',
  inferred: 'inferred',
  none: 'not declared',
};

/**
 * A status bar item for Markdown documents that says, in its own words, that
 * it is Clinical Scope's: "Clinical Scope: supervision · 1 finding". (A
 * language status item would hide behind the `{ }` next to "Markdown".)
 * Clicking it sets the document's kind.
 */
export class KindStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clinicalScope.kind', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, DocumentStatus>();

  constructor() {
    this.item.name = 'Clinical Scope';
    this.item.command = { title: 'Set the document kind', command: 'clinicalScope.setKind' };
  }

  update(status: DocumentStatus): void {
    this.statuses.set(status.uri, status);
    if (vscode.window.activeTextEditor?.document.uri.toString() === status.uri) this.render(status);
  }

  get(uri: vscode.Uri): DocumentStatus | undefined {
    return this.statuses.get(uri.toString());
  }

  /** What the status bar shows now, for the integration tests. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  show(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      this.visible = false;
      return;
    }
    const status = this.statuses.get(editor.document.uri.toString());
    if (status) this.render(status);
    else {
      this.item.text = '$(loading~spin) Clinical Scope';
      this.item.tooltip = 'Clinical Scope is checking this document…';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
    this.visible = true;
  }

  forget(uri: vscode.Uri): void {
    this.statuses.delete(uri.toString());
  }

  private render(s: DocumentStatus): void {
    if (!s.enabled) {
      this.item.text = 'Clinical Scope: off';
      this.item.tooltip = 'Clinical Scope does not check this document: checking is turned off in the settings (Clinical Scope › Enable).';
      this.item.backgroundColor = undefined;
      return;
    }
    const findings = s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'}`;
    const how = s.source === 'inferred' ? `inferred from its content, ${Math.round(s.confidence * 100)}% confident` : SOURCE_LABEL[s.source];
    this.item.text = `$(checklist) Clinical Scope: ${KIND_LABEL[s.kind]} · ${findings}`;
    const tooltip = new vscode.MarkdownString(
      s.kind === 'unknown'
        ? `**Clinical Scope** cannot tell whether this is a supervision or a leadership document, so it does not check it for drift.\n\nClick to set the kind.`
        : `**Clinical Scope** checks this as a **${s.kind}** document (${how}): ${findings}.\n\nClick to change the kind.`,
    );
    this.item.tooltip = tooltip;
    this.item.backgroundColor = s.kind === 'unknown' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Clinical Scope: ${KIND_LABEL[s.kind]} document, ${how}, ${findings}. Click to set the kind.` };
  }

  dispose(): void {
    this.item.dispose();
  }
}
