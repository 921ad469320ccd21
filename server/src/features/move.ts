import type { AnalysisResult, Diagnostic, LineIndex } from '../engine';
import type { Unit } from '../engine/parse/units';
import type { TextEdit } from './types';

/** The words of the pointer left where a block was moved out: neutral, so the pointer is never itself a finding. */
export const POINTER_LABEL = 'See';

/** What moving a drifting passage out of its document takes: the edit here and the text to put there. */
export interface MovePlan {
  /** Removes the passage from its document (or replaces it with a pointer). */
  edit: TextEdit;
  /** The passage as it should read in the companion document, ending with a line break. */
  moved: string;
}

export interface MoveOptions {
  /** The companion's path relative to the document, for the pointer left behind; no pointer when undefined. */
  pointerTo?: string;
}

/**
 * Plans the move of the passage a drift finding covers. A finding on a whole
 * block moves the block's lines (a list item keeps its marker); a finding on
 * some sentences moves just those sentences.
 */
export function planMove(result: AnalysisResult, diagnostic: Diagnostic, options: MoveOptions = {}): MovePlan | undefined {
  const { lines, units, text } = result.document;
  const section = (diagnostic.data as { section?: Diagnostic['range'] } | undefined)?.section;
  if (section) return planSectionMove(text, lines, section, options);
  const start = lines.offsetAt(diagnostic.range.start);
  const end = lines.offsetAt(diagnostic.range.end);
  const unit = units.find((u) => u.start <= start && end <= u.end);
  if (!unit) return undefined;
  const whole = unit.start === start && unit.end === end;
  return whole ? planBlockMove(text, result, unit, options) : planSentenceMove(text, result.document.lines, start, end);
}

function planBlockMove(text: string, result: AnalysisResult, unit: Unit, options: MoveOptions): MovePlan {
  const { lines } = result.document;
  const firstLine = lines.positionAt(unit.start).line;
  const lastLine = lines.positionAt(unit.end).line;
  const from = lines.lineStart(firstLine);
  let to = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : text.length;
  const source = text.slice(from, lines.lineEnd(lastLine));
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';

  // A paragraph takes one blank line after it along, so no double gap is left behind.
  if (unit.type === 'paragraph' && lastLine + 1 < lines.lineCount && lines.lineText(lastLine + 1).trim() === '') {
    to = lastLine + 2 < lines.lineCount ? lines.lineStart(lastLine + 2) : text.length;
  }

  const moved = unit.type === 'tableRow' ? `- ${tableRowText(unit)}` : dedent(source);
  let replacement = '';
  if (options.pointerTo && unit.type !== 'tableRow') {
    const indent = /^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)?/.exec(source)?.[0] ?? '';
    const pointer = `${POINTER_LABEL} [${baseName(options.pointerTo)}](${encodeURI(options.pointerTo)})`;
    replacement = `${indent}${pointer}${eol}${unit.type === 'paragraph' && to > lines.lineStart(lastLine + 1) ? eol : ''}`;
  }
  return { edit: { range: lines.rangeOf(from, to), newText: replacement }, moved: moved.replace(/\r?\n/g, eol) + eol };
}

function planSentenceMove(text: string, lines: LineIndex, start: number, end: number): MovePlan {
  let from = start;
  let to = end;
  // Take the spaces after the sentence, or before it when it ends its block.
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  if (to === end || /[\r\n]/.test(text[to] ?? '\n')) {
    to = end;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return { edit: { range: lines.rangeOf(from, to), newText: '' }, moved: text.slice(start, end).replace(/\s*\r?\n\s*/g, ' ') + eol };
}

function tableRowText(unit: Unit): string {
  return unit.prose
    .split(/ {2,}|\|/)
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' — ');
}

/** Removes the indentation common to all lines, so a nested list item moves as a top-level one. */
function dedent(source: string): string {
  const lines = source.split(/\r?\n/);
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** A whole section, heading to its last line, moves as it is. */
function planSectionMove(text: string, lines: LineIndex, section: Diagnostic['range'], options: MoveOptions): MovePlan {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const firstLine = section.start.line;
  const lastLine = section.end.line;
  const from = lines.lineStart(firstLine);
  let to = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : text.length;
  if (lastLine + 1 < lines.lineCount && lines.lineText(lastLine + 1).trim() === '') to = lastLine + 2 < lines.lineCount ? lines.lineStart(lastLine + 2) : text.length;
  const moved = text.slice(from, lines.lineEnd(lastLine)).replace(/\r?\n/g, eol) + eol;
  const pointer = options.pointerTo ? `${POINTER_LABEL} [${baseName(options.pointerTo)}](${encodeURI(options.pointerTo)})${eol}${eol}` : '';
  return { edit: { range: lines.rangeOf(from, to), newText: pointer }, moved };
}
