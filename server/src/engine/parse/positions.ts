import type { Nodes } from 'mdast';

/** Line endings in text[from, to), as the parser counts them: \r\n, \r and \n. */
export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

export function lastColumn(text: string): number {
  let i = text.length;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return text.length - i + 1;
}

/**
 * Moves a subtree by `offsets` characters and `lines` lines; columns stay, as every block moved starts a line.
 * The points are moved in place (each node has its own, as the parser makes them): half a long document
 * moves at every keystroke, and new objects for each of its nodes would cost more than the parse.
 */
export function shift(node: Nodes, offsets: number, lines: number): void {
  move(node, offsets, lines);
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, offsets, lines);
}

/** Moves one node's own position. */
function move(node: Nodes, offsets: number, lines: number): void {
  const p = node.position;
  if (!p) return;
  p.start.line += lines;
  p.start.offset = (p.start.offset ?? 0) + offsets;
  p.end.line += lines;
  p.end.offset = (p.end.offset ?? 0) + offsets;
}

/**
 * Moves of kept blocks' insides not yet made. A block kept from one parse to the next is moved at every
 * keystroke before the edit's place, but its insides are read only when the block is read again: its own
 * position is moved at once, its children's when settle() is asked for them.
 */
const pending = new WeakMap<Nodes, { offsets: number; lines: number }>();

/** Moves a block by `offsets` characters and `lines` lines, its children when they are next read (settle). */
export function shiftBlock(node: Nodes, offsets: number, lines: number): void {
  move(node, offsets, lines);
  if (!('children' in node)) return;
  const owed = pending.get(node);
  if (owed) {
    owed.offsets += offsets;
    owed.lines += lines;
  } else pending.set(node, { offsets, lines });
}

/** Makes the positions inside a block true: every reader of a block's children asks this first. */
export function settle(node: Nodes): void {
  const owed = pending.get(node);
  if (!owed) return;
  pending.delete(node);
  for (const child of (node as { children: Nodes[] }).children) shift(child, owed.offsets, owed.lines);
}

