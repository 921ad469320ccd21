import { clientIdentifier } from './client-identifier';
import { documentTooLarge } from './document-too-large';
import { invalidConfig } from './invalid-config';
import { invalidFrontMatter } from './invalid-front-matter';
import { invalidKind } from './invalid-kind';
import { missingSection } from './missing-section';
import { sectionOutOfScope } from './section-out-of-scope';
import { invalidTemplate } from './invalid-template';
import { leadershipInSupervision } from './leadership-in-supervision';
import type { Rule } from './rule';
import { supervisionInLeadership } from './supervision-in-leadership';
import { unexplainedSuppression } from './unexplained-suppression';
import { unknownKind } from './unknown-kind';
import { unusedSuppression } from './unused-suppression';

/** Every rule, in the order their findings are listed for the same position. */
export const RULES: readonly Rule[] = [
  unknownKind,
  invalidKind,
  leadershipInSupervision,
  supervisionInLeadership,
  sectionOutOfScope,
  clientIdentifier,
  missingSection,
  invalidFrontMatter,
  invalidTemplate,
  unusedSuppression,
  unexplainedSuppression,
  invalidConfig,
  documentTooLarge,
];

/** The rules that run on a team template. */
export const TEMPLATE_RULES: readonly Rule[] = [invalidTemplate, documentTooLarge];

/** The only rule that runs on a team configuration file; it bounds the file's size itself. */
export const CONFIG_RULES: readonly Rule[] = [invalidConfig];

export const ruleById = new Map(RULES.map((r) => [r.id, r]));
