import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { settle } from './positions';
import { splitSentences, type Span } from './sentences';

export type UnitType = 'heading' | 'paragraph' | 'listItem' | 'tableHeader' | 'tableRow' | 'blockquote';

/**
 * A block of prose that the rules judge on its own: a heading, a paragraph, one
 * list item's paragraph, one table row, or a paragraph in a block quote.
 *
 * Offsets index the document's text. `prose` has the same length as the block's
 * source, with everything that is not prose (markup, inline code, HTML comments,
 * URLs, table pipes) blanked out, so an offset into `prose` is an offset into
 * the source. A unit depends on nothing but its own text and its headings, so
 * its analysis can be cached under `key`.
 */
export interface Unit {
  type: UnitType;
  start: number;
  end: number;
  /** The block's source, verbatim. */
  source: string;
  /** The block's source with non-prose blanked. */
  prose: string;
  /** Sentences as offsets into the document. */
  sentences: Span[];
  /** Texts of the headings this unit sits under, outermost first; bold pseudo-headings included. */
  headings: string[];
  /** A leading bold label such as `**Unit matters:**`, if any. */
  label?: string;
  /** Heading depth (1-6), or 7 for a bold pseudo-heading; only for headings. */
  depth?: number;
  key: string;
}

export interface FrontMatterBlock {
  start: number;
  end: number;
  /** The YAML between the fences. */
  value: string;
  /** Offset of `value` in the document. */
  valueStart: number;
}

export interface BlockStructure {
  frontMatter?: FrontMatterBlock;
  units: Unit[];
}

const PSEUDO_HEADING_DEPTH = 7;

/** Splits a parsed document into prose units with exact offsets. */
export function extractUnits(text: string, root: Root): BlockStructure {
  const units: Unit[] = [];
  const headingStack: { depth: number; text: string }[] = [];
  let frontMatter: FrontMatterBlock | undefined;

  // Built once per change of headings: units under the same headings share one array (a long
  // document's units then cross to the language server's thread with each heading path copied
  // once), and top-level blocks compare one key with the previous parse's.
  let texts: string[] | undefined;
  let stackKey: string | undefined;
  const headingTexts = () => (texts ??= headingStack.map((h) => h.text));
  const headingKey = () => (stackKey ??= headingStack.map((h) => `${h.depth}\u0000${h.text}`).join('\u0001'));
  // After a kept block: the headings it left, with the key and texts they had then (most blocks leave them as they were).
  const setHeadings = (after: Kept['after']) => {
    if (after.key === stackKey) return;
    headingStack.splice(0, headingStack.length, ...after.stack);
    texts = after.texts;
    stackKey = after.key;
  };

  const pushHeading = (depth: number, headingText: string) => {
    while (headingStack.length && headingStack[headingStack.length - 1]!.depth >= depth) headingStack.pop();
    headingStack.push({ depth, text: headingText });
    texts = stackKey = undefined;
  };

  const addUnit = (type: UnitType, node: Nodes, extra: Partial<Unit> = {}) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const prose = maskNonProse(text, start, end, node);
    if (!prose.trim()) return undefined;
    const unit: Unit = {
      type,
      start,
      end,
      source: text.slice(start, end),
      prose,
      sentences: splitSentences(prose, start),
      headings: headingTexts(),
      key: '',
      ...extra,
    };
    unit.key = unitKey(unit);
    units.push(unit);
    return unit;
  };

  const visitBlock = (node: RootContent, container: UnitType) => {
    switch (node.type) {
      case 'yaml': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        // Front matter opens the document, after a byte order mark if there is one.
        const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        if (start !== undefined && end !== undefined && start === bom) {
          const fence = /^\uFEFF?---[ \t]*(\r\n|\n|\r)/.exec(text);
          const valueStart = fence ? fence[0].length : 4;
          frontMatter = { start, end, value: node.value, valueStart };
        }
        return;
      }
      case 'heading': {
        const unit = addUnit('heading', node, { depth: node.depth });
        pushHeading(node.depth, unit ? unit.prose.trim().replace(/\s+/g, ' ') : '');
        return;
      }
      case 'paragraph': {
        const pseudo = pseudoHeadingText(node);
        if (pseudo !== undefined && container !== 'listItem') {
          addUnit('heading', node, { depth: PSEUDO_HEADING_DEPTH });
          pushHeading(PSEUDO_HEADING_DEPTH, pseudo);
          return;
        }
        const label = leadingLabel(node);
        addUnit(container, node, label ? { label } : {});
        return;
      }
      case 'list':
        for (const item of node.children) visitChildren(item, 'listItem');
        return;
      case 'blockquote':
        visitChildren(node, 'blockquote');
        return;
      case 'table':
        node.children.forEach((row, i) => addUnit(i === 0 ? 'tableHeader' : 'tableRow', row));
        return;
      case 'code':
        // Text pasted with an indent ("    Patient: … DOB: …") or between plain fences is someone else's words, as a
        // quotation is: read as one, a paragraph at a time. Code in a named language is not prose.
        if (!node.lang || PLAIN_TEXT_LANG.test(node.lang)) for (const part of pastedParagraphs(text, node)) addUnit('blockquote', part);
        return;
      default:
        // html, thematic breaks, definitions, footnote definitions: not prose.
        if ('children' in node && node.type !== 'footnoteDefinition') visitChildren(node as Parent, container);
    }
  };

  const visitChildren = (node: Parent, container: UnitType) => {
    for (const child of node.children) visitBlock(child as RootContent, container);
  };

  for (const child of root.children) {
    // A block kept from the previous parse, under the same headings, gives the same units, moved.
    const at = child.position?.start.offset;
    const stack = headingKey();
    const kept = at === undefined ? undefined : reused.get(child);
    if (kept && kept.stack === stack && child.type !== 'yaml') {
      const by = at! - kept.at;
      const moved = by ? kept.units.map((u) => moveUnit(u, by)) : kept.units;
      for (const u of moved) units.push(u);
      setHeadings(kept.after);
      // The record is the block's own (the node is the same object from parse to parse): updated where it is.
      kept.at = at!;
      kept.units = moved;
      continue;
    }
    const first = units.length;
    settle(child);
    visitBlock(child, 'paragraph');
    if (at !== undefined) reused.set(child, { at, stack, units: units.slice(first), after: { stack: headingStack.map((h) => ({ ...h })), key: headingKey(), texts: headingTexts() } });
  }
  return { frontMatter, units };
}

