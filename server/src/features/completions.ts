import { pillars, type AnalysisResult, type DocumentKind, type Position, type Range } from '../engine';
import { documentTypes } from '../engine/kind/title';
import { documentTypeOf, presentSections, sectionsOf } from '../engine/structure/sections';
import { builtInTemplates, pillarSnippets } from './snippet-library';
import { suggestedKind } from './declare-kind';
import { expandSnippet } from '../engine/templates/snippet-syntax';
import type { Template } from '../engine/templates/template-file';

/** One completion, in editor-neutral terms; the LSP layer converts it. */
export interface Suggestion {
  label: string;
  kind: 'value' | 'heading' | 'snippet' | 'template';
  /** Shown beside the label of the selected item; left out where it would cut the label short. */
  detail?: string;
  /** Markdown: what the item inserts, previewed. */
  documentation: string;
  /** Snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  filterText: string;
  /** Orders the list: sections in their usual order, then pillars, then templates. */
  sortText: string;
  /** The text the item replaces: the word being typed. */
  range: Range;
  /** The item the list opens on. */
  preselect?: boolean;
}

const preview = (body: string) => `\`\`\`markdown\n${expandSnippet(body).replace(/```/g, "'''")}\n\`\`\``;

/**
 * What to offer at a position, from where the cursor is and the document's
 * kind: the kinds after `scope:` and the types after `type:` in front matter;
 * at the start of a line, headings for the sections the document still lacks;
 * in prose, the pillar snippets in this kind's phrasing and the team's
 * templates; in an empty document, the document templates.
 */
export function completionsAt(result: AnalysisResult, position: Position, teamTemplates: readonly Template[] = []): Suggestion[] {
  const { document } = result;
  const lineText = document.lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const word = /[\w-]*$/.exec(before)![0];
  const range: Range = { start: { line: position.line, character: position.character - word.length }, end: position };

  const fm = document.frontMatter?.block;
  if (fm) {
    const fmStart = document.lines.positionAt(fm.start).line;
    const fmEnd = document.lines.positionAt(fm.end).line;
    if (position.line > fmStart && position.line < fmEnd) return frontMatterValues(result, before, range);
  }
  if (inCodeBlock(document.text, document.lines.lineStart(position.line))) return [];

  if (!document.text.trim()) return emptyDocumentTemplates(result, [...builtInTemplates, ...teamTemplates], range);

  const kind = result.kind.kind;
  const out: Suggestion[] = [];
  if (/^\s*#{0,6}\s*[\w-]*$/.test(before)) out.push(...missingSectionHeadings(result, { start: { line: position.line, character: 0 }, end: position }));
  out.push(...pillarItems(kind === 'unknown' ? (suggestedKind(result) ?? 'supervision') : kind, range));
  out.push(...templates(teamTemplates, range, kind));
  return out;
}

function frontMatterValues(result: AnalysisResult, before: string, range: Range): Suggestion[] {
  if (/^\s*scope:\s*[\w-]*$/i.test(before)) {
    const about: Record<DocumentKind, string> = {
      supervision: "About one clinician's practice: cases, treatment approaches, ethical dilemmas, professional challenges, personal growth and professional identity. Supervision plans, session notes, agreements, evaluations.",
      leadership: 'About the organisation: strategic planning, resource allocation, staff management, team building, organisational development, vision, goals and standards. Policies, procedures, plans, memos, minutes.',
    };
    return (['supervision', 'leadership'] as const).map((k, i) => ({
      label: k,
      kind: 'value',
      detail: `${k === 'supervision' ? 'Supervision' : 'Leadership'} document`,
      documentation: about[k],
      insertText: k,
      snippet: false,
      filterText: k,
      sortText: String(i),
      range,
    }));
  }
  if (/^\s*type:\s*[\w-]*$/i.test(before)) {
    const kind = result.kind.kind;
    return documentTypes
      .filter((t) => kind === 'unknown' || t.kind === kind)
      .map((t, i) => ({
        label: t.id,
        kind: 'value' as const,
        detail: `${t.label} (${t.kind})`,
        documentation: sectionsOf(t.id).length ? `Sections: ${sectionsOf(t.id).map((s) => s.heading).join(' · ')}` : `A ${t.label}.`,
        insertText: t.id,
        snippet: false,
        filterText: t.id,
        sortText: String(i).padStart(2, '0'),
        range,
      }));
  }
  return [];
}

/** Headings for the sections this document still lacks, in their usual order. */
export function missingSectionHeadings(result: AnalysisResult, range: Range): Suggestion[] {
  const type = documentTypeOf(result.document.frontMatter, result.document.units);
  if (!type) return [];
  const sections = sectionsOf(type.type.id);
  const present = presentSections(type.type.id, result.document.units);
  return sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !present.has(s.id))
    .map(({ s, i }) => ({
      label: `## ${s.heading}`,
      kind: 'heading' as const,
      detail: `Missing section of this ${type.type.label}${s.optional ? ' (optional)' : ''}`,
      documentation: `A complete ${type.type.label} usually has: ${sections.map((x) => (present.has(x.id) ? x.heading : `**${x.heading}**`)).join(' · ')}. The ones in bold are missing.`,
      insertText: `## ${s.heading}\n\n$0`,
      snippet: true,
      filterText: `## ${s.heading} ${s.heading}`,
      sortText: `0-${String(i).padStart(2, '0')}`,
      range,
    }));
}

