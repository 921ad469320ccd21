import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatterBlock } from './units';
import { yamlProblem } from './yaml-errors';

/** A front matter key with its value, located in the document. */
export interface FrontMatterField {
  key: string;
  /** The value as written, if it is a scalar. */
  value: unknown;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface FrontMatterProblem {
  message: string;
  start: number;
  end: number;
}

export interface FrontMatter {
  block: FrontMatterBlock;
  /** Top-level keys, lower-cased, in order. Empty if the YAML is not a mapping. */
  fields: Map<string, FrontMatterField>;
  problems: FrontMatterProblem[];
}

/**
 * Reads the YAML front matter. Malformed YAML never throws: its problems are
 * returned with document offsets, and whatever keys could be read are kept.
 */
export function readFrontMatter(block: FrontMatterBlock): FrontMatter {
  const fields = new Map<string, FrontMatterField>();
  const problems: FrontMatterProblem[] = [];
  const base = block.valueStart;
  const clampEnd = (offset: number) => Math.min(base + offset, block.end);

  let doc;
  try {
    // logLevel error: the yaml package's warnings go to the console and would quote the text.
    doc = parseDocument(block.value, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  } catch {
    // The yaml package reports problems rather than throwing; this guards against the unexpected.
    problems.push({ message: 'front matter could not be read', start: block.start, end: block.end });
    return { block, fields, problems };
  }
  for (const e of doc.errors) {
    const [s, t] = e.pos;
    problems.push({ message: yamlProblem(e), start: base + s, end: Math.max(base + s + 1, clampEnd(t)) });
  }
  const contents = doc.contents;
  if (contents && !isMap(contents)) {
    if (!(isScalar(contents) && (contents.value === null || contents.value === ''))) {
      const range = contents.range ?? [0, block.value.length];
      problems.push({ message: 'front matter should be a list of `key: value` lines', start: base + range[0], end: clampEnd(range[1]) });
    }
    return { block, fields, problems };
  }
  for (const pair of contents?.items ?? []) {
    const key = pair.key;
    if (!isScalar(key) || !key.range) continue;
    const name = String(key.value).trim().toLowerCase();
    const valueNode = pair.value;
    const valueRange = valueNode && 'range' in valueNode && valueNode.range ? valueNode.range : [key.range[1], key.range[1]];
    fields.set(name, {
      key: String(key.value),
      value: isScalar(valueNode) ? valueNode.value : valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null,
      keyStart: base + key.range[0],
      keyEnd: base + key.range[1],
      valueStart: base + valueRange[0]!,
      valueEnd: base + valueRange[1]!,
    });
  }
  return { block, fields, problems };
}
