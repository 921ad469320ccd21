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
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { LineIndex } from '../../engine';
import { addIgnoredPhrase, turnRuleOff, type ConfigFormat } from '../../features/config-edit';

export interface ConfigActionContext {
  documents: TextDocuments<TextDocument>;
  /** The configuration files that govern the document, nearest first. */
  files: string[];
  /** The workspace folder of the document, where a new configuration file goes. */
  root?: string;
  canCreateFiles: boolean;
}

/**
 * "Turn … off in the team config" and, for drift, "Never flag "…" (team
 * config)": one edit to the nearest configuration file, created at the
 * workspace folder's root when there is none.
 */
export function configActions(doc: TextDocument, diagnostic: LspDiagnostic, ctx: ConfigActionContext): CodeAction[] {
  const uri = URI.parse(doc.uri);
  if (uri.scheme !== 'file') return [];
  const target = ctx.files[0] ?? path.join(ctx.root ?? path.dirname(uri.fsPath), '.clinical-scope.yaml');
  const format: ConfigFormat = target.endsWith('.json') ? 'json' : 'yaml';
  const targetUri = URI.file(target).toString();
  const open = ctx.documents.get(targetUri);
  let current: string | undefined = open?.getText();
  if (current === undefined && fs.existsSync(target)) {
    try {
      current = fs.readFileSync(target, 'utf8');
    } catch {
      return [];
    }
  }
  if (current === undefined && !ctx.canCreateFiles) return [];
  const name = path.relative(ctx.root ?? path.dirname(uri.fsPath), target) || path.basename(target);
  const replaceAll = (text: string) => {
    const lines = new LineIndex(current ?? '');
    const edit = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(targetUri, open ? open.version : null), [
      { range: lines.rangeOf(0, (current ?? '').length), newText: text },
    ]);
    return { documentChanges: [...(current === undefined ? [CreateFile.create(targetUri, { ignoreIfExists: true })] : []), edit] };
  };
  const code = String(diagnostic.code);
  const actions: CodeAction[] = [];
  const off = turnRuleOff(current, format, code);
  if (off !== undefined) actions.push({ title: `Turn ${code} off in the team config (${name})`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: replaceAll(off) });
  const cue = ((diagnostic.data as { cues?: string[] } | undefined)?.cues ?? [])[0];
  if (cue) {
    const ignored = addIgnoredPhrase(current, format, cue.toLowerCase());
    if (ignored !== undefined) actions.push({ title: `Never flag "${cue}" (team config ${name})`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: replaceAll(ignored) });
  }
  return actions;
}
