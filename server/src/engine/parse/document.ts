import { LineIndex } from '../text/line-index';
import { readFrontMatter, type FrontMatter, type FrontMatterProblem } from './front-matter';
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './markdown';
import { extractUnits, type Unit } from './units';

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

export function parseDocument(text: string): ParsedDocument {
  // A byte order mark is not part of the text a user sees or the front matter fence.
  const lines = new LineIndex(text);
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const root = parseMarkdown(body);
  const { frontMatter: block, units } = extractUnits(body, root);
  const frontMatter = block ? readFrontMatter(block) : undefined;
  const frontMatterProblems: FrontMatterProblem[] = [];
  if (!block && OPENING_FENCE.test(body) && !/(\r\n|\n|\r)---[ \t]*(\r\n|\n|\r|$)/.test(body.slice(3))) {
    frontMatterProblems.push({ message: 'front matter is opened with `---` but never closed', start: 0, end: 3 });
  }
  return { text, lines, frontMatter, frontMatterProblems, units, comments: collectComments(root) };
}

function collectComments(root: Root): HtmlComment[] {
  const out: HtmlComment[] = [];
  const walk = (node: Nodes) => {
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
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(root);
  return out;
}
