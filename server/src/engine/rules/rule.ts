import type { DriftPassage } from '../drift/passages';
import type { ParsedDocument } from '../parse/document';
import type { DeclaredKind } from '../kind/declared';
import type { KindResult, Severity } from '../types';

/** Where each rule's documentation lives; a rule's link is this plus its anchor. */
export const DOCS_BASE = 'https://github.com/clinical-scope/clinical-scope/blob/main/docs/rules.md';

/** Everything a rule may read about a document. Rules never parse or score on their own. */
export interface RuleContext {
  doc: ParsedDocument;
  fileName?: string;
  kind: KindResult;
  declared: DeclaredKind;
  /** Drift passages for the document's kind; empty when the kind is unknown. */
  drift: readonly DriftPassage[];
  /** The document is a team template, checked as a template rather than as a document. */
  template: boolean;
}

/** A finding as a rule reports it, with document offsets. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  data?: Record<string, unknown>;
}

export interface Rule {
  /** `family/name`, e.g. `scope/unknown-kind`. */
  id: string;
  /** One line, for the rule list and `--help`. */
  description: string;
  defaultSeverity: Severity;
  /** Anchor in docs/rules.md. */
  docsAnchor: string;
  check(context: RuleContext): RuleFinding[];
}

export const docsUrl = (rule: Pick<Rule, 'docsAnchor'>): string => `${DOCS_BASE}#${rule.docsAnchor}`;
