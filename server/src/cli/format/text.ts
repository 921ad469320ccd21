import { pillars } from '../../engine';
import type { FileReport } from '../report';

const pillarLabel = new Map(pillars.map((p) => [p.id, p.label]));

/**
 * `path:line:col  severity  rule  message`, 1-based, one finding a line; then,
 * per document, `path  pillars 4/6: missing …` for the overlap pillars.
 */
export function formatText(files: FileReport[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.code}  ${d.message}`);
    }
  }
  for (const f of files) {
    const { covered, missing } = f.pillars;
    const total = covered.length + missing.length;
    lines.push(`${f.path}  pillars ${covered.length}/${total}${missing.length ? `: missing ${missing.map((id) => pillarLabel.get(id) ?? id).join(', ')}` : ''}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The closing line: documents and findings, and how many results came unchanged from --cache. */
export function summarize(files: FileReport[], fromCache = 0): string {
  const count: Record<string, number> = {};
  for (const f of files) for (const d of f.diagnostics) count[d.severity] = (count[d.severity] ?? 0) + 1;
  const parts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((s) => count[s])
    .map((s) => `${count[s]} ${s === 'information' ? 'info' : s}${count[s] === 1 || s === 'information' ? '' : 's'}`);
  const checked = `${files.length} document${files.length === 1 ? '' : 's'} checked${fromCache ? ` (${fromCache} unchanged since the last run)` : ''}`;
  return parts.length ? `${checked}: ${parts.join(', ')}` : `${checked}: no findings`;
}
