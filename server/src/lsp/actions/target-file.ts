import fs from 'node:fs';
import { CreateFile, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, type TextDocuments, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

/** A file a code action writes to besides the document: its text in the editor, on disk, or none yet. */
export interface TargetFile {
  uri: string;
  /** Undefined when the file does not exist yet. */
  text: string | undefined;
  /** The editor's version when the file is open, so the edit applies to that text only. */
  version: number | null;
}

/**
 * Reads the file an edit will go to, preferring the editor's unsaved text.
 * Undefined when an edit cannot be offered safely: the file exists but
 * cannot be read, or it does not exist and the client cannot create files.
 */
export function readTargetFile(documents: TextDocuments<TextDocument>, fsPath: string, canCreateFiles: boolean): TargetFile | undefined {
  const uri = URI.file(fsPath).toString();
  const open = documents.get(uri);
  if (open) return { uri, text: open.getText(), version: open.version };
  let text: string | undefined;
  if (fs.existsSync(fsPath)) {
    try {
      text = fs.readFileSync(fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }
  if (text === undefined && !canCreateFiles) return undefined;
  return { uri, text, version: null };
}

/** The document changes that apply `edits` to the target, creating it first when it does not exist. */
export function targetChanges(target: TargetFile, edits: TextEdit[]): (CreateFile | TextDocumentEdit)[] {
  const edit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(target.uri, target.version), edits);
  return target.text === undefined ? [CreateFile.create(target.uri, { ignoreIfExists: true }), edit] : [edit];
}
