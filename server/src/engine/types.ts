/** A zero-based line and a character offset in UTF-16 code units, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DocumentKind = 'supervision' | 'leadership';

/** How the document's kind was determined. */
export type KindSource = 'frontmatter' | 'filename' | 'inferred' | 'none';

/** One finding of one rule, in the shape the CLI's JSON and the language server share. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
}

/** What the engine concluded about the document's kind. */
export interface KindResult {
  kind: DocumentKind | 'unknown';
  source: KindSource;
  /** 0..1; 1 for declared kinds. */
  confidence: number;
  /** Short human explanation, e.g. "front matter `scope: supervision`". */
  reason: string;
}
