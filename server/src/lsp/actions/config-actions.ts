import path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { LineIndex, ruleById } from '../../engine';
import { addIgnoredPhrase, turnRuleOff, type ConfigFormat } from '../../features/config-edit';
import { readTargetFile, targetChanges } from './target-file';

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
  const folder = ctx.root ?? path.dirname(uri.fsPath);
  const file = ctx.files[0] ?? path.join(folder, '.clinical-scope.yaml');
  const target = readTargetFile(ctx.documents, file, ctx.canCreateFiles);
  if (!target) return [];
  const format: ConfigFormat = file.endsWith('.json') ? 'json' : 'yaml';
  const name = path.relative(folder, file) || path.basename(file);
  const current = target.text;
  const replaceAll = (text: string) => ({ documentChanges: targetChanges(target, [{ range: new LineIndex(current ?? '').rangeOf(0, (current ?? '').length), newText: text }]) });
  const code = String(diagnostic.code);
  const actions: CodeAction[] = [];
  const off = turnRuleOff(current, format, code);
  if (off !== undefined) actions.push({ title: `Turn "${ruleById.get(code)?.name ?? code}" off for the whole team (${name})`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: replaceAll(off) });
  const cue = ((diagnostic.data as { cues?: string[] } | undefined)?.cues ?? [])[0];
  if (cue) {
    const ignored = addIgnoredPhrase(current, format, cue.toLowerCase());
    if (ignored !== undefined) actions.push({ title: `Never flag "${cue}" (team config ${name})`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: replaceAll(ignored) });
  }
  return actions;
}
