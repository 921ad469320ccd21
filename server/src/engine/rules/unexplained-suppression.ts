import type { Rule } from './rule';

export const unexplainedSuppression: Rule = {
  id: 'structure/unexplained-suppression',
  name: 'silencing without a reason',
  description: 'A clinical-scope-disable comment gives no reason, where the team config requires one.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-unexplained-suppression',
  phase: 'suppressions',
  check({ suppressions, config }) {
    if (!config.requireReason) return [];
    return suppressions
      .filter((s) => !s.directive.reason)
      .map((s) => ({
        start: s.directive.start,
        end: s.directive.end,
        message: 'Give a reason for this suppression after ` -- `, e.g. `<!-- clinical-scope-disable-next-line scope/leadership-in-supervision -- agreed with the clinical director -->`; the team config requires one.',
      }));
  },
};
