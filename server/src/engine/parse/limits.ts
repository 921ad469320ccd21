/**
 * What a document may be for the engine to check it in well under a second.
 * Beyond these, the Markdown parser's cost grows faster than the text (deep
 * nesting, long runs of emphasis markers in one paragraph), so a document
 * over a limit is reported as one finding instead of being parsed. The
 * figures are documented in the README; keep the two in step.
 */
export const DOCUMENT_LIMITS = {
  /** Characters in the whole document (about 500 pages of prose: a 10,000-line policy fits). */
  size: 1_000_000,
  /** Characters on one line (a pasted image as a data URI fits). */
  lineLength: 200_000,
  /** Words in one paragraph: lines with no blank line between them, tables and code blocks apart. */
  paragraphWords: 2_000,
  /** Formatting marks (`* _ [ ] \` < ~`) in one paragraph or table row: the parser's cost grows with their square. */
  formattingMarks: 2_000,
  /** Formatting marks in the whole document. */
  documentFormattingMarks: 50_000,
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
const MARKS = new Set(['*', '_', '[', ']', '`', '<', '~']);
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** The first limit the text exceeds, if any. Linear in the text; never parses Markdown. */
export function checkLimits(text: string): LimitExceeded | undefined {
  const L = DOCUMENT_LIMITS;
  if (text.length > L.size) {
    return { message: `This document is too long to check (${text.length.toLocaleString('en')} characters; the limit is ${L.size.toLocaleString('en')}). Split it into smaller documents.`, start: 0, end: 0 };
  }
  if (clearlyWithin(text)) return undefined;
  let fence: string | undefined;
  let paragraphStart = -1;
  let words = 0;
  let marks = 0;
  let totalMarks = 0;
  let offset = 0;
  // Most documents have no carriage return: then the native search finds each line's end.
  const onlyNewlines = text.indexOf('\r') < 0;
  while (offset <= text.length) {
    const newline = onlyNewlines ? text.indexOf('\n', offset) : nextLineBreak(text, offset);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - offset > L.lineLength) {
      return { message: `A line here is too long to check (${(lineEnd - offset).toLocaleString('en')} characters; the limit is ${L.lineLength.toLocaleString('en')}). Break it into paragraphs.`, start: offset, end: offset };
    }
    // Run on every line at every keystroke: the line is read as character codes, and cut out as a
    // string only when its first character could open a fence, a quote or a list.
    let first = offset;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const lead = first < lineEnd ? text.charCodeAt(first) : -1;
    const line = lead === 96 /* ` */ || lead === 126 /* ~ */ || lead === 62 /* > */ || lead === 45 /* - */ || lead === 42 /* * */ || lead === 43 /* + */ || (lead >= 48 && lead <= 57) ? text.slice(offset, lineEnd) : undefined;
    const fenceMatch = (lead === 96 || lead === 126) && first - offset <= 3 ? FENCE.exec(line!) : null;
    const { words: lineWords, marks: lineMarks } = lineStats(text, offset, lineEnd);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
      paragraphStart = -1;
    } else if (lineWords === 0) {
      paragraphStart = -1;
    } else if (lead === 124 /* | */) {
      // A table row's cells are read on their own: only its formatting counts.
      paragraphStart = -1;
      const rowMarks = lineMarks;
      totalMarks += rowMarks;
      if (rowMarks > L.formattingMarks) return tooManyMarks(offset);
      if (totalMarks > L.documentFormattingMarks) return tooManyMarksInAll(offset);
    } else {
      const nesting = line === undefined ? 0 : nestingOf(line);
      if (nesting > L.nesting) {
        return { message: `Lists or quotes here are nested more than ${L.nesting} levels deep, too deep to check. Flatten them.`, start: offset, end: offset };
      }
      // A list item, a quoted line or a heading starts a paragraph of its own.
      if (paragraphStart < 0 || nesting > 0 || (lead === 35 /* # */ && first - offset <= 3)) {
        paragraphStart = offset;
        words = 0;
        marks = 0;
      }
      words += lineWords;
      marks += lineMarks;
      totalMarks += lineMarks;
      if (totalMarks > L.documentFormattingMarks) return tooManyMarksInAll(offset);
      if (words > L.paragraphWords) {
        return { message: `A paragraph here is too long to check (more than ${L.paragraphWords.toLocaleString('en')} words with no blank line). Break it into shorter paragraphs.`, start: paragraphStart, end: paragraphStart };
      }
      if (marks > L.formattingMarks) return tooManyMarks(paragraphStart);
    }
    if (newline < 0) break;
    offset = newline + (text[newline] === '\r' && text[newline + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

/**
 * A quick pass that proves most documents within every limit without reading
 * each character: it runs at every keystroke in a long document. It answers
 * true only when the full check could not find anything: the marks of the
 * whole text, fenced code included, are within the document's limit; no line
 * is too long or could open more than the nesting limit; and every run of
 * lines without a blank line (a paragraph, or several) is short enough that
 * it cannot hold too many words or marks, or holds few enough when counted.
 */
function clearlyWithin(text: string): boolean {
  const L = DOCUMENT_LIMITS;
  let marks = 0;
  for (const m of MARKS) for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) if (++marks > L.documentFormattingMarks) return false;
  // Each of these lines of text is one line to the full check: with a carriage return, it splits lines there too.
  if (text.indexOf('\r') >= 0) return false;
  const paragraphLimit = Math.min(L.paragraphWords, L.formattingMarks);
  let runStart = -1;
  // The run's words and marks, counted once the run is long enough to matter.
  let counted = false;
  let runWords = 0;
  let runMarks = 0;
  let offset = 0;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - offset > L.lineLength) return false;
    // A line of spaces and tabs ends a run; a line of other blank characters is left in it (the run only grows).
    let first = offset;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first === lineEnd) {
      runStart = -1;
      counted = false;
    } else {
      if (runStart < 0) runStart = offset;
      // The full check measures nesting on lines that open with a quote or a list marker.
      const lead = text.charCodeAt(first);
      if ((lead === 62 || lead === 45 || lead === 42 || lead === 43 || (lead >= 48 && lead <= 57)) && nestingOf(text.slice(offset, lineEnd)) > L.nesting) return false;
      // A word takes at least two characters with the space after it, a mark one: a run this short is within both limits.
      if (counted) {
        const line = lineStats(text, offset, lineEnd);
        runWords += line.words;
        runMarks += line.marks;
      } else if (lineEnd - runStart > paragraphLimit) {
        const run = lineStats(text, runStart, lineEnd, true);
        runWords = run.words;
        runMarks = run.marks;
        counted = true;
      }
      if (counted && (runWords > L.paragraphWords || runMarks > L.formattingMarks)) return false;
    }
    if (newline < 0) break;
    offset = newline + 1;
  }
  return true;
}