/**
 * The units of each top-level block, by the block's node: the incremental
 * parser keeps the nodes of blocks an edit did not touch, so their units are
 * moved rather than built again. Only the offsets differ; the texts are the same.
 */
interface Kept {
  at: number;
  /** The headings the block was read under (headingKey). */
  stack: string;
  units: Unit[];
  /** The headings after the block, with their key and the texts its units share. */
  after: { stack: { depth: number; text: string }[]; key: string; texts: string[] };
}
const reused = new WeakMap<object, Kept>();

/** A unit of a kept block, `by` characters further on: written out, as thousands are moved at every keystroke. */
function moveUnit(u: Unit, by: number): Unit {
  const sentences = new Array<Span>(u.sentences.length);
  for (let i = 0; i < sentences.length; i++) sentences[i] = { start: u.sentences[i]!.start + by, end: u.sentences[i]!.end + by };
  const moved: Unit = { type: u.type, start: u.start + by, end: u.end + by, source: u.source, prose: u.prose, sentences, headings: u.headings, key: u.key };
  if (u.label !== undefined) moved.label = u.label;
  if (u.depth !== undefined) moved.depth = u.depth;
  return moved;
}

const PLAIN_TEXT_LANG = /^(?:text|txt|plain|plaintext|email|e-mail|quote|note|notes)$/i;

/**
 * The paragraphs of a code block's lines, as text leaves with their own offsets: the fences, the indent and the
 * blank lines between are left out, so each paragraph's offsets are the document's.
 */
