import type { AnalysisResult } from '../analyze';
import type { EffectiveConfig } from '../config/types';
import { sessionOfAnalysis } from '../log/read';
import type { OverviewInput } from './overview';

/** What the overview keeps of one document's analysis: no document text. */
export function overviewInputOf(path: string, result: AnalysisResult, options: { fileName?: string; config: EffectiveConfig }): OverviewInput {
  const session = sessionOfAnalysis(result, options.fileName);
  return {
    path,
    kind: result.kind.kind,
    kindSource: result.kind.source,
    diagnostics: result.diagnostics,
    pillars: result.pillars,
    suppressions: result.suppressions.map((s) => ({
      line: s.directive.line + 1,
      directive: `clinical-scope-${s.directive.kind}`,
      rules: s.directive.rules,
      reason: s.directive.reason ?? null,
      silenced: s.silenced.length,
    })),
    ...(session ? { session } : {}),
    requirements: options.config.hours,
  };
}
