import { isMap, LineCounter, parseDocument } from 'yaml';
import type { DocumentKind, Range } from '../types';
import { expandSnippet, snippetProblems } from './snippet-syntax';

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

export interface TemplateProblem {
  message: string;
  range: Range;
}

export interface ParsedTemplate {
  template?: Template;
  problems: TemplateProblem[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEYS = new Set(['name', 'prefix', 'kind', 'description']);

/**
 * Reads a template file: front matter with `name`, `prefix`, `kind`
 * (supervision, leadership or any) and `description`, then the body in
 * snippet syntax. Every problem is reported at its line; a template with
 * problems is not offered.
 */
export function parseTemplate(text: string, source: string): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  const lineRange = (line: number, from = 0, to = 1000): Range => ({ start: { line, character: from }, end: { line, character: to } });
  const fence = FENCE.exec(text);
  if (!fence) {
    return { problems: [{ message: 'A template starts with front matter: `---`, then `name:`, `prefix:`, `kind:` and `description:`, then `---`.', range: lineRange(0) }] };
  }
  const lineCounter = new LineCounter();
  const yamlText = fence[1]!;
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const at = (offset: number): Range => {
    const { line, col } = lineCounter.linePos(offset);
    return lineRange(line, col - 1);
  };
  for (const e of doc.errors) problems.push({ message: `Front matter: ${e.message.split('\n')[0]}`, range: at(e.pos[0]) });
  const fields: Record<string, unknown> = {};
  const where: Record<string, Range> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? '');
      const range = at((pair.key as { range?: number[] } | null)?.range?.[0] ?? 0);
      if (!KEYS.has(key)) problems.push({ message: `Unknown key \`${key}\`; a template has name, prefix, kind and description.`, range });
      fields[key] = (pair.value as { toJSON?: () => unknown })?.toJSON?.() ?? null;
      where[key] = range;
    }
  } else if (!doc.errors.length) {
    problems.push({ message: 'Front matter should be `key: value` lines.', range: lineRange(1) });
  }
  const str = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string).trim() : '');
  const need = (k: string, what: string) => {
    if (!str(k)) problems.push({ message: `\`${k}:\` is missing: ${what}.`, range: where[k] ?? lineRange(0) });
  };
  need('name', 'the name shown in completion and in New document from template');
  need('prefix', 'the word that brings the template up in completion');
  if (str('prefix') && !/^[\w-]+$/.test(str('prefix'))) problems.push({ message: '`prefix:` is one word of letters, digits, - and _.', range: where.prefix! });
  const kind = str('kind') || 'any';
  if (!['supervision', 'leadership', 'any'].includes(kind)) problems.push({ message: `\`kind: ${kind}\` must be supervision, leadership or any.`, range: where.kind ?? lineRange(0) });

  const bodyStart = fence[0].length;
  const body = text.slice(bodyStart);
  const bodyLine = (text.slice(0, bodyStart).match(/\n/g) ?? []).length;
  if (!body.trim()) problems.push({ message: 'The template has no body after its front matter.', range: lineRange(bodyLine) });
  for (const p of snippetProblems(body)) problems.push({ message: `Snippet syntax: ${p}.`, range: locate(body, bodyLine) });
  if (problems.length) return { problems };
  return {
    template: { name: str('name'), prefix: str('prefix'), kind: kind as Template['kind'], description: str('description'), body, source },
    problems,
  };
}

/** The line of the first `$` the parser left as text, for the problem's range. */
function locate(body: string, bodyLine: number): Range {
  const expanded = expandSnippet(body);
  const bad = /\$\{|\$(\d|[A-Za-z_])/.exec(expanded);
  const lines = body.split('\n');
  const needle = bad ? expanded.slice(bad.index, bad.index + 12).split('\n')[0]! : '$';
  const line = Math.max(0, lines.findIndex((l) => l.includes(needle.slice(0, 2))));
  return { start: { line: bodyLine + line, character: 0 }, end: { line: bodyLine + line, character: lines[line]?.length ?? 0 } };
}