function pastedParagraphs(text: string, node: Nodes): Nodes[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const out: Nodes[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from >= 0) out.push({ type: 'text', value: text.slice(from, to), position: { start: { line: 0, column: 0, offset: from }, end: { line: 0, column: 0, offset: to } } });
    from = -1;
  };
  const fenced = /^(?:`{3,}|~{3,})/.test(text.slice(start, start + 3));
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    const line = text.slice(at, lineEnd).replace(/\r$/, '');
    const fence = fenced && /^\s{0,3}(?:`{3,}|~{3,})/.test(line);
    if (!line.trim() || fence) flush();
    else {
      if (from < 0) from = at + (line.length - line.trimStart().length);
      to = at + line.trimEnd().length;
    }
    at = lineEnd + 1;
  }
  flush();
  return out;
}

/** The text of a paragraph that is only bold (or italic) text, like `**Unit matters**`: a heading in all but name. */
function pseudoHeadingText(node: Parent): string | undefined {
  const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1) return undefined;
  const only = kids[0]!;
  if (only.type !== 'strong') return undefined;
  const value = plainText(only).trim();
  if (!value || value.length > 80) return undefined;
  return value.replace(/[:.]\s*$/, '');
}

/** A bold lead-in such as `**Program updates:** ...`. */
function leadingLabel(node: Parent): string | undefined {
  const first = node.children[0];
  if (!first || first.type !== 'strong') return undefined;
  const value = plainText(first).trim().replace(/[:.]\s*$/, '');
  return value && value.length <= 80 ? value : undefined;
}

function plainText(node: Nodes): string {
  if ('value' in node && (node.type === 'text')) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

const URL_LIKE = /^(https?:\/\/|www\.|ftp:\/\/)/i;
// A bare URL in text ("see www.example.org/policy."), without its closing punctuation: an address, not prose.
const BARE_URL = /(?<![\p{L}\p{N}_])(?:https?:\/\/|ftp:\/\/|www\.)[^\s<]*[^\s<.,:;"'’)\]!?*_~]/giu;

/**
 * Copies the block's source, keeping only the characters of text leaves and
 * blanking the rest. Line breaks are kept so that offsets and lines stay true.
 */
function maskNonProse(text: string, start: number, end: number, node: Nodes): string {
  const chars = new Array<string>(end - start);
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    chars[i - start] = c === '\n' || c === '\r' ? c : ' ';
  }
  const keep = (leaf: Nodes) => {
    const s = leaf.position?.start.offset;
    const e = leaf.position?.end.offset;
    if (s === undefined || e === undefined) return;
    for (let i = Math.max(s, start); i < Math.min(e, end); i++) chars[i - start] = text[i]!;
    if (leaf.type === 'text' && (leaf.value.includes('www.') || leaf.value.includes('://'))) {
      for (const m of text.slice(s, e).matchAll(BARE_URL)) for (let i = s + m.index; i < s + m.index + m[0].length; i++) if (i >= start && i < end) chars[i - start] = ' ';
    }
  };
  const walk = (n: Nodes) => {
    switch (n.type) {
      case 'text':
        keep(n);
        return;
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      case 'link':
        if (URL_LIKE.test(n.url) && plainText(n).trim() === n.url.replace(/^mailto:/, '')) return;
        if (URL_LIKE.test(plainText(n).trim())) return;
        break;
      default:
        break;
    }
    if ('children' in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  return chars.join('');
}

const sectionKeys = new WeakMap<readonly string[], string>();

/**
 * The headings a unit sits under, as one string that two units share exactly when they are in the same section.
 * Units under the same headings share one array (extractUnits): the string is built once per array, not per unit.
 */
export function sectionKey(headings: readonly string[]): string {
  let key = sectionKeys.get(headings);
  if (key === undefined) sectionKeys.set(headings, (key = headings.join('\u0000')));
  return key;
}

/** What a unit's analysis depends on, as one string: its type, headings, label and prose. */
export function unitKey(unit: Pick<Unit, 'type' | 'headings' | 'label' | 'prose'>): string {
  return `${unit.type}\u0000${unit.headings.join('\u0001')}\u0000${unit.label ?? ''}\u0000${unit.prose}`;
}