/**
 * The six overlap pillars, once each, in one kind's phrasing (the document's,
 * or the one it leans to when its kind is not settled). Labels stay short
 * enough to read whole in the suggest list.
 */
function pillarItems(kind: DocumentKind, range: Range): Suggestion[] {
  const wanted = pillarSnippets.filter((s) => s.kind === kind);
  return wanted.map((s) => {
    const label = pillars.find((p) => p.id === s.pillar)?.label ?? s.pillar;
    const title = `${label[0]!.toUpperCase()}${label.slice(1)}`;
    return {
      label: `Pillar: ${title}`,
      kind: 'snippet' as const,
      // No detail: beside the selected label it would cut the pillar's name short.
      documentation: `*${kind === 'supervision' ? 'A section for one supervisee' : 'An organisation-wide section'}.* ${s.description}\n\n${preview(s.body)}`,
      insertText: s.body,
      snippet: true,
      filterText: `pillar ${label} ${s.prefix}`,
      sortText: `1-${String(pillars.findIndex((p) => p.id === s.pillar)).padStart(2, '0')}-${s.kind}`,
      range,
    };
  });
}

/**
 * An empty document's templates: those of its kind first, the first of them
 * pre-selected, so Enter inserts the right kind. When the kind is declared
 * (file name, front matter or team config) the other kind's are left out;
 * when it is only a guess they follow.
 */
function emptyDocumentTemplates(result: AnalysisResult, list: readonly Template[], range: Range): Suggestion[] {
  const { kind, source } = result.kind;
  if (kind === 'unknown') return templates(list, range, 'any');
  const declared = source === 'frontmatter' || source === 'filename';
  // In the order the list gives them (the built-in ones in their usual order), not alphabetically.
  const ordered = (group: string, items: Suggestion[]) => items.map((s, i) => ({ ...s, sortText: `2-${group}-${String(i).padStart(3, '0')}` }));
  const own = ordered('0', templates(list.filter((t) => t.kind === kind || t.kind === 'any'), range, 'any'));
  const other = declared ? [] : ordered('1', templates(list.filter((t) => t.kind !== kind && t.kind !== 'any'), range, 'any'));
  if (own[0]) own[0] = { ...own[0], preselect: true };
  return [...own, ...other];
}

function templates(list: readonly Template[], range: Range, kind: DocumentKind | 'unknown' | 'any'): Suggestion[] {
  return list
    .filter((t) => kind === 'any' || kind === 'unknown' || t.kind === 'any' || t.kind === kind)
    .map((t) => ({
      label: `Template: ${t.name}`,
      kind: 'template' as const,
      detail: t.source === 'built-in' ? `Clinical Scope template (${t.kind})` : `Team template (${t.kind}) from ${t.source}`,
      documentation: `${t.description}\n\n${preview(t.body)}`,
      insertText: t.body,
      snippet: true,
      filterText: `${t.prefix} template ${t.name}`,
      sortText: `2-${t.name}`,
      range,
    }));
}

/** Whether an offset lies inside a fenced code block. */
function inCodeBlock(text: string, lineStart: number): boolean {
  let open: string | undefined;
  for (const line of text.slice(0, lineStart).split(/\r?\n|\r/)) {
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (!open) open = fence[0]!.repeat(fence.length);
    else if (fence[0] === open[0] && fence.length >= open.length) open = undefined;
  }
  return open !== undefined;
}
