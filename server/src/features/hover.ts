import { docsUrl, ruleById, type AnalysisResult, type Diagnostic, type Position } from '../engine';

const KIND_WORDS = {
  supervision: "**Supervision** documents are about one clinician's practice: cases, treatment approaches, ethical dilemmas, professional challenges, personal growth and professional identity (supervision plans, session notes, agreements, evaluations).",
  leadership: '**Leadership** documents are about the organisation: strategic planning, resource allocation, staff management, team building, organisational development, vision, goals and standards (policies, procedures, plans, memos, minutes).',
};

const PILLARS =
  'Six overlap pillars belong in both and are never flagged: guidance and support, continuous learning, effective communication, ethical standards, a positive and safe work environment, and performance evaluation.';

const contains = (d: Diagnostic, p: Position) =>
  (p.line > d.range.start.line || (p.line === d.range.start.line && p.character >= d.range.start.character)) &&
  (p.line < d.range.end.line || (p.line === d.range.end.line && p.character <= d.range.end.character));

/** The hover for a position: a drift finding's explanation, or what `scope:` means on the front matter key. */
export function hoverAt(result: AnalysisResult, position: Position): { contents: string; range: Diagnostic['range'] } | undefined {
  const drift = result.diagnostics.find((d) => contains(d, position) && (d.code === 'scope/leadership-in-supervision' || d.code === 'scope/supervision-in-leadership'));
  if (drift) return { contents: driftHover(drift), range: drift.range };
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

function driftHover(d: Diagnostic): string {
  const data = (d.data ?? {}) as { categoryLabel?: string; cues?: string[]; why?: string; belongsIn?: string; confidence?: number };
  const rule = ruleById.get(d.code)!;
  const inKind = d.code === 'scope/leadership-in-supervision' ? 'supervision' : 'leadership';
  const label = data.categoryLabel ?? 'content of the other kind';
  const cues = (data.cues ?? []).map((c) => `"${c}"`).join(', ');
  const where =
    data.belongsIn === 'leadership'
      ? 'a leadership document: a policy, plan, memo or leadership minutes. The quick fix *Move to a leadership document* moves it to a companion file next to this one.'
      : "the clinician's own supervision notes. The quick fix *Move to a supervision document* moves it to a companion file next to this one.";
  return [
    `**Clinical Scope: ${label[0]!.toUpperCase()}${label.slice(1)}** in a ${inKind} document`,
    '',
    cues ? `Cue words: ${cues}${data.confidence !== undefined ? ` (confidence ${Math.round(data.confidence * 100)}%)` : ''}` : '',
    '',
    `**Why it is out of scope:** ${data.why ?? d.message}`,
    '',
    `**Where it belongs:** ${where}`,
    '',
    `**If it is in scope after all:** reword it around this ${inKind === 'supervision' ? "clinician's own practice" : 'organisation as a whole'}, or turn the rule off for the document with \`--rule ${d.code}=off\` in the CLI or the \`clinicalScope.rules\` setting.`,
    '',
    `[${d.code}](${docsUrl(rule)})`,
  ]
    .filter((line, i, all) => line !== '' || (all[i - 1] !== '' && i > 0))
    .join('\n');
}

function scopeHover(result: AnalysisResult): string {
  const { kind } = result;
  const current = kind.kind === 'unknown' ? 'This document\'s kind is not set: `scope:` must be `supervision` or `leadership`.' : `This document is checked as a **${kind.kind}** document (${kind.reason}).`;
  return ['**`scope:`** says which kind of document this is.', '', KIND_WORDS.supervision, '', KIND_WORDS.leadership, '', PILLARS, '', current].join('\n');
}
