import { driftFinding } from './drift-message';
import type { Rule } from './rule';

export const supervisionInLeadership: Rule = {
  id: 'scope/supervision-in-leadership',
  name: 'supervision content in leadership',
  description: "A passage in a leadership document is about one client's case or one clinician's growth, performance or sessions rather than the organisation.",
  defaultSeverity: 'warning',
  docsAnchor: 'scope-supervision-in-leadership',
  check({ kind, drift }) {
    if (kind.kind !== 'leadership') return [];
    return drift.map((p) => driftFinding(p));
  },
};
