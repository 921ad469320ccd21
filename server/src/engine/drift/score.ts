import { categories, categoryById, type Category, type SignalId } from '../lexicon/lexicon';
import type { DocumentKind } from '../types';
import { categoryWeight, pillarTotal, signalWeight, type CueHit, type Evidence } from './evidence';

/** The single threshold a passage's drift score is compared with; calibrated on labelled documents. */
export const DRIFT_THRESHOLD = 3;

/** One category's evidence can add at most this much: repeating a topic does not make it more out of scope. */
const CATEGORY_CAP = 6;

/** A feature of the evidence, its coefficient, and the most it can contribute before the coefficient. */
interface Term {
  feature: (ev: Evidence) => number;
  coef: number;
  cap: number;
}

const signal = (id: SignalId) => (ev: Evidence) => signalWeight(ev, id);
const pillars = (ev: Evidence) => pillarTotal(ev);
const kindWeight = (kind: DocumentKind, except: string[] = []) => (ev: Evidence) =>
  categories.filter((c) => c.belongs === kind && !except.includes(c.id)).reduce((n, c) => n + Math.min(CATEGORY_CAP, categoryWeight(ev, c.id)), 0);

/**
 * How evidence other than the cue categories moves the score, for each kind of
 * document. In a supervision document the organisation as actor and
 * organisation-wide scope point to drift; the supervisee, an agency policy
 * applied to them, the supervision's own logistics and the pillars point away.
 * In a leadership document one named or singled-out person points to drift;
 * the aggregate and rules for everyone point away.
 */
const TERMS: Record<DocumentKind, Term[]> = {
  supervision: [
    { feature: (ev) => ev.money, coef: 2, cap: 1 },
    { feature: signal('organisation-actor'), coef: 0.5, cap: 4 },
    { feature: signal('organisation-scope'), coef: 0.5, cap: 4 },
    { feature: signal('aside-marker'), coef: 0.5, cap: 3 },
    // A performance problem in a supervision note may be the supervisee's or another staff member's: it argues neither way.
    { feature: kindWeight('supervision', ['individual-performance']), coef: -0.4, cap: 6 },
    { feature: signal('supervisee-focus'), coef: -0.35, cap: 6 },
    { feature: signal('policy-application'), coef: -0.6, cap: 4 },
    { feature: signal('supervision-logistics'), coef: -0.4, cap: 4 },
    { feature: pillars, coef: -0.3, cap: 4 },
  ],
  leadership: [
    { feature: signal('individual-focus'), coef: 0.5, cap: 6 },
    { feature: (ev) => ev.people, coef: 1, cap: 2 },
    { feature: kindWeight('leadership'), coef: -0.3, cap: 6 },
    { feature: signal('aggregate'), coef: -0.4, cap: 4 },
    { feature: signal('generic-rule'), coef: -0.5, cap: 6 },
    { feature: signal('organisation-scope'), coef: -0.3, cap: 4 },
    { feature: pillars, coef: -0.25, cap: 4 },
  ],
};

/** Headings and labels that announce content of the other kind raise the score of what sits under them. */
const HEADING_SIGNAL: Record<DocumentKind, SignalId> = {
  supervision: 'organisational-context-heading',
  leadership: 'case-context-heading',
};
const HEADING_BONUS = 1.5;

export interface DriftScore {
  score: number;
  /** The category with the most evidence, if any category of the other kind was cued at all. */
  category?: Category;
  /** Cues of that category, and of any other category of the other kind. */
  cues: CueHit[];
  /** Sum of capped category weights of the other kind. */
  topical: number;
}

export const otherKind = (kind: DocumentKind): DocumentKind => (kind === 'supervision' ? 'leadership' : 'supervision');

/**
 * Scores how far `ev` drifts out of a document of kind `kind`. `context` is the
 * evidence of the headings above the passage.
 */
export function scoreDrift(kind: DocumentKind, ev: Evidence, context?: Evidence): DriftScore {
  const other = otherKind(kind);
  let topical = 0;
  let best: Category | undefined;
  let bestWeight = 0;
  const cues: CueHit[] = [];
  for (const [id, hits] of ev.category) {
    const category = categoryById.get(id);
    if (!category || category.belongs !== other) continue;
    const w = Math.min(CATEGORY_CAP, hits.reduce((n, h) => n + h.weight, 0));
    topical += w;
    cues.push(...hits);
    if (w > bestWeight) {
      bestWeight = w;
      best = category;
    }
  }
  let score = topical;
  for (const t of TERMS[kind]) score += t.coef * Math.min(t.cap, t.feature(ev));
  if (context && signalWeight(context, HEADING_SIGNAL[kind]) >= 2) score += HEADING_BONUS;
  if (context) {
    const headingTopical = categories
      .filter((c) => c.belongs === other)
      .reduce((n, c) => n + Math.min(3, categoryWeight(context, c.id)), 0);
    score += Math.min(HEADING_BONUS, headingTopical * 0.5);
  }
  return { score, category: best, cues, topical };
}
