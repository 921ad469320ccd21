import type { AnalysisResult, Diagnostic, LineIndex } from '../engine';
import type { Unit } from '../engine/parse/units';
import type { TextEdit } from './types';
import { eolOf } from './line-breaks';

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
  const lastLine = lines.positionAt(unit.end).line;
  // A paragraph takes one blank line after it along, so no double gap is left behind.
  const span = wholeLines(text, lines, lines.positionAt(unit.start).line, lastLine, unit.type === 'paragraph');
  const source = text.slice(span.from, lines.lineEnd(lastLine));
  const eol = eolOf(text);
  const moved = unit.type === 'tableRow' ? `- ${tableRowText(unit)}` : dedent(source);
  let replacement = '';
  if (options.pointerTo && unit.type !== 'tableRow') {
    const indent = /^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)?/.exec(source)?.[0] ?? '';
    replacement = `${indent}${pointer(options.pointerTo)}${eol}${span.blankAfter ? eol : ''}`;
  }
  return { edit: { range: lines.rangeOf(span.from, span.to), newText: replacement }, moved: moved.replace(/\r?\n/g, eol) + eol };
}

/**
 * The offsets of lines `first` to `last`, line break included; with
 * `takeBlank`, also the blank line after them, if there is one;
 * `blankAfter` says whether a blank line was taken.
 */
function wholeLines(text: string, lines: LineIndex, first: number, last: number, takeBlank: boolean): { from: number; to: number; blankAfter: boolean } {
  const startOf = (line: number) => (line < lines.lineCount ? lines.lineStart(line) : text.length);
  const blank = takeBlank && last + 1 < lines.lineCount && lines.lineText(last + 1).trim() === '';
  const to = startOf(blank ? last + 2 : last + 1);
  return { from: lines.lineStart(first), to, blankAfter: to > startOf(last + 1) };
}

/** The link left where a block was moved out. */
function pointer(pointerTo: string): string {
  return `${POINTER_LABEL} [${baseName(pointerTo)}](${encodeURI(pointerTo)})`;
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
  const eol = eolOf(text);
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
  const eol = eolOf(text);
  const span = wholeLines(text, lines, section.start.line, section.end.line, true);
  const moved = text.slice(span.from, lines.lineEnd(section.end.line)).replace(/\r?\n/g, eol) + eol;
  const replacement = options.pointerTo ? `${pointer(options.pointerTo)}${eol}${eol}` : '';
  return { edit: { range: lines.rangeOf(span.from, span.to), newText: replacement }, moved };
}
