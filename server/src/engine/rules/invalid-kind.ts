import type { Rule } from './rule';

export const invalidKind: Rule = {
  id: 'scope/invalid-kind',
  name: 'unknown document kind',
  description: "The front matter's `scope:` value is neither `supervision` nor `leadership`.",
  defaultSeverity: 'warning',
  docsAnchor: 'scope-invalid-kind',
  check({ declared }) {
    if (declared.status !== 'invalid') return [];
    const { field, value, suggestion } = declared;
    const shown = value === '' ? 'an empty value' : `\`${value}\``;
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
    const empty = field.valueEnd <= field.valueStart;
    return [
      {
        start: empty ? field.keyStart : field.valueStart,
        end: empty ? field.keyEnd : field.valueEnd,
        message: `\`scope:\` has ${shown}; it must be \`supervision\` or \`leadership\`.${hint}`,
        data: { value, ...(suggestion ? { suggestion } : {}) },
      },
    ];
  },
};
