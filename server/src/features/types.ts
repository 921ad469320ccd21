import type { Range } from '../engine';

/** A replacement of `range` by `newText`, as LSP's TextEdit. */
export interface TextEdit {
  range: Range;
  newText: string;
}
