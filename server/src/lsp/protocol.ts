import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

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
  /**
   * Arguments: [uri: string, version: number, diagnostic]. Moves a drifting passage to its
   * companion document, for clients that cannot create files in a workspace edit.
   */
  move: 'clinicalScope.server.move',
  /** Arguments: [companion uri: string, name shown: string, kind]. Tells the user where a moved passage went, and offers to open it. */
  announceMove: 'clinicalScope.server.announceMove',
} as const;

/** Commands the client implements, which the server puts in code lenses. */
export const ClientCommands = {
  /** Arguments: [uri: string, choices: {label, body}[]]. Asks which missing pillar to insert. */
  pickPillar: 'clinicalScope.pickPillar',
} as const;

/** A template the client can offer in "New document from template…". */
export interface TemplateInfo {
  name: string;
  prefix: string;
  kind: 'supervision' | 'leadership' | 'any';
  description: string;
  body: string;
  source: string;
}

/** The templates for a folder: the built-in ones and the team's. Params: the uri of a document or folder. */
export const ListTemplatesRequest = new RequestType<{ uri: string }, TemplateInfo[], void>('clinicalScope/listTemplates');

/** Params of the workspace overview: the workspace folders, and the nonce the webview's content security policy allows. */
export interface WorkspaceOverviewParams {
  folders: string[];
  /** When given, the overview comes with the report's HTML for a webview. */
  nonce?: string;
}

/** The overview's figures (see WorkspaceOverview in the engine), the report's HTML, and each shown path's uri. */
export interface WorkspaceOverviewResult {
  overview: import('../engine').WorkspaceOverview;
  html?: string;
  uris: Record<string, string>;
}

/** The whole workspace at a glance: for the overview webview and the tree view. */
export const WorkspaceOverviewRequest = new RequestType<WorkspaceOverviewParams, WorkspaceOverviewResult, void>('clinicalScope/workspaceOverview');
