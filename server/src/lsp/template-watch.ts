import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { analyze } from '../engine';
import type { Checker } from './checker';
import { toLspDiagnostic } from './convert';
import type { Logger } from './logger';
import type { SettingsCache } from './settings';
import type { TemplateStore } from './templates';

/**
 * Keeps team templates current without a restart: watches each workspace
 * folder's templates folder (as configured), reloads on any change, and
 * reports problems in template files that are not open (open ones are checked
 * like any open document).
 */
export class TemplateWatch {
  canWatch = false;
  foldersChange = false;
  private registration: Disposable | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: TemplateStore,
    private readonly settings: SettingsCache,
    private readonly checker: Checker,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.foldersChange) {
      this.connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await this.connection.workspace.getWorkspaceFolders()) ?? [];
        this.store.setRoots(folders.map((f) => URI.parse(f.uri).fsPath));
        await this.configure();
      });
    }
    this.documents.onDidOpen((e) => {
      // An open template is checked from its editor text; drop what was reported from disk.
      if (this.reported.delete(e.document.uri)) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.documents.onDidClose((e) => {
      if (this.store.isTemplateFile(e.document.uri)) setTimeout(() => this.reportClosed(), 0);
    });
    await this.configure();
  }

  /** Reads the templates folder setting of each workspace folder and watches those folders. */
  async configure(): Promise<void> {
    try {
      const roots = this.store.rootsList();
      for (const root of roots) this.store.setFolder(root, (await this.settings.get(URI.file(root).toString())).templates.folder);
      if (this.canWatch) {
        this.registration?.dispose();
        const patterns = new Set(roots.map((r) => `**/${path.relative(r, this.store.folderOf(r)).split(path.sep).join('/')}/**`));
        this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [...patterns].map((globPattern) => ({ globPattern })),
        });
      }
      this.reportClosed();
    } catch (error) {
      this.logger.error('watching team templates', error);
    }
  }

  filesChanged(uris: string[]): void {
    let any = false;
    for (const uri of uris) {
      if (!this.store.isTemplateFile(uri) && !this.store.isInTemplatesFolder(uri)) continue;
      this.store.changed(uri);
      this.checker.forget(uri);
      any = true;
    }
    if (any) this.reportClosed();
  }

  /** Publishes the problems of template files that are not open, from their text on disk. */
  private reportClosed(): void {
    const seen = new Set<string>();
    for (const root of this.store.rootsList()) {
      const dir = this.store.folderOf(root);
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir).filter((n) => /\.md$/i.test(n));
      } catch {
        // no folder, nothing to report
      }
      for (const name of names) {
        const uri = URI.file(path.join(dir, name)).toString();
        seen.add(uri);
        if (this.documents.get(uri)) continue;
        let text = '';
        try {
          text = fs.readFileSync(path.join(dir, name), 'utf8');
        } catch {
          continue;
        }
        const diagnostics = analyze(text, { template: true }).diagnostics.map(toLspDiagnostic);
        if (diagnostics.length || this.reported.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics });
        if (diagnostics.length) this.reported.add(uri);
        else this.reported.delete(uri);
      }
    }
    // Deleted templates take their problems with them.
    for (const uri of [...this.reported]) {
      if (!seen.has(uri)) {
        this.reported.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  }
}
