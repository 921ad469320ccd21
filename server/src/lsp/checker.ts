import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyze, type AnalysisResult, type EvidenceCache } from '../engine';
import type { Logger } from './logger';
import type { DocumentStatus } from './protocol';
import type { Settings } from './settings';

/**
 * Runs the engine over open documents and keeps the latest result of each,
 * keyed by the document's version, so a hover, a code action and the
 * diagnostics of one version all share one analysis.
 */
export class Checker {
  private readonly latest = new Map<string, { version: number; settingsKey: string; result: AnalysisResult }>();

  constructor(
    private readonly cache: EvidenceCache,
    private readonly logger: Logger,
    /** Whether a document is a team template, checked as one. */
    private readonly isTemplate: (uri: string) => boolean = () => false,
  ) {}

  analysis(doc: TextDocument, settings: Settings): AnalysisResult {
    const settingsKey = JSON.stringify(settings.rules);
    const hit = this.latest.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settingsKey === settingsKey) return hit.result;
    const started = performance.now();
    const result = analyze(doc.getText(), { fileName: fileNameOf(doc.uri), severities: settings.rules, cache: this.cache, template: this.isTemplate(doc.uri) });
    this.logger.debug(`${this.logger.doc(doc.uri)} v${doc.version}: ${result.kind.kind} (${result.kind.source}), ${result.diagnostics.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
    this.latest.set(doc.uri, { version: doc.version, settingsKey, result });
    return result;
  }

  /** The analysis of a document's saved text, kept apart from its live text's. */
  analysisOfSaved(saved: TextDocument, settings: Settings): AnalysisResult {
    const key = `saved:${saved.uri}`;
    const settingsKey = JSON.stringify(settings.rules);
    const hit = this.latest.get(key);
    if (hit && hit.version === saved.version && hit.settingsKey === settingsKey) return hit.result;
    const result = analyze(saved.getText(), { fileName: fileNameOf(saved.uri), severities: settings.rules, cache: this.cache, template: this.isTemplate(saved.uri) });
    this.latest.set(key, { version: saved.version, settingsKey, result });
    return result;
  }

  forget(uri: string): void {
    this.latest.delete(`saved:${uri}`);
    this.latest.delete(uri);
  }

  clear(): void {
    this.latest.clear();
  }
}

/** The file name the file-name convention reads: the path for files, the last segment otherwise. */
export function fileNameOf(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : parsed.path.split('/').pop() ?? '';
}

export function statusOf(doc: TextDocument, result: AnalysisResult | undefined, enabled: boolean): DocumentStatus {
  return {
    uri: doc.uri,
    version: doc.version,
    kind: result?.kind.kind ?? 'unknown',
    source: result?.kind.source ?? 'none',
    confidence: result?.kind.confidence ?? 0,
    reason: result?.kind.reason ?? 'checking is turned off',
    findings: result?.diagnostics.length ?? 0,
    enabled,
  };
}
