import { normalizeWord } from './normalize';
import type { Token } from './tokenize';

/** A phrase to look for, with what it tells. */
export interface PhraseEntry<T> {
  phrase: string;
  info: T;
}

export interface PhraseMatch<T> {
  info: T;
  phrase: string;
  /** Token indices, half-open. */
  from: number;
  to: number;
}

/**
 * How a phrase's words are written in the data files:
 * - a plain word matches any inflection and spelling of it ("budgets" matches "budget");
 * - `=word` matches that exact word and no other inflection ("=clients" is not "client");
 *   with a capital letter it also matches case ("=Trust", the NHS body, not trust);
 * - `*` matches any one word;
 * - `<num>` matches a number.
 * Hyphens separate words, as they do in text.
 */
type Step = { kind: 'word'; norm: string } | { kind: 'exact'; raw: string } | { kind: 'exactLower'; raw: string } | { kind: 'any' } | { kind: 'num' };

interface TrieNode<T> {
  words: Map<string, TrieNode<T>>;
  exact: Map<string, TrieNode<T>>;
  exactLower: Map<string, TrieNode<T>>;
  any?: TrieNode<T>;
  num?: TrieNode<T>;
  ends: PhraseEntry<T>[];
}

const newNode = <T>(): TrieNode<T> => ({ words: new Map(), exact: new Map(), exactLower: new Map(), ends: [] });
const lower = (raw: string) => raw.toLowerCase().replace(/’/g, "'");

/**
 * A phrase's steps. A `plain` phrase (a team's own, from its configuration) is
 * words only: `*`, `<num>` and `=` are the built-in lists' syntax, and a
 * team's `*` must not make every word a cue or silence every finding.
 */
export function parsePhrase(phrase: string, plain = false): Step[] {
  return phrase
    .trim()
    .split(/[\s\-–—]+/)
    .filter(Boolean)
    .flatMap((part): Step[] => {
      if (plain) return wordsOf(part);
      if (part === '*') return [{ kind: 'any' }];
      if (part === '<num>') return [{ kind: 'num' }];
      if (part.startsWith('=')) {
        const raw = part.slice(1);
        return [raw === lower(raw) ? { kind: 'exactLower', raw } : { kind: 'exact', raw }];
      }
      return wordsOf(part);
    });
}

/** "agency's" or "A&E": split as the tokenizer would. */
function wordsOf(part: string): Step[] {
  const words = part.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
  return words.map((w) => ({ kind: 'word', norm: normalizeWord(w) }));
}

/**
 * Finds many phrases in a token stream at once. Phrases are matched as words,
 * never as regular expressions, so no entry, however written, can make
 * matching slow: the work is linear in the text times the longest phrase.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  private longest = 0;
  // Scratch lists for findAll, kept between calls: matching allocates nothing but its results.
  private frontier: TrieNode<T>[] = [];
  private next: TrieNode<T>[] = [];

  constructor(entries: Iterable<PhraseEntry<T>> = []) {
    for (const e of entries) this.add(e);
  }

  /** Adds a phrase; a `plain` one is read as words only (see parsePhrase). */
  add(entry: PhraseEntry<T>, plain = false): void {
    const steps = parsePhrase(entry.phrase, plain);
    if (!steps.length) return;
    let node = this.root;
    for (const step of steps) {
      let next: TrieNode<T> | undefined;
      switch (step.kind) {
        case 'word':
          next = node.words.get(step.norm) ?? newNode();
          node.words.set(step.norm, next);
          break;
        case 'exact':
          next = node.exact.get(step.raw) ?? newNode();
          node.exact.set(step.raw, next);
          break;
        case 'exactLower':
          next = node.exactLower.get(step.raw) ?? newNode();
          node.exactLower.set(step.raw, next);
          break;
        case 'any':
          next = node.any ??= newNode();
          break;
        case 'num':
          next = node.num ??= newNode();
          break;
      }
      node = next;
    }
    node.ends.push(entry);
    this.longest = Math.max(this.longest, steps.length);
  }

  /** Every match, overlapping ones included. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    // Lower-cased words are needed only by `=word` steps, and then once per token, not once per trie node.
    let lowered: (string | undefined)[] | undefined;
    const lowerAt = (j: number) => ((lowered ??= [])[j] ??= lower(tokens[j]!.raw));
    let frontier = this.frontier;
    let next = this.next;
    const root = this.root;
    const rootBeyondWords = root.exact.size > 0 || root.exactLower.size > 0 || root.any !== undefined || root.num !== undefined;
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: one look-up decides, before any frontier is built.
      if (!rootBeyondWords && !root.words.has(tokens[i]!.norm)) continue;
      frontier.length = 0;
      frontier.push(root);
      for (let j = i; j < tokens.length && frontier.length; j++) {
        const tok = tokens[j]!;
        // A phrase does not run across punctuation: "session, with" is not "session with".
        if (j > i && tok.afterBreak) break;
        next.length = 0;
        for (const node of frontier) {
          const w = node.words.get(tok.norm);
          if (w) next.push(w);
          if (node.exact.size) {
            const e = node.exact.get(tok.raw);
            if (e) next.push(e);
          }
          if (node.exactLower.size) {
            const l = node.exactLower.get(lowerAt(j));
            if (l) next.push(l);
          }
          if (node.any) next.push(node.any);
          if (node.num && tok.raw.charCodeAt(0) >= 48 && tok.raw.charCodeAt(0) <= 57) next.push(node.num);
        }
        for (const node of next) for (const entry of node.ends) out.push({ info: entry.info, phrase: entry.phrase, from: i, to: j + 1 });
        const swap = frontier;
        frontier = next;
        next = swap;
        if (j - i + 1 >= this.longest) break;
      }
    }
    this.frontier = frontier;
    this.next = next;
    return out;
  }
}

/**
 * Drops matches that lie inside a longer match of the same group, so "strategic
 * plan" is not also counted as "plan". One sort and one sweep per group: a
 * match is inside a longer one exactly when an earlier span, in order of start
 * and then of length, reaches as far as it does.
 */
export function keepLongest<T>(matches: PhraseMatch<T>[], group: (info: T) => string): PhraseMatch<T>[] {
  const groups = new Map<string, number[]>();
  matches.forEach((m, i) => {
    const key = group(m.info);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const inside = new Uint8Array(matches.length);
  for (const list of groups.values()) {
    list.sort((a, b) => matches[a]!.from - matches[b]!.from || matches[b]!.to - matches[a]!.to);
    // The farthest end among spans before the current run of identical spans.
    let reach = -1;
    for (let k = 0; k < list.length; ) {
      const { from, to } = matches[list[k]!]!;
      let end = k;
      while (end < list.length && matches[list[end]!]!.from === from && matches[list[end]!]!.to === to) end++;
      if (reach >= to) for (let x = k; x < end; x++) inside[list[x]!] = 1;
      reach = Math.max(reach, to);
      k = end;
    }
  }
  return matches.filter((_, i) => !inside[i]);
}
