import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands, Commands as ServerCommands, DocumentStatusNotification, type DocumentStatus } from '../../server/src/lsp/protocol';
import { KindStatus } from './kind-status';
import { newFromTemplate, pickPillar } from './snippet-commands';
import { suggestAfterKeywords } from './suggest-trigger';
import { openAt, OverviewPanel } from './overview-panel';
import { OverviewSource } from './overview-source';
import { OverviewTree } from './overview-tree';

let client: LanguageClient | undefined;

/** The extension's commands, as contributed in package.json. */
export const Commands = {
  setKind: 'clinicalScope.setKind',
  restartServer: 'clinicalScope.restartServer',
  showOutput: 'clinicalScope.showOutput',
  newFromTemplate: 'clinicalScope.newFromTemplate',
  showOverview: 'clinicalScope.showOverview',
  openAt: 'clinicalScope.openAt',
} as const;

/** What the extension offers other extensions, and its integration tests. */
export interface ClinicalScopeApi {
  statusFor(uri: vscode.Uri): DocumentStatus | undefined;
  statusText(): string | undefined;
  overview: { panel: OverviewPanel; tree: OverviewTree; treeView: vscode.TreeView<unknown> };
}

export async function activate(context: vscode.ExtensionContext): Promise<ClinicalScopeApi> {
  const output = vscode.window.createOutputChannel('Clinical Scope', { log: true });
  const status = new KindStatus();
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      // The team configuration files, checked live as they are edited.
      { scheme: 'file', pattern: '**/.clinical-scope.{yaml,yml,json}' },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { configurationSection: 'clinicalScope' },
  };

  client = new LanguageClient('clinicalScope', 'Clinical Scope', serverOptions, clientOptions);
  const overviews = new OverviewSource(() => client);
  const panel = new OverviewPanel(overviews);
  const tree = new OverviewTree(overviews);
  const treeView = vscode.window.createTreeView(OverviewTree.viewId, { treeDataProvider: tree, showCollapseAll: false });
  context.subscriptions.push(overviews, panel, tree, treeView);
  const listen = (c: LanguageClient) => c.onNotification(DocumentStatusNotification, (s) => status.update(s));

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      if (!client) return;
      await client.restart();
      output.info('Clinical Scope server restarted');
    }),
    vscode.commands.registerCommand(Commands.setKind, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target || !client) return;
      const document = await vscode.workspace.openTextDocument(target);
      if (document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Clinical Scope checks Markdown documents only.');
        return;
      }
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'Supervision', value: 'supervision', detail: "About one clinician's practice: session notes, supervision plans, agreements, evaluations." },
          { label: 'Leadership', value: 'leadership', detail: 'About the organisation: policies, procedures, plans, memos, minutes.' },
        ],
        { title: 'Clinical Scope: set the document kind', placeHolder: 'Which kind of document is this? (written as `scope:` in front matter)' },
      );
      if (!pick) return;
      await client.sendRequest('workspace/executeCommand', { command: ServerCommands.declareKind, arguments: [document.uri.toString(), pick.value] });
    }),
    vscode.commands.registerCommand(Commands.newFromTemplate, () => client && newFromTemplate(client)),
    vscode.commands.registerCommand(Commands.showOverview, () => panel.show()),
    vscode.commands.registerCommand(Commands.openAt, (uri: string, line: number) => openAt(uri, line)),
    vscode.commands.registerCommand('clinicalScope.refreshOverview', () => tree.refresh()),
    vscode.commands.registerCommand(ClientCommands.pickPillar, (uri: string, choices: { label: string; body: string }[]) => pickPillar(uri, choices)),
    vscode.window.onDidChangeActiveTextEditor((editor) => status.show(editor)),
    suggestAfterKeywords(),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri)),
    { dispose: () => void client?.stop() },
  );

  listen(client);
  await client.start();
  status.show(vscode.window.activeTextEditor);
  // The API lets integration tests read what the status item shows.
  return { statusFor: (uri) => status.get(uri), statusText: () => status.text, overview: { panel, tree, treeView: treeView as vscode.TreeView<unknown> } };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
