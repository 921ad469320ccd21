import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface ClientOptions {
  /** Declare support for pull diagnostics (textDocument/diagnostic). */
  pull: boolean;
  /** What workspace/configuration answers for the `clinicalScope` section. */
  settings?: Record<string, unknown>;
  trace?: 'off' | 'messages' | 'verbose';
  /** A workspace folder to open, as a file system path. */
  root?: string;
  /** Declare support for snippet text edits in workspace edits (LSP 3.18). */
  snippetEdits?: boolean;
  /** Declare support for `documentChanges` and file creation in workspace edits (default true; Neovim 0.7 has neither). */
  documentChanges?: boolean;
  /** Declare support for window/showDocument. */
  showDocument?: boolean;
  /** How to start the server (default: node with the bundled dist/server.js), and where. */
  command?: { file: string; args: string[]; cwd?: string };
  /** Answer every request of the server's with MethodNotFound, as a minimal editor does. */
  refuseRequests?: boolean;
  /** Milliseconds to wait before answering each workspace/configuration request. */
  configurationDelay?: () => number;
}

/**
 * A minimal LSP client for tests: it starts the bundled server with --stdio,
 * speaks JSON-RPC to it, answers its requests, and records what it sends.
 */
export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Messages the server showed the user. */
  readonly messages: string[] = [];
  stderr = '';
  /** Everything the server wrote to its standard output: the protocol stream itself. */
  stdout = '';
  settings: Record<string, unknown>;
  refreshRequests = 0;
  /** The requests refused, with refuseRequests. */
  readonly refused: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The button the user presses when the server asks (window/showMessageRequest). */
  messageAnswer: string | undefined;
  /** Whether edits the server asks for (workspace/applyEdit) are applied. */
  acceptEdits = true;
  /** Documents the server asked the editor to open. */
  readonly shownDocuments: string[] = [];
  private versions = new Map<string, number>();

  constructor(private readonly options: ClientOptions) {
    this.settings = options.settings ?? {};
    const command = options.command ?? { file: process.execPath, args: [SERVER, '--stdio'] };
    this.process = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: command.cwd });
    this.process.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.process.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    if (!options.refuseRequests) this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      const settings = this.settings;
      const delay = options.configurationDelay?.() ?? 0;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      return params.items.map(() => settings);
    });
    if (options.refuseRequests) {
      this.connection.onRequest((method: string) => {
        this.refused.push(method);
        return new ResponseError(ErrorCodes.MethodNotFound, `${method} is not supported`);
      });
      this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void this.published.push(p));
      this.connection.onNotification((method: string, params: unknown) => void this.notifications.push({ method, params }));
      this.connection.listen();
      return;
    }
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('workspace/workspaceFolders', () => (this.options.root ? [{ uri: URI.file(this.options.root).toString(), name: 'root' }] : null));
    this.connection.onRequest('window/showMessageRequest', (params: { message: string; actions?: { title: string }[] }) => {
      this.messages.push(params.message);
      return params.actions?.find((a) => a.title === this.messageAnswer) ?? null;
    });
    this.connection.onRequest('window/showDocument', (params: { uri: string }) => {
      this.shownDocuments.push(params.uri);
      return { success: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }): { applied: boolean; failureReason?: string } => {
      if (!this.acceptEdits) return { applied: false, failureReason: 'declined' };
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
    });
    this.connection.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
    });
    this.connection.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: {
          ...(this.options.documentChanges === false ? {} : { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] }),
          ...(this.options.snippetEdits ? { snippetEditSupport: true } : {}),
        },
        applyEdit: true,
        ...(this.options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      ...(this.options.showDocument ? { window: { showDocument: { support: true } } } : {}),
      textDocument: {
        synchronization: { didSave: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
        codeLens: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        publishDiagnostics: { versionSupport: true },
        ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: this.options.root ? URI.file(this.options.root).toString() : null,
      workspaceFolders: this.options.root ? [{ uri: URI.file(this.options.root).toString(), name: 'root' }] : null,
      capabilities,
      trace: this.options.trace ?? 'off',
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Sends incremental changes; returns the new version. */
  change(uri: string, changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Tells the server files changed on disk, as an editor's file watcher does (1 created, 2 changed, 3 deleted). */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  pullDiagnostics(uri: string, previousResultId?: string): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  /** Waits for pushed diagnostics of a document, at a version if given, polling with a deadline. */
  async waitForPublished(uri: string, version?: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return waitFor(() => [...this.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version)), timeoutMs, `diagnostics for ${uri} v${version}`);
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.on('exit', (c) => resolve(c));
    });
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill('SIGKILL');
  }
}

/** Polls until `probe` returns a value, failing with `what` after the deadline. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
