import fs from 'node:fs';
import path from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyze } from '../engine';
import { CONFIG_NAMES } from '../node/config-files';
import type { ConfigResolver } from './config';
import { toLspDiagnostic } from './convert';
import type { Logger } from './logger';
import type { SettingsCache } from './settings';
import type { TemplateStore } from './templates';

/**
 * Keeps the team's files current without a restart: its configuration files
 * and its templates. Watches them, reloads on any change and re-checks every
 * open document; reports the problems of those that are not open (open ones
 * are checked like any open document), and tells the user once about a
 * configuration file with mistakes.
 */
export class TeamFiles {
  canWatch = false;
  foldersChange = false;
  private registration: Disposable | undefined;
  private watched = '';
  private readonly reported = new Set<string>();
  private readonly told = new Set<string>();
  /** Called after any change that can alter findings. */
  onChange: () => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly templates: TemplateStore,
    private readonly config: ConfigResolver,
    private readonly settings: SettingsCache,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.foldersChange) {
      this.connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await this.connection.workspace.getWorkspaceFolders().catch((error) => this.logger.error('asking for the workspace folders', error))) ?? [];
        this.templates.setRoots(folders.map((f) => URI.parse(f.uri).fsPath));
        await this.configure();
      });
    }
    this.documents.onDidOpen((e) => {
      // An open file is checked from its editor text; drop what was reported from disk.
      if (this.reported.delete(e.document.uri)) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      if (this.config.isConfig(e.document.uri)) this.configChanged(e.document.uri, e.document.getText());
    });
    this.documents.onDidChangeContent((e) => {
      if (this.config.isConfig(e.document.uri)) this.configChanged(e.document.uri, e.document.getText());
    });
    this.documents.onDidClose((e) => {
      if (this.config.isConfig(e.document.uri)) this.configChanged(e.document.uri, null);
      if (this.templates.isTemplateFile(e.document.uri) || this.config.isConfig(e.document.uri)) setTimeout(() => this.reportClosed(), 0);
    });
    await this.configure();
  }

  /** Reads where each workspace folder keeps its templates, and watches the team's files there. */
  async configure(): Promise<void> {
    try {
      const roots = this.templates.rootsList();
      for (const root of roots) {
        const fallback = (await this.settings.get(URI.file(root).toString())).templates.folder;
        this.templates.setFolder(root, this.config.templatesFolder(root, fallback));
      }
      const patterns = [...new Set([`**/{${CONFIG_NAMES.join(',')}}`, ...roots.map((r) => `**/${path.relative(r, this.templates.folderOf(r)).split(path.sep).join('/')}/**`)])];
      // Registering again only when the folders change: a watcher being replaced can miss events.
      if (this.canWatch && patterns.join('\n') !== this.watched) {
        this.watched = patterns.join('\n');
        this.registration?.dispose();
        this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: patterns.map((globPattern) => ({ globPattern })) });
      }
      this.reportClosed();
    } catch (error) {
      this.logger.error('watching team files', error);
    }
  }

  /** Files changed on disk; `deleted` holds the ones that are gone. */
  filesChanged(uris: string[], deleted: Set<string> = new Set()): void {
    this.logger.debug(`team files: ${uris.length} change event(s)`);
    let any = false;
    for (const uri of uris) {
      if (this.config.isConfig(uri)) {
        // A deleted file no longer applies, even if an editor still shows its text.
        if (deleted.has(uri)) this.configChanged(uri, null, false);
        else if (!this.documents.get(uri)) this.configChanged(uri, undefined, false);
        any = true;
      } else if (this.templates.isTemplateFile(uri) || this.templates.isInTemplatesFolder(uri)) {
        this.templates.changed(uri);
        any = true;
      }
    }
    if (any) {
      void this.configure().then(() => this.onChange());
    }
  }

  private configChanged(uri: string, openText: string | null | undefined, notify = true): void {
    this.config.changed(URI.parse(uri).fsPath, openText);
    if (notify) this.onChange();
  }

  /** Publishes the problems of team files that are not open, read from disk, and tells once about a broken configuration. */
  private reportClosed(): void {
    const seen = new Set<string>();
    const report = (file: string, as: 'template' | 'config') => {
      const uri = URI.file(file).toString();
      seen.add(uri);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        return;
      }
      const diagnostics = analyze(text, { as }).diagnostics;
      if (as === 'config' && diagnostics.length) this.tellOnce(file, text, diagnostics.length);
      if (this.documents.get(uri)) return;
      if (diagnostics.length || this.reported.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) });
      if (diagnostics.length) this.reported.add(uri);
      else this.reported.delete(uri);
    };
    for (const root of this.templates.rootsList()) for (const file of this.templates.templateFiles(root)) report(file, 'template');
    const configs = new Set<string>();
    for (const doc of this.documents.all()) for (const f of this.config.filesFor(doc.uri)) configs.add(f);
    for (const root of this.templates.rootsList()) for (const n of CONFIG_NAMES) if (fs.existsSync(path.join(root, n))) configs.add(path.join(root, n));
    for (const file of configs) report(file, 'config');
    // Deleted files take their problems with them.
    for (const uri of [...this.reported]) {
      if (!seen.has(uri)) {
        this.reported.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  }

  private tellOnce(file: string, text: string, count: number): void {
    const key = `${file}\u0000${text}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    const name = path.basename(file);
    void this.connection.window
      .showWarningMessage(`Clinical Scope: ${count} problem${count === 1 ? '' : 's'} in ${name}. The valid settings apply; the rest fall back to defaults.`, { title: 'Open' })
      .then((choice) => (choice ? this.connection.window.showDocument({ uri: URI.file(file).toString(), takeFocus: true }) : undefined))
      .catch((error) => this.logger.error('telling about a configuration file', error));
  }
}
