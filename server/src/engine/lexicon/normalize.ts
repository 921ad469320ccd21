import { stemmer } from 'stemmer';

// Spellings that differ between British, Australian and American English, unified
// before stemming so that one cue phrase matches all of them.
const WHOLE_WORDS: Record<string, string> = {
  practise: 'practice', practised: 'practiced', practising: 'practicing', practises: 'practices',
  programme: 'program', programmes: 'programs', centre: 'center', centres: 'centers',
  licence: 'license', licences: 'licenses', judgement: 'judgment', judgements: 'judgments',
  defence: 'defense', offence: 'offense', enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill',
  paediatric: 'pediatric', anaesthetic: 'anesthetic', oestrogen: 'estrogen', colleagues: 'colleague',
  whilst: 'while', amongst: 'among', learnt: 'learned', burnt: 'burned', towards: 'toward',
};

const cache = new Map<string, string>();

/** The form a word is compared in: lower case, one spelling, stemmed, without a possessive. */
export function normalizeWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase().replace(/[’`]/g, "'");
  w = w.replace(/'s$|'$/, '');
  w = WHOLE_WORDS[w] ?? w;
  w = w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/(?<=..)is(e|es|ed|ing)$/, 'iz$1')
    .replace(/(?<=...[^aeiou])our$/, 'or')
    .replace(/(?<=...[^aeiou])ours$/, 'ors')
    .replace(/(?<=..[^aeiou])re$/, 'er')
    .replace(/(?<=...)ll(ing|ed|or|ors)$/, 'l$1');
  const stemmed = /^[a-z]+$/.test(w) ? stemmer(w) : w;
  if (cache.size > 50_000) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}
