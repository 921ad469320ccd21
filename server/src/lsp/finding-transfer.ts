import type { Diagnostic } from '../engine';

type Span = { start: number; end: number };

/**
 * Where each client's name is mentioned, for the findings that carry it (privacy/client-identifier's
 * "Replace all mentions"): one list per person, shared by that person's findings. It crosses from the
 * analysis thread apart from the findings, because a keystroke moves the mentions after it, and the
 * findings themselves would otherwise all differ from the last ones sent (delta.ts).
 */
export interface MentionLists {
  /** The index of each finding that carries mentions... */
  findings: number[];
  /** ...and the index, in `lists`, of its list. */
  list: number[];
  lists: Span[][];
}

/** The findings without their mention lists (the same objects where they carry none), and the lists. */
export function splitMentions(findings: readonly Diagnostic[]): { plain: Diagnostic[]; mentions: MentionLists } {
  const mentions: MentionLists = { findings: [], list: [], lists: [] };
  const index = new Map<Span[], number>();
  const plain = findings.map((f, i) => {
    const spans = f.data?.mentions as Span[] | undefined;
    if (!spans) return f;
    let k = index.get(spans);
    if (k === undefined) index.set(spans, (k = mentions.lists.push(spans) - 1));
    mentions.findings.push(i);
    mentions.list.push(k);
    const { mentions: _, ...data } = f.data!;
    return { ...f, data };
  });
  return { plain, mentions };
}

/** The findings as the engine made them: each that carried mentions has its list back. */
export function withMentions(plain: readonly Diagnostic[], mentions: MentionLists): Diagnostic[] {
  const out = [...plain];
  mentions.findings.forEach((i, k) => {
    const f = out[i]!;
    out[i] = { ...f, data: { ...f.data, mentions: mentions.lists[mentions.list[k]!]! } };
  });
  return out;
}
