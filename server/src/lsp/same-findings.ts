import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from '../engine';

/**
 * Whether two findings say the same, in the same place. Where and what each says is compared first,
 * field by field; what it carries for its quick fixes only when all that is the same.
 */
export function sameFinding(x: Diagnostic, y: Diagnostic): boolean {
  if (x === y) return true;
  const r = x.range;
  const q = y.range;
  if (r.start.line !== q.start.line || r.start.character !== q.start.character || r.end.line !== q.end.line || r.end.character !== q.end.character) return false;
  return x.code === y.code && x.severity === y.severity && x.message === y.message && sameData(x.data, y.data);
}

/** Deep equality for what findings carry (words, numbers, lists of words), with the common shapes compared directly. */
function sameData(a: Diagnostic['data'], b: Diagnostic['data']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (!Object.hasOwn(b, k)) return false;
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
    if (!isDeepStrictEqual(x, y)) return false;
  }
  return true;
}

/**
 * Whether two lists of findings say the same, in the same places: a long document has a thousand
 * findings, and a general deep comparison of them all costs more than the rest of answering a keystroke.
 */
export function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFinding(a[i]!, b[i]!)) return false;
  return true;
}
