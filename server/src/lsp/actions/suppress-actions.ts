import { CodeActionKind, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById, type AnalysisResult, type Diagnostic } from '../../engine';
import { disableFileEdit, disableLineEdit, type CommentEdit } from '../../features/suppress-edits';

/**
 * "Disable … for this line" and "Disable … for this file": a suppression
 * comment with a reason to fill in (a tab stop, where the editor supports
 * snippet edits).
 */
export function suppressActions(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic, snippets: boolean): CodeAction[] {
  const code = String(diagnostic.code);
  const d = { code, severity: 'warning', message: diagnostic.message, range: diagnostic.range } as Diagnostic;
  const actions: CodeAction[] = [];
  const toEdit = (e: CommentEdit) => ({
    documentChanges: [
      TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), [
        snippets ? { range: e.range, snippet: { kind: 'snippet', value: e.snippetText } } : { range: e.range, newText: e.newText },
      ]),
    ],
  });
  // Titles name the rule in plain words; its id stays in the diagnostic's code.
  const name = `"${ruleById.get(code)?.name ?? code}"`;
  const line = disableLineEdit(result, d);
  if (line) actions.push({ title: `Disable ${name} for this line (with a reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toEdit(line) });
  actions.push({ title: `Disable ${name} for this whole file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toEdit(disableFileEdit(result, code)) });
  return actions;
}
