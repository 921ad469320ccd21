import { EvidenceCache, findDrift } from './drift/passages';
import { detectKind } from './kind/detect';
import { Lexicon } from './lexicon/lexicon';
import { parseDocument, type ParsedDocument } from './parse/document';
import { RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import type { Diagnostic, KindResult, Severity } from './types';

export interface AnalyzeOptions {
  /** The document's file name or path, used for the file-name convention. */
  fileName?: string;
  /** Per-rule severity; `off` turns a rule off. Rules not named keep their default. */
  severities?: Record<string, Severity | 'off'>;
  /** Evidence cache to reuse between runs (and the lexicon it was built with). */
  cache?: EvidenceCache;
}

export interface AnalysisResult {
  kind: KindResult;
  diagnostics: Diagnostic[];
  document: ParsedDocument;
}

let defaultCache: EvidenceCache | undefined;

/** The cache used when a caller does not bring one. */
export function sharedCache(): EvidenceCache {
  return (defaultCache ??= new EvidenceCache(new Lexicon()));
}

/**
 * Analyses one Markdown document: text in, findings out. Pure: no I/O, no
 * editor, no state beyond a cache that only makes repeated runs faster.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const cache = options.cache ?? sharedCache();
  const doc = parseDocument(text);
  const { result: kind, declared } = detectKind(doc.frontMatter, options.fileName, doc.units, cache);
  const drift = kind.kind === 'unknown' ? [] : findDrift(kind.kind, doc.units, cache);
  const context: RuleContext = { doc, fileName: options.fileName, kind, declared, drift };
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, options.severities);
    if (severity === 'off') continue;
    for (const f of rule.check(context)) {
      diagnostics.push({ code: rule.id, severity, message: f.message, range: doc.lines.rangeOf(f.start, f.end), ...(f.data ? { data: f.data } : {}) });
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kind, diagnostics, document: doc };
}

function severityOf(rule: Rule, severities: AnalyzeOptions['severities']): Severity | 'off' {
  return severities?.[rule.id] ?? rule.defaultSeverity;
}
