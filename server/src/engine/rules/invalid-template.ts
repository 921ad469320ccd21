import { templateFromDocument } from '../templates/template-file';
import type { Rule } from './rule';

export const invalidTemplate: Rule = {
  id: 'structure/invalid-template',
  name: 'template mistakes',
  description: "A team template in the templates folder cannot be used: its front matter or snippet syntax is wrong.",
  defaultSeverity: 'error',
  docsAnchor: 'structure-invalid-template',
  check({ doc, as }) {
    if (as !== 'template') return [];
    return templateFromDocument(doc, '').problems.map((p) => ({ start: p.start, end: Math.max(p.start, p.end), message: `Template: ${p.message} Until it is fixed, this template is not offered.` }));
  },
};
