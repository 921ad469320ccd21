import { driftSectionFinding } from './drift-message';
import type { Rule } from './rule';

export const sectionOutOfScope: Rule = {
  id: 'structure/section-out-of-scope',
  name: 'section out of scope',
  description: 'A whole section, heading and all, belongs in the other kind of document.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-section-out-of-scope',
  check({ sections, kind, doc }) {
    if (kind.kind === 'unknown') return [];
    return sections.map((s) => driftSectionFinding(s, doc.lines));
  },
};
