import type { Diagnostic, DocumentKind, KindSource } from '../engine';

/** One checked document, as every output format sees it. */
export interface FileReport {
  path: string;
  kind: DocumentKind | 'unknown';
  kindSource: KindSource;
  diagnostics: Diagnostic[];
  pillars: { covered: string[]; missing: string[] };
}
