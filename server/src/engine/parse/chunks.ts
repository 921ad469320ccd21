/**
 * Where a long Markdown text can be cut into stretches that parse alone to
 * the same blocks as the whole: micromark's cost per line grows with the
 * length of the text (a 16,000-line document costs over twice as much per
 * line as a 250-line one), so a long document is parsed a stretch at a time.
 *
 * A cut goes before a line that starts at its first column, right after a
 * blank line, where every block before it has closed: outside fenced code and
 * HTML comments, and not before a list item (a blank line does not end a
 * list). A quoted line may start a stretch: a blank line ends a block quote,
 * and a quote at the first column cannot belong to a list item above it. A text whose
 * definitions (links, footnotes), raw HTML blocks or indented fences could
 * reach across a cut is not cut at all.
 */

/** Stretches shorter than this many lines are not worth a parse of their own. */
export const CHUNK_LINES = 30;

// Raw HTML that a blank line does not end (CommonMark's HTML blocks 1, 3, 4 and 5), definitions that reach anywhere,
// and fences that are indented: such a fence may sit in a list item and close with it, which only a parse can tell.
const REACHES_ACROSS = /\]:|<(?:script|pre|style|textarea)\b|<\?|<!\[|<![A-Za-z]|^[ \t]+(?:`{3,}|~{3,})/im;
// A line that may open raw HTML (CommonMark's HTML blocks 6 and 7), which a blank line ends.
const HTML_BLOCK = /^ {0,3}<\/?[A-Za-z]/;
// A fence at the first column is always the document's own: no list item or quote holds it.
const FENCE_OPEN = /^(`{3,}|~{3,})/;
// A line that can start a block only at a cut: a word, a heading, emphasis, a link, a quote; not a list item, indentation or HTML.
// Quotes matter most: micromark re-copies all the events before each blank line that ends a quote, so a long text of
// quotes parsed whole costs the square of its length.
const CUT_BEFORE = /^(?![-*+][ \t]|\d{1,9}[.)][ \t]|[-*+]$|\d{1,9}[.)]$)[\p{L}\p{N}#*_[("'“‘|>]/u;

/**
 * The offsets at which `text` may be cut, about `every` lines apart; empty
 * when the text is short or must be parsed whole.
 */
export function chunkCuts(text: string, every = CHUNK_LINES, midDocument = false): number[] {
  const cuts: number[] = [];
  if (REACHES_ACROSS.test(text)) return cuts;
  // Front matter runs to its closing fence, blank lines and all; one never closed leaves the whole text to the parser.
  let start = 0;
  if (!midDocument && /^---[ \t]*\r?\n/.test(text)) {
    const close = /\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    if (!close) return cuts;
    start = 3 + close.index + close[0].length;
  }
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let inHtml = false;
  let blankBefore = false;
  let sinceCut = 0;
  let at = start;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (!fence && !inComment && blankBefore && sinceCut >= every && at > start && CUT_BEFORE.test(line)) {
      cuts.push(at);
      sinceCut = 0;
    }
    sinceCut++;
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && !line.slice(close[0].length).trim()) fence = undefined;
    } else if (!inComment) {
      const open = FENCE_OPEN.exec(line);
      // Raw HTML runs to the next blank line and may hold a fence's marks ("</div>" then "```"): whether they open a
      // fence only a parse can tell, so the text is cut no further.
      if (open && inHtml) return cuts;
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length };
    }
    // A comment left open on this line keeps every line up to its end in one stretch.
    const opened = line.lastIndexOf('<!--');
    const closed = line.lastIndexOf('-->');
    if (inComment) inComment = closed < 0 || opened > closed;
    else if (!fence && opened >= 0) inComment = closed < opened + 4;
    blankBefore = !line.trim();
    if (!fence && !inComment) inHtml = blankBefore ? false : inHtml || HTML_BLOCK.test(line);
    at = end + 1;
  }
  return cuts;
}
