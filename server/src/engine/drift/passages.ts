import { categoryById, type Category, type Lexicon } from '../lexicon/lexicon';
import { alignUnits } from '../parse/alignment';
import type { Unit } from '../parse/units';
import type { DocumentKind } from '../types';
import { findPeople } from '../nlp/people';
import { categoryWeight, gatherEvidence, sumEvidence, withContext, type CueHit, type Evidence } from './evidence';
import { CAP, STOP, unitFeatures, vocabularyOf, type Features, type Vocabulary } from './features';
import { driftModel, driftProbability, sigmoid, strongestFeatures, type KindModel } from './model';
import { DRIFT_THRESHOLD, scoreDrift } from './score';
import { cacheLimit, remember } from '../cache-limit';

/** A stretch of a block, one or more sentences or the whole block, whose main content belongs to the other kind. */
export interface DriftPassage {
  start: number;
  end: number;
  unit: Unit;
  category: Category;
  /** The cue words as written, most telling first, without repeats. */
  cues: string[];
  score: number;
  /** 0..1: the model's probability that the block drifts (or, without a model, how far the score clears the threshold). */
  confidence: number;
  /** For a block found by its shape rather than by cue words: the shape, in words ("a table row about one named person"). */
  structural?: string;
}

/** How much the rest of a block counts toward each of its sentences. */
const BLOCK_CONTEXT = 0.35;

/** Drifting sentences shorter than this share of their block count as an aside... */
const ASIDE_SHARE = 0.4;
/** ...when the rest of the block scores at or below this: clearly in scope. */
const IN_SCOPE_SCORE = -2;

/** Lines of a drifting paragraph scoring this far below its strongest line are left out of the finding. */
const LINE_MARGIN = 4;
/** ...unless they say nothing either way (no score below this) and follow a drifting line. */
const NEUTRAL_LINE = -1;

/** ...and a line of a pasted chat or thread scores at least this (or the best line's score, if lower) to drift on its own. */
const MESSAGE_SCORE = 1;
/** A line that opens with who sent it, and perhaps when: "[14/08, 07:02] Zanele Khumalo:", "Dr Ayesha Patel (GP):", "> **Sam:**". */
const MESSAGE_LINE = /^[\s>*_-]*(?:\[[^\]\n]{3,30}\]\s*)?[*_]*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s*\([^()\n]{1,30}\))?[*_]*\s*:/u;

/** A drifting sentence needs at least one cue this strong (a medium cue) of its own. */
const MIN_CUE_WEIGHT = 2;

export interface UnitEvidence {
  /** Evidence per sentence, in order; offsets relative to the unit's start. */
  sentences: Evidence[];
  block: Evidence;
  /** Whether `people` has been counted in the sentences and the block. */
  peopleCounted: boolean;
}

/**
 * Per-unit evidence depends only on the unit's text, so it is cached by that
 * text: re-analysing a document after an edit only reads the blocks the edit
 * touched. Offsets in the cache are relative to the unit.
 */
export class EvidenceCache {
  private readonly units = new Map<string, UnitEvidence>();
  private readonly headings = new Map<string, Evidence>();
  private readonly drift = new Map<string, Map<string, UnitDrift>>();

  /** `allFeatures`: build every word feature, not only those the shipped model weighs (for training). */
  constructor(readonly lexicon: Lexicon, private readonly limit?: number, readonly allFeatures = false) {}

  forUnit(unit: Unit): UnitEvidence {
    // Looked up by the unit's prose, the same string object while the block is unchanged (its hash is kept):
    // no per-unit table is written at each keystroke for the thousands of blocks an edit moves.
    const key = unit.prose;
    let hit = this.units.get(key);
    if (!hit) {
      const sentences = unit.sentences.map((s) => gatherEvidence(this.lexicon, unit.prose.slice(s.start - unit.start, s.end - unit.start), s.start - unit.start));
      const block = sumEvidence(sentences);
      hit = { sentences, block, peopleCounted: false };
      this.remember(this.units, key, hit);
    } else if (this.units.size > (this.limit ?? cacheLimit()) / 2) {
      // Refresh recency once the cache could soon drop entries: until then, every block of a long document is
      // read several times per keystroke, and moving each to the back of the map costs more than it saves.
      this.units.delete(key);
      this.units.set(key, hit);
    }
    return hit;
  }

