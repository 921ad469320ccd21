import { categories } from '../lexicon/lexicon';
import { findPeople, ordinaryWord, type PersonMention } from '../nlp/people';
import type { Unit } from '../parse/units';
import type { DocumentKind } from '../types';
import { categoryWeight, pillarTotal, type Evidence } from './evidence';

/**
 * What the drift model reads of one block (a paragraph, list item, table row
 * or quote): the evidence the word lists found (cue categories of both kinds,
 * signals, pillars), its shape (block type, the heading above it), the rule
 * score the hand-set weights give, and its words and word pairs. Every
 * feature has a name a person can read, so that the weights can be read too.
 */
export type Features = Map<string, number>;

/**
 * The words and word pairs a model weighs, each with its feature name: looked up without building a name
 * for every word of every block, and the same name string each time. One look-up per word of the text
 * finds both the word's own feature and the pairs it opens.
 */
export type Vocabulary = ReadonlyMap<string, VocabularyEntry>;

export interface VocabularyEntry {
  /** The word's feature name ("w:word"), if the model weighs the word. */
  word?: string;
  /** Second word → the pair's feature name ("b:first second"). */
  pairs?: Map<string, string>;
}

export function vocabularyOf(names: Iterable<string>): Vocabulary {
  const entries = new Map<string, VocabularyEntry>();
  const entry = (w: string) => {
    let e = entries.get(w);
    if (!e) entries.set(w, (e = {}));
    return e;
  };
  for (const name of names) {
    if (name.startsWith('w:')) {
      const w = name.slice(2);
      if (!STOP.has(w) && w.length > 2) entry(w).word = name;
    } else if (name.startsWith('b:')) {
      const [a, b] = name.slice(2).split(' ') as [string, string];
      if (STOP.has(a) && STOP.has(b)) continue;
      (entry(a).pairs ??= new Map()).set(b, name);
    }
  }
  return entries;
}

export const CAP = 6;

// Feature names of a fixed set (a category's, a signal's, a block type's), built once rather than for every block.
const names = new Map<string, Map<string, string>>();
function nameOf(prefix: string, id: string): string {
  let byId = names.get(prefix);
  if (!byId) names.set(prefix, (byId = new Map()));
  let name = byId.get(id);
  if (name === undefined) byId.set(id, (name = prefix + id));
  return name;
}
// Words that carry no topic: they are left out of the word features.
export const STOP = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they we you i me my our your his her their them us not no do does did has have had will would can could should may might must so than then there here what which who whom whose when where why how all any each every some such own same other into over under about after before between through during out up down off again further once also just very too only both either nor per via'.split(' '),
);
// One person's own account or their own things: "I", "my", "her own", "she attended".
const PERSONAL = /\b(?:I|my|me|myself|her own|his own|their own|she (?:attended|completed|used|went|joined|found|will attend|is booked)|he (?:attended|completed|used|went|joined|found|will attend|is booked))\b/;
// A neutral heading over organisational news in a supervision record: "Other", "AOB", "Updates".
const NEUTRAL_HEADING = /\b(?:other|aob|a\.o\.b|any other business|updates?|misc(?:ellaneous)?|housekeeping|notices|news|general|admin(?:istration)?|service matters|practice matters|team matters|business)\b/i;

/**
 * `vocabulary`: the word and word-pair features a model has weights for. With
 * it, the thousands of word pairs no model knows are not built at all; without
 * it (training), every one is.
 */
