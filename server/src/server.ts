import './node/regexp-once';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { completionsAt } from './features/completions';
import { hoverAt } from './features/hover';
import { builtInTemplates } from './features/snippet-library';
import { analysisOfNewest, Checker } from './lsp/checker';
import { codeActions } from './lsp/code-actions';
import { pillarLenses } from './lsp/code-lens';
import { toCompletionItem } from './lsp/completion';
import { DiagnosticsDelivery } from './lsp/diagnostics';
import { Logger } from './lsp/logger';
import { executeCommand, SERVER_COMMANDS } from './lsp/commands';
import { ListTemplatesRequest, WorkspaceOverviewRequest } from './lsp/protocol';
import { OverviewService } from './lsp/overview';
import { createTransport } from './lsp/transport';
import { SettingsCache } from './lsp/settings';
import { EditedSince, hoverWhileAnalysing } from './lsp/stale';
import { ConfigResolver } from './lsp/config';
import { TeamFiles } from './lsp/team-files';
import { TemplateStore } from './lsp/templates';
import { ruleDocsLink } from './node/rule-docs';

// Wires LSP requests to the engine and its features; no analysis happens here.
// Started by the VS Code client over IPC, or by other editors with --stdio.
const transport = createTransport(() => {
  // Written to stderr: stdout may be the broken protocol stream itself.
  process.stderr.write('Clinical Scope: the connection to the editor can no longer be read; stopping so that the editor can start the server again.\n');
  process.exit(1);
});
const connection = transport ? createConnection(ProposedFeatures.all, ...transport) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger = new Logger(connection);
const settings = new SettingsCache(connection);
const templates = new TemplateStore(logger);
const config = new ConfigResolver((uri) => templates.rootOf(uri));
const checker = new Checker(
  logger,
  (uri) => (config.isConfig(uri) ? 'config' : templates.isTemplateFile(uri) ? 'template' : 'document'),
  (uri, s) => config.configFor(uri, s),
);
const delivery = new DiagnosticsDelivery(connection, documents, checker, settings, logger);
const teamFiles = new TeamFiles(connection, documents, templates, config, settings, logger);
teamFiles.onChange = () => void delivery.refreshAll();
const overviews = new OverviewService(documents, settings, config, logger);
let canCreateFiles = false;
let snippetEdits = false;
let configurationPush = false;
let canShowDocument = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supported = caps.workspace?.configuration === true;
  delivery.pull = caps.textDocument?.diagnostic !== undefined;
  delivery.refreshSupported = caps.workspace?.diagnostics?.refreshSupport === true;
  canCreateFiles = caps.workspace?.workspaceEdit?.documentChanges === true && (caps.workspace.workspaceEdit.resourceOperations ?? []).includes('create');
  configurationPush = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canShowDocument = caps.window?.showDocument?.support === true;
  snippetEdits = (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
  logger.verbose = params.trace === 'verbose' || params.trace === 'messages';
  const roots = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
  if (!roots.length && params.rootUri) roots.push(URI.parse(params.rootUri).fsPath);
  templates.setRoots(roots);
  teamFiles.canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  teamFiles.foldersChange = caps.workspace?.workspaceFolders === true;
  logger.info(`Clinical Scope server starting; diagnostics by ${delivery.pull ? 'pull' : 'push'}`);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['#', ':'], resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source], resolveProvider: false },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(delivery.pull ? { diagnosticProvider: { identifier: 'clinical-scope', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'clinical-scope', version: typeof CLINICAL_SCOPE_VERSION === 'string' ? CLINICAL_SCOPE_VERSION : '0.0.0-dev' },
  };
});

// The editor may answer any request of ours with an error (one without
// window/showMessageRequest answers MethodNotFound): that is a refusal, not a
// reason to stop. Each is caught where it is sent; this catches the rest.
process.on('unhandledRejection', (error) => logger.error('a request to the editor failed', error));

