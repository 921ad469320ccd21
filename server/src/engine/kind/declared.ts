import { closest, distance } from 'fastest-levenshtein';
import { compileGlob } from '../config/glob';
import type { KindGlob } from '../config/types';
import type { FrontMatter, FrontMatterField } from '../parse/front-matter';
import type { DocumentKind } from '../types';

export const KINDS: readonly DocumentKind[] = ['supervision', 'leadership'];

/** Other words people use for each kind in front matter. */
const ALIASES: Record<string, DocumentKind> = {
  supervision: 'supervision',
  leadership: 'leadership',
};

export type DeclaredKind =
  | { status: 'valid'; kind: DocumentKind; field: FrontMatterField }
  | { status: 'invalid'; value: string; suggestion?: DocumentKind; field: FrontMatterField }
  | { status: 'absent' };

/** The kind a document declares with `scope:` in its front matter. */
export function kindFromFrontMatter(fm: FrontMatter | undefined): DeclaredKind {
  const field = fm?.fields.get('scope');
  if (!field) return { status: 'absent' };
  const value = typeof field.value === 'string' ? field.value.trim() : String(field.value ?? '').trim();
  const kind = ALIASES[value.toLowerCase()];
  if (kind) return { status: 'valid', kind, field };
  return { status: 'invalid', value, suggestion: suggestKind(value), field };
}

/** The nearest kind to a misspelt value, if it is near enough to be a typo. */
export function suggestKind(value: string): DocumentKind | undefined {
  const lower = value.toLowerCase();
  if (!lower) return undefined;
  const guess = closest(lower, [...KINDS]) as DocumentKind;
  const allowed = Math.max(2, Math.floor(guess.length / 3));
  if (distance(lower, guess) <= allowed) return guess;
  // A prefix or a longer word containing the kind ("supervision-note", "lead").
  return KINDS.find((k) => lower.startsWith(k) || (lower.length >= 4 && k.startsWith(lower)));
}

const FILE_SUFFIXES: [RegExp, DocumentKind][] = [
  [/\.supervision\.(md|markdown)$/i, 'supervision'],
  [/\.(leadership|policy)\.(md|markdown)$/i, 'leadership'],
];

/** The kind a file name declares with its suffix (`notes.supervision.md`, `leave.policy.md`). */
export function kindFromFileName(fileName: string | undefined): { kind: DocumentKind; suffix: string } | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const [pattern, kind] of FILE_SUFFIXES) {
    const m = pattern.exec(base);
    if (m) return { kind, suffix: m[0] };
  }
  return undefined;
}

/** The first of the team's globs (nearest configuration first) that matches the file, relative to its configuration's folder. */
export function kindFromGlobs(fileName: string, globs: readonly KindGlob[]): KindGlob | undefined {
  const file = fileName.replace(/\\/g, '/');
  for (const g of globs) {
    const base = g.base.replace(/\/$/, '');
    if (file.startsWith(`${base}/`) && globMatcher(g.glob)(file.slice(base.length + 1))) return g;
  }
  return undefined;
}

const matchers = new Map<string, (path: string) => boolean>();

/** A glob compiled once: documents are checked on every keystroke. */
function globMatcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    try {
      m = compileGlob(glob);
    } catch {
      // An invalid glob is reported in its configuration file and matches nothing.
      m = () => false;
    }
    if (matchers.size >= 500) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}
