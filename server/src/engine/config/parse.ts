import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../../schemas/clinical-scope.schema.json';
import { categories } from '../lexicon/lexicon';
import { RULES } from '../rules/registry';
import { documentTypes } from '../kind/title';
import type { Range } from '../types';
import { checkHours } from '../log/requirement-config';
import { yamlProblem } from '../parse/yaml-errors';
import { compileGlob } from './glob';
import type { ConfigProblem, TeamConfig } from './types';

/** A team configuration file is a few dozen lines; anything far longer is not one, and would slow every check. */
export const MAX_CONFIG_LENGTH = 200_000;
const MAX_ALIAS_USES = 100;

// Compiling the schema takes longer than checking a short document: done when a configuration is first read.
let compiled: ValidateFunction | undefined;
const schemaValidator = () => (compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema));

export interface ParsedConfig {
  /** The settings that are valid; anything wrong is left out and reported. */
  config: TeamConfig;
  problems: ConfigProblem[];
}

/**
 * Reads a `.clinical-scope.yaml` or `.clinical-scope.json` file (YAML reads
 * both). Never throws: each mistake is reported at its key, and the valid
 * settings are kept.
 */
export function parseConfig(text: string): ParsedConfig {
  try {
    return readConfig(text);
  } catch {
    // YAML can build values no check here foresaw (`!!binary`, `!!set`): such a file is reported, never thrown.
    return { config: {}, problems: [{ message: 'The file could not be read as a configuration. None of it applies.', range: zero(), wholeFile: true }] };
  }
}

function readConfig(text: string): ParsedConfig {
  if (text.length > MAX_CONFIG_LENGTH) {
    return { config: {}, problems: [{ message: `The file is too long to be a configuration (${text.length.toLocaleString('en')} characters; the limit is ${MAX_CONFIG_LENGTH.toLocaleString('en')}). None of it applies.`, range: zero(), wholeFile: true }] };
  }
  const lineCounter = new LineCounter();
  const problems: ConfigProblem[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch {
    return { config: {}, problems: [{ message: 'The file could not be read as YAML or JSON.', range: zero(), wholeFile: true }] };
  }
  const rangeOf = (offsets: readonly number[] | undefined): Range => {
    const [s = 0, e = s + 1] = offsets ?? [];
    const a = lineCounter.linePos(s);
    const b = lineCounter.linePos(Math.max(s, e));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  for (const e of doc.errors) problems.push({ message: sentence(yamlProblem(e)), range: rangeOf(e.pos) });
  if (doc.errors.length && !isMap(doc.contents)) return { config: {}, problems };
  let value: unknown;
  try {
    // Aliases (`*name`) may be repeated only so often: each use copies its value, so a few lines could otherwise expand without end.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_USES }) ?? {};
  } catch {
    return { config: {}, problems: [...problems, { message: `The file repeats YAML aliases (\`*name\`) too often to be read; write the values out instead. None of it applies.`, range: zero(), wholeFile: true }] };
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    return { config: {}, problems: [...problems, { message: 'The configuration should be a map of keys such as `rules:` and `kinds:`.', range: rangeOf(doc.contents?.range) }] };
  }

  // Paths (as key lists) of values to drop because they are wrong.
  const drop: (string | number)[][] = [];
  const nodeRange = (path: (string | number)[], key: boolean) => {
    if (key && path.length) {
      const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key: { value?: unknown; range?: number[] } }[] } | undefined;
      const pair = parent?.items?.find((i) => String(i.key?.value) === String(path[path.length - 1]));
      if (pair?.key?.range) return rangeOf(pair.key.range);
    }
    const node = doc.getIn(path, true) as { range?: number[] } | undefined;
    return rangeOf(node?.range ?? (doc.contents as { range?: number[] } | null)?.range);
  };

  const validate = schemaValidator();
  if (!validate(value)) {
    for (const err of validate.errors ?? []) {
      const path = err.instancePath.split('/').slice(1).map(decode);
      const problem = describe(err, path);
      if (!problem) continue;
      problems.push({ message: problem.message, range: nodeRange(problem.path, problem.atKey) });
      drop.push(problem.path);
    }
  }
  const config = structuredClone(value) as TeamConfig & Record<string, unknown>;
  for (const [glob] of Object.entries(config.kinds ?? {})) {
    try {
      compileGlob(glob);
      if (glob.startsWith('/') || glob.split('/').includes('..')) throw new Error('it must stay inside this folder (no leading / and no ..)');
    } catch (error) {
      problems.push({ message: `The glob \`${glob}\` is not valid: ${(error as Error).message}.`, range: nodeRange(['kinds', glob], true) });
      drop.push(['kinds', glob]);
    }
  }
  for (const type of Object.keys(config.sections ?? {})) {
    if (type !== 'supervision' && type !== 'leadership' && !documentTypes.some((t) => t.id === type)) {
      problems.push({ message: `Unknown document type \`${type}\` under \`sections:\`${suggest(type, ['supervision', 'leadership', ...documentTypes.map((t) => t.id)])}`, range: nodeRange(['sections', type], true) });
      drop.push(['sections', type]);
    }
  }
  // An incomplete requirement is reported here and left out when the configuration is merged.
  for (const p of checkHours(config.hours)) problems.push({ message: p.message, range: nodeRange(p.path, p.atKey) });
  // Remove later list items first, so earlier indices stay right.
  drop.sort((a, b) => {
    const x = a[a.length - 1];
    const y = b[b.length - 1];
    return typeof x === 'number' && typeof y === 'number' ? y - x : 0;
  });
  for (const path of drop) removeAt(config, path);
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { config: config as TeamConfig, problems };
}

