import data from '../../../generated/lexicon.json';
import { documentTypes, typeFromTitle, type DocumentType } from '../kind/title';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokenize } from '../lexicon/tokenize';
import type { FrontMatter } from '../parse/front-matter';
import type { Unit } from '../parse/units';

export interface Section {
  id: string;
  /** The heading to insert when the section is missing. */
  heading: string;
  optional: boolean;
}

interface TypeData {
  id: string;
  aliases?: string[];
  sections?: { id: string; heading: string; aliases?: string[]; optional?: boolean }[];
}

const TYPES = data.documentTypes as TypeData[];

/** The sections a complete document of a type holds, in their usual order (none for types without a model). */
export function sectionsOf(typeId: string): Section[] {
  return (TYPES.find((t) => t.id === typeId)?.sections ?? []).map((s) => ({ id: s.id, heading: s.heading, optional: s.optional === true }));
}

/** The type named by a front matter `type:` value: its id or one of its aliases. */
export function typeByName(name: string): DocumentType | undefined {
  const n = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const t = TYPES.find((x) => x.id === n || (x.aliases ?? []).includes(n));
  return t ? documentTypes.find((d) => d.id === t.id) : undefined;
}

export interface DocumentTypeResult {
  type: DocumentType;
  /** How it was found: `type:` in front matter, or the title. */
  source: 'frontmatter' | 'title';
}

/** The document's type: front matter `type:` first, then what its title names. */
export function documentTypeOf(frontMatter: FrontMatter | undefined, units: readonly Unit[]): DocumentTypeResult | undefined {
  const declared = frontMatter?.fields.get('type')?.value;
  if (typeof declared === 'string') {
    const t = typeByName(declared);
    if (t) return { type: t, source: 'frontmatter' };
  }
  const title = frontMatter?.fields.get('title')?.value;
  const first = units.find((u) => u.type === 'heading');
  const t = (typeof title === 'string' ? typeFromTitle(title) : undefined) ?? (first ? typeFromTitle(first.prose.trim()) : undefined);
  return t ? { type: t, source: 'title' } : undefined;
}

const matchers = new Map<string, PhraseMatcher<string>>();

function matcherFor(typeId: string): PhraseMatcher<string> {
  let m = matchers.get(typeId);
  if (!m) {
    m = new PhraseMatcher<string>();
    for (const s of TYPES.find((t) => t.id === typeId)?.sections ?? []) {
      for (const phrase of [s.heading, ...(s.aliases ?? [])]) m.add({ phrase, info: s.id });
    }
    matchers.set(typeId, m);
  }
  return m;
}

/** The ids of the sections of `typeId` that a heading text stands for ("Next steps" is the plan). */
export function sectionsNamedBy(typeId: string, heading: string): Set<string> {
  return new Set(matcherFor(typeId).findAll(tokenize(heading)).map((m) => m.info));
}

const wantedMatchers = new Map<string, PhraseMatcher<string>>();

/**
 * Whether a heading stands for a wanted section heading: in the same words
 * ("Risk review" in "Risk review and safety"), or as a built-in section of the
 * same meaning for the document's type ("Next steps" for "Plan").
 */
export function headingStandsFor(typeId: string | undefined, wanted: string, headingText: string): boolean {
  let m = wantedMatchers.get(wanted);
  if (!m) {
    m = new PhraseMatcher([{ phrase: wanted, info: wanted }]);
    if (wantedMatchers.size >= 500) wantedMatchers.clear();
    wantedMatchers.set(wanted, m);
  }
  if (m.findAll(tokenize(headingText)).length > 0) return true;
  if (!typeId) return false;
  const meant = sectionsNamedBy(typeId, wanted);
  return [...sectionsNamedBy(typeId, headingText)].some((id) => meant.has(id));
}

/** Which sections of a type the document already has, by its headings (bold pseudo-headings included). */
export function presentSections(typeId: string, units: readonly Unit[]): Set<string> {
  const present = new Set<string>();
  // The document's title ("# Leave Policy") names the document, not one of its sections.
  const title = units.find((u) => u.type === 'heading' && u.depth === 1);
  for (const u of units) {
    if (u === title || (u.type !== 'heading' && !u.label)) continue;
    const text = u.type === 'heading' ? u.prose : u.label!;
    for (const id of sectionsNamedBy(typeId, text)) present.add(id);
  }
  return present;
}
