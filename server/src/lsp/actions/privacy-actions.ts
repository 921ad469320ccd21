import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { initialsOf } from '../../features/privacy-edits';

const NAMES = new Set(['full-name', 'titled-name', 'first-name']);

/**
 * For a client identifier: replace a name with its initials, or any
 * identifier with a bracketed placeholder such as `[client DOB]`.
 */
export function privacyActions(doc: TextDocument, diagnostic: LspDiagnostic): CodeAction[] {
  const data = diagnostic.data as { identifier?: string; placeholder?: string } | undefined;
  if (!data?.identifier) return [];
  const actions: CodeAction[] = [];
  const replace = (title: string, newText: string, preferred: boolean): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText }] } },
  });
  if (NAMES.has(data.identifier)) {
    const initials = initialsOf(doc.getText(diagnostic.range));
    if (initials) actions.push(replace(`Replace the name with initials (${initials})`, initials, true));
  }
  if (data.placeholder) actions.push(replace(`Replace with ${data.placeholder}`, data.placeholder, !NAMES.has(data.identifier)));
  return actions;
}