function describe(err: ErrorObject, path: (string | number)[]): { message: string; path: (string | number)[]; atKey: boolean } | undefined {
  const where = path.length ? `\`${path.join('.')}\`` : 'the configuration';
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const at = [...path, key];
      if (path[0] === 'rules' && path.length === 1) return { message: `Unknown rule \`${key}\`${suggest(key, RULES.map((r) => r.id))}`, path: at, atKey: true };
      if (path[0] === 'cues' && path.length === 1) return { message: `Unknown category \`${key}\` under \`cues:\`${suggest(key, categories.map((c) => c.id))}`, path: at, atKey: true };
      const known = Object.keys(subschema(path)?.properties ?? {});
      return { message: `Unknown key \`${key}\` in ${where}${suggest(key, known)}`, path: at, atKey: true };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return { message: `${where} must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`, path, atKey: false };
    }
    case 'type':
      return { message: `${where} must be ${article((err.params as { type: string }).type)}.`, path, atKey: false };
    case 'minLength':
      return { message: `${where} must not be empty.`, path, atKey: false };
    case 'maxLength':
      return { message: `${where} is too long for a phrase (at most ${(err.params as { limit: number }).limit} characters).`, path, atKey: false };
    default:
      return { message: `${where} ${err.message ?? 'is not valid'}.`, path, atKey: false };
  }
}

function subschema(path: (string | number)[]): { properties?: Record<string, unknown> } | undefined {
  let s = schema as unknown as { properties?: Record<string, unknown> };
  for (const p of path) s = (s.properties?.[String(p)] ?? {}) as typeof s;
  return s;
}

/** The end of an "unknown …" message: a did-you-mean when something is close, else the known names. */
function suggest(word: string, known: string[]): string {
  if (!known.length) return '.';
  const guess = closest(word, known);
  return distance(word, guess) <= Math.max(3, Math.floor(word.length / 3)) ? `; did you mean \`${guess}\`?` : `; known: ${known.map((k) => `\`${k}\``).join(', ')}.`;
}

const article = (type: string) => ({ object: 'a map of keys', array: 'a list', string: 'text', boolean: 'true or false', number: 'a number' })[type] ?? type;

function decode(segment: string): string | number {
  const s = segment.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(s) ? Number(s) : s;
}

function removeAt(target: Record<string, unknown>, path: (string | number)[]): void {
  if (!path.length) return;
  let node: unknown = target;
  for (const p of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[String(p)];
  }
  if (node === null || typeof node !== 'object') return;
  const last = path[path.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete (node as Record<string, unknown>)[String(last)];
}

const zero = (): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });

/** A message fragment as a sentence of its own. */
const sentence = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