  /**
   * The unit's evidence with the people it names counted. Only leadership
   * documents need them, and only in blocks with a telling supervision cue:
   * elsewhere a name cannot make the block drift, so the name model is spared.
   */
  withPeople(unit: Unit): UnitEvidence {
    const hit = this.forUnit(unit);
    if (!hit.peopleCounted && !hasTellingCue(hit.block, 'supervision')) hit.peopleCounted = true;
    if (!hit.peopleCounted) {
      hit.block.people = 0;
      unit.sentences.forEach((s, i) => {
        const n = findPeople(unit.prose.slice(s.start - unit.start, s.end - unit.start)).length;
        hit.sentences[i]!.people = n;
        hit.block.people += n;
      });
      hit.peopleCounted = true;
    }
    return hit;
  }

  forHeadings(headings: readonly string[]): Evidence {
    const key = headings.join('\u0001');
    let hit = this.headings.get(key);
    if (!hit) {
      hit = sumEvidence(headings.map((h) => gatherEvidence(this.lexicon, h, 0)));
      this.remember(this.headings, key, hit);
    }
    return hit;
  }

  /** The kept drift of every unit of one kind and threshold, by the unit's key (see keptDrift). */
  driftFor(kind: DocumentKind, threshold: number): Map<string, UnitDrift> {
    const setting = `${kind}\u0000${threshold}`;
    let drift = this.drift.get(setting);
    if (!drift) this.drift.set(setting, (drift = new Map()));
    return drift;
  }

  /** Stores a unit's drift under its key. */
  keep(drift: Map<string, UnitDrift>, key: string, value: UnitDrift): UnitDrift {
    this.remember(drift, key, value);
    return value;
  }

  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    remember(map, key, value, this.limit ?? cacheLimit());
  }
}

/** Whether the evidence holds a medium or strong cue of one of `kind`'s topics. */
export function hasTellingCue(ev: Evidence, kind: DocumentKind): boolean {
  for (const [id, hits] of ev.category) if (categoryById.get(id)?.belongs === kind && hits.some((h) => h.weight >= MIN_CUE_WEIGHT)) return true;
  return false;
}

const PROSE_UNITS = new Set<Unit['type']>(['paragraph', 'listItem', 'tableRow', 'blockquote']);

/** One block as the drift model sees it: its features, and the passages the hand-set rules found in it. */
export interface DriftBlock {
  unit: Unit;
  features: Features;
  rulePassages: DriftPassage[];
  block: Evidence;
  context: Evidence;
  /** The block names a client or a client's relative. */
  namesClient?: boolean;
}

/**
 * Finds the passages of a document of kind `kind` that drift into the other
 * kind's scope. The learned model decides which blocks drift; the rules'
 * passages say where in the block and what it is about.
 */
