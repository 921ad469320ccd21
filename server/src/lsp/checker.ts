import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyze, type AnalysisResult, type EffectiveConfig } from '../engine';
import type { Logger } from './logger';
import type { DocumentStatus } from './protocol';
import type { Settings } from './settings';

export type TextRole = 'document' | 'template' | 'config';

/**
 * Runs the engine over open documents and keeps the latest result of each,
 * keyed by the document's version and the configuration in force, so a
 * hover, a code action and the diagnostics of one version share one analysis.
 */
export class Checker {
  private readonly latest = new Map<string, { version: number; text: string; config: EffectiveConfig; result: AnalysisResult }>();

  constructor(
    private readonly logger: Logger,
    /** What an open text is: a Markdown document, a team template or a team configuration file. */
    private readonly roleOf: (uri: string) => TextRole,
    /** The configuration in force for a document. */
    private readonly configFor: (uri: string, settings: Settings) => EffectiveConfig,
  ) {}

  analysis(doc: TextDocument, settings: Settings): AnalysisResult {
    return this.run(doc.uri, doc.uri, doc, settings);
  }

  /** The analysis of a document's saved text, kept apart from its live text's. */
  analysisOfSaved(saved: TextDocument, settings: Settings): AnalysisResult {
    return this.run(`saved:${saved.uri}`, saved.uri, saved, settings);
  }

  config(uri: string, settings: Settings): EffectiveConfig {
    return this.configFor(uri, settings);
  }

  private run(key: string, uri: string, doc: TextDocument, settings: Settings): AnalysisResult {
    const config = this.configFor(uri, settings);
    const hit = this.latest.get(key);
    const text = doc.getText();
    // The text is compared too: a client may reuse a version number for new text.
    if (hit && hit.version === doc.version && hit.text === text && hit.config === config) return hit.result;
    const started = performance.now();
    const result = analyze(text, { fileName: fileNameOf(uri), config, as: this.roleOf(uri) });
    this.logger.debug(`${this.logger.doc(uri)} v${doc.version}: ${result.kind.kind} (${result.kind.source}), ${result.diagnostics.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
    this.latest.set(key, { version: doc.version, text, config, result });
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
