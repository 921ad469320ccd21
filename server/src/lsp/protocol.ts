import { NotificationType } from 'vscode-languageserver-protocol';

/**
 * The custom messages between the Clinical Scope client and server, declared in
 * one place and shared by both sides.
 */

/** What the server concluded about one open document, for the status bar. */
export interface DocumentStatus {
  uri: string;
  version: number;
  kind: 'supervision' | 'leadership' | 'unknown';
  source: 'frontmatter' | 'filename' | 'inferred' | 'none';
  confidence: number;
  reason: string;
  findings: number;
  /** false when checking is turned off for this document. */
  enabled: boolean;
}

export const DocumentStatusNotification = new NotificationType<DocumentStatus>('clinicalScope/documentStatus');

/** Server-side commands, run through workspace/executeCommand. */
export const Commands = {
  /** Arguments: [uri: string, kind: 'supervision' | 'leadership']. Declares the kind in front matter. */
  declareKind: 'clinicalScope.server.declareKind',
} as const;