export function findDrift(kind: DocumentKind, units: readonly Unit[], cache: EvidenceCache, thresholdShift = 0, people?: DocumentPeople, memo?: DriftMemo): DriftPassage[] {
  const model = driftModel();
  if (!model) return driftBlocks(kind, units, cache, thresholdShift, people).flatMap((b) => b.rulePassages);
  const m = model[kind];
  // Sensitivity moves the threshold in log-odds, as it moves the rules' threshold in points, one log-odd per point.
  const threshold = sigmoid(Math.log(m.threshold / (1 - m.threshold)) + thresholdShift);
  const ruleThreshold = DRIFT_THRESHOLD + thresholdShift;
  const out: DriftPassage[] = [];
  const kept = cache.driftFor(kind, ruleThreshold);
  const colleague = inOrder(people?.colleagues);
  const client = inOrder(people?.clients);
  // Each block's probability, and whether the team's own words make it drift whatever the model says, by the
  // block's place in the document: the next version's blocks that an edit left as they were read them from
  // here, in order, without looking anything up (DriftMemo).
  const previous = memo?.kept === kept && memo.units ? memo : undefined;
  const before = previous ? alignUnits(previous.units!, units) : undefined;
  const probability = new Float64Array(units.length).fill(Number.NaN);
  const teamSaid = new Uint8Array(units.length);
  // Most blocks of a long document are in scope: each is decided from what is kept of it, and only a drifting
  // block is built out in full (see driftBlocks for the same blocks, all of them). A drifting block's passages
  // are kept too, for as long as its text and what the document says of its people stay the same.
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!PROSE_UNITS.has(unit.type)) continue;
    const j = before ? before(i) : -1;
    let k: UnitDrift | undefined;
    if (j >= 0 && !Number.isNaN(previous!.probability[j]!)) {
      probability[i] = previous!.probability[j]!;
      teamSaid[i] = previous!.teamSaid[j]!;
    } else {
      k = keptDrift(kind, unit, cache, ruleThreshold, kept);
      probability[i] = k.probability ??= driftProbability(m, k.features);
      teamSaid[i] = k.rulePassages.length > 0 && k.teamSaid ? 1 : 0;
    }
    const named = colleague(unit);
    // A phrase the team added to its word lists is out of scope because the team says so.
    if (!named && probability[i]! < threshold && !teamSaid[i]) continue;
    k ??= keptDrift(kind, unit, cache, ruleThreshold, kept);
    const features = named ? withColleague(k.features, k.block) : k.features;
    const p = named ? driftProbability(m, features) : probability[i]!;
    if (p < threshold && !teamSaid[i]) continue;
    const namesClient = client(unit);
    let found = k.found;
    if (!found || found.features !== features || found.namesClient !== namesClient || found.threshold !== threshold) {
      const b = blockOf(unit, k, features, namesClient);
      const whole = b.rulePassages.length ? b.rulePassages.map((r) => ({ ...r, confidence: +p.toFixed(2) })) : [wholeBlock(kind, b, m, p)];
      const passages = whole.flatMap((passage) => byLine(kind, passage, b, cache)).map(({ unit: _, ...r }) => ({ ...r, start: r.start - unit.start, end: r.end - unit.start }));
      found = k.found = { features, namesClient, threshold, passages };
    }
    for (const r of found.passages) out.push({ ...r, start: r.start + unit.start, end: r.end + unit.start, unit });
  }
  if (memo) Object.assign(memo, { kept, units, probability, teamSaid });
  return out;
}

/**
 * What one document's last drift pass read of each block, by the block's place, for the next version's
 * pass (see findDrift). Kept by the caller for one document, from one keystroke to the next.
 */
export interface DriftMemo {
  /** The cache's kept drift for the word lists, kind and threshold the pass read with (EvidenceCache.driftFor). */
  kept?: Map<string, UnitDrift>;
  units?: readonly Unit[];
  /** The model's probability for each block with no colleague named; NaN for blocks that are not prose. */
  probability: Float64Array;
  /** 1 where a cue of the team's own word lists is among the block's rule passages' evidence. */
  teamSaid: Uint8Array;
}

/** An empty memo for one document's drift passes. */
export function driftMemo(): DriftMemo {
  return { probability: new Float64Array(0), teamSaid: new Uint8Array(0) };
}

/**
 * A passage over several lines of one paragraph (lines a writer sees as
 * separate, with no blank line between them) narrowed to the lines whose own
 * words drift: a finding marks the line about the team leader's advice, not
 * the three policy lines above it. A passage whose lines say nothing of
 * their own (a structural finding) is kept whole.
 */
