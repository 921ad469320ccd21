import nlp from 'compromise';
import type { Span } from '../parse/sentences';

export interface PersonMention extends Span {
  text: string;
  /** Written with a title such as Dr, Mrs or Mr. */
  titled: boolean;
}

const TITLE = /^(dr|mr|mrs|ms|mx|miss|prof|professor|nurse|sister)\.?$/i;

// Capitalised words that compromise sometimes takes for names but that, in these
// documents, are teams, places, programs or roles.
const NOT_NAMES = new Set(
  [
    'trust', 'board', 'council', 'team', 'ward', 'unit', 'program', 'programme', 'service', 'services', 'centre', 'center',
    'clinic', 'hospital', 'agency', 'north', 'south', 'east', 'west', 'street', 'road', 'avenue', 'lane', 'director', 'manager',
    'supervisor', 'supervisee', 'client', 'patient', 'policy', 'procedure', 'quality', 'committee', 'health', 'care', 'adult',
    'child', 'family', 'youth', 'main', 'new', 'dbt', 'cbt', 'act', 'emdr', 'phq', 'gad', 'nhs', 'eap', 'ce', 'cpd', 'ed',
  ].map((w) => w.toLowerCase()),
);

const cache = new Map<string, PersonMention[]>();

/**
 * Names of people mentioned in a piece of prose, found with compromise's
 * name lexicon and grammar. Offsets are relative to `text`.
 */
export function findPeople(text: string): PersonMention[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const found: PersonMention[] = [];
  if (/[A-Z]/.test(text)) {
    const doc = nlp(text);
    const add = (start: number, raw: string) => {
      const clean = raw.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}.\s'-]+$/u, '').trimEnd();
      const words = clean.split(/\s+/);
      const named = words.filter((w) => !TITLE.test(w));
      if (!named.length || named.every((w) => NOT_NAMES.has(w.toLowerCase().replace(/\W/g, '')))) return;
      if (found.some((f) => f.start < start + clean.length && start < f.end)) return;
      found.push({ start, end: start + clean.length, text: clean, titled: words.some((w) => TITLE.test(w)) });
    };
    for (const m of doc.people().out('offset') as { text: string; offset: { start: number } }[]) add(m.offset.start, m.text);
    // A capitalised possessive such as "Chidi's" or "Owen's", not at a sentence start, is nearly always a person.
    for (const m of doc.match('#Possessive').not('(#Place|#Organization)').out('offset') as { text: string; offset: { start: number } }[]) {
      if (/^[A-Z][a-z]+['’]s\b/.test(m.text)) add(m.offset.start, m.text);
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, found);
  return found;
}
