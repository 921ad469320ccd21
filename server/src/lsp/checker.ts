import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { AnalysisResult, EffectiveConfig } from '../engine';
import { AnalysisRunner, SupersededError } from './analysis-runner';
import type { Logger } from './logger';
import type { DocumentStatus } from './protocol';
import type { Settings } from './settings';

export type TextRole = 'document' | 'template' | 'config';

interface Analysed {
  version: number;
  text: string;
  config: EffectiveConfig;
  result: AnalysisResult;
}

/**
 * Runs the engine over open documents, in the analysis thread, and keeps the
 * latest result of each, keyed by the document's version and the
 * configuration in force, so a hover, a code action and the diagnostics of one
 * version share one analysis. A newer version supersedes an older one still
 * waiting; a result is never handed out for a version other than the one asked for.
 */
export class Checker {
  private readonly latest = new Map<string, Analysed>();
  private readonly pending = new Map<string, { version: number; text: string; config: EffectiveConfig; promise: Promise<AnalysisResult> }>();
  private readonly runner: AnalysisRunner;

  constructor(
    private readonly logger: Logger,
    /** What an open text is: a Markdown document, a team template or a team configuration file. */
    private readonly roleOf: (uri: string) => TextRole,
    /** The configuration in force for a document. */
    private readonly configFor: (uri: string, settings: Settings) => EffectiveConfig,
  ) {
    this.runner = new AnalysisRunner(logger);
  }

  /** The analysis of this version of the document; rejects with SupersededError if a newer version is queued first. */
  analysis(doc: TextDocument, settings: Settings): Promise<AnalysisResult> {
    return this.run(doc.uri, doc.uri, doc, settings);
  }

  /** The analysis of a document's saved text, kept apart from its live text's. */
  analysisOfSaved(saved: TextDocument, settings: Settings): Promise<AnalysisResult> {
    return this.run(`saved:${saved.uri}`, saved.uri, saved, settings);
  }

  /** The finished analysis of exactly this version, if there is one: never waits. */
  ready(doc: TextDocument, settings: Settings): AnalysisResult | undefined {
    const hit = this.latest.get(doc.uri);
    return hit && hit.version === doc.version && hit.config === this.configFor(doc.uri, settings) ? hit.result : undefined;
  }

  /** The newest finished analysis of a document, of whatever version, under the configuration in force. */
  previous(doc: TextDocument, settings: Settings): AnalysisResult | undefined {
    const hit = this.latest.get(doc.uri);
    return hit && hit.config === this.configFor(doc.uri, settings) ? hit.result : undefined;
  }

  config(uri: string, settings: Settings): EffectiveConfig {
    return this.configFor(uri, settings);
  }

  private run(key: string, uri: string, doc: TextDocument, settings: Settings): Promise<AnalysisResult> {
    const config = this.configFor(uri, settings);
    const hit = this.latest.get(key);
    const text = doc.getText();
    // The text is compared too: a client may reuse a version number for new text.
    if (hit && hit.version === doc.version && hit.text === text && hit.config === config) return Promise.resolve(hit.result);
    const waiting = this.pending.get(key);
    if (waiting && waiting.version === doc.version && waiting.text === text && waiting.config === config) return waiting.promise;
    const started = performance.now();
    const version = doc.version;
    const promise = this.runner.run({ key, text, fileName: fileNameOf(uri), config, as: this.roleOf(uri) }).then(
      (result) => {
        if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
        this.logger.debug(`${this.logger.doc(uri)} v${version}: ${result.kind.kind} (${result.kind.source}), ${result.diagnostics.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
        const current = this.latest.get(key);
        if (!current || current.version <= version) this.latest.set(key, { version, text, config, result });
        return result;
      },
      (error: Error) => {
        if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, { version, text, config, promise });
    return promise;
  }

  forget(uri: string): void {
    for (const key of [`saved:${uri}`, uri]) {
      this.latest.delete(key);
      this.pending.delete(key);
      this.runner.cancel(key);
    }
  }

  clear(): void {
    this.latest.clear();
    this.pending.clear();
  }
}

/**
 * The analysis of a document's newest version: when an edit supersedes the
 * version being waited for, waits for the newer one instead. Undefined when
 * the document was closed meanwhile.
 */
export async function analysisOfNewest(
  get: () => TextDocument | undefined,
  analyse: (doc: TextDocument) => Promise<AnalysisResult>,
): Promise<{ doc: TextDocument; result: AnalysisResult } | undefined> {
  for (;;) {
    const doc = get();
    if (!doc) return undefined;
    try {
      const result = await analyse(doc);
      // An edit that arrived meanwhile makes this result stale: analyse the newer text.
      if (get()?.version !== doc.version) continue;
      return { doc, result };
    } catch (error) {
      if (!(error instanceof SupersededError)) throw error;
    }
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
