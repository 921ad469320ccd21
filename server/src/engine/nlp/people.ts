import data from '../../../generated/lexicon.json';
import type { Span } from '../parse/sentences';
import { remember } from '../cache-limit';
import { eachWord, LETTER } from '../text/char-class';
import { alternationOf } from '../text/alternation';
import { STREET_TYPES } from '../text/street-types';

/**
 * Names of people in a sentence, found with dictionaries and the shape of the
 * text rather than a part-of-speech tagger: a tagger costs far more than
 * everything else the engine does, and the questions asked here are narrow
 * (is this run of capitalised words a person?). The first-name and surname
 * lists come from compromise's lexicon at build time plus the data file's
 * additions; a word the dictionaries do not know counts as a name when the
 * text treats it as one (a possessive, a verb after it, an age beside it).
 */

export interface PersonMention extends Span {
  text: string;
  /** Written with a title such as Dr, Mrs or Mr. */
  titled: boolean;
  /** The name's words in lower case, without the title or a possessive. */
  tokens: string[];
  /** The mention is followed by a possessive ('s). */
  possessive: boolean;
  /** A family named by its surname: "the Hendersons". */
  family?: boolean;
  /** A nickname written inside the name ('Lillian "Lily" Chen'), in lower case. */
  alias?: string;
}

const names = data.names as unknown as Record<string, string[]>;
const FIRST = new Set(names.first);
const LAST = new Set(names.last);
const COMMON = new Set([...names.common!, ...names['not-names']!]);

/** Whether a lower-case word is an ordinary word of the language (or a team's, a place's or a programme's word), not a name. */
export function ordinaryWord(lower: string): boolean {
  return COMMON.has(lower);
}
const PLACES = new Set(names.places);
const PLACE_NOUNS = new Set(names['place-nouns']);
const NOT_NAMES = new Set(names['not-names']);
const PERSON_VERBS = new Set(names['person-verbs']);
const WORD_NAMES = new Set(names['word-names']);
const PLACE_SURNAMES = new Set(names['place-surnames']);
// "Hope is", "Will has": after these a capitalised word at a sentence's start may still be the word.
const AUXILIARIES = new Set(['is', 'isn', 'was', 'wasn', 'has', 'hasn', 'had', 'will', 'would', 'won', 'can', 'cannot', 'could', 'may', 'might', 'should', 'does', 'doesn', 'did', 'didn']);

