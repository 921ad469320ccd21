import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown';
import { countLines, lastColumn, shift, shiftBlock } from './positions';

/**
 * Parses successive versions of one document, re-parsing only the blocks an
 * edit touches. Markdown's blocks are independent once the previous one has
 * closed: the text from the start of the block before the edit to the end of
 * the block after it is parsed alone, and the rest of the tree is kept, moved
 * by the edit's length. The re-parse is kept only when the block after the
 * edit comes out exactly as before (so the blocks beyond start as they did);
 * otherwise, and whenever something can reach across the document (link
 * reference and footnote definitions, front matter), the whole text is parsed.
 *
 * The tree it returns is its own: it is changed in place by the next parse.
 * The insides of a kept block are moved only when read: call settle() on a
 * top-level block before reading its children's positions.
 */
export class IncrementalParser {
  private text: string | undefined;
  private root: Root | undefined;
  /** How the last parse went, for tests and benchmarks. */
  lastParse: 'full' | 'partial' | 'unchanged' = 'full';

  parse(text: string): Root {
    // The same text again (a configuration change, a second look at one version): the same tree.
    if (text === this.text && this.root) {
      this.lastParse = 'unchanged';
      return this.root;
    }
    const root = (this.text !== undefined && this.root && this.partial(this.text, this.root, text)) || this.full(text);
    this.text = text;
    this.root = root;
    return root;
  }

  private full(text: string): Root {
    this.lastParse = 'full';
    return parseMarkdown(text);
  }

  private partial(before: string, root: Root, text: string): Root | undefined {
    const kids = root.children;
    // A link or footnote definition, wherever it sits, changes links anywhere: documents with one are parsed whole.
    if (kids.length < 3 || text.includes(']:') || before.includes(']:')) return undefined;
    // The changed stretch: [start, oldEnd) of the old text became [start, newEnd) of the new.
    const max = Math.min(before.length, text.length);
    const start = commonPrefix(before, text, max);
    const tail = commonSuffix(before, text, max - start);
    const oldEnd = before.length - tail;
    const newEnd = text.length - tail;
    const delta = newEnd - oldEnd;
    const offset = (n: RootContent, end = false) => (end ? n.position?.end.offset : n.position?.start.offset) ?? -1;
    // The first block ending at or after the edit, less one; never the front matter.
    let first = kids.findIndex((k) => offset(k, true) >= start);
    if (first < 0) first = kids.length - 1;
    first = Math.max(first - 1, 0);
    if (kids[0]!.type === 'yaml') {
      if (start <= offset(kids[0]!, true)) return undefined;
      first = Math.max(first, 1);
    } else if (/^---/.test(text) || /^---/.test(before)) {
      // An opening fence that is not front matter (yet) is read differently at the document's start.
      return undefined;
    }
    // The block containing the edit's end, and one more as the guard whose re-parse must match.
    const last = kids.findIndex((k) => offset(k, true) >= oldEnd);
    const guard = last < 0 ? kids.length : last + 1;
    const toEnd = guard + 1 >= kids.length;
    const from = lineStart(before, offset(kids[first]!));
    const to = toEnd ? before.length : lineStart(before, offset(kids[guard + 1]!));
    if (from > start || to < oldEnd) return undefined;
    const sub = parseMarkdown(text.slice(from, to + delta), from > 0);
    const fresh = sub.children;
    if (!toEnd) {
      const old = kids[guard]!;
      const mine = fresh[fresh.length - 1];
      if (!mine || mine.type !== old.type || offset(mine) + from !== offset(old) + delta || offset(mine, true) + from !== offset(old, true) + delta) return undefined;
    }
    // Lines of the new stretch: the re-parsed blocks start at `from`'s line, those after move by the change in line count.
    const line = kids[first]!.position!.start.line;
    const lines = countLines(text, from, to + delta) - countLines(before, from, to);
    for (const k of fresh) shift(k, from, line - 1);
    const rest = toEnd ? [] : kids.slice(guard + 1);
    for (const k of rest) shiftBlock(k, delta, lines);
    root.children = [...kids.slice(0, first), ...fresh, ...rest];
    const end = root.position!.end;
    root.position = { start: root.position!.start, end: { line: end.line + lines, column: lastColumn(text), offset: text.length } };
    this.lastParse = 'partial';
    return root;
  }
}

// Long stretches are compared whole (a native comparison), then ever shorter ones, then character by character:
// a keystroke in a long document leaves hundreds of thousands of characters the same on either side.
const STRIDES = [65536, 4096, 256, 16];

/** How many characters `a` and `b` share at their start, at most `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let at = 0;
  for (const stride of STRIDES) while (at + stride <= max && a.slice(at, at + stride) === b.slice(at, at + stride)) at += stride;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` share at their end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  for (const stride of STRIDES) while (n + stride <= max && a.slice(a.length - n - stride, a.length - n) === b.slice(b.length - n - stride, b.length - n)) n += stride;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
