import type { Rule } from './rule';

export const documentTooLarge: Rule = {
  id: 'structure/document-too-large',
  name: 'documents too large to check',
  description: 'The document is too long, or its lines, paragraphs or nesting too deep, to be checked quickly; it is not checked.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-document-too-large',
  check({ doc }) {
    return doc.limit ? [{ start: doc.limit.start, end: doc.limit.end, message: doc.limit.message }] : [];
  },
};
