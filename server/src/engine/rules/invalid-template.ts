import { parseTemplate } from '../templates/template-file';
import type { Rule } from './rule';

export const invalidTemplate: Rule = {
  id: 'structure/invalid-template',
  description: "A team template in the templates folder cannot be used: its front matter or snippet syntax is wrong.",
  defaultSeverity: 'error',
  docsAnchor: 'structure-invalid-template',
  check({ doc, as }) {
    if (as !== 'template') return [];
    return parseTemplate(doc.text, '').problems.map((p) => {
      const start = doc.lines.offsetAt(p.range.start);
      const end = Math.max(start, doc.lines.offsetAt(p.range.end));
      return { start, end, message: `Template: ${p.message} Until it is fixed, this template is not offered.` };
    });
  },
};
