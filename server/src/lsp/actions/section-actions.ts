import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../engine';
import { insertMissingSections } from '../../features/section-edits';

/** "Add the missing sections": their headings, in their usual order, as one edit. */
export function missingSectionActions(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic): CodeAction[] {
  const data = diagnostic.data as { type?: string; missing?: string[]; order?: string[] } | undefined;
  if (!data?.type || !data.missing?.length || !data.order) return [];
  const edits = insertMissingSections(result, data.type, data.order, data.missing);
  const n = data.missing.length;
  return [
    {
      title: n === 1 ? `Add the missing section "${data.missing[0]}"` : `Add the ${n} missing sections`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: edits } },
    },
  ];
}
