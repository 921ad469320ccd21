import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { ruleById, type Diagnostic, type Severity } from '../engine';
import { ruleDocsLink } from '../node/rule-docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An engine finding as an LSP diagnostic: source, rule id as code, and a link to the rule's documentation. */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const rule = ruleById.get(d.code);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    source: 'clinical-scope',
    code: d.code,
    ...(rule ? { codeDescription: { href: ruleDocsLink(rule) } } : {}),
    message: d.message,
    ...(d.data ? { data: { ...d.data, code: d.code } } : { data: { code: d.code } }),
  };
}