const INTRODUCERS = new RegExp(`\\b(?:${[...(data.privacy as unknown as Record<string, string[]>)['client-relations']!, ...(data.privacy as unknown as Record<string, string[]>)['client-nouns']!, 'named', 'called', 'name is', 'name was', 'goes by', 'go by', 'went by', 'signed off as', 'calls himself', 'calls herself', 'calls themselves', 'known as', 'surname', 'real name', 'legal name', 'birth name', 'full name', 'first name', 'last name', 'will call', "'ll call", 'we call', 'shall call', 'call him', 'call her', 'call them', 'calling him', 'calling her', 'calling them'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[,(]?\\s*["“'‘]?$`, 'i');
// "Ngozi (mum)", "Emeka (her dad)": a relation in brackets after the word says it is a person.
const RELATION_ASIDE = new RegExp(`^\\s*\\(\\s*(?:his\\s+|her\\s+|their\\s+)?(?:${alternationOf((data.privacy as unknown as Record<string, string[]>)['client-relations']!)})\\s*[),]`, 'i');
// "The 14-year-old, Ffion,", "a 34-year-old man, Darnell": an age just before the word introduces a person.
// "11-year-old Zaid refusing school": with no noun, the age names the word right after it.
const AGE_INTRODUCES = /\b\d{1,3}[-\s]year[-\s]old(?:(?:\s+(?:man|woman|boy|girl|client|patient|student|person|male|female|mother|father|veteran|widow|widower))?\s*[,(:]\s*|(?<=\d-year-old)\s+)$/i;
// Matua and Whaea are Māori forms of address for elders and respected staff; Kokum and Mosom, Cree ones for a grandmother
// and a grandfather, given to Elders. "Fr." is a priest.
// Mdm (Singapore, Malaysia), Mme, Mlle, Sra and Srta are the forms of address of a woman written in those places and languages.
const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|mdm|mme|mlle|sra|srta|prof|professor|sr|br|cllr|rev|revd|matua|whaea|kokum|kookum|kohkom|mosom|moshum|mushum|fr|justice|judge|cst|const|sgt|insp|supt|det|cpl)$/;
const PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|le|la|al|el|bin|binti|bint|ibn|ben|abu|dos|du|te|ter|ten|o|mac|st|ó|ní|nic|ua|ap)$/i;
// A name's shape: "Dana", "O'Brien", "McDonald", "MacLeod", "LeBlanc", "DeLuca", "VanDyke", "Smith-Jones", "Ngāti", "Ja'Niyah".
// "Fale'ata", "Ka'ili": a glottal stop written with an apostrophe inside a Pacific name.
const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}\p{M}]+|['’]\p{Lu}[\p{Ll}\p{M}]+|c\p{Lu}[\p{Ll}\p{M}]+|ac\p{Lu}[\p{Ll}\p{M}]+|(?<=^[LD])[aeiu]\p{Lu}[\p{Ll}\p{M}]+|(?<=^[DV])(?:el|es|an|on)\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]{1,3}['’]\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]+['’](?!(?:s|t|re|ve|ll|d|m)$)[\p{Ll}\p{M}]{2,})(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const JOINERS = new Set([0x27, 0x2019, 0x2d]);
// "Austin, TX", "Kelowna, BC": a town before a US state's or a Canadian province's postal code. Codes that are also
// credentials after a name ("Sarah Lindqvist, MA", "Dr Ruiz, MD", "J. Cole, PA") are left out. A ZIP code has five
// digits: "Jasper Whitfield, ID 30219948" is a student's ID number, not a town in Idaho, and "Sipho Ndlovu, SA ID 91071…"
// a South African identity number, not a town in South Australia.
const STATE_CODES = 'AL|AK|AZ|AR|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|YT|NU';
export const LOCALITY_AFTER = new RegExp(`^,\\s*(?:${STATE_CODES})(?=$|[,.;:)]|\\s+\\d{5}(?:-\\d{4})?(?!\\d)|\\s*$)|` + /^,?\s+(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\b(?!\s+(?:ID|id)\b)|^,\s*\d{4}\b(?![\s-]*\d)|^,?\s+[A-Z]{2}\s+\d{5}\b|^,?\s+[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b/.source);
const STREET_WORD = new RegExp(`^${STREET_TYPES}$`);
const STREET_BEFORE = new RegExp(`\\b\\d{1,5}[A-Za-z]?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${STREET_TYPES},\\s*$`, 'u');
const ORGANISATION_BEFORE = /\b(?:Service|Services|Centre|Center|Clinic|Trust|Hospital|Practice|Therapies|Therapy|Health|Agency|Hospice|Council|Ltd|Inc|LLC),\s*$/;
/** A bracket after a name saying it is the name the person asked for: "(his preference)", "(the name she uses)". */
export const PREFERRED_NAME = /^\s*\(\s*(?:(?:his|her|their)\s+(?:preference|preferred|chosen|own choice)|(?:the\s+)?(?:name|what)\s+(?:he|she|they)\s+(?:uses?|prefers?|likes?|goes by|asked)|(?:he|she|they)\s+(?:asked|prefers?|likes?|goes by|uses?|chose))/i;

interface Word {
  raw: string;
  /** Lower case, without a possessive or a full stop. */
  bare: string;
  start: number;
  end: number;
  possessive: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  // Runs of letters joined by an apostrophe or a hyphen, scanned by hand (see text/char-class.ts).
  eachWord(text, LETTER, (c) => JOINERS.has(c), (start, end) => {
    const raw = text.slice(start, end);
    const possessive = raw.length > 3 && (raw.endsWith("'s") || raw.endsWith('’s'));
    const core = possessive ? raw.slice(0, -2) : raw;
    out.push({ raw: core, bare: core.toLowerCase(), start, end: start + core.length, possessive });
  });
  return out;
}

// "Sister Lindiwe Zulu": a senior nurse's title where it is written with a capital ("his sister" stays a relation).
const isTitle = (w: Word) => TITLE.test(w.bare) || w.raw === 'Sister';
// "al-Hassan", "el-Sayed", "bin-Salleh": a family name after a lower-case article, written as one word.
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|az|abu|bin|ben|ibn|d|l)-\p{Lu}[\p{Ll}\p{M}]+$/u;
const capitalised = (w: Word) => NAME_SHAPE.test(w.raw) || ARTICLE_NAME.test(w.raw);
/** Whether a capitalised word could be part of a name: a known name, or a word no dictionary calls anything else. */
const nameish = (w: Word) => FIRST.has(w.bare) || LAST.has(w.bare) || (!COMMON.has(w.bare) && !PLACES.has(w.bare) && w.bare.length > 1);
const known = (w: Word) => FIRST.has(w.bare) || LAST.has(w.bare);

const cache = new Map<string, PersonMention[]>();

/**
 * A sentence typed or dictated without capitals ("kerry started with siobhán, the young woman from the flats")
 * names people in lower case: there, a word that is a first name and no ordinary word or place is given its
 * capital back, so that the name finder reads it as writers who capitalise are read. Offsets do not change.
 * Sentences that open with a capital are left as they are, unless `anywhere`: the later mentions of a name
 * already known ("he wants to tell shane on Monday") are looked for in every sentence.
 */
export function recaseNames(text: string, anywhere = false): string {
  const first = /\p{L}/u.exec(text);
  if (!first) return text;
  if (!anywhere && first[0] !== first[0].toLowerCase()) {
    // "**7:10 AM – DeShawn:** done. also keisha in rm 12 …": a sentence typed without capitals after one written with them.
    const typed = STOP_THEN_LOWER.test(text) ? LOWER_AFTER_STOP.exec(text) : null;
    if (typed) return text.slice(0, typed.index + typed[0].length) + recaseNames(text.slice(typed.index + typed[0].length));
    // "Texter gave first name "tyler"", "once jess wrote …", "anger at jess's mum": a name as a texter typed it, in a
    // sentence written with capitals. Only where the name is introduced, or does or owns something, and only a word the
    // lists know as a first name and as nothing else.
    // Most sentences hold none of the words around such a name: the word-by-word pattern is run only where one is.
    if (!LOWER_NAME_CUE.test(text)) return text;
    return text.replace(LOWER_NAME_IN_CONTEXT, (w: string, introduced: string | undefined, name: string) => {
      const ok = introduced ? !COMMON.has(name) || FIRST.has(name) : FIRST.has(name) && !COMMON.has(name);
      return ok && !WORD_NAMES.has(name) && !PLACES.has(name) && !NOT_NAMES.has(name) ? w.slice(0, w.length - name.length) + name[0]!.toUpperCase() + name.slice(1) : w;
    });
  }
  const pair = LOWER_PAIR.exec(text);
  if (pair && lowerFullName(pair[2]!, pair[3]!)) {
    const at = pair[1]!.length;
    const second = at + pair[2]!.length + 1;
    text = text.slice(0, at) + pair[2]![0]!.toUpperCase() + text.slice(at + 1, second) + pair[3]![0]!.toUpperCase() + text.slice(second + 1);
  }
  // "an email w a client's full name (thandi mokoena 8804…)": inside the sentence too, a first name and a word no list knows.
  // Found from the particulars back: a pattern tried at every word costs more than the rest of the reading.
  text = capitalisePairsBeforeParticulars(text);
  // "bed 4 mrs. adeyemi for d/c": a title typed in lower case, and the surname after it.
  text = text.replace(LOWER_TITLED, (whole, title: string, name: string) => (COMMON.has(name) || PLACES.has(name) ? whole : `${title}${name[0]!.toUpperCase()}${name.slice(1)}`));
  const aged = LOWER_AGED.exec(text);
  if (aged && (!COMMON.has(aged[2]!) || WORD_NAMES.has(aged[2]!)) && !PLACES.has(aged[2]!) && !NOT_NAMES.has(aged[2]!)) {
    // "thandi m.": the surname's initial too.
    const [whole, lead, name, initial = ''] = aged;
    text = lead + name![0]!.toUpperCase() + name!.slice(1) + initial.toUpperCase() + text.slice(whole.length);
  }
  return text.replace(LOWER_WORD, (w, at: number) => {
    const bare = w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
    // Most words are ordinary ones, which stay as they are: the one look-up settles them.
    if ((COMMON.has(bare) && !WORD_NAMES.has(bare)) || PLACES.has(bare) || NOT_NAMES.has(bare)) return w;
    // Looking for the names a document already knows ("mick worried he's carrying dazza"), a word no dictionary
    // knows may be one of them too. An article makes any word a noun ("the koro's mistrust", "the kauri forest walk").
    // "- hope relapsed wknd": where the document already knows a client called Hope, a name that is also a word may
    // open a note's line; whether a verb follows is for the reader of known names to say.
    const wordName = WORD_NAMES.has(bare) && anywhere && LINE_START.test(text.slice(0, at));
    const name = wordName || ((FIRST.has(bare) || anywhere) && !COMMON.has(bare) && !WORD_NAMES.has(bare) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at)));
    return name ? w[0]!.toUpperCase() + w.slice(1) : w;
  });
}
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
// Only where a record's particulars follow ("thandi mokoena 8804120234081", "dwayne ferris (dob 1988-06-12)"): elsewhere two
// lower-case words are too often a name and an ordinary word the lists do not know.
// "robert kowalski d o b 3 14 1979": a voice app's letters of "DOB".
const PARTICULARS_AT = /(?:\bdob\b|\bd\.o\.b|\bd o b\b|\bborn\b|\baged?\s+\d|(?<!\d)\d{6,}|\b(?:nhs|nhi|chi|mrn|id)\b)/gu;
const PAIR_BEFORE = /(?<![\p{L}\p{M}'’@._/-])(\p{Ll}{3,}) (\p{Ll}[\p{Ll}\p{M}'’-]{2,})\s*[(,]?\s*$/u;
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** "thandi mokoena 8804120234081", "dwayne ferris (dob 1988-06-12)": the first name and surname before a record's particulars. */
function capitalisePairsBeforeParticulars(text: string): string {
  let out = text;
  for (const m of text.matchAll(PARTICULARS_AT)) {
    const from = Math.max(0, m.index - 60);
    const pair = PAIR_BEFORE.exec(text.slice(from, m.index));
    if (!pair || !lowerFullName(pair[1]!, pair[2]!)) continue;
    const at = from + pair.index;
    const name = `${capital(pair[1]!)} ${capital(pair[2]!)}`;
    out = out.slice(0, at) + name + out.slice(at + name.length);
  }
  return out;
}
const LOWER_TITLED = /(?<![\p{L}\p{M}])((?:mr|mrs|ms|mx|miss|dr)\.?\s+)(\p{Ll}[\p{Ll}\p{M}'’-]{2,})/gu;
// A full stop after a word, then a word in lower case: "done. also keisha …" (not the "g." of "e.g.").
const LOWER_AFTER_STOP = /(?<=\p{Ll}{3})[.!?]\s+(?=\p{Ll})/u;
const STOP_THEN_LOWER = /[.!?]\s+\p{Ll}/u;
/** Only list markers, numbering and emphasis before: the place where a line's first word stands. */
export const LINE_START = /^[\s*_>|•(\d.)-]*$/;
// "- dazza, 52 — alcohol", "- thandi m., 11 — placed w/ gogo": a case list's item that opens with a word and an age opens
// with the person's name, whether or not the name lists know it.
// "- hope — 34yo f, hx etoh": after a dash, an age written with its unit.
const LOWER_AGED = /^([\s*_>|•(\d.)-]*)(\p{Ll}[\p{Ll}\p{M}'’-]{1,20})(\s+\p{Ll}\.)?(?=(?:,\s*\d{1,2}(?:\s*(?:yo|y\/o|yrs?|th))?|\s*(?:[—–]|\s-)\s*\d{1,2}\s*(?:yo|y\/o|yrs?(?:\s+old)?|years?\s+old))(?:\s+[fmFM])?\s*(?:[—–,(|;]|\s-\s|$))/u;
// "ruby wihongi at Wigram Park High", "**2. destiny begay** — 16": a line typed without capitals that opens with a first
// name and a word no dictionary knows opens with a full name, even where the first name is also a word.
const LOWER_PAIR = /^([\s*_>|•(\d.)-]*)(\p{Ll}+) (\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}\p{M}])/u;
function lowerFullName(given: string, family: string): boolean {
  return (FIRST.has(given) || WORD_NAMES.has(given)) && !NOT_NAMES.has(given) && !PLACES.has(given) && !COMMON.has(family) && !PLACES.has(family) && !NOT_NAMES.has(family) && !FIRST.has(family);
}
const LOWER_NAME_CUE = /['’]s\s|["“'‘]|wrote|writes|typed|texted|messaged|said|says|told|asked|disclosed|mentioned|shared|posted|replied/;
const LOWER_NAME_IN_CONTEXT = /(\b(?:first name|named|called|name is|name's|it's|its)\s*["“'‘])?(?<![\p{L}\p{M}'’@._/-])(\p{Ll}[\p{Ll}\p{M}]{2,15})(?=(?<=["“'‘]\p{Ll}+)["”'’]|['’]s\s|\s+(?:wrote|writes|typed|texted|messaged|said|says|told|asked|disclosed|mentioned|shared|posted|replied)\b)/gu;
// Not inside an e-mail address or a web address ("hong.nguyen@…").
const LOWER_WORD = /(?<![\p{L}\p{M}'’@._/-])\p{Ll}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}]|[.@_/][\p{L}\p{N}])/gu;

// "2 Jun", "Jan 2025", "May 14": a month's name beside a number is a date, whatever name it also is.
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec)$/;
export function dateWord(text: string, start: number, end: number): boolean {
  return MONTH.test(text.slice(start, end)) && (/\d[\s,.-]*$/.test(text.slice(Math.max(0, start - 4), start)) || /^[\s.-]*\d/.test(text.slice(end, end + 4)));
}

/** Names of people in a piece of prose. Offsets are relative to `text`. */
export function findPeople(text: string): PersonMention[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const found = /\p{Lu}/u.test(text) ? scan(text) : [];
  return remember(cache, text, found);
}

/**
 * The people named in a front matter field whose key says it names a person ("supervisee: Jasper Ward
 * (Provisional Psychologist)"): read as in a sentence, and where that finds no one, a known first name and a
 * surname that is also a place's word ("Ward", "Lane") at the value's start are taken as the person's name.
 */
export function findPeopleInPersonField(text: string): PersonMention[] {
  const found = findPeople(text);
  if (found.length) return found;
  const m = /^(\s*)(\p{Lu}[\p{Ll}\p{M}]+) (\p{Lu}[\p{Ll}]+)(?![\p{L}\p{M}'’-])/u.exec(text);
  if (!m || !FIRST.has(m[2]!.toLowerCase()) || !PLACE_SURNAMES.has(m[3]!.toLowerCase())) return found;
  const start = m[1]!.length;
  const end = m[0].length;
  return [{ start, end, text: text.slice(start, end), titled: false, tokens: [m[2]!.toLowerCase(), m[3]!.toLowerCase()], possessive: false }];
}

function scan(text: string): PersonMention[] {
  const ws = words(text);
  const out: PersonMention[] = [];
  // The last single capitalised word that was not taken for a name.
  let rejected: Word | undefined;
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if ((!capitalised(w) && !isTitle(w)) || dateWord(text, w.start, w.end)) {
      i++;
      continue;
    }
    // A run of capitalised words (and surname particles) joined by single spaces.
    let j = i + 1;
    while (j < ws.length) {
      const gap = text.slice(ws[j - 1]!.end + (ws[j - 1]!.possessive ? 2 : 0), ws[j]!.start);
      if (ws[j - 1]!.possessive || !/^\.? $/.test(gap)) break;
      // "flag to Dr. Anand. Cody's PHN …": a full stop ends the name unless it closes a title or an initial.
      if (gap === '. ' && !isTitle(ws[j - 1]!) && !/^\p{Lu}$/u.test(ws[j - 1]!.raw) && !SAINT_OR_PLACE.test(ws[j - 1]!.raw)) break;
      // "van der Merwe", "de la Fuente": one particle or two before the family name.
      const particles = PARTICLE.test(ws[j]!.raw) ? (j + 2 < ws.length && PARTICLE.test(ws[j + 1]!.raw) && / $/.test(text.slice(ws[j]!.end, ws[j + 1]!.start)) ? 2 : 1) : 0;
      // "Mr S. Nxumalo": after a title, initials before the surname ("Mr G. She said" ends at the initial).
      const initial = isTitle(w) && /^\p{Lu}$/u.test(ws[j]!.raw) && text[ws[j]!.end] === '.' && j + 1 < ws.length && ((capitalised(ws[j + 1]!) && !COMMON.has(ws[j + 1]!.bare)) || /^\p{Lu}$/u.test(ws[j + 1]!.raw));
      if (!capitalised(ws[j]!) && !initial && !(particles && j + particles < ws.length && capitalised(ws[j + particles]!))) break;
      // "… rather than a fault in Sarah O. Liam said he had felt defensive": after a surname's initial, a given
      // name that is no surname, with a lower-case word after it, opens the next sentence.
      if (gap === '. ' && j - 1 > i && /^\p{Lu}$/u.test(ws[j - 1]!.raw) && FIRST.has(ws[j]!.bare) && !LAST.has(ws[j]!.bare) && j + 1 < ws.length && /^\p{Ll}/u.test(ws[j + 1]!.raw) && text.slice(ws[j]!.end, ws[j + 1]!.start) === ' ') break;
      if (particles === 2) j++;
      j++;
    }
    // 'Lillian "Lily" Chen', "Robert ('Bobby') Tuhiwai": a nickname inside the name is the same person's.
    const nick = j + 1 < ws.length && capitalised(ws[j]!) && capitalised(ws[j + 1]!) ? NICKNAME_INSIDE.exec(text.slice(ws[j - 1]!.end, ws[j + 1]!.start)) : null;
    if (nick && nick[1] === ws[j]!.raw && !ws[j - 1]!.possessive) {
      let k = j + 2;
      while (k < ws.length && /^ $/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)) && capitalised(ws[k]!) && !ws[k - 1]!.possessive) k++;
      const rest = [...ws.slice(0, j), ...ws.slice(j + 1)];
      const person = judgeRun(text, rest, i, k - 1);
      if (person && person.tokens.length > 1) {
        out.push({ ...person, alias: ws[j]!.bare });
        i = k;
        continue;
      }
    }
    const single = j === i + 1;
    const person = judgeRun(text, ws, i, j) ?? (single ? pairedWith(text, out[out.length - 1], w, ws[j]) : undefined);
    if (person) {
      // "working with Tavita and Losa (married 22 yrs …)": the first of a pair, known only by the second.
      const first = rejected && pairedWith(text, person, rejected, undefined, true);
      if (first) out.push(first);
      out.push(person);
    }
    rejected = person || !single ? undefined : w;
    i = j;
  }
  return out;
}

/**
 * "Sione and Mele", "Ngozi & Emeka": one word `w` that no dictionary knows, joined by "and" to a person found
 * just before it (or, `before`, just after it), is the other of a pair. `next` is the word after `w`.
 */
function pairedWith(text: string, other: PersonMention | undefined, w: Word, next: Word | undefined, before = false): PersonMention | undefined {
  if (!other || other.titled || (before ? w.possessive : other.possessive)) return undefined;
  const joint = before ? text.slice(w.end, other.start) : text.slice(other.end, w.start);
  if (!/^\s+(?:and|&)\s+$/.test(joint) || !nameish(w) || COMMON.has(w.bare) || PLACES.has(w.bare) || NOT_NAMES.has(w.bare)) return undefined;
  // "Sione and Mele Street": the pair is a place's name.
  if (next && text.slice(w.end, next.start) === ' ' && PLACE_NOUNS.has(next.bare)) return undefined;
  return { start: w.start, end: w.end, text: w.raw, titled: false, tokens: [w.bare], possessive: w.possessive };
}

/**
 * "St", "Saint", "Santa": a word before a saint's name, which names a school, a hospital or a parish.
 * "Mt Eden", "Port Elizabeth", "Lake Macquarie": a word before a name that makes it a place's.
 */
export const SAINT_OR_PLACE = /^(?:St|Saint|Ste|Sainte|San|Santa|Mt|Mount|Port|Lake|Fort|Cape)$/;

/** "the Khumalo matter", "the Ouellet file": the words after a surname that make it the name of a client's file. */
export const CASE_FILE_AFTER = /^\s+(?:matter|file)\b/;

const FILE_OF_PLACE = /^\s+(?:folder|file|chart)\s+(?:no\b|number\b|#)/i;
const THING_AFTER_NAME = new Set(['training', 'building', 'card', 'voucher', 'coupon', 'coffee']);

const NICKNAME_INSIDE = /^ \(?["“'‘](\p{Lu}[\p{Ll}\p{M}'’-]+)["”'’]\)? $/u;

const NAME_GIVEN_BEFORE = /\b(?:goes|go|went|going)\s+by\s*["“'‘]?$|\b(?:his|her|their|my)\s+name\s+(?:is|was)\s*["“'‘]?$/i;
// Not "the Ward family room": a room a ward keeps for visiting families.
const FAMILY_NOUN_AFTER = /^\s+(?:family|families|household|children|kids|twins|siblings|parents|boys|girls|brothers|sisters)\b(?!\s+(?:room|rooms|lounge|area|kitchen|suite)\b)/i;

/** Whether the words [from, to) name a person, and which part of them. */
function judgeRun(text: string, ws: Word[], from: number, to: number): PersonMention | undefined {
  const runStart = from;
  let a = from;
  let b = to;
  let titled = false;
  while (a < b && isTitle(ws[a]!)) {
    titled = true;
    a++;
  }
  // "Discussed Maria Lopez", "Plan Review Dana": leading words that are no name are not part of it.
  // "Rose Whitfield", "Rose's sister": a first name that is also a word stays, alone or before a name.
  const wordNameFirst = (k: number) => WORD_NAMES.has(ws[k]!.bare) && (k + 1 === b || (nameish(ws[k + 1]!) && !PLACE_NOUNS.has(ws[k + 1]!.bare)));
  // "his mother, Gail Renshaw": after a word that introduces a person, two capitalised words are a name even when the first is also a word.
  // "a Carer's Needs Assessment": after a relation written in capitals itself, the words are the title of a thing.
  const introducedPair = b - a === 2 && capitalised(ws[a]!) && capitalised(ws[a + 1]!) && !NOT_NAMES.has(ws[a]!.bare) && !/\p{Lu}[\p{L}]*['’]s\s+$/u.test(text.slice(Math.max(0, ws[a]!.start - 20), ws[a]!.start)) && INTRODUCERS.test(text.slice(Math.max(0, ws[a]!.start - 30), ws[a]!.start));
  // "goes by Bluey", "said his name was Ger": a single word after these is a name, whatever else it means.
  const nameGiven = b - a === 1 && NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, ws[a]!.start - 25), ws[a]!.start));
  // "the Ward family": a surname that is also a place's word, alone before a family noun.
  const familySurname = (k: number) => b - k === 1 && PLACE_SURNAMES.has(ws[k]!.bare) && FAMILY_NOUN_AFTER.test(text.slice(ws[k]!.end, ws[k]!.end + 20));
  if (!titled && !introducedPair && !nameGiven) while (a < b && !isTitle(ws[a]!) && !known(ws[a]!) && !wordNameFirst(a) && !familySurname(a) && (COMMON.has(ws[a]!.bare) || PLACES.has(ws[a]!.bare) || !capitalised(ws[a]!))) a++;
  // "Credit Mr. Finch's account": a title after the leading words still makes the rest a name.
  if (!titled && a > from) {
    from = a;
    while (a < b && isTitle(ws[a]!)) {
      titled = true;
      a++;
    }
  }
  while (b > a && !capitalised(ws[b - 1]!)) b--;
  if (a >= b) return undefined;
  // "St Brigid's Community College", "St. Vincent's": a saint's name names a school, a hospital or a parish.
  if (a > runStart && SAINT_OR_PLACE.test(ws[a - 1]!.raw)) return undefined;
  // "Tŷ Bevan", "Plas Madoc", "Ysbyty Gwynedd": in Welsh a house, a hall or a hospital is named for a person.
  if (a > runStart && /^(?:Tŷ|Ty|Plas|Ysbyty|Canolfan|Neuadd)$/.test(ws[a - 1]!.raw)) return undefined;
  const run = ws.slice(a, b);
  const last = run[run.length - 1]!;
  const next = ws[b];
  // "Willow Ward", "the Harbour House team": a place or an organisation named like a person.
  const adjacent = next !== undefined && text.slice(last.end, next.start) === ' ';
  if (adjacent && PLACE_NOUNS.has(next.bare) && !last.possessive) return undefined;
  // "the Oliver McGowan training", "the Fiona Stanley building", "a $20 Tim Hortons card": a full name before one of
  // these is a thing's; one word may be a person doing it ("Nikau building his confidence").
  if (adjacent && run.length > 1 && THING_AFTER_NAME.has(next.bare) && !last.possessive) return undefined;
  // "Mr Ward", "Mrs Jane Lane": after a title, a surname that is also a place's word is the person's.
  const titledPlaceSurname = (w: Word) => titled && PLACE_SURNAMES.has(w.bare);
  if (run.length > 1 && PLACE_NOUNS.has(last.bare) && !titledPlaceSurname(last)) return undefined;
  // "Bara folder no. 0918-4472X": the hospital whose file number it is, as the name of a record.
  if (run.length === 1 && !last.possessive && FILE_OF_PLACE.test(text.slice(last.end, last.end + 25))) return undefined;
  if (run.length > 4) return undefined;
  // "14 Frome St Moree": after a house number, a street's name and its town.
  if (run.length > 1 && /\d[A-Za-z]?\s+$/.test(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start)) && run.slice(1).some((w) => STREET_WORD.test(w.raw))) return undefined;
  // After a title or a known first name, a surname may be an ordinary word ("Aaron Pike", "Mr Harold Finch");
  // otherwise one ordinary word in the run ("Bay Area", "Advisory Panel") means it is no name.
  // "the Okafor family", "the Ward children": a family noun after a surname, with "the" before it.
  const familyAfter = () => /\bthe\s+$/i.test(text.slice(Math.max(0, ws[a]!.start - 5), ws[a]!.start)) && FAMILY_NOUN_AFTER.test(text.slice(last.end, last.end + 20));
  const surnameMayBeWord = titled || introducedPair || (run.length >= 2 && (FIRST.has(run[0]!.bare) || WORD_NAMES.has(run[0]!.bare)));
  const wordName = run.length === 1 && WORD_NAMES.has(last.bare) && !FIRST.has(last.bare) && !titled;
  // Surnames are often place names too ("Mr Pennington", "Grace Washington").
  const ordinaryOk = (w: Word) => (surnameMayBeWord && !NOT_NAMES.has(w.bare) && !PLACE_NOUNS.has(w.bare)) || titledPlaceSurname(w) || (run.length === 1 && PLACE_SURNAMES.has(w.bare) && familyAfter());
  // "Mr S. Nxumalo", "Mrs R. Govender": after a title, a given name may be written as its initial.
  const initialAfterTitle = (w: Word, k: number) => titled && k < run.length - 1 && /^\p{Lu}$/u.test(w.raw) && text[w.end] === '.';
  if (!nameGiven && !run.every((w, k) => nameish(w) || PARTICLE.test(w.raw) || ordinaryOk(w) || (k === 0 && WORD_NAMES.has(w.bare)) || initialAfterTitle(w, k))) return undefined;
  const initial = a === 0 || /[:;•*\-–—>(|]\s*$/.test(text.slice(0, ws[a]!.start)) || /^\s*$/.test(text.slice(0, ws[a]!.start));
  const anyKnown = run.some(known);
  const firstKnown = FIRST.has(run[0]!.bare) && !wordName;
  let accept = false;
  // "a young mother from Shannon", "moved to Tyler": a single word after a preposition of place is a place.
  const placeBefore = /\b(?:from|in|at|near|to|of|via|outside|around)\s+$/.test(text.slice(Math.max(0, ws[a]!.start - 10), ws[a]!.start));
  // "the Pillays", "the Castellanos": a family named by its surname.
  const singular = last.bare.slice(0, -1);
  const family =
    run.length === 1 &&
    !titled &&
    /s$/.test(last.raw) &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, ws[a]!.start - 5), ws[a]!.start)) &&
    (LAST.has(singular) || (/^(?:mc|mac|o['’])\p{L}{3}/u.test(singular) && !COMMON.has(singular)));
  if (family) {
    return { start: last.start, end: last.end, text: last.raw, titled: false, tokens: [singular], possessive: last.possessive, family: true };
  }
  // "the Lincoln CPD day", "the Iona residential": one name word after "the" names a place or an event,
  // unless a family noun follows ("the Okafor family").
  const theBefore = /\bthe\s+$/i.test(text.slice(Math.max(0, ws[a]!.start - 5), ws[a]!.start));
  const familyNoun = familyAfter();
  if (titled) accept = true;
  // "the Flanagan family": a surname no list knows, named as a family's.
  else if (run.length === 1 && theBefore && familyNoun && ((!COMMON.has(last.bare) && !PLACES.has(last.bare)) || PLACE_SURNAMES.has(last.bare))) accept = true;
  // "the Khumalo matter", "the Ouellet file": a surname as the name of a client's file ("the Tarasoff case" is a court's).
  else if (run.length === 1 && theBefore && !last.possessive && CASE_FILE_AFTER.test(text.slice(last.end, last.end + 10)) && !COMMON.has(last.bare) && !PLACES.has(last.bare)) accept = true;
  else if (run.length === 1 && placeBefore && !last.possessive) accept = false;
  // "(client is from Vũng Tàu)", "grew up in Cape Town": where someone is from or lives is a place, in any number of words.
  // Not "the call was from Kerry Jones": a message or a call is from a person.
  else if (!last.possessive && /\b(?:(?:client|patient|he|she|they|family|who)\s+(?:is|are|was|were)\s+from|comes?\s+from|came\s+from|originally\s+from|born\s+in|lives?\s+in|lived\s+in|grew\s+up\s+in)\s+$/i.test(text.slice(Math.max(0, ws[a]!.start - 24), ws[a]!.start))) accept = false;
  else if (run.length === 1 && theBefore && !last.possessive && !familyNoun) accept = false;
  else if (run.length >= 2) accept = anyKnown || introducedPair || !initial || run.every((w) => !COMMON.has(w.bare)) || (run.length === 2 && WORD_NAMES.has(run[0]!.bare) && !COMMON.has(last.bare));
  else if (firstKnown) accept = true;
  else if (LAST.has(last.bare) && !initial) accept = true;
  else {
    // A word no dictionary knows stands for a person only where the text treats it as one.
    const after = next && text.slice(last.end + (last.possessive ? 2 : 0), next.start);
    const verb = next !== undefined && /^ $/.test(after!) && PERSON_VERBS.has(next.bare);
    // "Tamati, 16", "Sky (they/them), 19", "Hope — 34yo f", "Lachie (yr 9)".
    const aside = /^\s*(?:\([^)]{1,20}\)\s*)?[,(]\s*(?:aged\s+|(?:a|an|the)\s+|(?:yr|year|grade|gr)\.?\s*)?\d{1,3}\b|^\s*(?:[—–]|\s-)\s*\d{1,3}\s*(?:y\/?o\b|yrs?\b|years?\s+old\b)/.test(text.slice(last.end, last.end + 30));
    // "her daughter Eleni", "client Tamati", "a boy called Nikau": the word before introduces a person.
    const introduced = INTRODUCERS.test(text.slice(Math.max(0, ws[a]!.start - 30), ws[a]!.start)) || AGE_INTRODUCES.test(text.slice(Math.max(0, ws[a]!.start - 40), ws[a]!.start));
    // A first name that is also a word ("Rose", "Hope") needs more than a verb where any word is capitalised.
    // "Seun (his preference)", "Wi (the name he uses at school)": a name a person asked to be called.
    const preferred = PREFERRED_NAME.test(text.slice(last.end, last.end + 50));
    // "Hazel C.", "Guri S.": a first name with the initial of a surname.
    const initialled = run.length === 1 && (firstKnown || wordName || !COMMON.has(last.bare)) && /^ \p{Lu}\.(?!\p{L})/u.test(text.slice(last.end, last.end + 4));
    const relationAside = RELATION_ASIDE.test(text.slice(last.end, last.end + 40));
    accept = last.possessive || (verb && !(wordName && initial && AUXILIARIES.has(next!.bare))) || aside || introduced || preferred || initialled || relationAside;
  }
  // "… Speech-Language Therapy Service, Kirikiriroa Hamilton": after an organisation's name and a comma comes its town.
  if (accept && !titled && ORGANISATION_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) return undefined;
  // "2 Ross Street, Lennox Head NSW 2478", "Levenshulme, Manchester M19 3QT": a town in an address, named like a person.
  if (accept && !titled && (LOCALITY_AFTER.test(text.slice(last.end, last.end + 16)) || STREET_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start)))) return undefined;
  if (!accept) return undefined;
  const start = titled ? ws[from]!.start : run[0]!.start;
  const tokens = run.filter((w, k) => !PARTICLE.test(w.raw) && !initialAfterTitle(w, k)).map((w) => w.bare);
  // A particle alone ("Ben", "Van") gives no word to know the person by.
  if (!tokens.length) return undefined;
  return { start, end: last.end, text: text.slice(start, last.end), titled, tokens, possessive: last.possessive };
}
