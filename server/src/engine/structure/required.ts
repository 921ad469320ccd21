import type { EffectiveConfig } from '../config/types';
import type { ParsedDocument } from '../parse/document';
import type { DocumentKind } from '../types';
import { documentTypeOf, headingStandsFor, presentSections, sectionsOf } from './sections';

export interface RequiredSections {
  /** The document type, or the kind when the team config names sections for a whole kind. */
  type: string;
  label: string;
  /** Headings of missing sections, in their usual order. */
  missing: string[];
  /** Every required heading, in order, for placing missing ones among the present. */
  order: string[];
}

/**
 * The sections a document must have and which it lacks: from the team
 * configuration's `sections:` for its declared type or its kind, else the
 * built-in model of its declared type. Only a type declared in front matter
 * counts; a guessed type is never held to a checklist.
 */
export function requiredSections(doc: ParsedDocument, kind: DocumentKind | 'unknown', config: EffectiveConfig): RequiredSections | undefined {
  const declared = documentTypeOf(doc.frontMatter, doc.units);
  const typeId = declared?.source === 'frontmatter' ? declared.type.id : undefined;
  const custom = (typeId && config.sections[typeId]) || (kind !== 'unknown' ? config.sections[kind] : undefined);
  const headings = doc.units.filter((u) => u.type === 'heading' || u.label);
  const title = doc.units.find((u) => u.type === 'heading' && u.depth === 1);
  if (custom) {
    const has = (wanted: string) => headings.some((u) => u !== title && headingStandsFor(typeId, wanted, u.type === 'heading' ? u.prose : u.label!));
    return { type: typeId ?? kind, label: declared?.type.label ?? `${kind} document`, missing: custom.filter((h) => !has(h)), order: custom };
  }
  if (!typeId) return undefined;
  const sections = sectionsOf(typeId).filter((s) => !s.optional);
  if (!sections.length) return undefined;
  const present = presentSections(typeId, doc.units);
  return { type: typeId, label: declared!.type.label, missing: sections.filter((s) => !present.has(s.id)).map((s) => s.heading), order: sections.map((s) => s.heading) };
}
