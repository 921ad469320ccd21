import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { ruleById, type Diagnostic, type Severity } from '../engine';
import { ruleDocsLink } from '../node/rule-docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// A finding that stayed the same from one keystroke to the next is the same object (see delta.ts): converted once.
const converted = new WeakMap<Diagnostic, LspDiagnostic>();

/** An engine finding as an LSP diagnostic: source, rule id as code, and a link to the rule's documentation. */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  let lsp = converted.get(d);
  if (!lsp) converted.set(d, (lsp = convert(d)));
  return lsp;
}

function convert(d: Diagnostic): LspDiagnostic {
  const rule = ruleById.get(d.code);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    source: 'clinical-scope',
    code: d.code,
    ...(rule ? { codeDescription: { href: ruleDocsLink(rule) } } : {}),
    message: d.message,
    data: { ...withoutMentions(d.data), code: d.code },
  };
}

/**
 * A client's name is flagged at every mention, and each finding knows all of them (for "Replace all
 * mentions"): sent with every finding, that list grows with the square of the mentions, megabytes per
 * keystroke in a long document. The server keeps it, and the explanation the hover shows, and reads
 * them from its own analysis instead.
 */
function withoutMentions(data: Diagnostic['data']): Record<string, unknown> {
  if (!data) return {};
  if (!('mentions' in data) && !('why' in data)) return data;
  const { mentions: _mentions, why: _why, ...rest } = data as Record<string, unknown>;
  return rest;
}
