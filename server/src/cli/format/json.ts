import type { FileReport } from '../report';

/** The JSON contract: version 1, LSP's 0-based lines and UTF-16 characters. */
export function formatJson(files: FileReport[]): string {
  const out = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind,
      kindSource: f.kindSource,
      diagnostics: f.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: d.range,
        ...(d.data ? { data: d.data } : {}),
      })),
      pillars: f.pillars,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
