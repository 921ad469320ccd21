import { parseDocument, type ParsedDocument } from '../parse/document';
import type { DocumentKind } from '../types';
import { expandSnippet, MAX_SNIPPET_NESTING, snippetProblems, tooDeepAt } from './snippet-syntax';

/** A document template a team keeps in its repository. */
export interface Template {
  name: string;
  prefix: string;
  /** The kind of document it makes, or `any`. */
  kind: DocumentKind | 'any';
  description: string;
  /** Snippet syntax. */
  body: string;
  /** Where it came from: a file path, or `built-in`. */
  source: string;
}

/** A mistake in a template file, at offsets in its text. */
export interface TemplateProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedTemplate {
  template?: Template;
  problems: TemplateProblem[];
}

const KEYS = new Set(['name', 'prefix', 'kind', 'description']);

/** Reads a template file's text; see templateFromDocument. */
export function parseTemplate(text: string, source: string): ParsedTemplate {
  return templateFromDocument(parseDocument(text), source);
}

/**
 * Reads a template: front matter with `name`, `prefix`, `kind` (supervision,
 * leadership or any) and `description`, then the body in snippet syntax.
 * Every problem is reported where it stands; a template with problems is not
 * offered.
 */
export function templateFromDocument(doc: ParsedDocument, source: string): ParsedTemplate {
  const fm = doc.frontMatter;
  if (!fm) {
    return { problems: [{ message: 'A template starts with front matter: `---`, then `name:`, `prefix:`, `kind:` and `description:`, then `---`.', start: 0, end: Math.min(3, doc.text.length) }] };
  }
  const problems: TemplateProblem[] = fm.problems.map((p) => ({ ...p, message: `Front matter: ${p.message}` }));
  const opening = { start: fm.block.start, end: fm.block.start + 3 };
  for (const field of fm.fields.values()) {
    if (!KEYS.has(field.key)) problems.push({ message: `Unknown key \`${field.key}\`; a template has name, prefix, kind and description.`, start: field.keyStart, end: field.keyEnd });
  }
  const field = (k: string) => fm.fields.get(k);
  const str = (k: string) => (typeof field(k)?.value === 'string' ? (field(k)!.value as string).trim() : '');
  const at = (k: string) => {
    const f = field(k);
    return f ? { start: f.keyStart, end: f.keyEnd } : opening;
  };
  const need = (k: string, what: string) => {
    if (!str(k)) problems.push({ message: `\`${k}:\` is missing: ${what}.`, ...at(k) });
  };
  need('name', 'the name shown in completion and in New document from template');
  need('prefix', 'the word that brings the template up in completion');
  if (str('prefix') && !/^[\w-]+$/.test(str('prefix'))) problems.push({ message: '`prefix:` is one word of letters, digits, - and _.', ...at('prefix') });
  const kind = str('kind') || 'any';
  if (!['supervision', 'leadership', 'any'].includes(kind)) problems.push({ message: `\`kind: ${kind}\` must be supervision, leadership or any.`, ...at('kind') });

  const bodyStart = fm.block.end + (/^\r?\n/.exec(doc.text.slice(fm.block.end))?.[0].length ?? 0);
  const body = doc.text.slice(bodyStart);
  if (!body.trim()) problems.push({ message: 'The template has no body after its front matter.', start: bodyStart, end: bodyStart });
  const deep = tooDeepAt(body);
  if (deep !== undefined) {
    const lineStart = body.lastIndexOf('\n', deep) + 1;
    problems.push({ message: `Snippet syntax: tab stops are nested more than ${MAX_SNIPPET_NESTING} deep here.`, start: bodyStart + lineStart, end: bodyStart + deep + 2 });
  } else {
    for (const p of snippetProblems(body)) problems.push({ message: `Snippet syntax: ${p}.`, ...locate(body, bodyStart) });
  }
  if (problems.length) return { problems: problems.sort((a, b) => a.start - b.start) };
  return {
    template: { name: str('name'), prefix: str('prefix'), kind: kind as Template['kind'], description: str('description'), body, source },
    problems,
  };
}

/** The line of the first `$` the snippet parser left as text. */
function locate(body: string, bodyStart: number): { start: number; end: number } {
  const expanded = expandSnippet(body);
  const bad = /\$\{|\$(\d|[A-Za-z_])/.exec(expanded);
  const needle = bad ? expanded.slice(bad.index, bad.index + 2) : '$';
  const lines = body.split('\n');
  const line = Math.max(0, lines.findIndex((l) => l.includes(needle)));
  const start = bodyStart + lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return { start, end: start + lines[line]!.replace(/\r$/, '').length };
}
