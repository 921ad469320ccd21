/**
 * What a document may be for the engine to check it in well under a second.
 * Beyond these, the Markdown parser's cost grows faster than the text (deep
 * nesting, long runs of emphasis markers in one paragraph), so a document
 * over a limit is reported as one finding instead of being parsed. The
 * figures are documented in the README; keep the two in step.
 */
export const DOCUMENT_LIMITS = {
  /** Characters in the whole document (about 250 pages of prose). */
  size: 500_000,
  /** Characters on one line. */
  lineLength: 5_000,
  /** Characters in one paragraph: lines with no blank line between them, tables and code blocks apart. */
  paragraph: 10_000,
  /** Lists and block quotes inside one another. */
  nesting: 20,
} as const;

export interface LimitExceeded {
  /** Plain words for the writer: which limit, and how to get under it. */
  message: string;
  /** Offsets of where the limit is first exceeded. */
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|/;
const HEADING = /^ {0,3}#/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** The first limit the text exceeds, if any. Linear in the text; never parses Markdown. */
export function checkLimits(text: string): LimitExceeded | undefined {
  const L = DOCUMENT_LIMITS;
  if (text.length > L.size) {
    return { message: `This document is too long to check (${text.length.toLocaleString('en')} characters; the limit is ${L.size.toLocaleString('en')}). Split it into smaller documents.`, start: 0, end: 0 };
  }
  let fence: string | undefined;
  let paragraphStart = -1;
  let paragraphLength = 0;
  let offset = 0;
  while (offset <= text.length) {
    const newline = nextLineBreak(text, offset);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(offset, lineEnd);
    if (line.length > L.lineLength) {
      return { message: `A line here is too long to check (${line.length.toLocaleString('en')} characters; the limit is ${L.lineLength.toLocaleString('en')}). Break it into paragraphs.`, start: offset, end: offset };
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
      paragraphStart = -1;
    } else if (!line.trim() || TABLE_ROW.test(line)) {
      paragraphStart = -1;
    } else {
      const nesting = nestingOf(line);
      if (nesting > L.nesting) {
        return { message: `Lists or quotes here are nested more than ${L.nesting} levels deep, too deep to check. Flatten them.`, start: offset, end: offset };
      }
      // A list item, a quoted line or a heading starts a paragraph of its own.
      if (paragraphStart < 0 || nesting > 0 || HEADING.test(line)) {
        paragraphStart = offset;
        paragraphLength = 0;
      }
      paragraphLength += line.length + 1;
      if (paragraphLength > L.paragraph) {
        return { message: `A paragraph here is too long to check (more than ${L.paragraph.toLocaleString('en')} characters with no blank line). Break it into shorter paragraphs.`, start: paragraphStart, end: paragraphStart };
      }
    }
    if (newline < 0) break;
    offset = newline + (text[newline] === '\r' && text[newline + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * How many lists and quotes a line opens or sits in: each `>` and list marker
 * at its start counts one, and indentation before a marker counts one level
 * per two columns, as nested list items are indented.
 */
function nestingOf(line: string): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    let columns = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      columns += line[i] === '\t' ? 4 : 1;
      i++;
    }
    if (line[i] === '>') {
      depth += 1 + Math.floor(columns / 2);
      i++;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(i, i + 12));
    if (!marker) return depth;
    depth += 1 + Math.floor(columns / 2);
    i += marker[0].length;
  }
}
