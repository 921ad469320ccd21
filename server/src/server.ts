import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EvidenceCache, Lexicon } from './engine';
import { declareKindEdit } from './features/declare-kind';
import { hoverAt } from './features/hover';
import { Checker } from './lsp/checker';
import { codeActions } from './lsp/code-actions';
import { DiagnosticsDelivery } from './lsp/diagnostics';
import { Logger } from './lsp/logger';
import { Commands } from './lsp/protocol';
import { SettingsCache } from './lsp/settings';

// Wires LSP requests to the engine and its features; no analysis happens here.
// Started by the VS Code client over IPC, or by other editors with --stdio.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger = new Logger(connection);
const settings = new SettingsCache(connection);
const checker = new Checker(new EvidenceCache(new Lexicon()), logger);
const delivery = new DiagnosticsDelivery(connection, documents, checker, settings, logger);
let canCreateFiles = false;
let configurationPush = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supported = caps.workspace?.configuration === true;
  delivery.pull = caps.textDocument?.diagnostic !== undefined;
  delivery.refreshSupported = caps.workspace?.diagnostics?.refreshSupport === true;
  canCreateFiles = caps.workspace?.workspaceEdit?.documentChanges === true && (caps.workspace.workspaceEdit.resourceOperations ?? []).includes('create');
  configurationPush = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  logger.verbose = params.trace === 'verbose' || params.trace === 'messages';
  logger.info(`Clinical Scope server starting; diagnostics by ${delivery.pull ? 'pull' : 'push'}`);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source], resolveProvider: false },
      executeCommandProvider: { commands: [Commands.declareKind] },
      ...(delivery.pull ? { diagnosticProvider: { identifier: 'clinical-scope', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'clinical-scope', version: typeof CLINICAL_SCOPE_VERSION === 'string' ? CLINICAL_SCOPE_VERSION : '0.0.0-dev' },
  };
});

connection.onInitialized(() => {
  if (configurationPush) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinicalScope' });
});

connection.onDidChangeConfiguration(() => {
  settings.forget();
  void delivery.refreshAll();
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const s = await settings.get(doc.uri);
  if (!s.enable) return null;
  const hover = hoverAt(checker.analysis(doc, s), params.position);
  return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
});

connection.onCodeAction(async (params) => {
  try {
    return await codeActions(params, { documents, checker, settings, canCreateFiles: () => canCreateFiles });
  } catch (error) {
    logger.error('code actions', error);
    return [];
  }
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== Commands.declareKind) return;
  const [uri, kind] = (params.arguments ?? []) as [string, string];
  const doc = documents.get(uri);
  if (!doc || (kind !== 'supervision' && kind !== 'leadership')) return;
  const edit = declareKindEdit(checker.analysis(doc, await settings.get(uri)), kind);
  await connection.workspace.applyEdit({ label: `Declare ${kind} document`, edit: { changes: { [uri]: [edit] } } });
});

declare const CLINICAL_SCOPE_VERSION: string;

delivery.listen();
documents.listen(connection);
connection.listen();
