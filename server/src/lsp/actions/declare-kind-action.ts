import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, DocumentKind } from '../../engine';
import { declareKindEdit, suggestedKind } from '../../features/declare-kind';

const KINDS: DocumentKind[] = ['supervision', 'leadership'];

/**
 * "Declare as a supervision / leadership document": writes `scope:` into the
 * front matter, for an unknown or misspelt kind (quick fixes) and, as a source
 * action, for a kind that was only inferred or read from the file name.
 */
export function declareKindActions(doc: TextDocument, result: AnalysisResult, diagnostics: LspDiagnostic[], onlySource: boolean): CodeAction[] {
  const suggested = suggestedKind(result);
  const ordered = suggested ? [suggested, ...KINDS.filter((k) => k !== suggested)] : KINDS;
  const fixes = diagnostics.filter((d) => d.code === 'scope/unknown-kind' || d.code === 'scope/invalid-kind');
  // Asked for quick fixes, it returns quick fixes only: a client asking for one kind drops any other.
  if (!onlySource) {
    if (!fixes.length) return [];
    return ordered.map((kind, i) => ({
      title: `Declare as a ${kind} document (scope: ${kind})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: fixes,
      isPreferred: i === 0 && suggested !== undefined,
      edit: { changes: { [doc.uri]: [declareKindEdit(result, kind)] } },
    }));
  }
  if (result.kind.source === 'frontmatter' || result.kind.kind === 'unknown') return [];
  const kind = result.kind.kind;
  return [
    {
      title: `Declare this document's kind in front matter (scope: ${kind})`,
      kind: CodeActionKind.Source,
      edit: { changes: { [doc.uri]: [declareKindEdit(result, kind)] } },
    },
  ];
}
