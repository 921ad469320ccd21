import type { EffectiveConfig } from '../config/types';
import type { DriftPassage } from '../drift/passages';
import type { DriftSection } from '../structure/drift-sections';
import type { Suppression } from '../suppress/apply';
import type { ParsedDocument } from '../parse/document';
import type { WhoIsWho } from '../privacy/who-is-who';
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
  /** Drift passages for the document's kind, less those a whole drifting section stands for; empty when the kind is unknown. */
  drift: readonly DriftPassage[];
  /** Sections whose every passage drifts. */
  sections: readonly DriftSection[];
  /** What the text is: a document, a team template or a team configuration file. */
  as: 'document' | 'template' | 'config';
  config: EffectiveConfig;
  /** The people the document names and who each is (client, relative, staff), worked out once for every rule. */
  who?: WhoIsWho;
  /** The document's suppression comments and what they silenced; filled in for the `suppressions` phase. */
  suppressions: readonly Suppression[];
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
  /** Its plain name, for people: quick-fix titles and hovers say this, never the id. */
  name: string;
  /** One line, for the rule list and `--help`. */
  description: string;
  defaultSeverity: Severity;
  /** Anchor in docs/rules.md. */
  docsAnchor: string;
  /** `suppressions` rules run after the suppression comments have been applied, and judge those comments. */
  phase?: 'content' | 'suppressions';
  check(context: RuleContext): RuleFinding[];
}

export const docsUrl = (rule: Pick<Rule, 'docsAnchor'>): string => `${DOCS_BASE}#${rule.docsAnchor}`;
