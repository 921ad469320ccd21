import { driftFinding } from './drift-message';
import type { Rule } from './rule';

export const leadershipInSupervision: Rule = {
  id: 'scope/leadership-in-supervision',
  name: 'leadership content in supervision',
  description: 'A passage in a supervision document is about the organisation (strategy, budgets, hiring, restructuring, targets) rather than this clinician.',
  defaultSeverity: 'warning',
  docsAnchor: 'scope-leadership-in-supervision',
  check({ kind, drift }) {
    if (kind.kind !== 'supervision') return [];
    return drift.map((p) => driftFinding(p));
  },
};
