
// Spellings that differ between British, Australian and American English, unified
// so that one cue phrase matches all of them.
const WHOLE_WORDS: Record<string, string> = {
  practise: 'practice', practised: 'practiced', practising: 'practicing', practises: 'practices',
  programme: 'program', programmes: 'programs', centre: 'center', centres: 'centers',
  licence: 'license', licences: 'licenses', judgement: 'judgment', judgements: 'judgments',
  defence: 'defense', offence: 'offense', enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill',
  paediatric: 'pediatric', behaviour: 'behavior', behaviours: 'behaviors', behavioural: 'behavioral',
  whilst: 'while', amongst: 'among', learnt: 'learned', burnt: 'burned', towards: 'toward', mum: 'mom',
  children: 'child', people: 'person', men: 'man', women: 'woman', staff: 'staff',
  noted: 'note', noting: 'note',
};

const cache = new Map<string, string>();
const WORD_CACHE = 100_000;

/**
 * The form in which a word is compared: lower case, one spelling, and without
 * its inflection (plural, possessive, -ed, -ing), so "budgets", "budget's" and
 * "budgeted" all read "budget". Derived words ("budgetary", "organisational")
 * are left alone: the word lists name them where they matter, which keeps
 * unrelated words from colliding the way an aggressive stemmer makes them.
 */
export function normalizeWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase().replace(/[’`]/g, "'");
  w = w.replace(/'s$|'$/, '');
  w = WHOLE_WORDS[w] ?? w;
  w = w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/(?<=..)is(e|es|ed|ing)$/, 'iz$1')
    .replace(/(?<=...[^aeiou])our(s?)$/, 'or$1')
    .replace(/(?<=..[^aeiou])re$/, 'er')
    .replace(/(?<=...)ll(ing|ed|or|ors)$/, 'l$1');
  const out = /^[a-z]+$/.test(w) ? uninflect(w) : w;
  // A language's words are few: this cache is bounded by the vocabulary, not by the text's length.
  if (cache.size > WORD_CACHE) cache.clear();
  cache.set(word, out);
  return out;
}

const VOWEL = /[aeiouy]/;

// Short words that look inflected but are not, or would collide once stripped ("here" is not "her", "note" not "not").
const NO_STEM = new Set(['note', 'here', 'there', 'where', 'were', 'more', 'some', 'come', 'one', 'none', 'done', 'gone', 'have', 'give', 'since', 'once', 'whose', 'these', 'those', 'are', 'this', 'was', 'has', 'does', 'goes', 'yes', 'less', 'unless', 'news']);

function uninflect(w: string): string {
  if (w.length < 3 || NO_STEM.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(x|z|ch|sh|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('eed') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length > 4) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length > 3) w = undouble(w.slice(0, -2));
  // "notes" → "note", and no further: "not" is another word.
  if (NO_STEM.has(w)) return w;
  if (w.length >= 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** "planned" → "plan", "cutting" → "cut"; "staffed" and "called" keep their pairs. */
function undouble(stem: string): string {
  return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}
