import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Root } from 'mdast';
import { chunkCuts } from './chunks';
import { countLines, lastColumn, shift } from './positions';

// Only the syntax the rules read: YAML front matter, tables (one unit per row)
// and footnotes (their definitions are not prose). The rest of GFM costs more
// than the whole CommonMark parse and changes nothing the rules see: bare URLs
// are blanked from prose where units are built, strikethrough and task-list
// markers are punctuation to the word matcher.
const SYNTAX = [
  { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) },
  { micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
];

// An extension is tried at every block it could start, so each costs time even where the text cannot use it:
// a text without a pipe has no table, one without "[^" no footnote, one that does not open with "---" no front matter.
const optionsFor = new Map<number, { extensions: unknown[]; mdastExtensions: unknown[] }>();
function options(text: string, midDocument: boolean) {
  const used = (!midDocument && text.startsWith('---') ? 1 : 0) | (text.includes('|') ? 2 : 0) | (text.includes('[^') ? 4 : 0);
  let o = optionsFor.get(used);
  if (!o) {
    const picked = SYNTAX.filter((_, i) => used & (1 << i));
    optionsFor.set(used, (o = { extensions: picked.map((s) => s.micromark), mdastExtensions: picked.map((s) => s.mdast) }));
  }
  return o;
}

/**
 * Parses Markdown (CommonMark, GFM tables and footnotes, YAML front matter)
 * into mdast with source offsets. `midDocument`: the text is a stretch after
 * the document's start, so it cannot hold front matter.
 */
export function parseMarkdown(text: string, midDocument = false): Root {
  const cuts = text.length >= CHUNKED_FROM ? chunkCuts(text, undefined, midDocument) : [];
  return cuts.length ? parseStretches(text, cuts, midDocument) : parseWhole(text, midDocument);
}

/** Parses `text` a stretch at a time, cut at `cuts` (see chunks.ts): each stretch's blocks are moved to where they sit in the text. */
export function parseStretches(text: string, cuts: readonly number[], midDocument = false): Root {
  const children: Root['children'] = [];
  let line = 0;
  let from = 0;
  // Every stretch is read with the syntax the whole text needs: an extension can change how blocks far from its own
  // syntax are read (an unclosed front matter fence does), and no stretch but the first starts with a fence.
  const syntax = options(text, midDocument);
  for (const to of [...cuts, text.length]) {
    const stretch = text.slice(from, to);
    for (const child of fromMarkdown(stretch, syntax as Parameters<typeof fromMarkdown>[1]).children) {
      shift(child, from, line);
      children.push(child);
    }
    line += countLines(text, from, to);
    from = to;
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: lastColumn(text), offset: text.length } },
  };
}

/** Below this length a text is parsed in one go: cutting it would save less than it costs. */
const CHUNKED_FROM = 4_000;

function parseWhole(text: string, midDocument: boolean): Root {
  return fromMarkdown(text, options(text, midDocument) as Parameters<typeof fromMarkdown>[1]);
}
