import { EvidenceCache, findDrift } from './drift/passages';
import { detectKind } from './kind/detect';
import { Lexicon } from './lexicon/lexicon';
import { parseDocument, type ParsedDocument } from './parse/document';
import { pillarCoverage, type PillarCoverage } from './pillars/coverage';
import { RULES, TEMPLATE_RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import type { Diagnostic, KindResult, Severity } from './types';

export interface AnalyzeOptions {
  /** The document's file name or path, used for the file-name convention. */
  fileName?: string;
  /** Per-rule severity; `off` turns a rule off. Rules not named keep their default. */
  severities?: Record<string, Severity | 'off'>;
  /** Evidence cache to reuse between runs (and the lexicon it was built with). */
  cache?: EvidenceCache;
  /** Check the document as a team template (front matter and snippet syntax) instead of as a document. */
  template?: boolean;
}

export interface AnalysisResult {
  kind: KindResult;
  diagnostics: Diagnostic[];
  /** Which of the six overlap pillars the document addresses. */
  pillars: PillarCoverage;
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
  const template = options.template === true;
  const { result: kind, declared } = template
    ? { result: { kind: 'unknown' as const, source: 'none' as const, confidence: 0, reason: 'a team template' }, declared: { status: 'absent' as const } }
    : detectKind(doc.frontMatter, options.fileName, doc.units, cache);
  const drift = kind.kind === 'unknown' ? [] : findDrift(kind.kind, doc.units, cache);
  const context: RuleContext = { doc, fileName: options.fileName, kind, declared, drift, template };
  const diagnostics: Diagnostic[] = [];
  for (const rule of template ? TEMPLATE_RULES : RULES) {
    const severity = severityOf(rule, options.severities);
    if (severity === 'off') continue;
    for (const f of rule.check(context)) {
      diagnostics.push({ code: rule.id, severity, message: f.message, range: doc.lines.rangeOf(f.start, f.end), ...(f.data ? { data: f.data } : {}) });
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kind, diagnostics, pillars: pillarCoverage(doc.units, cache), document: doc };
}

function severityOf(rule: Rule, severities: AnalyzeOptions['severities']): Severity | 'off' {
  return severities?.[rule.id] ?? rule.defaultSeverity;
}
