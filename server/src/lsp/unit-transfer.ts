import { unitKey } from '../engine';
import type { Unit } from '../engine/parse/units';

/**
 * A document's units in columns, for the copy from the analysis thread to the
 * server's: a long document has thousands of units, and copying thousands of
 * small objects between threads costs more than the analysis of an edit.
 * Sources and cache keys are not sent at all; the server rebuilds them from
 * the text it holds.
 */
export interface PackedUnits {
  types: string[];
  typeOf: Uint8Array;
  /** start, end of each unit. */
  spans: Int32Array;
  prose: string[];
  /** Each unit's first sentence in `sentences`, and one past the last unit's. */
  sentenceFrom: Int32Array;
  /** start, end of each sentence. */
  sentences: Int32Array;
  headingPaths: string[][];
  headingsOf: Int32Array;
  labels: (string | undefined)[];
  depths: (number | undefined)[];
}

export function packUnits(units: readonly Unit[]): PackedUnits {
  const types: string[] = [];
  const paths: string[][] = [];
  const pathIndex = new Map<string[], number>();
  const typeOf = new Uint8Array(units.length);
  const spans = new Int32Array(units.length * 2);
  const sentenceFrom = new Int32Array(units.length + 1);
  const headingsOf = new Int32Array(units.length);
  let sentenceCount = 0;
  for (const u of units) sentenceCount += u.sentences.length;
  const sentences = new Int32Array(sentenceCount * 2);
  let s = 0;
  units.forEach((u, i) => {
    let t = types.indexOf(u.type);
    if (t < 0) t = types.push(u.type) - 1;
    typeOf[i] = t;
    spans[2 * i] = u.start;
    spans[2 * i + 1] = u.end;
    sentenceFrom[i] = s;
    for (const x of u.sentences) {
      sentences[2 * s] = x.start;
      sentences[2 * s + 1] = x.end;
      s++;
    }
    // Units under the same headings share one array (see extractUnits): one entry per path.
    let h = pathIndex.get(u.headings);
    if (h === undefined) {
      h = paths.push(u.headings) - 1;
      pathIndex.set(u.headings, h);
    }
    headingsOf[i] = h;
  });
  sentenceFrom[units.length] = s;
  return { types, typeOf, spans, prose: units.map((u) => u.prose), sentenceFrom, sentences, headingPaths: paths, headingsOf, labels: units.map((u) => u.label), depths: units.map((u) => u.depth) };
}

export function unpackUnits(packed: PackedUnits, text: string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < packed.typeOf.length; i++) {
    const start = packed.spans[2 * i]!;
    const end = packed.spans[2 * i + 1]!;
    const sentences = [];
    for (let s = packed.sentenceFrom[i]!; s < packed.sentenceFrom[i + 1]!; s++) sentences.push({ start: packed.sentences[2 * s]!, end: packed.sentences[2 * s + 1]! });
    const unit: Unit = {
      type: packed.types[packed.typeOf[i]!] as Unit['type'],
      start,
      end,
      source: text.slice(start, end),
      prose: packed.prose[i]!,
      sentences,
      headings: packed.headingPaths[packed.headingsOf[i]!]!,
      key: '',
    };
    if (packed.labels[i] !== undefined) unit.label = packed.labels[i];
    if (packed.depths[i] !== undefined) unit.depth = packed.depths[i];
    unit.key = unitKey(unit);
    out.push(unit);
  }
  return out;
}
