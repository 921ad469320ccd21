import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type Position, type TextDocuments } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../engine';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configActions } from './actions/config-actions';
import { declareKindActions } from './actions/declare-kind-action';
import { suppressActions } from './actions/suppress-actions';
import { moveAction } from './actions/move-action';
import { privacyActions } from './actions/privacy-actions';
import { missingSectionActions } from './actions/section-actions';
import { analysisOfNewest, type Checker } from './checker';
import type { SettingsCache } from './settings';

export interface CodeActionDeps {
  documents: TextDocuments<TextDocument>;
  checker: Checker;
  settings: SettingsCache;
  canCreateFiles: () => boolean;
  snippetEdits: () => boolean;
  configFiles: (uri: string) => string[];
  rootOf: (uri: string) => string | undefined;
}

const MOVABLE = new Set(['scope/leadership-in-supervision', 'scope/supervision-in-leadership', 'structure/section-out-of-scope']);

/** Collects the code actions of each family for the diagnostics in the request. */
export async function codeActions(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  if (!deps.documents.get(uri)) return [];
  const settings = await deps.settings.get(uri);
  if (!settings.enable) return [];
  // The edits are built on the text the analysis read: both come from the same, newest version.
  const checked = await analysisOfNewest(() => deps.documents.get(uri), (d) => deps.checker.analysis(d, settings));
  if (!checked) return [];
  const { doc, result } = checked;
  // A fix is offered only for a finding of the text as it is now: a diagnostic
  // of an older version (or of the saved text, when checking on save) would
  // edit the wrong characters.
  const ours = params.context.diagnostics.filter((d) => d.source === 'clinical-scope' && describesCurrent(d, result));
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const move = deps.checker.config(doc.uri, settings).move;
    for (const d of ours.filter((x) => MOVABLE.has(String(x.code)))) {
      const action = moveAction(doc, result, d, { documents: deps.documents, canCreateFiles: deps.canCreateFiles(), leavePointer: move.leavePointer !== false, folder: move.folder, root: deps.rootOf(doc.uri) });
      if (action) actions.push(action);
    }
    actions.push(...declareKindActions(doc, result, ours, false).filter((a) => a.kind === CodeActionKind.QuickFix));
    for (const d of ours) {
      if (d.code === 'privacy/client-identifier') actions.push(...privacyActions(doc, result, d));
      if (d.code === 'structure/missing-section') actions.push(...missingSectionActions(doc, result, d));
    }
    // Every finding can be silenced where it stands, in the file, or for the team.
    for (const d of ours) {
      if (String(d.code).startsWith('structure/invalid-') || String(d.code).endsWith('-suppression')) continue;
      actions.push(...suppressActions(doc, result, d, deps.snippetEdits()));
      actions.push(...configActions(doc, d, { documents: deps.documents, files: deps.configFiles(doc.uri), root: deps.rootOf(doc.uri), canCreateFiles: deps.canCreateFiles() }));
    }
  }
  if (wants(CodeActionKind.Source) && !actions.some((a) => a.title.startsWith('Declare'))) actions.push(...declareKindActions(doc, result, [], true));
  return actions;
}

function describesCurrent(d: LspDiagnostic, result: AnalysisResult): boolean {
  const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
  return result.diagnostics.some((f) => f.code === d.code && f.message === d.message && same(f.range.start, d.range.start) && same(f.range.end, d.range.end));
}
