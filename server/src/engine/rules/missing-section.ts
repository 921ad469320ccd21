import { requiredSections } from '../structure/required';
import type { Rule } from './rule';

export const missingSection: Rule = {
  id: 'structure/missing-section',
  name: 'missing sections',
  description: 'A document of a declared type lacks sections that a complete one holds.',
  defaultSeverity: 'information',
  docsAnchor: 'structure-missing-section',
  check({ doc, kind, config }) {
    const req = requiredSections(doc, kind.kind, config);
    if (!req || !req.missing.length) return [];
    const field = doc.frontMatter?.fields.get('type');
    const start = field ? field.keyStart : (doc.frontMatter?.block.start ?? 0);
    const end = field ? field.valueEnd : start + Math.max(1, doc.lines.lineEnd(doc.lines.positionAt(start).line) - start);
    const list = req.missing.map((s) => `"${s}"`).join(', ');
    return [
      {
        start,
        end,
        message: `Missing ${req.missing.length === 1 ? 'a section' : 'sections'} that a complete ${req.label} holds: ${list}.`,
        data: { type: req.type, missing: req.missing, order: req.order },
      },
    ];
  },
};
