import { docsUrl, ruleById, type AnalysisResult, type Diagnostic, type Position, type Rule } from '../engine';

const KIND_WORDS = {
  supervision: "**Supervision** documents are about one clinician's practice: cases, treatment approaches, ethical dilemmas, professional challenges, personal growth and professional identity (supervision plans, session notes, agreements, evaluations).",
  leadership: '**Leadership** documents are about the organisation: strategic planning, resource allocation, staff management, team building, organisational development, vision, goals and standards (policies, procedures, plans, memos, minutes).',
};

const PILLARS =
  'Six overlap pillars belong in both and are never flagged: guidance and support, continuous learning, effective communication, ethical standards, a positive and safe work environment, and performance evaluation.';

const contains = (d: Diagnostic, p: Position) =>
  (p.line > d.range.start.line || (p.line === d.range.start.line && p.character >= d.range.start.character)) &&
  (p.line < d.range.end.line || (p.line === d.range.end.line && p.character <= d.range.end.character));

/** Makes a rule's documentation link; the server passes one that opens the shipped docs in the editor. */
export type DocsLink = (rule: Rule) => string;

/** The hover for a position: a drift finding's explanation, or what `scope:` means on the front matter key. */
export function hoverAt(result: AnalysisResult, position: Position, docsLink: DocsLink = docsUrl): { contents: string; range: Diagnostic['range'] } | undefined {
  const drift = result.diagnostics.find((d) => contains(d, position) && (d.code === 'scope/leadership-in-supervision' || d.code === 'scope/supervision-in-leadership'));
  if (drift) return { contents: driftHover(drift, docsLink), range: drift.range };
  const scope = result.document.frontMatter?.fields.get('scope');
  if (scope) {
    const start = result.document.lines.positionAt(scope.keyStart);
    const end = result.document.lines.positionAt(scope.valueEnd);
    if (position.line === start.line && position.character >= start.character && position.character <= Math.max(end.character, start.character + 6)) {
      return { contents: scopeHover(result), range: { start, end } };
    }
  }
  return undefined;
}

/**
 * The editor shows the finding's message right above this hover, so it does
 * not repeat it (the message already says what the document may keep
 * instead): it explains, in plain words, why, where to, and what to do if the
 * passage belongs here after all, pointing at the quick fixes by the names
 * the light bulb shows.
 */
function driftHover(d: Diagnostic, docsLink: DocsLink): string {
  const data = (d.data ?? {}) as { why?: string; belongsIn?: string };
  const rule = ruleById.get(d.code)!;
  const toLeadership = data.belongsIn === 'leadership';
  const where = toLeadership ? 'a leadership document: a policy, plan, memo or leadership minutes' : "the clinician's own supervision notes";
  const move = toLeadership ? 'Move to a leadership document' : 'Move to a supervision document';
  return [
    `**Why:** ${data.why ?? rule.description}`,
    '',
    `**Where it belongs:** ${where}. The quick fix *${move}* puts it there for you.`,
    '',
    `**If it belongs here after all:** choose *Disable "${rule.name}" for this line* in the quick fixes and say why.`,
    '',
    `[About this check](${docsLink(rule)})`,
  ].join('\n');
}

function scopeHover(result: AnalysisResult): string {
  const { kind } = result;
  const current = kind.kind === 'unknown' ? 'This document\'s kind is not set: `scope:` must be `supervision` or `leadership`.' : `This document is checked as a **${kind.kind}** document (${kind.reason}).`;
  return ['**`scope:`** says which kind of document this is.', '', KIND_WORDS.supervision, '', KIND_WORDS.leadership, '', PILLARS, '', current].join('\n');
}
