import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Root } from 'mdast';

// Only the syntax the rules read: YAML front matter, tables (one unit per row)
// and footnotes (their definitions are not prose). The rest of GFM costs more
// than the whole CommonMark parse and changes nothing the rules see: bare URLs
// are blanked from prose where units are built, strikethrough and task-list
// markers are punctuation to the word matcher.
const options = {
  extensions: [frontmatter(['yaml']), gfmTable(), gfmFootnote()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
};

// For a stretch of a document after its start, where `---` is a thematic break or a setext underline, never front matter.
const withoutFrontMatter = { extensions: options.extensions.slice(1), mdastExtensions: options.mdastExtensions.slice(1) };

/**
 * Parses Markdown (CommonMark, GFM tables and footnotes, YAML front matter)
 * into mdast with source offsets. `midDocument`: the text is a stretch after
 * the document's start, so it cannot hold front matter.
 */
export function parseMarkdown(text: string, midDocument = false): Root {
  return fromMarkdown(text, midDocument ? withoutFrontMatter : options);
}
