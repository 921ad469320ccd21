import data from '../../../generated/lexicon.json';
import type { DocumentKind } from '../types';
import { keepLongest, parsePhrase, PhraseMatcher, type PhraseEntry, type PhraseMatch } from './matcher';
import type { Token } from './tokenize';

/** A category of content that belongs to one kind of document. */
export interface Category {
  id: string;
  label: string;
  belongs: DocumentKind;
  why: string;
  /** What the other kind of document may keep instead ("Or keep here only …"). */
  instead?: string;
}

export interface Pillar {
  id: string;
  /** The pillar's one name, everywhere it is shown. */
  label: string;
  order: number;
}

export type SignalId = keyof typeof data.signals;

/** What a matched phrase tells. */
export interface Cue {
  source: 'category' | 'signal' | 'pillar';
  id: string;
  weight: number;
  /** true for the phrases that cancel other cues of the same id ("coping strategies"). */
  exclude?: boolean;
  /** A phrase the team's configuration added: the team has said it is out of scope, so it is not second-guessed. */
  team?: boolean;
  /** `source:id`, the group within which a longer cue hides a shorter one. */
  group: string;
}

export interface CueMatch {
  cue: Cue;
  phrase: string;
  /** Token indices, half-open. */
  from: number;
  to: number;
}

interface CueList {
  phrase: string;
  weight: number;
}

export const categories: readonly Category[] = data.categories.map((c) => {
  const { id, label, belongs, why, instead } = c as typeof c & { instead?: string };
  return { id, label, belongs: belongs as DocumentKind, why, ...(instead ? { instead } : {}) };
});
export const categoryById = new Map(categories.map((c) => [c.id, c]));
export const pillars: readonly Pillar[] = data.pillars.map(({ id, label, order }) => ({ id, label, order }));

/** Extra phrases a team adds for a category of either kind, and phrases never to flag. */
export interface LexiconExtensions {
  cues?: { category: string; phrase: string; weight?: number }[];
  ignore?: string[];
  /** The team's names for its organisation, programs and teams: actors of the organisation. */
  organisation?: string[];
}

/**
 * All cue phrases, matched in one pass. A Lexicon is immutable; extensions
 * from a team's configuration make a new one.
 */
export class Lexicon {
  private readonly matcher = new PhraseMatcher<Cue>();
  // One entry per phrase path and group: "the client" and "the client's" read alike and count once, at the higher weight.
  private readonly entries = new Map<string, PhraseEntry<Cue>>();
  private readonly groups = new Map<string, number>();

  constructor(extensions: LexiconExtensions = {}) {
    const add = (list: CueList[], cue: Omit<Cue, 'weight' | 'group'>) => {
      for (const { phrase, weight } of list) this.add(phrase, { ...cue, weight });
    };
    for (const c of data.categories) {
      add(c.cues, { source: 'category', id: c.id });
      add(((c as { exclude?: string[] }).exclude ?? []).map((phrase) => ({ phrase, weight: 0 })), { source: 'category', id: c.id, exclude: true });
    }
    for (const [id, s] of Object.entries(data.signals)) {
      add(s.cues, { source: 'signal', id });
      add(((s as { exclude?: string[] }).exclude ?? []).map((phrase) => ({ phrase, weight: 0 })), { source: 'signal', id, exclude: true });
    }
    for (const p of data.pillars) add(p.cues, { source: 'pillar', id: p.id });
    // The team's phrases are plain words: the data files' pattern syntax is not theirs.
    for (const extra of extensions.cues ?? []) {
      if (categoryById.has(extra.category)) this.add(extra.phrase, { source: 'category', id: extra.category, weight: extra.weight ?? 3, team: true }, true);
    }
    for (const phrase of extensions.organisation ?? []) this.add(phrase, { source: 'signal', id: 'organisation-actor', weight: 3 }, true);
    for (const phrase of extensions.ignore ?? []) this.add(phrase, { source: 'category', id: '*', weight: 0, exclude: true }, true);
  }

  private add(phrase: string, cue: Omit<Cue, 'group'>, plain = false): void {
    const info: Cue = { ...cue, group: `${cue.source}:${cue.id}` };
    if (!this.groups.has(info.group)) this.groups.set(info.group, this.groups.size);
    const path = parsePhrase(phrase, plain)
      .map((step) => ('norm' in step ? `w${step.norm}` : 'raw' in step ? `${step.kind}${step.raw}` : step.kind))
      .join(' ');
    const key = `${info.group}${info.exclude ? '!' : ''} ${path}`;
    const same = this.entries.get(key);
    if (!same) {
      const entry = { phrase, info };
      this.entries.set(key, entry);
      this.matcher.add(entry, plain);
    } else if (same.info.weight < info.weight) {
      same.phrase = phrase;
      same.info = info;
    }
  }

  /**
   * The cues in a run of tokens: a cue inside a longer cue of the same id is
   * dropped, and so is any cue overlapping an exclusion of its id (or a team's
   * never-flag phrase, which excludes every category).
   */
  match(tokens: readonly Token[]): CueMatch[] {
    const all = this.matcher.findAll(tokens) as PhraseMatch<Cue>[];
    if (!all.length) return [];
    const exclusions = all.filter((m) => m.info.exclude);
    let kept = keepLongest(exclusions.length ? all.filter((m) => !m.info.exclude) : all, (c) => c.group);
    if (exclusions.length) {
      const covers = (x: PhraseMatch<Cue>, m: PhraseMatch<Cue>) =>
        x.from < m.to && m.from < x.to && x.info.source === m.info.source && (x.info.id === m.info.id || (x.info.id === '*' && m.info.source === 'category'));
      kept = kept.filter((m) => !exclusions.some((x) => covers(x, m)));
    }
    // Two paths to one span ("=clients" and "client" on "clients") count once, at the higher weight.
    const bySpan = new Map<number, PhraseMatch<Cue>>();
    for (const m of kept) {
      const key = (m.from * (tokens.length + 1) + m.to) * this.groups.size + this.groups.get(m.info.group)!;
      const prev = bySpan.get(key);
      if (!prev || prev.info.weight < m.info.weight) bySpan.set(key, m);
    }
    return [...bySpan.values()].map((m) => ({ cue: m.info, phrase: m.phrase, from: m.from, to: m.to }));
  }
}
