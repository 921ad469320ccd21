import pillarsJson from '../../../snippets/pillars.json';
import templatesJson from '../../../snippets/templates.json';
import type { DocumentKind } from '../engine';
import { documentTypes } from '../engine/kind/title';
import type { Template } from '../engine/templates/template-file';

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const bodyOf = (e: SnippetEntry) => (Array.isArray(e.body) ? e.body.join('\n') : e.body);
const prefixOf = (e: SnippetEntry) => (Array.isArray(e.prefix) ? e.prefix[0]! : e.prefix);

export interface PillarSnippet {
  pillar: string;
  kind: DocumentKind;
  prefix: string;
  description: string;
  body: string;
}

/** The pillar snippets of snippets/pillars.json, named `pillar-<pillar id>-<kind>`. */
export const pillarSnippets: readonly PillarSnippet[] = Object.values(pillarsJson as Record<string, SnippetEntry>).flatMap((e) => {
  const m = /^pillar-(.+)-(supervision|leadership)$/.exec(prefixOf(e));
  return m ? [{ pillar: m[1]!, kind: m[2] as DocumentKind, prefix: prefixOf(e), description: e.description ?? '', body: bodyOf(e) }] : [];
});

export function pillarSnippet(pillar: string, kind: DocumentKind): PillarSnippet | undefined {
  return pillarSnippets.find((s) => s.pillar === pillar && s.kind === kind);
}

/** The document templates of snippets/templates.json, named `template-<type>`; their kind is their type's. */
export const builtInTemplates: readonly Template[] = Object.entries(templatesJson as Record<string, SnippetEntry>).map(([name, e]) => {
  const body = bodyOf(e);
  const scope = /^scope:\s*(supervision|leadership)\s*$/m.exec(body)?.[1] as DocumentKind | undefined;
  const typeId = /^type:\s*([\w-]+)\s*$/m.exec(body)?.[1];
  const kind = scope ?? documentTypes.find((t) => t.id === typeId)?.kind ?? 'any';
  return { name: name.replace(/^Template:\s*/, ''), prefix: prefixOf(e), kind, description: e.description ?? '', body, source: 'built-in' };
});
