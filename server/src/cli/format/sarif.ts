import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, type Severity } from '../../engine';
import { ruleHelp } from '../../node/rule-docs';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, with columns in UTF-16 code units as LSP counts them. */
export function formatSarif(files: FileReport[], version: string): string {
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    help: ruleHelp(r),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const ruleIndex = index.get(d.code);
      results.push({
        ruleId: d.code,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(f.path) },
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        ...(d.data ? { properties: { data: d.data } } : {}),
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clinical-scope', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative URI reference for a path as found, with forward slashes and escaped characters. */
function toUri(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}
