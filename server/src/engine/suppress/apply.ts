import type { ParsedDocument } from '../parse/document';
import { ruleById } from '../rules/registry';
import type { Diagnostic } from '../types';
import type { Directive } from './directives';

/** A directive with what it did: the findings it silenced. */
export interface Suppression {
  directive: Directive;
  /** 0-based lines it covers (for disable-file, every line). */
  lines: { from: number; to: number };
  /** Findings it silenced. */
  silenced: Diagnostic[];
  /** Rule names in it that name no rule or family. */
  unknownRules: string[];
}

const FAMILIES = new Set(['scope', 'privacy', 'structure']);

/** Whether a directive's rule list covers a rule id: empty covers all; a family name covers its rules. */
export function covers(rules: readonly string[], code: string): boolean {
  if (!rules.length) return true;
  const family = code.split('/')[0]!;
  return rules.some((r) => r === code || r === family || r === `${family}/*`);
}

/**
 * Applies the directives to the findings: returns the findings left, and each
 * directive with what it silenced. `disable` lasts until a matching `enable`
 * or the end of the document; `disable-next-line` covers the next line that
 * is not blank.
 */
export function applySuppressions(doc: ParsedDocument, directives: readonly Directive[], findings: readonly Diagnostic[]): { kept: Diagnostic[]; suppressions: Suppression[] } {
  const last = doc.lines.lineCount - 1;
  const suppressions: Suppression[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    let lines: Suppression['lines'];
    switch (d.kind) {
      case 'disable-file':
        lines = { from: 0, to: last };
        break;
      case 'disable-line': {
        const end = doc.lines.positionAt(d.end).line;
        lines = { from: d.line, to: end };
        break;
      }
      case 'disable-next-line': {
        let next = doc.lines.positionAt(d.end).line + 1;
        while (next <= last && !doc.lines.lineText(next).trim()) next++;
        // A paragraph, item or row that starts on that line is covered whole, however it is wrapped.
        const unit = doc.units.find((u) => doc.lines.positionAt(u.start).line === next);
        lines = { from: next, to: unit ? doc.lines.positionAt(unit.end).line : next };
        break;
      }
      default: {
        // Until the first later enable that covers all of its rules, or the end.
        const enable = directives.find(
          (e) => e.kind === 'enable' && e.start > d.start && (e.rules.length === 0 || (d.rules.length > 0 && d.rules.every((r) => e.rules.includes(r)))),
        );
        lines = { from: d.line, to: enable ? enable.line : last };
      }
    }
    const unknownRules = d.rules.filter((r) => !ruleById.has(r) && !FAMILIES.has(r) && !FAMILIES.has(r.replace(/\/\*$/, '')));
    suppressions.push({ directive: d, lines, silenced: [], unknownRules });
  }
  const kept: Diagnostic[] = [];
  for (const f of findings) {
    const line = f.range.start.line;
    const by = suppressions.find((s) => line >= s.lines.from && line <= s.lines.to && covers(s.directive.rules, f.code));
    if (by) by.silenced.push(f);
    else kept.push(f);
  }
  return { kept, suppressions };
}