function byLine(kind: DocumentKind, passage: DriftPassage, b: DriftBlock, cache: EvidenceCache): DriftPassage[] {
  const unit = b.unit;
  const text = unit.source;
  const from = passage.start - unit.start;
  const to = passage.end - unit.start;
  if (!text.slice(from, to).includes('\n')) return [passage];
  const { sentences } = cache.forUnit(unit);
  // Each source line of the passage, with the evidence of the sentences that start on it.
  const lines: { start: number; end: number; ev: Evidence[] }[] = [];
  for (let at = from; at < to; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl >= to ? to : nl;
    lines.push({ start: at, end, ev: [] });
    at = end + 1;
  }
  unit.sentences.forEach((sp, i) => {
    const at = sp.start - unit.start;
    const line = lines.find((l) => l.start <= at && at <= l.end);
    if (line) line.ev.push(sentences[i]!);
  });
  const scores = lines.map((l) => (l.ev.length ? scoreDrift(kind, sumEvidence(l.ev), b.context).score : -Infinity));
  const best = Math.max(...scores);
  if (!(best > 0)) return [passage];
  // A chat or a thread pasted line by line ("[14/08, 08:30] Sibusiso Ndlovu (Nursing): …"): each line is a message of
  // its own, which drifts by its own words, and the next message is no continuation of its story.
  const senders = lines.map((l) => MESSAGE_LINE.exec(text.slice(l.start, l.end))?.[1]);
  const messages = lines.length >= 3 && senders.filter((s) => s !== undefined).length >= 0.8 * lines.length;
  // A message drifts by more than a passing word ("keep client names out of this group" scores barely above nothing).
  const keep = scores.map((sc) => sc >= best - LINE_MARGIN && (!messages || (sc > 0 && sc >= Math.min(best, MESSAGE_SCORE))));
  // A line that says nothing either way after a drifting line goes with it: the story goes on; in a chat, only in
  // the next message of the same sender.
  for (let i = 1; i < lines.length; i++) {
    if (keep[i] || !keep[i - 1] || !(scores[i]! > NEUTRAL_LINE || lines[i]!.ev.length === 0)) continue;
    if (!messages || (scores[i]! > 0 && senders[i] !== undefined && senders[i] === senders[i - 1])) keep[i] = true;
  }
  const out: DriftPassage[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    let j = i;
    while (j + 1 < lines.length && keep[j + 1]) j++;
    const start = unit.start + lines[i]!.start + (text.slice(lines[i]!.start).length - text.slice(lines[i]!.start).trimStart().length);
    out.push({ ...passage, start, end: unit.start + lines[j]!.end });
    i = j;
  }
  return out;
}

/** A block the model finds drifting where no rule did: the whole block, with the category its evidence points to. */
function wholeBlock(kind: DocumentKind, b: DriftBlock, m: KindModel, p: number): DriftPassage {
  const scored = scoreDrift(kind, b.block, b.context);
  const category = scored.category ?? structuralCategory(kind, b);
  const cues = orderCues(scored.cues, category.id, b.block);
  return {
    start: b.unit.start,
    end: b.unit.end,
    unit: b.unit,
    category,
    cues,
    score: +Math.log(p / (1 - p)).toFixed(2),
    confidence: +p.toFixed(2),
    structural: scored.category && cues.length ? undefined : structuralReason(kind, b, m),
  };
}

/** With no cue of the other kind's topics, the category the block's shape points to. */
function structuralCategory(kind: DocumentKind, b: DriftBlock): Category {
  if (kind === 'supervision') return categoryById.get('service-operations')!;
  if (b.features.has('address:you')) return categoryById.get('session-advice')!;
  if (b.namesClient) return categoryById.get('client-case')!;
  return categoryById.get((b.block.people > 0 || b.features.has('named')) && !b.block.initials ? 'individual-performance' : 'client-case')!;
}

/** Words for evidence that is not a cue phrase: where the block sits and whom it names. */
function structuralReason(kind: DocumentKind, b: DriftBlock, m: KindModel): string {
  const row = b.unit.type === 'tableRow' ? 'a table row' : b.unit.type === 'listItem' ? 'a list item' : 'a paragraph';
  if (kind === 'leadership') {
    if (b.features.has('address:you')) return `${row} addressed to one clinician about their own work`;
    if (b.namesClient) return `${row} about one named client`;
    return b.block.people > 0 || b.block.initials > 0 || b.features.has('named') ? `${row} about one named person` : `${row} about one person's work`;
  }
  const neutral = strongestFeatures(m, b.features).some((x) => x.name === 'heading:neutral');
  return neutral ? `${row} of organisational news under a general heading` : `${row} about how the organisation runs`;
}

/** A block's drift apart from the unit itself, passages' offsets relative to the unit's start. */
type UnitDrift = Omit<DriftBlock, 'unit' | 'rulePassages' | 'namesClient'> & {
  rulePassages: Omit<DriftPassage, 'unit'>[];
  /** A cue of the team's own word lists is among the block's evidence. */
  teamSaid: boolean;
  /** The model's probability that the block drifts, with no colleague named (the model is fixed for a kind). */
  probability?: number;
  /** The block's passages the last time it drifted, offsets relative to the unit, with what they were found from. */
  found?: { features: Features; namesClient: boolean; threshold: number; passages: Omit<DriftPassage, 'unit'>[] };
};

