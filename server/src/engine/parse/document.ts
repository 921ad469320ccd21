import { LineIndex } from '../text/line-index';
import { readFrontMatter, type FrontMatter, type FrontMatterProblem } from './front-matter';
import type { Nodes, Root } from 'mdast';
import type { IncrementalParser } from './incremental';
import { parseMarkdown } from './markdown';
import { checkLimits, type LimitExceeded } from './limits';
import { extractUnits, type Unit } from './units';
import { settle } from './positions';

/** A Markdown document split into what the rules read. */
export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** Problems with front matter that could not be read at all, e.g. an unclosed fence. */
  frontMatterProblems: FrontMatterProblem[];
  units: Unit[];
  /** HTML comments, block and inline, wherever they sit (lists, tables, block quotes). */
  comments: HtmlComment[];
  /** Set when the document is over a limit and was not parsed. */
  limit?: LimitExceeded;
}

export interface HtmlComment {
  /** The comment's text between `<!--` and `-->`. */
  body: string;
  start: number;
  end: number;
}

// remark-frontmatter needs the closing fence; a document that opens one and never
// closes it is reported rather than silently read as prose.
const OPENING_FENCE = /^---[ \t]*(\r\n|\n|\r)/;

/**
 * Parses a document. A document over the limits (see limits.ts) is not parsed:
 * it gets no units, and `limit` says why, so that no text can make a check hang.
 * `plain` text (a configuration file) is indexed by line but not read as Markdown.
 * With `parser`, the parser that read the previous version of the same
 * document, only the blocks an edit touched are parsed again.
 */
export function parseDocument(text: string, options: { plain?: boolean; parser?: IncrementalParser } = {}): ParsedDocument {
  const lines = new LineIndex(text);
  const limit = options.plain ? undefined : checkLimits(text);
  if (limit || options.plain) return { text, lines, frontMatterProblems: [], units: [], comments: [], ...(limit ? { limit } : {}) };
  // A byte order mark is not part of the text a user sees or the front matter
  // fence: parse without it, then put every offset back where it is in `text`
  // (on a tree of its own: the incremental parser's tree is never moved).
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const root = options.parser && !bom ? options.parser.parse(body) : parseMarkdown(body);
  if (bom) shiftOffsets(root, bom);
  const { frontMatter: block, units } = extractUnits(text, root);
  const frontMatter = block ? readFrontMatter(block) : undefined;
  const frontMatterProblems: FrontMatterProblem[] = [];
  if (!block && OPENING_FENCE.test(body) && !/(\r\n|\n|\r)---[ \t]*(\r\n|\n|\r|$)/.test(body.slice(3))) {
    frontMatterProblems.push({ message: 'front matter is opened with `---` but never closed', start: bom, end: bom + 3 });
  }
  return { text, lines, frontMatter, frontMatterProblems, units, comments: collectComments(root) };
}

/** Moves every node's offsets by `by`, without recursion (nesting depth is bounded, but not small). */
function shiftOffsets(root: Root, by: number): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      if (node.position.start.offset !== undefined) node.position.start.offset += by;
      if (node.position.end.offset !== undefined) node.position.end.offset += by;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/**
 * Each top-level block's comments, offsets relative to the block: the
 * incremental parser keeps the nodes of blocks an edit did not touch, so
 * their comments are moved rather than looked for again.
 */
const blockComments = new WeakMap<object, HtmlComment[]>();

function collectComments(root: Root): HtmlComment[] {
  const out: HtmlComment[] = [];
  for (const child of root.children) {
    const at = child.position?.start.offset;
    if (at === undefined) {
      settle(child);
      commentsIn(child, out);
      continue;
    }
    let relative = blockComments.get(child);
    if (!relative) {
      settle(child);
      const found: HtmlComment[] = [];
      commentsIn(child, found);
      relative = found.map((c) => ({ body: c.body, start: c.start - at, end: c.end - at }));
      blockComments.set(child, relative);
    }
    for (const c of relative) out.push({ body: c.body, start: c.start + at, end: c.end + at });
  }
  return out;
}

function commentsIn(node: Nodes, out: HtmlComment[]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // A block of HTML can hold several comments.
    for (const m of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
      out.push({ body: m[1]!, start: start + m.index, end: start + m.index + m[0].length });
    }
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) commentsIn(child, out);
}