connection.onInitialized(() => {
  if (configurationPush) connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinicalScope' }).catch((error) => logger.error('registering for settings changes', error));
  void teamFiles.start();
});

connection.onDidChangeConfiguration(() => {
  settings.forget();
  void teamFiles.configure().then(() => delivery.refreshAll());
});

connection.onDidChangeWatchedFiles((params) =>
  teamFiles.filesChanged(
    params.changes.map((c) => c.uri),
    new Set(params.changes.filter((c) => c.type === FileChangeType.Deleted).map((c) => c.uri)),
  ),
);

/**
 * The analysis of an open document's newest version with its settings;
 * undefined when it is not open or checking is off for it. The analysis runs
 * in its own thread: waiting for it never holds up requests about other documents.
 */
async function enabledAnalysis(uri: string) {
  if (!documents.get(uri)) return undefined;
  const s = await settings.get(uri);
  if (!s.enable) return undefined;
  const checked = await analysisOfNewest(() => documents.get(uri), (d) => checker.analysis(d, s));
  return checked && { settings: s, result: checked.result };
}

/**
 * While a document's newest version is being analysed: its previous analysis,
 * seen through the edits since, so hover and completion need not wait.
 */
async function whileAnalysing(uri: string): Promise<EditedSince | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const s = await settings.get(uri);
  if (!s.enable || checker.ready(doc, s)) return undefined;
  const previous = checker.previous(doc, s);
  return previous && new EditedSince(previous, doc.getText());
}

connection.onCompletion(async (params) => {
  const uri = params.textDocument.uri;
  const base = config.isConfig(uri) ? undefined : (await whileAnalysing(uri))?.forCompletion();
  if (base) return completionsAt(base, params.position, templates.templatesFor(uri)).map(toCompletionItem);
  const checked = config.isConfig(uri) ? undefined : await enabledAnalysis(uri);
  return checked ? completionsAt(checked.result, params.position, templates.templatesFor(uri)).map(toCompletionItem) : [];
});

connection.onCodeLens(async (params) => {
  const uri = params.textDocument.uri;
  const checked = templates.isTemplateFile(uri) || config.isConfig(uri) ? undefined : await enabledAnalysis(uri);
  return checked?.settings.pillars.codeLens ? pillarLenses(uri, checked.result) : [];
});

connection.onRequest(WorkspaceOverviewRequest, (params) => overviews.overview(params));
connection.onRequest(ListTemplatesRequest, ({ uri }) => [...builtInTemplates, ...templates.templatesFor(uri)]);

connection.onHover(async (params) => {
  const edited = await whileAnalysing(params.textDocument.uri);
  const early = edited && hoverWhileAnalysing(edited, params.position, hoverAt);
  if (early !== undefined) return early && { contents: { kind: 'markdown', value: early.contents }, range: early.range };
  const checked = await enabledAnalysis(params.textDocument.uri);
  const hover = checked && hoverAt(checked.result, params.position, ruleDocsLink);
  return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
});

connection.onCodeAction(async (params) => {
  try {
    return await codeActions(params, {
      documents,
      checker,
      settings,
      canCreateFiles: () => canCreateFiles,
      snippetEdits: () => snippetEdits,
      configFiles: (uri) => config.filesFor(uri),
      rootOf: (uri) => templates.rootOf(uri),
    });
  } catch (error) {
    logger.error('code actions', error);
    return [];
  }
});

connection.onExecuteCommand((params) =>
  executeCommand(params, {
    connection,
    documents,
    canShowDocument: () => canShowDocument,
    analysis: async (uri) => {
      const checked = await enabledAnalysis(uri);
      if (!checked) return undefined;
      const move = checker.config(uri, checked.settings).move;
      return { result: checked.result, move: { leavePointer: move.leavePointer !== false, folder: move.folder, root: templates.rootOf(uri) } };
    },
  }),
);

declare const CLINICAL_SCOPE_VERSION: string;

delivery.listen();
documents.listen(connection);
connection.listen();
