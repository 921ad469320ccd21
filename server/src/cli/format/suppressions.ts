import type { SuppressionReport } from '../report';

/** `path:line:col  directive  rules  reason  silenced …`, one suppression a line. */
export function formatSuppressionsText(list: SuppressionReport[]): string {
  if (!list.length) return '';
  return (
    list
      .map((s) => {
        const rules = s.rules.length ? s.rules.join(',') : 'all rules';
        const reason = s.reason ? `reason: ${s.reason}` : 'no reason given';
        const silenced = s.silenced.length ? `silences ${s.silenced.map((x) => `${x.code} (line ${x.line})`).join(', ')}` : 'silences nothing';
        return `${s.path}:${s.line}:${s.column}  ${s.directive}  ${rules}  ${reason}  ${silenced}`;
      })
      .join('\n') + '\n'
  );
}

export function formatSuppressionsJson(list: SuppressionReport[]): string {
  return JSON.stringify({ version: 1, suppressions: list }, null, 2) + '\n';
}