/**
 * Every prose block of the document with its features and the rules' passages.
 * `people`: who the blocks name, read from the whole document. A block naming a client or a client's
 * relative, found by its shape alone, is described as one client's case; one naming a colleague the
 * document is not by or about gets the colleague features the model weighs.
 */
export function driftBlocks(kind: DocumentKind, units: readonly Unit[], cache: EvidenceCache, thresholdShift = 0, people?: DocumentPeople): DriftBlock[] {
  const threshold = DRIFT_THRESHOLD + thresholdShift;
  const out: DriftBlock[] = [];
  for (const unit of units) {
    if (!PROSE_UNITS.has(unit.type)) continue;
    const k = keptDrift(kind, unit, cache, threshold, cache.driftFor(kind, threshold));
    out.push(blockOf(unit, k, people?.colleagues.has(unit) ? withColleague(k.features, k.block) : k.features, people?.clients.has(unit) ?? false));
  }
  return out;
}

/**
 * A block's drift depends only on its text, its headings and the setting: it is kept, by the unit's key, in
 * `kept` (the cache's map for this kind and threshold), and kept blocks are not scored again.
 */
function keptDrift(kind: DocumentKind, unit: Unit, cache: EvidenceCache, threshold: number, kept: Map<string, UnitDrift>): UnitDrift {
  const hit = kept.get(unit.key);
  if (hit) return hit;
  const { unit: _unit, rulePassages, namesClient: _n, ...rest } = unitBlock(kind, unit, cache, threshold);
  const teamSaid = [...rest.block.category.values()].some((hits) => hits.some((h) => h.team));
  return cache.keep(kept, unit.key, { ...rest, teamSaid, rulePassages: rulePassages.map(({ unit: _, ...r }) => ({ ...r, start: r.start - unit.start, end: r.end - unit.start })) });
}

/** The block as the model and the findings see it, its passages moved to where the unit stands now. */
function blockOf(unit: Unit, kept: UnitDrift, features: Features, namesClient: boolean): DriftBlock {
  const rulePassages = kept.rulePassages.length ? kept.rulePassages.map((r) => ({ ...r, start: r.start + unit.start, end: r.end + unit.start, unit })) : [];
  return { unit, features, block: kept.block, context: kept.context, rulePassages, namesClient };
}

/**
 * Membership of a set of units for units asked in document order: their starts, sorted, are walked once.
 * A long document's blocks are new objects after every edit, and looking each up in a set costs more.
 */
function inOrder(units: ReadonlySet<Unit> | undefined): (unit: Unit) => boolean {
  if (!units?.size) return () => false;
  const starts = [...units].map((u) => u.start).sort((a, b) => a - b);
  let i = 0;
  return (unit) => {
    while (i < starts.length && starts[i]! < unit.start) i++;
    return starts[i] === unit.start && units.has(unit);
  };
}

/** Who the document's blocks name, as the whole document shows it (privacy/client-units.ts). */
export interface DocumentPeople {
  /** Blocks that name a client or a client's relative. */
  clients: ReadonlySet<Unit>;
  /** Blocks that name a worker the document does not list among its own people. */
  colleagues: ReadonlySet<Unit>;
}

// Whether a block names a colleague the document is not by or about is read from the whole document, not from
// the block's text: the features join the block's kept ones here, once per kept feature map.
const colleagueFeatures = new WeakMap<Features, Features>();
function withColleague(features: Features, block: Evidence): Features {
  let out = colleagueFeatures.get(features);
  if (!out) {
    // "their colleague Zanele has missed four clinics": how another worker is doing is their own manager's matter.
    const concern = Math.min(CAP, (block.signal.get('performance-concern') ?? 0) + categoryWeight(block, 'individual-performance')) / CAP;
    out = new Map(features).set('colleague', 1);
    if (concern) out.set('colleague×concern', concern);
    colleagueFeatures.set(features, out);
  }
  return out;
}

