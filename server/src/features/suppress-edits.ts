import type { AnalysisResult, Diagnostic } from '../engine';
import type { TextEdit } from './types';
import { eolOf } from './line-breaks';

/** A suppression comment to insert; `snippet` marks the reason as a tab stop in the text. */
export interface CommentEdit extends TextEdit {
  /** The same edit in snippet syntax, with the reason as a placeholder. */
  snippetText: string;
}

const REASON = 'reason';

/**
 * The comment that silences one finding where it stands: a
 * `disable-next-line` comment on its own line above a paragraph, heading or
 * block quote; a `disable-line` comment at the end of a list item's line, or
 * inside a table row's last cell, where a line of its own would split the
 * list or table.
 */
export function disableLineEdit(result: AnalysisResult, d: Diagnostic): CommentEdit | undefined {
  const { lines, units, text } = result.document;
  const start = lines.offsetAt(d.range.start);
  const unit = units.find((u) => u.start <= start && start < Math.max(u.end, u.start + 1));
  if (!unit) return undefined;
  const eol = eolOf(text);
  const comment = (kind: string, reason: string) => `<!-- clinical-scope-${kind} ${d.code} -- ${reason} -->`;

  if (unit.type === 'tableRow' || unit.type === 'listItem') {
    const line = d.range.start.line;
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const closing = unit.type === 'tableRow' ? /\s*\|\s*$/.exec(text.slice(lineStart, lineEnd)) : null;
    const at = closing ? lineStart + closing.index : lineEnd;
    return { range: lines.rangeOf(at, at), newText: ` ${comment('disable-line', REASON)}`, snippetText: ` ${comment('disable-line', `\${1:${REASON}}`)}` };
  }
  const line = lines.positionAt(unit.start).line;
  // Keep a block quote's markers, so the comment stays inside the quote.
  const lead = text.slice(lines.lineStart(line), unit.start);
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return {
    range,
    newText: `${lead}${comment('disable-next-line', REASON)}${eol}`,
    snippetText: `${lead}${comment('disable-next-line', `\${1:${REASON}}`)}${eol}`,
  };
}

/** The comment that silences a rule in the whole document, placed after the front matter. */
export function disableFileEdit(result: AnalysisResult, code: string): CommentEdit {
  const { lines, frontMatter, text } = result.document;
  const eol = eolOf(text);
  const line = frontMatter ? lines.positionAt(frontMatter.block.end).line + 1 : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const comment = (reason: string) => `<!-- clinical-scope-disable-file ${code} -- ${reason} -->${eol}${eol}`;
  return { range, newText: comment(REASON), snippetText: comment(`\${1:${REASON}}`) };
}
