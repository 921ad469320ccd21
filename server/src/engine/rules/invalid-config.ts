import { parseConfig } from '../config/parse';
import type { Rule } from './rule';

export const invalidConfig: Rule = {
  id: 'structure/invalid-config',
  name: 'team config mistakes',
  description: 'A setting in a .clinical-scope.yaml or .clinical-scope.json file is wrong: an unknown key or rule, a bad severity, glob or type.',
  defaultSeverity: 'warning',
  docsAnchor: 'structure-invalid-config',
  check({ doc, as }) {
    if (as !== 'config') return [];
    return parseConfig(doc.text).problems.map((p) => {
      const start = doc.lines.offsetAt(p.range.start);
      const end = Math.max(start + 1, doc.lines.offsetAt(p.range.end));
      return { start, end: Math.min(end, doc.text.length), message: p.wholeFile ? p.message : `${p.message} This setting is ignored; the rest of the file applies.` };
    });
  },
};