function tooManyMarks(at: number): LimitExceeded {
  return {
    message: `A paragraph here has too many formatting marks to check (more than ${DOCUMENT_LIMITS.formattingMarks.toLocaleString('en')} of * _ [ ] \` < ~). Break it up or remove some.`,
    start: at,
    end: at,
  };
}

function tooManyMarksInAll(at: number): LimitExceeded {
  return {
    message: `This document has too many formatting marks to check (more than ${DOCUMENT_LIMITS.documentFormattingMarks.toLocaleString('en')} of * _ [ ] \` < ~). Split it into smaller documents.`,
    start: at,
    end: at,
  };
}

// Run on every line at every keystroke: one pass over character codes, not one-character strings.
const MARK_CODES = new Uint8Array(128);
for (const m of MARKS) MARK_CODES[m.charCodeAt(0)] = 1;
/**
 * The words (runs of non-space; 0 for a blank line) and formatting marks of text[from, to), in one pass.
 * `lines`: the stretch holds several lines, and a line break separates words.
 */
function lineStats(text: string, from: number, to: number, lines = false): { words: number; marks: number } {
  let words = 0;
  let marks = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || (lines && c === 10);
    if (!space && !inWord) words++;
    inWord = !space;
    if (c < 128 && MARK_CODES[c]) marks++;
  }
  return { words, marks };
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
