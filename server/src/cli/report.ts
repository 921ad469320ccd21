import type { Diagnostic, DocumentKind, KindSource } from '../engine';

/** One checked document, as every output format sees it. */
export interface FileReport {
  path: string;
  kind: DocumentKind | 'unknown';
  kindSource: KindSource;
  diagnostics: Diagnostic[];
  pillars: { covered: string[]; missing: string[] };
}

/** One suppression comment, for --list-suppressions. */
export interface SuppressionReport {
  path: string;
  line: number;
  column: number;
  directive: string;
  rules: string[];
  reason: string | null;
  silenced: { code: string; line: number }[];
}
