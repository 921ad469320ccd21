import { LineIndex, type AnalysisResult, type Position, type Range } from '../engine';

/**
 * Answers from the previous analysis while the newest version of a document
 * is still being analysed. The texts differ in one stretch (found by their
 * common start and end); a request outside it is answered from the previous
 * analysis with positions moved to the new text, so hover and completion stay
 * instant while the user types in a long document. Inside the stretch, or when
 * the answer would touch it, the caller waits for the fresh analysis.
 */
export class EditedSince {
  private readonly start: number;
  private readonly oldEnd: number;
  private readonly newEnd: number;
  private readonly current: LineIndex;

  constructor(
    readonly previous: AnalysisResult,
    readonly text: string,
  ) {
    const before = previous.document.text;
    let start = 0;
    const max = Math.min(before.length, text.length);
    while (start < max && before.charCodeAt(start) === text.charCodeAt(start)) start++;
    let tail = 0;
    while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
    this.start = start;
    this.oldEnd = before.length - tail;
    this.newEnd = text.length - tail;
    this.current = new LineIndex(text);
  }

  /**
   * Where a position of the new text was in the previous text: undefined in
   * the block (the lines up to a blank line) the edit touched, whose findings
   * may have changed.
   */
  toPrevious(position: Position): Position | undefined {
    const offset = this.current.offsetAt(position);
    const between = offset < this.start ? this.text.slice(offset, this.start) : offset > this.newEnd ? this.text.slice(this.newEnd, offset) : '';
    if (!/\n[ \t]*\r?\n/.test(between)) return undefined;
    return this.previous.document.lines.positionAt(offset < this.start ? offset : offset - this.newEnd + this.oldEnd);
  }

  /** Where a range of the previous text is in the new text; undefined when it overlaps the edited stretch. */
  toCurrent(range: Range): Range | undefined {
    const lines = this.previous.document.lines;
    const from = lines.offsetAt(range.start);
    const to = lines.offsetAt(range.end);
    const move = (o: number) => (o <= this.start ? o : o - this.oldEnd + this.newEnd);
    if (!(to <= this.start || from >= this.oldEnd)) return undefined;
    return { start: this.current.positionAt(move(from)), end: this.current.positionAt(move(to)) };
  }

  /**
   * The previous analysis seen through the new text, for completion, which
   * reads the line being typed: usable when the edit is below the front matter,
   * whose offsets completion also reads.
   */
  forCompletion(): AnalysisResult | undefined {
    const fm = this.previous.document.frontMatter?.block;
    if (fm ? this.start < fm.end : this.start === 0) return undefined;
    return { ...this.previous, document: { ...this.previous.document, text: this.text, lines: this.current } };
  }
}

/** A hover from the previous analysis, or undefined when only the fresh analysis can tell. */
export function hoverWhileAnalysing(edited: EditedSince, position: Position, hoverAt: (result: AnalysisResult, at: Position) => { contents: string; range: Range } | undefined): { contents: string; range: Range } | null | undefined {
  const at = edited.toPrevious(position);
  if (!at) return undefined;
  const hover = hoverAt(edited.previous, at);
  if (!hover) return null;
  const range = edited.toCurrent(hover.range);
  return range ? { contents: hover.contents, range } : undefined;
}
