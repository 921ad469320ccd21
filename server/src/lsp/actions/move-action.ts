import path from 'node:path';
import {
  CodeActionKind,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { LineIndex, type AnalysisResult, type Diagnostic, type DocumentKind } from '../../engine';
import { companionFileName, companionHeader } from '../../features/companion';
import { eolOf, gapBeforeAppend } from '../../features/line-breaks';
import { planMove } from '../../features/move';
import { readTargetFile, targetChanges } from './target-file';

export interface MoveContext {
  documents: TextDocuments<TextDocument>;
  /** The client can create files and apply versioned edits across documents. */
  canCreateFiles: boolean;
  leavePointer: boolean;
  /** The folder companions go to (from the team config); beside the document when absent. */
  folder?: string;
}

/**
 * "Move to a leadership document" / "Move to a supervision document": one
 * undoable workspace edit that removes the drifting passage (leaving an
 * optional pointer) and appends it to the companion document of the other
 * kind beside this one, creating the companion with its front matter if needed.
 */
export function moveAction(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic, ctx: MoveContext): CodeAction | undefined {
  const uri = URI.parse(doc.uri);
  if (uri.scheme !== 'file') return undefined;
  const data = diagnostic.data as { belongsIn?: DocumentKind } | undefined;
  const target = data?.belongsIn;
  if (!target) return undefined;
  const beside = companionFileName(uri.fsPath, target);
  const companionPath = ctx.folder ? path.join(ctx.folder, path.basename(beside)) : beside;
  const relative = path.relative(path.dirname(uri.fsPath), companionPath).split(path.sep).join('/');
  const plan = planMove(result, diagnostic as unknown as Diagnostic, ctx.leavePointer ? { pointerTo: relative } : {});
  if (!plan) return undefined;

  const sourceName = Utils.basename(uri);
  const eol = eolOf(doc.getText());
  const note = `<!-- moved from ${sourceName} -->${eol}`;
  const companion = readTargetFile(ctx.documents, companionPath, ctx.canCreateFiles);
  if (!companion) return undefined;
  const existing = companion.text;
  const insertAt = existing === undefined ? { line: 0, character: 0 } : new LineIndex(existing).positionAt(existing.length);
  const insertText =
    existing === undefined
      ? companionHeader(target, sourceName).replace(/\n/g, eol) + eol + note + plan.moved
      : gapBeforeAppend(existing, eol) + note + plan.moved;
  const companionEdits = [{ range: { start: insertAt, end: insertAt }, newText: insertText }];
  const sourceEdit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), [plan.edit]);
  const edit: WorkspaceEdit = ctx.canCreateFiles
    ? { documentChanges: [...targetChanges(companion, companionEdits), sourceEdit] }
    : { changes: { [companion.uri]: companionEdits, [doc.uri]: [plan.edit] } };
  const whole = (diagnostic.data as { section?: unknown } | undefined)?.section !== undefined;
  return {
    title: `Move ${whole ? 'the section ' : ''}to a ${target} document (${relative})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit,
  };
}
