import data from '../../../generated/lexicon.json';
import type { Cue, Lexicon, SignalId } from '../lexicon/lexicon';
import { tokensOf } from '../lexicon/tokenize';

/**
 * A cue found in the text, with its document offsets. `text` is quoted in
 * messages: for cues found by shape rather than by phrase (a name's
 * possessive, a title and surname, record details) it describes the cue and
 * never repeats the words, which may identify someone.
 */
export interface CueHit {
  phrase: string;
  /** The words as written in the document. */
  text: string;
  start: number;
  end: number;
  weight: number;
  /** Added by the team's configuration. */
  team?: boolean;
}

/**
 * What one stretch of prose says about its scope: summed cue weights per
 * category, per signal and per pillar. Evidence is additive, so the evidence
 * of a block is the sum of its sentences'.
 */
export interface Evidence {
  category: Map<string, CueHit[]>;
  signal: Map<SignalId, number>;
  pillar: Map<string, number>;
  /** People named in the text; counted only where it matters (see EvidenceCache.withPeople). */
  people: number;
  /** Amounts of money ("$1.2 million", "£48k"). */
  money: number;
  /** Clients referred to by initials ("Client R.L.", "Case A.M. (9)", "J.T., 41"): the way supervision records name clients. */
  initials: number;
}

export const emptyEvidence = (): Evidence => ({ category: new Map(), signal: new Map(), pillar: new Map(), people: 0, money: 0, initials: 0 });

