import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Position, type TextEdit } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../../engine';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { initialsOf, personInitials } from '../../features/privacy-edits';

const NAMES = new Set(['full-name', 'titled-name', 'first-name', 'relative-name']);

interface PrivacyData {
  identifier?: string;
  placeholder?: string;
  /** Document offsets of every mention of the same person. */
  mentions?: { start: number; end: number }[];
}

/**
 * For a client identifier: replace a name with its initials (this mention, or
 * every mention of the same person), or any identifier with a bracketed
 * placeholder such as `[client DOB]`.
 */
export function privacyActions(doc: TextDocument, result: AnalysisResult, diagnostic: LspDiagnostic): CodeAction[] {
  const data = diagnostic.data as PrivacyData | undefined;
  if (!data?.identifier) return [];
  // The mentions come from the server's own analysis of this very text, never from what the client sends back.
  const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
  const finding = result.diagnostics.find((f) => f.code === diagnostic.code && same(f.range.start, diagnostic.range.start) && same(f.range.end, diagnostic.range.end));
  const mentionsOf = (finding?.data as PrivacyData | undefined)?.mentions;
  const actions: CodeAction[] = [];
  const replace = (title: string, edits: TextEdit[], preferred: boolean): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [doc.uri]: edits } },
  });
  const client = data.identifier === 'relative-name' ? 'person' : 'client';
  if (NAMES.has(data.identifier)) {
    const mentions = sameNames(doc, mentionsOf);
    const initials = mentions.length > 1 ? personInitials(mentions.map((m) => m.text), doc.getText(diagnostic.range)) : initialsOf(doc.getText(diagnostic.range));
    if (initials) actions.push(replace(`Replace the name with initials (${initials})`, [{ range: diagnostic.range, newText: initials }], true));
    if (mentions.length > 1) {
      const edits = mentions.map((m) => ({ range: m.range, newText: personInitials(mentions.map((x) => x.text), m.text) }));
      actions.push(replace(`Replace all ${mentions.length} mentions of this ${client} with initials`, edits, false));
    }
  }
  if (data.placeholder) actions.push(replace(`Replace with ${data.placeholder}`, [{ range: diagnostic.range, newText: data.placeholder }], !NAMES.has(data.identifier)));
  return actions;
}

/**
 * The mentions the finding lists, where the document still holds a name:
 * an edit made since the analysis must never turn this into a replacement of
 * whatever text now sits at those offsets.
 */
function sameNames(doc: TextDocument, mentions: PrivacyData['mentions']): { range: LspDiagnostic['range']; text: string }[] {
  if (!Array.isArray(mentions)) return [];
  const length = doc.getText().length;
  const out: { range: LspDiagnostic['range']; text: string }[] = [];
  for (const m of mentions) {
    if (typeof m?.start !== 'number' || typeof m.end !== 'number' || m.start < 0 || m.end > length || m.end <= m.start || m.end - m.start > 80) return [];
    const range = { start: doc.positionAt(m.start), end: doc.positionAt(m.end) };
    const text = doc.getText(range);
    if (!/^\p{Lu}[\p{L}\p{M}.'’ -]*$/u.test(text)) return [];
    out.push({ range, text });
  }
  return out;
}
