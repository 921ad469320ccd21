import { analyze, type AnalysisResult, type Diagnostic } from '../server/src/engine';

/** Joins lines with \n, so a test reads like the document it builds. */
export const lines = (...parts: string[]): string => parts.join('\n');

export function check(text: string, fileName?: string): AnalysisResult {
  return analyze(text, fileName ? { fileName } : {});
}

/** Findings of the given rule (or of every rule), as `line:code` with 1-based lines. */
export function found(result: AnalysisResult, code?: string): string[] {
  return result.diagnostics.filter((d) => !code || d.code === code).map((d) => `${d.range.start.line + 1}:${d.code}`);
}

export const byCode = (result: AnalysisResult, code: string): Diagnostic[] => result.diagnostics.filter((d) => d.code === code);

/** A small seeded generator, so that a randomised test's failure can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
