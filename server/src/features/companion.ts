import type { DocumentKind } from '../engine';

const KIND_SUFFIX = /\.(supervision|leadership|policy)(?=\.(md|markdown)$)/i;

/**
 * Where content moved out of a document goes: a companion file of the other
 * kind beside it, named by the file-name convention.
 * `plan-2025.supervision.md` → `plan-2025.leadership.md`;
 * `caseload.policy.md` → `caseload.supervision.md`; `notes.md` → `notes.leadership.md`.
 */
export function companionFileName(fileName: string, target: DocumentKind): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dir = fileName.slice(0, slash + 1);
  const base = fileName.slice(slash + 1);
  const ext = /\.(md|markdown)$/i.exec(base)?.[0] ?? '.md';
  const stem = base.slice(0, base.length - (/\.(md|markdown)$/i.test(base) ? ext.length : 0)).replace(KIND_SUFFIX, '').replace(/\.(supervision|leadership|policy)$/i, '');
  return `${dir}${stem}.${target}${ext}`;
}

/** The opening of a new companion document. */
export function companionHeader(target: DocumentKind, sourceName: string): string {
  const title = `${target === 'leadership' ? 'Leadership' : 'Supervision'} notes moved from ${sourceName}`;
  return `---\nscope: ${target}\ntitle: ${title}\n---\n\n# ${title}\n`;
}
