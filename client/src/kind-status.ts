import * as vscode from 'vscode';
import type { DocumentStatus } from '../../server/src/lsp/protocol';

const KIND_LABEL: Record<DocumentStatus['kind'], string> = {
  supervision: 'Supervision document',
  leadership: 'Leadership document',
  unknown: 'Kind not set',
};

const SOURCE_LABEL: Record<DocumentStatus['source'], string> = {
  frontmatter: 'from front matter',
  filename: 'from the file name',
  inferred: 'inferred',
  none: 'not declared',
};

/**
 * The language status item for Markdown: which kind the active document is,
 * how that was decided, and how many findings it has.
 */
export class KindStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('clinicalScope.kind', { language: 'markdown' });
  private readonly statuses = new Map<string, DocumentStatus>();

  constructor() {
    this.item.name = 'Clinical Scope';
    this.item.text = 'Clinical Scope';
    this.item.command = { title: 'Set kind…', command: 'clinicalScope.setKind' };
  }

  update(status: DocumentStatus): void {
    this.statuses.set(status.uri, status);
    if (vscode.window.activeTextEditor?.document.uri.toString() === status.uri) this.render(status);
  }

  get(uri: vscode.Uri): DocumentStatus | undefined {
    return this.statuses.get(uri.toString());
  }

  show(uri: vscode.Uri | undefined): void {
    const status = uri && this.statuses.get(uri.toString());
    if (status) this.render(status);
    else {
      this.item.text = 'Clinical Scope';
      this.item.detail = 'checking…';
    }
  }

  forget(uri: vscode.Uri): void {
    this.statuses.delete(uri.toString());
  }

  private render(s: DocumentStatus): void {
    if (!s.enabled) {
      this.item.text = 'Clinical Scope: off';
      this.item.detail = 'checking is turned off (clinicalScope.enable)';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const how = s.source === 'inferred' ? `inferred, ${Math.round(s.confidence * 100)}% confident` : SOURCE_LABEL[s.source];
    this.item.text = `${KIND_LABEL[s.kind]}`;
    this.item.detail = `${how} · ${s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'}`}`;
    this.item.severity = s.kind === 'unknown' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.accessibilityInformation = { label: `Clinical Scope: ${KIND_LABEL[s.kind]}, ${this.item.detail}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}
