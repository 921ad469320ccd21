import { closest } from 'fastest-levenshtein';
import { RULES } from './registry-ids';
import type { Rule } from './rule';

export const unusedSuppression: Rule = {
  id: 'structure/unused-suppression',
  name: 'unused silencing comments',
  description: 'A clinical-scope-disable comment silences nothing, or names a rule that does not exist.',
  defaultSeverity: 'hint',
  docsAnchor: 'structure-unused-suppression',
  phase: 'suppressions',
  check({ suppressions }) {
    return suppressions.flatMap((s) => {
      const { directive } = s;
      if (s.unknownRules.length) {
        const names = s.unknownRules.map((r) => `\`${r}\` (did you mean \`${closest(r, RULES())}\`?)`).join(', ');
        return [{ start: directive.start, end: directive.end, message: `This comment names no known rule: ${names}.` }];
      }
      if (s.silenced.length) return [];
      return [{ start: directive.start, end: directive.end, message: 'This comment silences nothing here; remove it if the finding it was for has gone.' }];
    });
  },
};
