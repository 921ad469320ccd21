import { closest } from 'fastest-levenshtein';
import { RULES } from './registry-ids';
import type { Rule } from './rule';

/** A rule id as written in a comment: `privacy/client-identifier`. */
const RULE_LIKE = /^[a-z]+\/[a-z*]+(-[a-z]+)*$/;

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
        // Only what looks like a rule id is repeated: other words may be a
        // reason written without ` -- `, and could name a client.
        const ids = s.unknownRules.filter((r) => RULE_LIKE.test(r));
        const names = ids.map((r) => `\`${r}\` (did you mean \`${closest(r, RULES())}\`?)`).join(', ');
        const words = ids.length < s.unknownRules.length ? ' It has words that are not rule names: put a reason after ` -- `.' : '';
        return [{ start: directive.start, end: directive.end, message: names ? `This comment names no known rule: ${names}.${words}` : `This comment names no known rule.${words}` }];
      }
      if (s.silenced.length) return [];
      return [{ start: directive.start, end: directive.end, message: 'This comment silences nothing here; remove it if the finding it was for has gone.' }];
    });
  },
};
