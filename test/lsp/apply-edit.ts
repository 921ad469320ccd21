import fs from 'node:fs';
import { URI } from 'vscode-uri';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { expandSnippet } from '../../server/src/engine/templates/snippet-syntax';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Applies a workspace edit to files on disk (and to open texts given by URI),
 * as an editor would, so that tests can check the result of a code action.
 */
export function applyWorkspaceEdit(edit: WorkspaceEdit, open: Map<string, string> = new Map()): Map<string, string> {
  const texts = new Map(open);
  const read = (uri: string) => texts.get(uri) ?? (fs.existsSync(URI.parse(uri).fsPath) ? fs.readFileSync(URI.parse(uri).fsPath, 'utf8') : '');
  const applyEdits = (uri: string, edits: TextEdit[]) => {
    const doc = TextDocument.create(uri, 'markdown', 0, read(uri));
    texts.set(uri, TextDocument.applyEdits(doc, edits));
  };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') {
        const p = URI.parse(change.uri).fsPath;
        if (!fs.existsSync(p)) texts.set(change.uri, '');
      }
      continue;
    }
    // A snippet edit inserts what its placeholders hold by default, as an editor does before the user types.
    const edits = (change.edits as (TextEdit | { range: TextEdit['range']; snippet: { value: string } })[]).map((e) =>
      'snippet' in e ? { range: e.range, newText: expandSnippet(e.snippet.value) } : e,
    );
    applyEdits(change.textDocument.uri, edits);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyEdits(uri, edits);
  for (const [uri, text] of texts) if (!open.has(uri) || open.get(uri) !== text) fs.writeFileSync(URI.parse(uri).fsPath, text);
  return texts;
}
