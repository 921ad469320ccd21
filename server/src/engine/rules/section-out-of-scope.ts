import type { Rule } from './rule';

const WHERE = {
  leadership: 'a leadership document (a policy, plan, memo or leadership minutes)',
  supervision: "the clinician's own supervision notes",
};

export const sectionOutOfScope: Rule = {
  id: 'structure/section-out-of-scope',
  description: 'A whole section, heading and all, belongs in the other kind of document.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-section-out-of-scope',
  check({ sections, kind, doc }) {
    if (kind.kind === 'unknown') return [];
    return sections.map((s) => ({
      start: s.heading.start,
      end: s.heading.end,
      message: `This whole section is ${s.category.label} (${s.cues
        .slice(0, 3)
        .map((c) => `"${c}"`)
        .join(', ')}), out of scope for a ${kind.kind} document. It belongs in ${WHERE[s.category.belongs]}.`,
      data: {
        category: s.category.id,
        categoryLabel: s.category.label,
        belongsIn: s.category.belongs,
        cues: s.cues,
        confidence: s.confidence,
        why: s.category.why,
        section: doc.lines.rangeOf(s.start, s.end),
      },
    }));
  },
};
