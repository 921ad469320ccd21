import { mergeConfig } from './config/merge';
import type { EffectiveConfig } from './config/types';
import { driftMemo, EvidenceCache, findDrift, type DriftMemo } from './drift/passages';
import { detectKind } from './kind/detect';
import { Lexicon, type LexiconExtensions } from './lexicon/lexicon';
import type { IncrementalParser } from './parse/incremental';
import { parseDocument, type ParsedDocument } from './parse/document';
import { pillarCoverage, pillarMemo, type PillarCoverage, type PillarMemo } from './pillars/coverage';
import { clientUnits, colleagueUnits } from './privacy/client-units';
import { WhoIsWho } from './privacy/who-is-who';
import { findDriftSections, headingNamesTopic } from './structure/drift-sections';
import { documentTooLarge } from './rules/document-too-large';
import { CONFIG_RULES, RULES, TEMPLATE_RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import { applySuppressions, type Suppression } from './suppress/apply';
import { readDirectives } from './suppress/directives';
import type { Diagnostic, DocumentKind, KindResult, Severity } from './types';

export interface AnalyzeOptions {
  /** The document's file name or path, used for the file-name convention and the team's kind globs. */
  fileName?: string;
  /** The configuration in force (see mergeConfig); defaults when absent. */
  config?: EffectiveConfig;
  /** Per-rule severity on top of `config`; `off` turns a rule off. */
  severities?: Record<string, Severity | 'off'>;
  /** Evidence cache to reuse between runs; it must match the configuration's word lists. */
  cache?: EvidenceCache;
  /**
   * What the text is: a document (the default), a team template (checked for
   * its front matter and snippet syntax) or a team configuration file.
   */
  as?: 'document' | 'template' | 'config';
  /** The parser that read this document's previous version: only the blocks an edit touched are parsed again. */
  parser?: IncrementalParser;
}

export interface AnalysisResult {
  kind: KindResult;
  diagnostics: Diagnostic[];
  /** Which of the six overlap pillars the document addresses. */
  pillars: PillarCoverage;
  /** The suppression comments, with what each silenced. */
  suppressions: Suppression[];
  document: ParsedDocument;
}

/** How far the team's sensitivity moves the drift threshold. */
const SENSITIVITY_SHIFT = { low: 1.5, normal: 0, high: -1 } as const;

/**
 * What the last analysis of each document read of its blocks, by their place, for passes that go over every
 * block: a keystroke changes one place, and the next analysis reads the rest from here in order. Kept with
 * the parser of the document's previous version, and gone with it.
 */
const memos = new WeakMap<IncrementalParser, { drift: DriftMemo; pillars: PillarMemo }>();

function memoFor(parser: IncrementalParser | undefined): { drift: DriftMemo; pillars: PillarMemo } | undefined {
  if (!parser) return undefined;
  let memo = memos.get(parser);
  if (!memo) memos.set(parser, (memo = { drift: driftMemo(), pillars: pillarMemo() }));
  return memo;
}

const caches = new Map<string, EvidenceCache>();
const byConfig = new WeakMap<EffectiveConfig, EvidenceCache>();

/**
 * The evidence cache for a configuration's word lists: the built-in lists
 * plus the team's cues, never-flag phrases and names for its programs.
 */
export function cacheFor(config?: EffectiveConfig): EvidenceCache {
  // The same configuration object comes back on every keystroke: look it up without serialising its word lists.
  const known = config && byConfig.get(config);
  if (known) return known;
  const extensions: LexiconExtensions = {
    cues: Object.entries(config?.cues ?? {}).flatMap(([category, phrases]) => phrases.map((phrase) => ({ category, phrase }))),
    ignore: config?.ignore ?? [],
    organisation: config?.organisation ?? [],
  };
  const key = JSON.stringify(extensions);
  let cache = caches.get(key);
  if (!cache) {
    if (caches.size >= 16) caches.delete(caches.keys().next().value as string);
    cache = new EvidenceCache(new Lexicon(extensions));
    caches.set(key, cache);
  }
  if (config) byConfig.set(config, cache);
  return cache;
}

/** The cache used when a caller does not bring one. */
export function sharedCache(): EvidenceCache {
  return cacheFor();
}

/**
 * Analyses one Markdown document: text in, findings out. Pure: no I/O, no
 * editor, no state beyond caches that only make repeated runs faster.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const config = options.severities ? { ...(options.config ?? mergeConfig([])), severities: { ...(options.config?.severities ?? {}), ...options.severities } } : (options.config ?? mergeConfig([]));
  const cache = options.cache ?? cacheFor(config);
  const as = options.as ?? 'document';
  const doc = parseDocument(text, { plain: as === 'config', parser: options.parser });
  if (doc.limit) return overLimit(doc, config);
  const { result: kind, declared } =
    as !== 'document'
      ? { result: { kind: 'unknown' as const, source: 'none' as const, confidence: 0, reason: as === 'template' ? 'a team template' : 'a team configuration file' }, declared: { status: 'absent' as const } }
      : detectKind(doc.frontMatter, options.fileName, doc.units, cache, config.kindGlobs);
  // Who each person is serves the privacy rule and the drift model alike (a named client's case in a policy).
  const who = as === 'document' ? new WhoIsWho(doc, kind.kind) : undefined;
  const people = who && { clients: clientUnits(who, doc.units), colleagues: colleagueUnits(who, doc.units) };
  const memo = memoFor(options.parser);
  const allDrift = kind.kind === 'unknown' ? [] : findDrift(kind.kind, doc.units, cache, SENSITIVITY_SHIFT[config.sensitivity], people, memo?.drift);
  // A section that drifts as a whole gets one finding on its heading, unless that rule is off.
  const sections =
    kind.kind === 'unknown' || (config.severities['structure/section-out-of-scope'] ?? 'warning') === 'off'
      ? []
      : findDriftSections(doc.units, allDrift, (h) => headingNamesTopic(kind.kind as DocumentKind, h, cache));
  const inSections = new Set(sections.flatMap((s) => s.passages));
  const drift = allDrift.filter((p) => !inSections.has(p));
  const context: RuleContext = { doc, fileName: options.fileName, kind, declared, drift, sections, as, config, who, suppressions: [] };
  const rules = as === 'template' ? TEMPLATE_RULES : as === 'config' ? CONFIG_RULES : RULES;
  const run = (phase: Rule['phase']) => {
    const out: Diagnostic[] = [];
    for (const rule of rules.filter((r) => (r.phase ?? 'content') === phase)) {
      const severity = config.severities[rule.id] ?? rule.defaultSeverity;
      if (severity === 'off') continue;
      for (const f of rule.check(context)) {
        out.push({ code: rule.id, severity, message: f.message, range: doc.lines.rangeOf(f.start, f.end), ...(f.data ? { data: f.data } : {}) });
      }
    }
    return out;
  };
  let diagnostics = run('content');
  let suppressions: Suppression[] = [];
  if (config.inlineConfig && as === 'document') {
    const applied = applySuppressions(doc, readDirectives(doc), diagnostics);
    diagnostics = applied.kept;
    suppressions = applied.suppressions;
    context.suppressions = suppressions;
    diagnostics.push(...run('suppressions'));
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const pillars = as === 'document' ? pillarCoverage(doc.units, cache, memo?.pillars) : { covered: [], missing: [] };
  return { kind, diagnostics, pillars, suppressions, document: doc };
}

/** A document over the limits gets one finding, saying so, and nothing else. */
function overLimit(doc: ParsedDocument, config: EffectiveConfig): AnalysisResult {
  const severity = config.severities[documentTooLarge.id] ?? documentTooLarge.defaultSeverity;
  const diagnostics: Diagnostic[] =
    severity === 'off' ? [] : documentTooLarge.check({ doc } as RuleContext).map((f) => ({ code: documentTooLarge.id, severity, message: f.message, range: doc.lines.rangeOf(f.start, f.end) }));
  return { kind: { kind: 'unknown', source: 'none', confidence: 0, reason: 'too large to check' }, diagnostics, pillars: { covered: [], missing: [] }, suppressions: [], document: doc };
}