export function unitFeatures(kind: DocumentKind, unit: Unit, block: Evidence, context: Evidence, rule: { score: number; flagged: boolean }, vocabulary?: Vocabulary): Features {
  const f: Features = new Map();
  const set = (name: string, value: number) => {
    if (value) f.set(name, value);
  };
  const other = kind === 'supervision' ? 'leadership' : 'supervision';
  let topical = 0;
  for (const c of categories) {
    const w = Math.min(CAP, categoryWeight(block, c.id));
    if (!w) continue;
    if (c.belongs === other) topical += w;
    f.set(c.belongs === other ? nameOf('other:', c.id) : nameOf('own:', c.id), w / CAP);
  }
  set('other:total', Math.min(12, topical) / 12);
  for (const [id, w] of block.signal) set(nameOf('signal:', id), Math.min(CAP, w) / CAP);
  const pillars = Math.min(CAP, pillarTotal(block)) / CAP;
  set('pillars', pillars);
  // The other kind's words about this one person ("her workshop was paid from the team training budget",
  // "in my previous job I attended a team-building course"): the pairs let the model weigh them together.
  const personal = PERSONAL.test(unit.prose) ? 1 : 0;
  const focus = Math.min(CAP, (block.signal.get('supervisee-focus') ?? 0) + (block.signal.get('individual-focus') ?? 0)) / CAP;
  set('personal', personal);
  set('personal×pillars', personal * pillars);
  set('personal×other', personal * (Math.min(12, topical) / 12));
  set('focus×pillars', focus * pillars);
  set('focus×other', focus * (Math.min(12, topical) / 12));
  // A block about one named person: a full name or a title and surname ("HCA Paul Rimmer's sickness absence",
  // "Mr Doyle's mother"), or a block that opens by addressing one person about their own work ("Ravi, in your draft …").
  const mentioned = peopleIn(unit);
  const named = mentioned.some((p) => p.titled || p.tokens.length > 1) ? 1 : 0;
  set('named', named);
  if (named) for (const c of categories) if (c.belongs !== other && categoryWeight(block, c.id) > 0) set(nameOf('named×own:', c.id), 1);
  set('named×other', named * (Math.min(12, topical) / 12));
  // "Staff nurse Dympna Horkan has had three unexplained absences": one named worker's conduct or standard of work.
  set('named×concern', named * (Math.min(CAP, block.signal.get('performance-concern') ?? 0) / CAP));
  set('address:you', ADDRESSED.test(unit.prose) && /\b(?:you|yours?)\b/i.test(unit.prose) && opensWithName(unit.prose) ? 1 : 0);
  set('money', Math.min(2, block.money) / 2);
  set('initials', Math.min(2, block.initials) / 2);
  set('people', Math.min(3, block.people) / 3);
  for (const [id, w] of context.signal) set(nameOf('heading:', id), Math.min(CAP, w) / CAP);
  let headingTopical = 0;
  for (const c of categories) if (c.belongs === other) headingTopical += Math.min(3, categoryWeight(context, c.id));
  set('heading:other', Math.min(6, headingTopical) / 6);
  const heading = unit.headings[unit.headings.length - 1] ?? '';
  if (heading && NEUTRAL_HEADING.test(heading)) set('heading:neutral', 1);
  set(nameOf('type:', unit.type), 1);
  set('rule:score', Math.max(-4, Math.min(8, rule.score)) / 8);
  if (rule.flagged) set('rule:flagged', 1);
  // A person's name is one word to the model ("‹person›"): a name says who, not what the block is about, and
  // a weight learnt for one writer's "Ryan" or "Tui" would carry nothing to another writer's documents.
  const nameAt = mentioned.length ? new Uint8Array(unit.prose.length) : undefined;
  if (nameAt) for (const p of mentioned) nameAt.fill(1, p.start, p.end);
  // So is any other proper noun that is no word of the language ("Townsville", "Westgate"); acronyms (CEO, WTE) stay.
  // One pass over the words, each looked up once: the model's vocabulary holds a few thousand of the text's words.
  let count = 0;
  let previous: VocabularyEntry | undefined;
  let previousWord = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(unit.prose); m; m = WORD.exec(unit.prose)) {
    let w: string;
    if (nameAt?.[m.index]) w = '‹person›';
    else {
      const raw = m[0];
      let lower = raw.toLowerCase();
      if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
      // Most words open with a small ASCII letter: no pattern is run for them.
      const first = raw.charCodeAt(0);
      const proper = first < 0x80 ? first >= 0x41 && first <= 0x5a && PROPER_START.test(raw) : PROPER_START.test(raw);
      w = proper && !ordinaryWord(lower) && !ordinaryWord(lower.replace(/-.*$/, '')) ? '‹proper›' : lower;
    }
    count++;
    if (vocabulary) {
      const pair = previous?.pairs?.get(w);
      if (pair) f.set(pair, 1);
      previous = vocabulary.get(w);
      if (previous?.word) f.set(previous.word, 1);
    } else {
      if (!STOP.has(w) && w.length > 2) f.set(`w:${w}`, 1);
      if (count > 1 && !(STOP.has(previousWord) && STOP.has(w))) f.set(`b:${previousWord} ${w}`, 1);
      previousWord = w;
    }
  }
  set('length', Math.min(1, Math.log1p(count) / 5));
  return f;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const PROPER_START = /^\p{Lu}\p{Ll}/u;

// "Ravi, in your draft …", "Leon — your notes …", "Sam: your report …".
const ADDRESSED = /^\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s*(?:,|—|–|:|\s-\s)/u;

function opensWithName(prose: string): boolean {
  const first = findPeople(prose.slice(0, 40))[0];
  return first !== undefined && first.start <= 2 && !first.titled;
}

/** The people the block's sentences name, offsets into the block's prose. */
function peopleIn(unit: Unit): PersonMention[] {
  if (!/\p{Lu}/u.test(unit.prose)) return [];
  return unit.sentences.flatMap((s) => {
    const at = s.start - unit.start;
    return findPeople(unit.prose.slice(at, s.end - unit.start)).map((p) => ({ ...p, start: p.start + at, end: p.end + at }));
  });
}
