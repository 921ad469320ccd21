import { analyze, setCacheLimit, type EffectiveConfig } from '../engine';
import type { FileReport, SuppressionReport } from './report';

/**
 * Entries each text cache keeps in a command-line run (see engine/cache-limit.ts): enough for the
 * boilerplate a folder of one team's documents repeats, few enough that the caches do not double the
 * memory of a run over 500 documents. Measured on the benchmark's 500 documents, two worker threads:
 * 500 entries 840–855 MiB peak, 2,000 entries 950–980 MiB, the same CPU time within the machine's noise
 * (10,000: 1.7 GB). A long document still gets one entry per 30 characters (checkOne).
 */
export const BATCH_CACHE_LIMIT = 500;

/** What checking one document gives the reports: its findings and its suppression comments. */
export interface Checked {
  report: Omit<FileReport, 'path'>;
  suppressions: Omit<SuppressionReport, 'path'>[];
}

/** Checks one document's text; the same in the main thread and in a worker. */
export function checkOne(text: string, fileName: string | undefined, config: EffectiveConfig): Checked {
  // The passes over a document read each of its sentences and blocks several times: the caches hold a whole
  // long document (about one entry per 30 characters), or a long policy would be analysed anew by each pass.
  setCacheLimit(Math.max(BATCH_CACHE_LIMIT, Math.ceil(text.length / 30)));
  const result = analyze(text, { fileName, config });
  return {
    report: { kind: result.kind.kind, kindSource: result.kind.source, diagnostics: result.diagnostics, pillars: result.pillars },
    suppressions: result.suppressions.map((s) => {
      const at = result.document.lines.positionAt(s.directive.start);
      return {
        line: at.line + 1,
        column: at.character + 1,
        directive: `clinical-scope-${s.directive.kind}`,
        rules: s.directive.rules,
        reason: s.directive.reason ?? null,
        silenced: s.silenced.map((d) => ({ code: d.code, line: d.range.start.line + 1 })),
      };
    }),
  };
}
