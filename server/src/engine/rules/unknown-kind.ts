import type { Rule } from './rule';

export const unknownKind: Rule = {
  id: 'scope/unknown-kind',
  name: 'document kind not set',
  description: 'The document does not say whether it is a supervision or a leadership document, and its content does not settle it.',
  defaultSeverity: 'information',
  docsAnchor: 'scope-unknown-kind',
  check({ kind, doc }) {
    if (kind.kind !== 'unknown') return [];
    const end = doc.lines.lineEnd(0);
    return [
      {
        start: 0,
        end,
        message:
          'Clinical Scope cannot tell whether this is a supervision or a leadership document, so it does not check it for drift. ' +
          'Declare it with front matter (`scope: supervision` or `scope: leadership`) or a file name ending in `.supervision.md` or `.leadership.md`.',
        data: { supervisionEvidence: kind.confidence },
      },
    ];
  },
};
