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
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
    const empty = field.valueEnd <= field.valueStart;
    // The value is front matter text, which could be anything (a name): it is
    // repeated only when it is plainly a misspelling of a kind.
    const shown = value === '' ? 'an empty value' : suggestion && isTypoOf(value, suggestion) ? `\`${value}\`` : 'a value that is not a kind';
    return [
      {
        start: empty ? field.keyStart : field.valueStart,
        end: empty ? field.keyEnd : field.valueEnd,
        message: `\`scope:\` has ${shown}; it must be \`supervision\` or \`leadership\`.${hint}`,
        ...(suggestion ? { data: { suggestion } } : {}),
      },
    ];
  },
};

/** A word of letters no longer than the kind it is close to. */
const isTypoOf = (value: string, kind: string): boolean => /^[a-z-]+$/i.test(value) && value.length <= kind.length + 2;
