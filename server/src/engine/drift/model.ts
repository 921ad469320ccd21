import shipped from '../../../data/model/drift-model.json';
import type { DocumentKind } from '../types';
import type { Features } from './features';

/**
 * A logistic regression over the drift features, one per kind of document,
 * fitted to labelled documents by `npm run train` (scripts/train-drift.mjs)
 * and shipped as data. Deterministic, and nothing is fetched at run time.
 */
export interface KindModel {
  bias: number;
  /** The probability at or above which a block drifts, chosen on validation documents. */
  threshold: number;
  weights: Record<string, number>;
}

export interface DriftModel {
  version: number;
  trainedOn: string[];
  supervision: KindModel;
  leadership: KindModel;
}

/** The shipped model; its weights are trained, never edited by hand. */
export function driftModel(): DriftModel | null {
  return (shipped as unknown as DriftModel).version ? (shipped as unknown as DriftModel) : null;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// A block's features are kept while its text is unchanged, so its probability is too: an edit scores only the blocks it touched.
const scored = new WeakMap<KindModel, WeakMap<Features, number>>();

// Thousands of named weights: a Map looks them up faster than the parsed JSON object does.
const weightMaps = new WeakMap<KindModel, Map<string, number>>();
function weightsOf(m: KindModel): Map<string, number> {
  let map = weightMaps.get(m);
  if (!map) weightMaps.set(m, (map = new Map(Object.entries(m.weights))));
  return map;
}

/** The probability that a block with these features drifts out of a document of this kind. */
export function driftProbability(m: KindModel, features: Features): number {
  let known = scored.get(m);
  if (!known) scored.set(m, (known = new WeakMap()));
  const hit = known.get(features);
  if (hit !== undefined) return hit;
  let z = m.bias;
  const weights = weightsOf(m);
  // forEach, not for-of: no [name, value] pair is allocated for each of a block's features.
  features.forEach((value, name) => {
    z += (weights.get(name) ?? 0) * value;
  });
  const p = sigmoid(z);
  known.set(features, p);
  return p;
}

/** The features that pushed the decision most towards drift, for the explanation. */
export function strongestFeatures(m: KindModel, features: Features, n = 5): { name: string; contribution: number }[] {
  return [...features]
    .map(([name, value]) => ({ name, contribution: (m.weights[name] ?? 0) * value }))
    .filter((x) => x.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, n);
}

export type { DocumentKind };