const INITIALS = /\b(?:(?:[Cc]lient|[Cc]ase|[Pp]atient|[Pp]t|[Ss]ervice user|[Yy]oung person|[Ff]amily|[Ss]tudent|[Rr]esident|[Oo]ffender)\s+[A-Z]\.(?:\s?[A-Z]\.?)*|[A-Z]\.\s?[A-Z]\.,?\s*\(?\d{1,2}\b)/g;
// Capitalised words before a possessive that name an organisation or a day ("the Trust's clients").
const NOT_A_CLINICIAN = new Set(data.names['not-a-clinician']);

/**
 * Cues found by their shape rather than by a phrase of the word lists. `text`
 * describes the cue in messages, so that a name is never repeated.
 */
interface ShapeCue {
  pattern: RegExp;
  category: string;
  phrase: string;
  text: string;
  weight: number;
  /** The first group is a name that must be a person's, not an organisation's. */
  named?: boolean;
}

const SHAPE_CUES: readonly ShapeCue[] = [
  // "Priya's client", "Dr. Obi's patient": a named clinician's own case.
  {
    pattern: /\b(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?([A-Z][a-z]+)['’]s\s+(?:\w+\s+)?(?:clients?|patients?|case|family|caseload|supervisees?|young person)\b/g,
    category: 'client-case',
    phrase: "<name>'s client",
    text: "a named clinician's client",
    weight: 3,
    named: true,
  },
  // "Aaron's evaluation", "Mark's supervision style": one named clinician's performance.
  {
    pattern: /\b([A-Z][a-z]+)['’]s\s+(?:\w+\s+)?(?:evaluation|appraisal|probation|documentation|timekeeping|lateness|notes|reports|supervision style|performance)\b/g,
    category: 'individual-performance',
    phrase: "<name>'s review",
    text: "a named clinician's work",
    weight: 3,
    named: true,
  },
  // A surname with a title names a client: "Mrs Ferraro", "Mr. Delacroix".
  { pattern: /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+[A-Z][a-z'’]+/g, category: 'client-case', phrase: '<title> <surname>', text: 'a client named with a title', weight: 1 },
  // A client's record details (DOB, MRN, NHS number) mean one client's case is being told.
  {
    pattern: /\b(?:DOB|D\.O\.B|date of birth|MRN|NHS (?:no|number)|hospital number|medical record number)\W{0,4}\d/gi,
    category: 'client-case',
    phrase: '<client record>',
    text: "a client's record details",
    weight: 3,
  },
];

const MONEY = /[$£€]\s?\d|\b\d[\d,.]*\s?(k|m|million|thousand)\b(?=[^%]*\b(budget|fund|grant|spend|cost|saving|revenue)\w*)/gi;

/**
 * Gathers the evidence in `text`, which starts at document offset `base`.
 * Each distinct phrase counts once, however often it is repeated.
 */
export function gatherEvidence(lexicon: Lexicon, text: string, base: number): Evidence {
  const tokens = tokensOf(text);
  const ev = emptyEvidence();
  // A phrase of a group is one cue object: each distinct phrase counts once.
  const seen = new Set<Cue>();
  for (const m of lexicon.match(tokens)) {
    if (seen.has(m.cue)) continue;
    seen.add(m.cue);
    const { weight } = m.cue;
    if (m.cue.source === 'category') {
      const start = tokens[m.from]!.start;
      const end = tokens[m.to - 1]!.end;
      addHit(ev, m.cue.id, { phrase: m.phrase, text: text.slice(start, end), start: base + start, end: base + end, weight, ...(m.cue.team ? { team: true } : {}) });
    } else if (m.cue.source === 'signal') {
      const id = m.cue.id as SignalId;
      ev.signal.set(id, (ev.signal.get(id) ?? 0) + weight);
    } else {
      ev.pillar.set(m.cue.id, (ev.pillar.get(m.cue.id) ?? 0) + weight);
    }
  }
  for (const cue of SHAPE_CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      if (cue.named && NOT_A_CLINICIAN.has(m[1]!.toLowerCase())) continue;
      const start = base + m.index;
      addHit(ev, cue.category, { phrase: cue.phrase, text: cue.text, start, end: start + m[0].length, weight: cue.weight });
    }
  }
  // Percentages, rates and tallies are the aggregate: "80% of clients", "11 received, 9 closed".
  const rates = (text.match(/\d\s?%|\bper\s?cent\b/gi) ?? []).length;
  const counts = (text.match(/(?<![\d:/.-])\b\d{1,5}\b(?![:/.]\d|\s?(?:am|pm|a\.m|p\.m)\b)/gi) ?? []).length;
  const aggregate = 2 * rates + (counts >= 2 ? 2 : 0);
  if (aggregate) ev.signal.set('aggregate', (ev.signal.get('aggregate') ?? 0) + aggregate);
  ev.money = (text.match(MONEY) ?? []).length;
  ev.initials = (text.match(INITIALS) ?? []).length;
  return ev;
}

function addHit(ev: Evidence, category: string, hit: CueHit): void {
  const hits = ev.category.get(category);
  if (hits) hits.push(hit);
  else ev.category.set(category, [hit]);
}

/**
 * The sum of several stretches' evidence, in one pass: summing by repeated
 * addition would copy the growing cue lists once per stretch.
 */
export function sumEvidence(parts: readonly Evidence[]): Evidence {
  const out = emptyEvidence();
  for (const ev of parts) {
    for (const [k, hits] of ev.category) {
      const list = out.category.get(k);
      if (list) list.push(...hits);
      else out.category.set(k, [...hits]);
    }
    for (const [k, v] of ev.signal) out.signal.set(k, (out.signal.get(k) ?? 0) + v);
    for (const [k, v] of ev.pillar) out.pillar.set(k, (out.pillar.get(k) ?? 0) + v);
    out.people += ev.people;
    out.money += ev.money;
    out.initials += ev.initials;
  }
  return out;
}

/**
 * A sentence's evidence with the rest of its block counted at `factor`:
 * `own + factor × (block − own)`. For scoring only: each category holds one
 * hit carrying the category's total weight, not copies of the block's cues.
 * The totals are added up in the order a sum of full cue lists would add them,
 * so that a score right at the threshold falls the same way.
 */
export function withContext(own: Evidence, block: Evidence, factor: number): Evidence {
  const out = emptyEvidence();
  const categories = [...own.category.keys(), ...[...block.category.keys()].filter((k) => !own.category.has(k))];
  for (const k of categories) {
    const mine = own.category.get(k) ?? [];
    let weight = 0;
    for (const h of mine) weight += h.weight;
    for (const h of block.category.get(k) ?? []) weight += h.weight * factor;
    for (const h of mine) weight += -h.weight * factor;
    out.category.set(k, [{ phrase: '', text: '', start: 0, end: 0, weight }]);
  }
  const mix = (a: Map<string, number>, b: Map<string, number>, into: Map<string, number>) => {
    for (const k of new Set([...a.keys(), ...b.keys()])) into.set(k, (a.get(k) ?? 0) + ((b.get(k) ?? 0) - (a.get(k) ?? 0)) * factor);
  };
  mix(own.signal, block.signal, out.signal as Map<string, number>);
  mix(own.pillar, block.pillar, out.pillar);
  out.people = own.people + (block.people - own.people) * factor;
  out.money = own.money + (block.money - own.money) * factor;
  out.initials = own.initials + (block.initials - own.initials) * factor;
  return out;
}

export const categoryWeight = (ev: Evidence, id: string): number => (ev.category.get(id) ?? []).reduce((n, h) => n + h.weight, 0);
export const signalWeight = (ev: Evidence, id: SignalId): number => ev.signal.get(id) ?? 0;
export const pillarTotal = (ev: Evidence): number => [...ev.pillar.values()].reduce((n, v) => n + v, 0);
