import path from 'node:path';
import {
  CodeActionKind,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { LineIndex, type AnalysisResult, type Diagnostic, type DocumentKind } from '../../engine';
import { companionFileName, companionHeader } from '../../features/companion';
import { eolOf, gapBeforeAppend } from '../../features/line-breaks';
import { planMove } from '../../features/move';
import { isInsideFolder } from '../../node/inside-folder';
import { Commands } from '../protocol';
import { readTargetFile, targetChanges, type TargetFile } from './target-file';

export interface MoveContext {
  documents: TextDocuments<TextDocument>;
  /** The client can create files and apply versioned edits across documents. */
  canCreateFiles: boolean;
  leavePointer: boolean;
  /** The folder companions go to (from the team config); beside the document when absent. */
  folder?: string;
  /** The workspace folder holding the document; nothing is written outside it. */
  root?: string;
}

/** Everything a move takes, whichever way it is carried out. */
export interface MoveProposal {
  title: string;
  target: DocumentKind;
  /** The companion's path relative to the document, as the user sees it. */
  relative: string;
  companion: TargetFile;
  companionPath: string;
  companionEdits: TextEdit[];
  sourceEdit: TextEdit;
}

/** Plans the move of a drift finding's passage to the companion document of the kind it belongs to. */
export function proposeMove(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic, ctx: Omit<MoveContext, 'canCreateFiles'>): MoveProposal | undefined {
  const uri = URI.parse(doc.uri);
  if (uri.scheme !== 'file') return undefined;
  // The diagnostic comes back from the editor: trust none of its data.
  const target = (diagnostic.data as { belongsIn?: unknown } | undefined)?.belongsIn;
  if (target !== 'supervision' && target !== 'leadership') return undefined;
  const beside = companionFileName(uri.fsPath, target);
  const companionPath = ctx.folder ? path.join(ctx.folder, path.basename(beside)) : beside;
  // The companion stays in the workspace folder (beside the document when there is none), links resolved.
  if (!isInsideFolder(ctx.root ?? path.dirname(uri.fsPath), companionPath)) return undefined;
  const relative = path.relative(path.dirname(uri.fsPath), companionPath).split(path.sep).join('/');
  const plan = planMove(result, diagnostic as unknown as Diagnostic, ctx.leavePointer ? { pointerTo: relative } : {});
  if (!plan) return undefined;
  // Whether the companion exists is settled by reading it; creating it is decided by the caller.
  const companion = readTargetFile(ctx.documents, companionPath, true);
  if (!companion) return undefined;

  const sourceName = Utils.basename(uri);
  const eol = eolOf(doc.getText());
  const note = `<!-- moved from ${sourceName} -->${eol}`;
  const existing = companion.text;
  const insertAt = existing === undefined ? { line: 0, character: 0 } : new LineIndex(existing).positionAt(existing.length);
  const insertText =
    existing === undefined
      ? companionHeader(target, sourceName).replace(/\n/g, eol) + eol + note + plan.moved
      : gapBeforeAppend(existing, eol) + note + plan.moved;
  const whole = (diagnostic.data as { section?: unknown } | undefined)?.section !== undefined;
  return {
    title: `Move ${whole ? 'the section ' : ''}to a ${target} document (${relative})`,
    target,
    relative,
    companion,
    companionPath,
    companionEdits: [{ range: { start: insertAt, end: insertAt }, newText: insertText }],
    sourceEdit: plan.edit,
  };
}

/** The move as one workspace edit: created and versioned where the client can, plain changes otherwise. */
export function moveEdit(doc: TextDocument, p: MoveProposal, canCreateFiles: boolean): WorkspaceEdit {
  const sourceEdit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), [p.sourceEdit]);
  return canCreateFiles
    ? { documentChanges: [...targetChanges(p.companion, p.companionEdits), sourceEdit] }
    : { changes: { [p.companion.uri]: p.companionEdits, [doc.uri]: [p.sourceEdit] } };
}

/**
 * "Move to a leadership document" / "Move to a supervision document": one
 * undoable workspace edit that removes the drifting passage (leaving an
 * optional pointer) and appends it to the companion document of the other
 * kind beside this one, creating the companion with its front matter if
 * needed. Its command then tells the user where the passage went.
 *
 * A client that cannot create files in an edit (Neovim 0.7 announces no
 * `documentChanges`) gets the move as a command instead: the server creates
 * the empty companion itself and applies the rest as plain changes.
 */
export function moveAction(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic, ctx: MoveContext): CodeAction | undefined {
  const p = proposeMove(doc, result, diagnostic, ctx);
  if (!p) return undefined;
  const base = { title: p.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true };
  if (p.companion.text === undefined && !ctx.canCreateFiles) {
    return { ...base, command: { title: p.title, command: Commands.move, arguments: [doc.uri, doc.version, diagnostic] } };
  }
  return {
    ...base,
    edit: moveEdit(doc, p, ctx.canCreateFiles),
    command: { title: 'Say where the passage went', command: Commands.announceMove, arguments: [p.companion.uri, p.relative, p.target] },
  };
}
