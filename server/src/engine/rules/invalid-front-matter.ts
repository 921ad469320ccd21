import type { Rule } from './rule';

export const invalidFrontMatter: Rule = {
  id: 'structure/invalid-front-matter',
  name: 'unreadable front matter',
  description: 'The YAML front matter at the top of the document cannot be read.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-invalid-front-matter',
  check({ doc }) {
    const problems = [...doc.frontMatterProblems, ...(doc.frontMatter?.problems ?? [])];
    return problems.map((p) => ({
      start: p.start,
      end: p.end,
      message: `Front matter: ${p.message}. Clinical Scope reads what it can and ignores the rest.`,
    }));
  },
};