/** One prose block with its features and the rules' passages. */
function unitBlock(kind: DocumentKind, unit: Unit, cache: EvidenceCache, threshold: number): DriftBlock {
  const passages: DriftPassage[] = [];
  const { sentences, block } = cache.withPeople(unit);
  const context = cache.forHeadings(unit.headings);
  const blockScore = scoreDrift(kind, block, context).score;
  const flagged = sentences.map((ev) => {
    const scored = scoreDrift(kind, withContext(ev, block, BLOCK_CONTEXT), context);
    const own = scoreDrift(kind, ev);
    // The sentence itself must name the topic: the block can only tip it over.
    const named = own.cues.some((c) => c.weight >= MIN_CUE_WEIGHT);
    return scored.score >= threshold && named && own.category ? scored : undefined;
  });
  // A block whose drifting sentences are a small aside in clearly in-scope content is not
  // drift: its main content belongs where it is.
  if (flagged.some(Boolean) && flagged.some((f) => !f)) {
    const rest = sumEvidence(sentences.filter((_, k) => !flagged[k]));
    const share = unit.sentences.filter((_, k) => flagged[k]).reduce((n, sp) => n + sp.end - sp.start, 0) / Math.max(1, unit.end - unit.start);
    if (share < ASIDE_SHARE && scoreDrift(kind, rest).score <= IN_SCOPE_SCORE) flagged.fill(undefined);
  }
  let i = 0;
  while (i < flagged.length) {
    if (!flagged[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < flagged.length && flagged[j + 1]) j++;
    const whole = i === 0 && j === flagged.length - 1;
    const ev = sumEvidence(sentences.slice(i, j + 1));
    const merged = scoreDrift(kind, ev, context);
    const best = Math.max(...flagged.slice(i, j + 1).map((f) => f!.score));
    const category = merged.category ?? flagged[i]!.category!;
    passages.push({
      start: whole ? unit.start : unit.sentences[i]!.start,
      end: whole ? unit.end : unit.sentences[j]!.end,
      unit,
      category,
      cues: orderCues(merged.cues, category.id, ev),
      score: +best.toFixed(2),
      confidence: +(1 / (1 + Math.exp(-(best - threshold)))).toFixed(2),
    });
    i = j + 1;
  }
  const best = Math.max(blockScore, ...flagged.map((f) => f?.score ?? -Infinity));
  const model = cache.allFeatures ? null : driftModel();
  const vocabulary = model ? vocabularyFor(model[kind]) : undefined;
  return { unit, block, context, rulePassages: passages, features: unitFeatures(kind, unit, block, context, { score: best, flagged: passages.length > 0 }, vocabulary) };
}

/** The cue words as written, the chosen category's first and heaviest first, each once. */
// Function words, and words that are only a topic in company ("need to", "the case"), are never quoted alone.
const NOT_A_REASON = new Set([...STOP, 'need', 'needs', 'case', 'cases']);

function orderCues(hits: CueHit[], categoryId: string, ev: Evidence): string[] {
  const inCategory = new Set(ev.category.get(categoryId) ?? []);
  const sorted = [...hits].sort((a, b) => Number(inCategory.has(b)) - Number(inCategory.has(a)) || b.weight - a.weight || a.start - b.start);
  // Weak cues ("wants", "asked") only count alongside others and are never quoted as the reason:
  // with nothing stronger, the finding says what the block is instead.
  const telling = sorted.filter((h) => h.weight >= MIN_CUE_WEIGHT);
  const out: string[] = [];
  for (const h of telling) {
    const text = h.text.replace(/\s+/g, ' ');
    // "has not", "need to", "the case": words that carry no topic are never quoted as the reason.
    if (text.toLowerCase().split(/[\s'’-]+/).every((w) => NOT_A_REASON.has(w) || w.length < 3)) continue;
    if (!out.some((o) => o.toLowerCase() === text.toLowerCase())) out.push(text);
  }
  return out.slice(0, 6);
}

const vocabularies = new WeakMap<KindModel, Vocabulary>();
function vocabularyFor(m: KindModel): Vocabulary {
  let v = vocabularies.get(m);
  if (!v) vocabularies.set(m, (v = vocabularyOf(Object.keys(m.weights))));
  return v;
}
