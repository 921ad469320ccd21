import data from '../../../generated/lexicon.json';
import type { Span } from '../parse/sentences';

type Nlp = typeof import('compromise').default;
let loaded: Nlp | undefined;

/**
 * compromise takes a few hundred milliseconds to load its lexicon, so it is
 * loaded on first use: documents that never need names never pay for it.
 */
function nlp(text: string) {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise') as Nlp | { default: Nlp };
    loaded = 'default' in mod ? mod.default : mod;
  }
  return loaded(text);
}

export interface PersonMention extends Span {
  text: string;
  /** Written with a title such as Dr, Mrs or Mr. */
  titled: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const TITLE = /^(dr|mr|mrs|ms|mx|miss|prof|professor)\.?$/i;

const NOT_NAMES = new Set(data.names['not-names']);
const PLACE_NOUNS = new Set(data.names['place-nouns']);

/** Whether a word makes the capitalised word before it a place or an organisation ("the Longford team"). */
function isPlaceNoun(word: string): boolean {
  const bare = word.toLowerCase().replace(/[^\p{L}'’]/gu, '');
  return PLACE_NOUNS.has(bare) || PLACE_NOUNS.has(bare.replace(/['’]s$/, ''));
}

const cache = new Map<string, PersonMention[]>();

/**
 * Names of people in a piece of prose: compromise's name lexicon, plus
 * capitalised words that behave like names (a possessive, a following verb, an
 * aside in commas) and do not behave like places ("the Longford team").
 * Offsets are relative to `text`.
 */
export function findPeople(text: string): PersonMention[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const found: PersonMention[] = [];
  if (/[A-Z]/.test(text)) {
    const doc = nlp(text);
    const add = (at: number, text0: string) => {
      const lead = /^[^\p{L}]*/u.exec(text0)![0].length;
      const start = at + lead;
      const raw = text0.slice(lead);
      const clean = raw.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}.\s'-]+$/u, '').replace(/\.$/, '').trimEnd();
      if (!clean || /^(?:\p{Lu}\.?){1,3}$/u.test(clean.replace(/\s+/g, ''))) return; // initials, "J.R."
      const words = clean.split(/\s+/);
      const named = words.filter((w) => !TITLE.test(w));
      if (!named.length || named.every((w) => NOT_NAMES.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return;
      // "Willow Ward", "Riverside Team": a place named like a person.
      if (named.length > 1 && isPlaceNoun(named[named.length - 1]!)) return;
      // "Tiriti o Waitangi": a lower-case particle other than those in surnames (de, van, bin…) marks a title or place.
      if (named.some((w) => /^\p{Ll}/u.test(w) && !/^(?:de|da|di|del|della|van|von|der|den|le|la|al|bin|ibn|ben|dos|du)$/.test(w))) return;
      if (found.some((f) => f.start < start + clean.length && start < f.end)) return;
      found.push({ start, end: start + clean.length, text: clean, titled: words.some((w) => TITLE.test(w)) });
    };
    for (const m of doc.people().out('offset') as { text: string; offset: { start: number } }[]) add(m.offset.start, m.text);
    const sentences = doc.json({ offset: true }) as { terms: Term[] }[];
    for (const { terms } of sentences) {
      terms.forEach((t, i) => {
        const pair = nameAndSurname(terms, i);
        if (pair) add(t.offset.start, text.slice(t.offset.start, pair.offset.start + pair.offset.length));
        else if (looksLikeName(terms, i)) add(t.offset.start, t.text);
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // A first name and a surname found apart ("Aroha" by the lexicon, "Ngata's" as a possessive) are one person.
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (/^ $/.test(text.slice(a.end, b.start)) && !a.text.includes(' ') && !b.titled) {
      found.splice(i, 2, { start: a.start, end: b.end, text: `${a.text} ${b.text}`, titled: a.titled });
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, found);
  return found;
}

const capitalised = (t: Term | undefined) => t !== undefined && /^[A-Z][a-z\u00C0-\u024F'’-]+[,)]?$/.test(t.text.replace(/['’]s$/, '')) && !NOT_NAMES.has(t.text.toLowerCase().replace(/[^\p{L}]/gu, ''));
const PLACE_OR_THING = ['Date', 'Month', 'WeekDay', 'Place', 'Organization', 'Acronym', 'Plural', 'Uncountable'];

/**
 * Two capitalised words in the middle of a sentence, set off by a bracket or
 * commas ("(Kiri Parata, …)", ", Jayden Moretti,"): a full name, even one the
 * name lexicon does not know. Returns the surname's term.
 */
function nameAndSurname(terms: Term[], i: number): Term | undefined {
  const first = terms[i]!;
  const second = terms[i + 1];
  if (i === 0 || !capitalised(first) || !capitalised(second) || /[,)]$/.test(first.text)) return undefined;
  if ([first, second].some((t) => t.tags.some((tag) => PLACE_OR_THING.includes(tag)))) return undefined;
  const opened = /[(,]\s*$/.test(terms[i - 1]!.post) || /^\(/.test(first.pre.trim());
  const closed = /^[,)]/.test(second!.post.trim()) || /[,)]$/.test(second!.text);
  return opened && closed ? second : undefined;
}

function looksLikeName(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  const word = t.text.replace(/['’]s$/, '');
  if (!/^[A-Z][a-z\u00C0-\u024F'’-]+$/.test(word) || word.length < 3) return false;
  if (NOT_NAMES.has(word.toLowerCase())) return false;
  if (t.tags.some((tag) => ['Date', 'Month', 'WeekDay', 'Place', 'Organization', 'Acronym', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Value', 'Plural', 'Uncountable', 'Adjective'].includes(tag))) return false;
  const next = terms[i + 1];
  const prev = terms[i - 1];
  if (next && isPlaceNoun(next.text)) return false;
  if (prev && /^(in|at|from|to|near)$/i.test(prev.text)) return false;
  if (next && /^[A-Z]/.test(next.text) && !/[,;:(]/.test(t.post)) return false; // part of a longer proper name ("Care Closer to Home")
  const possessive = /['’]s$/.test(t.text);
  const aside = /^,/.test(t.post.trim()) && prev !== undefined && /,\s*$/.test(prev.post);
  const bracket = /^\s*\(/.test(t.post);
  const verb = next !== undefined && next.tags.some((tag) => ['Verb', 'Modal', 'Auxiliary', 'Copula', 'PastTense', 'PresentTense'].includes(tag));
  const listed = t.tags.includes('Person') || t.tags.includes('FirstName') || t.tags.includes('LastName');
  const onTeam = next !== undefined && /^(on|in|from)$/i.test(next.text) && terms[i + 2]?.text.toLowerCase() === 'the';
  return listed || possessive || aside || bracket || verb || onTeam;
}
