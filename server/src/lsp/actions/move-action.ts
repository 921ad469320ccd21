import fs from 'node:fs';
import path from 'node:path';
import {
  CodeActionKind,
  CreateFile,
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
import { planMove } from '../../features/move';

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
  const companionUri = URI.file(companionPath);
  const relative = path.relative(path.dirname(uri.fsPath), companionPath).split(path.sep).join('/');
  const plan = planMove(result, diagnostic as unknown as Diagnostic, ctx.leavePointer ? { pointerTo: relative } : {});
  if (!plan) return undefined;

  const sourceName = Utils.basename(uri);
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const note = `<!-- moved from ${sourceName} -->${eol}`;
  const open = ctx.documents.get(companionUri.toString());
  let existing: string | undefined = open?.getText();
  if (existing === undefined && fs.existsSync(companionPath)) {
    try {
      existing = fs.readFileSync(companionPath, 'utf8');
    } catch {
      return undefined; // unreadable companion: offer nothing rather than a broken edit
    }
  }
  if (existing === undefined && !ctx.canCreateFiles) return undefined;

  let insertAt = { line: 0, character: 0 };
  let insertText: string;
  if (existing === undefined) {
    insertText = companionHeader(target, sourceName).replace(/\n/g, eol) + eol + note + plan.moved;
  } else {
    const lines = new LineIndex(existing);
    insertAt = lines.positionAt(existing.length);
    const gap = existing.length === 0 ? '' : /(\r?\n){2}$/.test(existing) ? '' : /\r?\n$/.test(existing) ? eol : eol + eol;
    insertText = gap + note + plan.moved;
  }

  const companionEdit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(companionUri.toString(), open ? open.version : null), [
    { range: { start: insertAt, end: insertAt }, newText: insertText },
  ]);
  const sourceEdit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), [plan.edit]);
  const edit: WorkspaceEdit = ctx.canCreateFiles
    ? { documentChanges: [...(existing === undefined ? [CreateFile.create(companionUri.toString(), { ignoreIfExists: true })] : []), companionEdit, sourceEdit] }
    : { changes: { [companionUri.toString()]: companionEdit.edits as never, [doc.uri]: [plan.edit] } };
  const whole = (diagnostic.data as { section?: unknown } | undefined)?.section !== undefined;
  return {
    title: `Move ${whole ? 'the section ' : ''}to a ${target} document (${relative})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit,
  };
}
