import {
  DocumentDiagnosticReportKind,
  type Connection,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, Diagnostic } from '../engine';
import { analysisOfNewest, statusOf, type Checker } from './checker';
import { toLspDiagnostic } from './convert';
import { sameFindings } from './same-findings';
import type { Logger } from './logger';
import { DocumentStatusNotification } from './protocol';
import type { Settings, SettingsCache } from './settings';

/** How long typing must pause before a pushed re-check. */
const DEBOUNCE_MS = 200;

/**
 * Delivers diagnostics the way the client wants them: pulled
 * (textDocument/diagnostic) when it supports that, pushed
 * (textDocument/publishDiagnostics, debounced, stamped with the version) when
 * it does not. Results for an older version are never delivered.
 */
export class DiagnosticsDelivery {
  pull = false;
  refreshSupported = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Each document's text as last saved (or opened): what `run: onSave` checks. */
  private readonly saved = new Map<string, TextDocument>();
  private readonly lastStatus = new Map<string, string>();
  /** How many times each document's text has changed: a client may send two texts under one version number. */
  private readonly edits = new Map<string, number>();
  /** The edit count of each document's saved text. */
  private readonly savedEdits = new Map<string, number>();
  /** Bumped whenever settings or the team's files change, so a re-pull never gets "unchanged" for a stale result. */
  private generation = 0;
  /** The findings last reported to a pulling client for each document, and the id they went under. */
  private readonly reported = new Map<string, { resultId: string; settingsKey: string; findings: readonly Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checker: Checker,
    private readonly settings: SettingsCache,
    private readonly logger: Logger,
  ) {}

  listen(): void {
    this.documents.onDidOpen((e) => this.onOpenOrSave(e.document));
    this.documents.onDidSave((e) => this.onOpenOrSave(e.document));
    this.documents.onDidChangeContent((e) => {
      this.edits.set(e.document.uri, (this.edits.get(e.document.uri) ?? 0) + 1);
      // Checking on save: an edit changes nothing to report until the document is saved.
      if (!this.pull) void this.settings.get(e.document.uri).then((s) => s.run !== 'onSave' && this.schedule(e.document));
    });
    this.documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.saved.delete(e.document.uri);
      this.lastStatus.delete(e.document.uri);
      this.edits.delete(e.document.uri);
      this.savedEdits.delete(e.document.uri);
      this.reported.delete(e.document.uri);
      this.checker.forget(e.document.uri);
      this.settings.forget(e.document.uri);
      if (!this.pull) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.connection.languages.diagnostics.on(async (params, token) => {
      const doc = this.documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      return this.report(doc.uri, await this.settings.get(doc.uri), params.previousResultId);
    });
  }

  /** Re-checks everything: settings changed. */
  async refreshAll(): Promise<void> {
    this.generation++;
    this.checker.clear();
    if (this.pull) {
      if (this.refreshSupported) await this.refresh();
    } else {
      for (const doc of this.documents.all()) this.schedule(doc, 0);
    }
  }

  private async onOpenOrSave(doc: TextDocument): Promise<void> {
    this.saved.set(doc.uri, TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText()));
    this.savedEdits.set(doc.uri, this.edits.get(doc.uri) ?? 0);
    const settings = await this.settings.get(doc.uri);
    if (!this.pull) this.schedule(doc, 0);
    else if (settings.run === 'onSave' && this.refreshSupported) await this.refresh();
  }

  /** Asks the client to pull again; a client that refuses keeps what it has. */
  private refresh(): Promise<void> {
    return this.connection.languages.diagnostics.refresh().catch((error) => this.logger.error('asking the editor to refresh diagnostics', error));
  }

  private schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.push(doc.uri);
      }, delay),
    );
  }

  private async push(uri: string): Promise<void> {
    try {
      const doc = this.documents.get(uri);
      if (!doc) return;
      const settings = await this.settings.get(uri);
      const checked = await this.resultFor(uri, settings);
      // Only the newest version is ever published: a result for text the user has since changed is dropped.
      const current = this.documents.get(uri);
      if (!checked || !current) return;
      // Stamped with the version the findings describe: the saved one, when checking on save.
      const newest = settings.run === 'onSave' && this.saved.has(uri) ? this.saved.get(uri)!.version : current.version;
      if (checked.version !== newest) return;
      await this.connection.sendDiagnostics({ uri, version: checked.version, diagnostics: (checked.result?.diagnostics ?? []).map(toLspDiagnostic) });
    } catch (error) {
      this.logger.error('publishing diagnostics', error);
    }
  }

  private async report(uri: string, settings: Settings, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    try {
      const checked = await this.resultFor(uri, settings);
      if (!checked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const stamp = settings.run === 'onSave' && this.saved.has(uri) ? `s${checked.version}:${this.savedEdits.get(uri) ?? 0}` : `${checked.version}:${this.edits.get(uri) ?? 0}`;
      const settingsKey = `${this.generation}:${settings.enable}:${settings.run}:${JSON.stringify(settings.rules)}`;
      const resultId = `${settingsKey}:${stamp}`;
      if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const findings = checked.result?.diagnostics ?? [];
      // An edit that moved nothing flagged (most keystrokes in a long document) changes nothing the editor shows:
      // "unchanged" spares converting, sending and reading every finding again.
      const last = this.reported.get(uri);
      if (last && previousResultId === last.resultId && last.settingsKey === settingsKey && sameFindings(last.findings, findings)) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
      }
      this.reported.set(uri, { resultId, settingsKey, findings });
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: findings.map(toLspDiagnostic) };
    } catch (error) {
      this.logger.error('computing diagnostics', error);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  }

  /**
   * The analysis to show for a document under its settings (of its newest
   * text, or of its saved text with `run: onSave`), with the version it was
   * checked at, and the status that goes with it. Undefined when the document was closed meanwhile.
   */
  private async resultFor(uri: string, settings: Settings): Promise<{ version: number; result: AnalysisResult | undefined } | undefined> {
    let checked: { version: number; result: AnalysisResult | undefined } | undefined;
    if (!settings.enable) {
      const doc = this.documents.get(uri);
      checked = doc && { version: doc.version, result: undefined };
    } else if (settings.run === 'onSave' && this.saved.has(uri)) {
      const found = await analysisOfNewest(() => this.saved.get(uri), (saved) => this.checker.analysisOfSaved(saved, settings));
      checked = found && { version: found.doc.version, result: found.result };
    } else {
      const found = await analysisOfNewest(() => this.documents.get(uri), (doc) => this.checker.analysis(doc, settings));
      checked = found && { version: found.doc.version, result: found.result };
    }
    const doc = this.documents.get(uri);
    if (doc && checked) this.sendStatus(doc, checked.result, settings.enable);
    return checked;
  }

  private sendStatus(doc: TextDocument, result: AnalysisResult | undefined, enabled: boolean): void {
    const status = statusOf(doc, result, enabled);
    const key = JSON.stringify({ ...status, version: 0 });
    if (this.lastStatus.get(doc.uri) === key) return;
    this.lastStatus.set(doc.uri, key);
    void this.connection.sendNotification(DocumentStatusNotification, status);
  }
}

