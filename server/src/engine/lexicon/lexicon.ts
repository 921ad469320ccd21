import data from '../../../generated/lexicon.json';
import type { DocumentKind } from '../types';
import { keepLongest, PhraseMatcher, type PhraseMatch } from './matcher';
import type { Token } from './tokenize';

/** A category of content that belongs to one kind of document. */
export interface Category {
  id: string;
  label: string;
  belongs: DocumentKind;
  why: string;
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

export const categories: readonly Category[] = data.categories.map(({ id, label, belongs, why }) => ({
  id,
  label,
  belongs: belongs as DocumentKind,
  why,
}));
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

  constructor(extensions: LexiconExtensions = {}) {
    const add = (list: CueList[], cue: Omit<Cue, 'weight'>) => {
      for (const { phrase, weight } of list) this.matcher.add({ phrase, info: { ...cue, weight } });
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
      if (categoryById.has(extra.category)) this.matcher.add({ phrase: extra.phrase, info: { source: 'category', id: extra.category, weight: extra.weight ?? 3, team: true } }, true);
    }
    for (const phrase of extensions.organisation ?? []) this.matcher.add({ phrase, info: { source: 'signal', id: 'organisation-actor', weight: 3 } }, true);
    for (const phrase of extensions.ignore ?? []) this.matcher.add({ phrase, info: { source: 'category', id: '*', weight: 0, exclude: true } }, true);
  }

  /**
   * The cues in a run of tokens: a cue inside a longer cue of the same id is
   * dropped, and so is any cue overlapping an exclusion of its id (or a team's
   * never-flag phrase, which excludes every category).
   */
  match(tokens: readonly Token[]): CueMatch[] {
    const all = this.matcher.findAll(tokens) as PhraseMatch<Cue>[];
    // Exclusions by the tokens they cover: a phrase is a few tokens long, so each cue checks a few entries.
    const excluded = new Map<number, PhraseMatch<Cue>[]>();
    for (const x of all) {
      if (!x.info.exclude) continue;
      for (let t = x.from; t < x.to; t++) {
        const list = excluded.get(t);
        if (list) list.push(x);
        else excluded.set(t, [x]);
      }
    }
    const isExcluded = (m: PhraseMatch<Cue>) => {
      for (let t = m.from; t < m.to; t++) {
        for (const x of excluded.get(t) ?? []) {
          if (x.info.source === m.info.source && (x.info.id === m.info.id || (x.info.id === '*' && m.info.source === 'category'))) return true;
        }
      }
      return false;
    };
    const kept = keepLongest(
      all.filter((m) => !m.info.exclude),
      (c) => `${c.source}:${c.id}`,
    ).filter((m) => !isExcluded(m));
    // Two phrases that normalise alike ("the client", "the client's") count once, at the higher weight.
    const bySpan = new Map<string, PhraseMatch<Cue>>();
    for (const m of kept) {
      const key = `${m.info.source}:${m.info.id}:${m.from}:${m.to}`;
      const prev = bySpan.get(key);
      if (!prev || prev.info.weight < m.info.weight) bySpan.set(key, m);
    }
    return [...bySpan.values()].map((m) => ({ cue: m.info, phrase: m.phrase, from: m.from, to: m.to }));
  }
}
