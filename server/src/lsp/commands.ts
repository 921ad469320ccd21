import fs from 'node:fs';
import path from 'node:path';
import { MessageType, type Connection, type Diagnostic as LspDiagnostic, type ExecuteCommandParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../engine';
import { declareKindEdit } from '../features/declare-kind';
import { moveEdit, proposeMove } from './actions/move-action';
import { Commands } from './protocol';

export interface CommandDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of an open document, and the move settings that govern it. */
  analysis(uri: string): Promise<{ result: AnalysisResult; move: { leavePointer: boolean; folder?: string } } | undefined>;
  /** The client can open a document when asked (window/showDocument). */
  canShowDocument(): boolean;
}

/** The server's own commands (workspace/executeCommand). */
export async function executeCommand(params: ExecuteCommandParams, deps: CommandDeps): Promise<void> {
  const args = params.arguments ?? [];
  if (params.command === Commands.declareKind) return declareKind(args[0], args[1], deps);
  if (params.command === Commands.move) return move(args[0], args[1], args[2], deps);
  if (params.command === Commands.announceMove) return announceMove(args[0], args[1], args[2], deps);
}

export const SERVER_COMMANDS = [Commands.declareKind, Commands.move, Commands.announceMove];

async function declareKind(uri: unknown, kind: unknown, deps: CommandDeps): Promise<void> {
  if (typeof uri !== 'string' || (kind !== 'supervision' && kind !== 'leadership')) return;
  const checked = await deps.analysis(uri);
  if (!checked) return;
  const edit = declareKindEdit(checked.result, kind);
  await deps.connection.workspace.applyEdit({ label: `Declare ${kind} document`, edit: { changes: { [uri]: [edit] } } });
}

/**
 * The move for a client that cannot create files in an edit: the server
 * creates the empty companion on disk (never overwriting a file), then has the
 * client apply the insertion and the removal as plain changes. If the client
 * declines, the empty file is removed again.
 */
async function move(uri: unknown, version: unknown, diagnostic: unknown, deps: CommandDeps): Promise<void> {
  if (typeof uri !== 'string' || typeof diagnostic !== 'object' || diagnostic === null) return;
  const doc = deps.documents.get(uri);
  const checked = await deps.analysis(uri);
  if (!doc || !checked) return;
  if (doc.version !== version) {
    void deps.connection.window.showWarningMessage('Clinical Scope: the document changed since the move was offered. Ask for the quick fix again.');
    return;
  }
  const p = proposeMove(doc, checked.result, diagnostic as LspDiagnostic, { documents: deps.documents, ...checked.move });
  if (!p) return;
  let created = false;
  if (p.companion.text === undefined) {
    try {
      fs.mkdirSync(path.dirname(p.companionPath), { recursive: true });
      fs.writeFileSync(p.companionPath, '', { flag: 'wx' });
      created = true;
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      void deps.connection.window.showErrorMessage(
        exists ? `Clinical Scope: ${p.relative} appeared meanwhile. Ask for the quick fix again.` : `Clinical Scope: could not create ${p.relative} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      );
      return;
    }
  }
  const { applied } = await deps.connection.workspace.applyEdit({ label: p.title, edit: moveEdit(doc, p, false) });
  if (!applied) {
    if (created && fs.statSync(p.companionPath).size === 0) fs.rmSync(p.companionPath);
    return;
  }
  await announceMove(p.companion.uri, p.relative, p.target, deps);
}

/** Tells the user where a moved passage went, offering to open it where the client can. */
async function announceMove(uri: unknown, name: unknown, kind: unknown, deps: CommandDeps): Promise<void> {
  if (typeof uri !== 'string' || typeof name !== 'string') return;
  const what = kind === 'supervision' || kind === 'leadership' ? ` (a ${kind} document)` : '';
  const message = `Clinical Scope moved the passage to ${name}${what}.`;
  if (!deps.canShowDocument()) {
    void deps.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
    return;
  }
  const choice = await deps.connection.window.showInformationMessage(message, { title: 'Open' });
  if (choice?.title === 'Open') await deps.connection.window.showDocument({ uri, takeFocus: true });
}
