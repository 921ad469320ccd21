import { cacheFor, type AnalysisResult } from '../analyze';
import type { EffectiveConfig } from '../config/types';
import { detectKind } from '../kind/detect';
import { parseDocument } from '../parse/document';
import type { KindResult } from '../types';
import { readSession, type SessionRecord } from './session';

/**
 * A document's kind and, for a supervision document, the session it records:
 * without the drift and privacy checks, so a log of many documents is quick.
 */
export function readSessionRecord(text: string, options: { fileName?: string; config?: EffectiveConfig } = {}): { kind: KindResult; session?: SessionRecord } {
  const doc = parseDocument(text);
  const { result: kind } = detectKind(doc.frontMatter, options.fileName, doc.units, cacheFor(options.config), options.config?.kindGlobs ?? []);
  return { kind, ...(kind.kind === 'supervision' ? withSession(readSession(doc, options.fileName)) : {}) };
}

/** The session a fully analysed supervision document records. */
export function sessionOfAnalysis(result: AnalysisResult, fileName: string | undefined): SessionRecord | undefined {
  return result.kind.kind === 'supervision' ? readSession(result.document, fileName) : undefined;
}

function withSession(session: SessionRecord | undefined): { session?: SessionRecord } {
  return session ? { session } : {};
}
