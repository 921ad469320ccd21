import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { Suggestion } from '../features/completions';

const KIND: Record<Suggestion['kind'], CompletionItemKind> = {
  value: CompletionItemKind.EnumMember,
  heading: CompletionItemKind.Module,
  snippet: CompletionItemKind.Snippet,
  template: CompletionItemKind.File,
};

export function toCompletionItem(s: Suggestion): CompletionItem {
  return {
    label: s.label,
    kind: KIND[s.kind],
    ...(s.detail ? { detail: s.detail } : {}),
    documentation: { kind: MarkupKind.Markdown, value: s.documentation },
    insertTextFormat: s.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: s.range, newText: s.insertText },
    filterText: s.filterText,
    sortText: s.sortText,
    ...(s.preselect ? { preselect: true } : {}),
  };
}
