import data from '../../../generated/lexicon.json';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokensOf, type Token } from '../lexicon/tokenize';
import type { ParsedDocument } from '../parse/document';
import { unitAt } from '../parse/unit-at';
import type { Unit } from '../parse/units';
import { insideQuotes } from '../text/quotes';
import type { DocumentKind } from '../types';
import { MBI, validLuhn, validMedicareAu, validNhi, validNhs, validSaId } from './check-digits';
import { ADDRESS_LABEL, BUSINESS, DATE, EMAIL, EMPLOYER, ID_AFTER_LABEL, NHS, OLD_AGE, OLD_AGE_STATED, placeholderNumber, POSTCODE, SCHOOL, SCHOOL_WORD, SSN, STREET, TRADE_WORD } from './patterns';
import { frontMatterIds } from './front-matter-ids';
import { otherNumberCells, staffContactCells, tableColumnIds } from './table-columns';
import { placementRosterUnits } from './trainee-lines';
import { findPhones } from './phones';
import { strungParticulars } from './particulars';
import { remember } from '../cache-limit';
import { clientNouns, isRosterLine } from './mention-evidence';
import { WhoIsWho, type Mention } from './who-is-who';
import { alternationOf } from '../text/alternation';

export type IdentifierKind =
  | 'full-name'
  | 'titled-name'
  | 'first-name'
  | 'relative-name'
  | 'date-of-birth'
  | 'age'
  | 'phone'
  | 'email'
  | 'address'
  | 'record-number'
  | 'nhs-number'
  | 'ssn'
  | 'insurance-id'
  | 'school-or-employer'
  | 'username';

/** A client identifier found in a document; its text is never put in a finding. */
export interface Identifier {
  kind: IdentifierKind;
  start: number;
  end: number;
  /** For names: the person, so that every mention of them can be replaced at once. */
  person?: number;
  /** For names: the document offsets of every mention of the same person. */
  mentions?: { start: number; end: number }[];
}

const privacy = data.privacy as unknown as Record<string, string[]> & { labels: Record<string, string[]> };
const phrases = (list: string[]) => new PhraseMatcher(list.map((phrase) => ({ phrase, info: phrase })));
const staffContact = phrases(privacy['staff-contact']!);
const clientContact = phrases(privacy['client-contact']!);
// A label written with " #" ("student #") counts only where the sign follows it.
const labels = Object.fromEntries(Object.entries(privacy.labels).map(([k, v]) => [k, new PhraseMatcher(v.map((phrase) => ({ phrase: phrase.replace(/\s+#$/, ''), info: phrase })))])) as Record<'dob' | 'record' | 'nhs' | 'ssn' | 'insurance', PhraseMatcher<string>>;
const CLINICAL = phrases(privacy['clinical-words']!);

// The identifiers of a sentence depend only on its text, the document's kind and whether a named client is in it.
const idsCache = new Map<string, Map<string, SentenceIds>>();
// ...and a block's, offsets relative to the block, for blocks with no named client in them.
const blockIdsCache = new Map<string, Map<string, Identifier[]>>();

const LABEL_KIND: Record<string, IdentifierKind> = { record: 'record-number', nhs: 'nhs-number', ssn: 'ssn', insurance: 'insurance-id' };

/** What one sentence holds that needs no one's name: numbers, dates of birth, contact details. */
interface SentenceIds {
  ids: Identifier[];
  /** The sentence is about a client (a client noun, clinical words or a titled surname). */
  clientSentence: boolean;
}

/**
 * Finds client identifiers in a document: every mention of a client or a
 * client's relative, dates of birth, ages over 89, phone numbers, e-mail and
 * street addresses, postcodes, record, health, social security and
 * insurance numbers, and a school or employer named with a client. Names of
 * staff, initials, declared pseudonyms, session dates and the agency's own
 * contact details are left alone.
 */
export function findIdentifiers(doc: ParsedDocument, kind: DocumentKind | 'unknown', who = new WhoIsWho(doc, kind)): Identifier[] {
  const out: Identifier[] = [];
  // Which characters an identifier already covers: a long document has hundreds of identifiers, and comparing
  // each new one with all the others costs more than the rest of the pass.
  const covered = new Uint8Array(doc.text.length + 1);
  const taken = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (covered[i]) return true;
    return false;
  };
  const add = (id: Identifier) => {
    if (taken(id.start, id.end)) return;
    out.push(id);
    covered.fill(1, id.start, id.end);
  };

  for (const id of frontMatterIds(doc)) add(id);
  for (const id of tableColumnIds(doc)) add(id);
  const byPerson = new Map<number, Mention[]>();
  for (const m of who.mentions) {
    const role = who.roleOf(m);
    if (role !== 'client' && role !== 'relative') continue;
    const list = byPerson.get(m.person) ?? [];
    list.push(m);
    byPerson.set(m.person, list);
  }
  const clientSentences = new Set<number>();
  const clientMentionEnds = new Map<number, number>();
  // A Markdown heading names the section, and the answer is under it: a client's name there is replaced with the
  // rest ("Replace all mentions"), and reported where the text uses it. A bold line is prose and reported itself.
  const inHeading = headingLookup(doc);
  for (const [person, mentions] of byPerson) {
    const spans = mentions.map((m) => ({ start: m.docStart, end: m.docEnd }));
    for (const m of mentions) {
      if (inHeading(m.docStart)) continue;
      const role = who.roleOf(m);
      const kindOf: IdentifierKind = role === 'relative' ? 'relative-name' : m.titled ? 'titled-name' : m.tokens.length > 1 ? 'full-name' : 'first-name';
      add({ kind: kindOf, start: m.docStart, end: m.docEnd, person, mentions: spans });
      clientSentences.add(m.docStart);
      clientMentionEnds.set(m.docStart, m.docEnd);
    }
  }

  // "yasmeen.alhassan@…", "From: … <josie.ayag@…>": an e-mail address made of a client's name is theirs, wherever it stands.
  // A surname may be shortened ("ayag" for Ayagalria); a first name must be whole ("mari" is not Maria).
  const clientWords = new Set<string>();
  const surnames = new Set<string>();
  for (const mentions of byPerson.values()) {
    for (const m of mentions) {
      // "yasmeen.alhassan@…" for Yasmin al-Hassan: an address runs a hyphenated or apostrophised name together.
      for (const t of m.tokens) if (t.length >= 3) clientWords.add(t).add(t.replace(/[-'’]/g, ''));
      if (m.tokens.length > 1 && m.tokens.at(-1)!.length >= 5) surnames.add(m.tokens.at(-1)!.replace(/[-'’]/g, ''));
    }
  }
  const nameIn = (part: string) => clientWords.has(part) || (part.length >= 4 && [...surnames].some((w) => w.startsWith(part)));
  // "hong.nguyen@…" beside "Dr Thi Hong Nguyen": an address that also holds a worker's own name is the worker's.
  const staffWords = new Set<string>();
  for (const m of who.mentions) if (who.roleOf(m) === 'staff') for (const t of m.tokens) staffWords.add(t);
  // Only the few sentences with an "@" are searched for addresses.
  const emailsOfClients = (text: string, at: number): boolean => {
    let found = false;
    if (text.includes('@')) for (const m of text.matchAll(EMAIL)) {
      const local = m[0].slice(0, m[0].indexOf('@')).toLowerCase();
      const parts = local.split(/[._+\d-]+/);
      if (!parts.some(nameIn) || parts.some((part) => staffWords.has(part) && !clientWords.has(part))) continue;
      add({ kind: 'email', start: at + m.index, end: at + m.index + m[0].length });
      found = true;
    }
    return found;
  };

  // "Bronwyn contactable on 0491 570 156 between sessions": a number a listed colleague gives is theirs, and is
  // kept from the sentences' own reading of whose numbers they hold.
  for (const m of who.mentions) {
    // Read in place: this runs for every name in the document at every keystroke, and almost none are followed so.
    STAFF_CONTACTABLE.lastIndex = m.docEnd;
    const own = STAFF_CONTACTABLE.exec(doc.text);
    if (!own || !who.onlyListedStaff(m)) continue;
    const from = m.docEnd + own[0].length;
    const phone = findPhones(doc.text.slice(from, from + 40))[0];
    if (phone && phone.start === 0) covered.fill(1, from, from + phone.end);
  }

  // "- Student: Jordan Beaulieu, student no. 20419873" beside "- Field instructor: … (905-555-0163)": a placement's roster
  // holds the trainee's and the educator's own numbers.
  for (const unit of placementRosterUnits(doc.units)) covered.fill(1, unit.start, unit.end);
  // "| Rendering NPI |": a clinician's or a claim's number under its column's header, whatever check digit it happens to carry.
  for (const cell of otherNumberCells(doc)) covered.fill(1, cell.start, cell.end);
  // "| Name | Role | Mobile (on-call) |": the workers' own numbers, in a table that lists them by role.
  // Not the row of someone the document shows to be a client or a relative ("| Family liaison | Donna MacIsaac (mother of …) | … |").
  const contactCells = staffContactCells(doc);
  if (contactCells.length) {
    // The rows that name a client or a relative, found once from the mentions rather than the mentions searched for each cell.
    const familyRows = new Set<Unit>();
    for (const m of who.mentions) {
      const role = who.roleOf(m);
      const row = role === 'client' || role === 'relative' ? unitAt(doc.units, m.docStart) : undefined;
      if (row?.type === 'tableRow') familyRows.add(row);
    }
    for (const cell of contactCells) {
      const row = unitAt(doc.units, cell.start);
      if (!row || !familyRows.has(row)) covered.fill(1, cell.start, cell.end);
    }
  }

  // A sentence's identifiers, from the cache of its setting. A block quote is someone else's words: "me" and "my" there are not the writer's.
  // `as`: the kind whose reading applies; under a heading such as "Client details" the details are a client's in any document.
  const idsOf = (text: string, aboutNamedClient: boolean, quoted: boolean, as: DocumentKind | 'unknown' = kind): Identifier[] => {
    const setting = `${as}${aboutNamedClient ? 1 : 0}${quoted ? 'q' : ''}`;
    let cache = idsCache.get(setting);
    if (!cache) idsCache.set(setting, (cache = new Map()));
    return (cache.get(text) ?? remember(cache, text, sentenceIds(text, as, aboutNamedClient, quoted))).ids;
  };
  const starts = [...clientSentences].sort((a, b) => a - b);
  let next = 0;
  // "The panel met Jamie's mother, Mrs Ewa Kowalczyk. She can be contacted on 07700 900412.": a sentence that opens
  // with "she" or "he" right after one about a named client or relative goes on about the same person.
  let previousAbout = false;
  let previousUnit: Unit | undefined;
  let letterLines = 0;
  const clientRecord = clientRecordUnits(doc.text, doc.units);
  const blockSettings = [blockIdsFor(kind), blockIdsFor(`${kind}q`)] as const;
  // Headings are read too: a bold "**1. Dylan, 16 y/o (Medicaid ID …)**" is a heading to Markdown and an identifier to a reader.
  for (const unit of doc.units) {
    // A block with no named client and no e-mail address of one (most blocks of a long document) is looked up
    // whole, by its text: an edit elsewhere costs it one look-up, not one per sentence.
    while (next < starts.length && starts[next]! < unit.start) next++;
    const quotedUnit = unit.type === 'blockquote';
    const clientDetails = clientDetailsSection(unit.headings) || clientRecord.has(unit);
    const continues = previousAbout && previousUnit !== undefined && sameSection(previousUnit, unit) && PRONOUN_LED.test(unit.prose);
    previousUnit = unit;
    // "Ms. Andrea Kowal", then "1147 Birchwood Crescent", then "Coquitlam, BC V3K 0A0", each its own paragraph: the short
    // lines with numbers under a paragraph that is only a client's name are the lines of her address.
    const addressLine = letterLines > 0 && unit.type === 'paragraph' && unit.source.length <= 80 && !unit.source.includes('\n') && /\d/.test(unit.source);
    letterLines = nameOnly(unit, clientMentionEnds) ? 2 : addressLine ? letterLines - 1 : 0;
    const plain = !addressLine && !continues && !clientDetails && !(next < starts.length && starts[next]! < unit.end) && !(clientWords.size > 0 && unit.source.includes('@'));
    if (plain) {
      previousAbout = false;
      const blocks = blockSettings[quotedUnit ? 1 : 0];
      let ids = blocks.get(unit.source);
      if (!ids) {
        ids = [];
        for (const s of unit.sentences) {
          const at = s.start - unit.start;
          for (const id of idsOf(unit.source.slice(at, s.end - unit.start), false, quotedUnit)) ids.push({ kind: id.kind, start: at + id.start, end: at + id.end });
        }
        remember(blocks, unit.source, ids);
      }
      for (const id of ids) add({ kind: id.kind, start: unit.start + id.start, end: unit.start + id.end });
      continue;
    }
    // "Mrs Alison Reid / 12 Kinnoull Gardens / Perth PH2 7BE": the lines under a line that is only a client's name are theirs.
    const nameBlock = addressLine || addressedTo(unit, clientMentionEnds);
    for (const s of unit.sentences) {
      const text = doc.text.slice(s.start, s.end);
      while (next < starts.length && starts[next]! < s.start) next++;
      const named = nameBlock || (next < starts.length && starts[next]! < s.end) || (clientWords.size > 0 && text.includes('@') && emailsOfClients(text, s.start));
      const pronounLed = PRONOUN_LED.test(text);
      const aboutNamedClient: boolean = named || (previousAbout && pronounLed);
      previousAbout = aboutNamedClient;
      // "She can be contacted on 07700 900412": a sentence whose subject is a named client or relative reads like a case note in any document.
      const caseNote = clientDetails || nameBlock || (aboutNamedClient && pronounLed);
      for (const id of idsOf(text, aboutNamedClient || clientDetails, quotedUnit, caseNote ? 'supervision' : kind)) add({ kind: id.kind, start: s.start + id.start, end: s.start + id.end });
    }
  }
  // "Eastfield Dental's opening hours": once a school or an employer is known as a client's, every mention of it is.
  // A staff member may work at the same school, so a later mention counts where its line speaks of "her" or "him".
  const places = new Set(out.filter((id) => id.kind === 'school-or-employer').map((id) => doc.text.slice(id.start, id.end).replace(/^the\s+/i, '').trim()));
  if (kind !== 'leadership') for (const place of places) {
    if (!/\s/.test(place)) continue;
    for (let at = doc.text.indexOf(place); at >= 0; at = doc.text.indexOf(place, at + place.length)) {
      if (/[\p{L}\p{M}]/u.test(doc.text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(doc.text[at + place.length] ?? '') || inHeading(at)) continue;
      const line = doc.text.slice(doc.text.lastIndexOf('\n', at) + 1, (doc.text.indexOf('\n', at) + 1 || doc.text.length + 1) - 1);
      if (!THIRD_PERSON.test(line)) continue;
      add({ kind: 'school-or-employer', start: at, end: at + place.length });
    }
  }
  // "… should call Mrs Ashby on (555) 201-3344", "Gary Kinnear (mob 07700 918 442)": a number given straight after a client's
  // or relative's name is theirs, whoever else the sentence names.
  for (const m of who.mentions) {
    const after = doc.text.slice(m.docEnd, m.docEnd + 60);
    const lead = CONTACT_AFTER_NAME.exec(after);
    if (!lead || !/\d/.test(after)) continue;
    const role = who.roleOf(m);
    if (role !== 'client' && role !== 'relative') continue;
    const phone = findPhones(after.slice(lead[0].length))[0];
    if (phone && phone.start === 0) add({ kind: 'phone', start: m.docEnd + lead[0].length, end: m.docEnd + lead[0].length + phone.end });
  }
  // "18 Cromwell Grove, Levenshulme, Manchester M19 3QT", then "Located at 18 Cromwell Grove by police": the house
  // number and street of a client's address identify them wherever the document repeats them.
  const streets = new Set<string>();
  for (const id of out) {
    if (id.kind !== 'address') continue;
    const street = STREET_ONE.exec(doc.text.slice(id.start, id.end))?.[0];
    if (street) streets.add(street);
  }
  if (streets.size) {
    // One pass over the text, however many addresses: each house number is looked up among the streets that open with it.
    const byFirst = new Map<string, string[]>();
    for (const street of streets) {
      const first = street.slice(0, street.search(/[\s,]/));
      byFirst.set(first, [...(byFirst.get(first) ?? []), street]);
    }
    for (const unit of doc.units) {
      for (const [offset, first] of houseNumbers(unit.source)) {
        for (const street of byFirst.get(first) ?? []) {
          const at = unit.start + offset;
          if (!doc.text.startsWith(street, at) || /[\p{L}\p{M}]/u.test(doc.text[at + street.length] ?? '') || inHeading(at)) continue;
          add({ kind: 'address', start: at, end: at + street.length });
        }
      }
    }
  }
  // "Helen's mobile, 07700 900876": a number the text gives as a worker's is theirs, however the sentence reads.
  const staffOwned = (id: Identifier) => {
    if (id.kind === 'school-or-employer') {
      // "Ella works for Te Awa Disability Support Trust": the workplace of someone the document shows to be staff.
      const worker = WORKER_BEFORE.exec(doc.text.slice(Math.max(0, id.start - 60), id.start));
      if (!worker) return false;
      const at = id.start - Math.min(60, id.start) + worker.index;
      const mention = who.mentions.find((m) => m.docStart <= at && at < m.docEnd);
      return mention !== undefined && who.roleOf(mention) === 'staff';
    }
    if (id.kind !== 'phone' && id.kind !== 'email' && id.kind !== 'address') return false;
    const before = doc.text.slice(Math.max(0, id.start - 100), id.start);
    // "(Hannes: 082 555 7712; backup Zanele: 083 555 2040)": a number given straight after a worker's name.
    const owned = OWNED_CONTACT.exec(before);
    const named = owned || id.kind === 'address' ? null : NAMED_CONTACT.exec(before);
    const owner = owned ?? named;
    if (!owner) return false;
    const at = id.start - before.length + owner.index;
    const mention = who.mentions.find((m) => m.docStart <= at && at < m.docEnd);
    // A number after a bare name is a worker's only where the name is no one else's: a client may share a worker's first name.
    return mention !== undefined && who.roleOf(mention) === 'staff' && (!named || who.onlyListedStaff(mention));
  };
  return out.filter((id) => !staffOwned(id)).sort((a, b) => a.start - b.start);
}

/** The identifiers of whole blocks read in one setting (the document's kind, quoted or not), by the block's text. */
function blockIdsFor(setting: string): Map<string, Identifier[]> {
  let blocks = blockIdsCache.get(setting);
  if (!blocks) blockIdsCache.set(setting, (blocks = new Map()));
  return blocks;
}

const clientDetailsSections = new WeakMap<readonly string[], boolean>();
/** Whether the section a unit is in gives one client's particulars (CLIENT_DETAILS); asked once per heading path, which its units share. */
function clientDetailsSection(headings: readonly string[]): boolean {
  let hit = clientDetailsSections.get(headings);
  if (hit === undefined) clientDetailsSections.set(headings, (hit = CLIENT_DETAILS.test(headings[headings.length - 1] ?? '')));
  return hit;
}

/** Whether a block of several lines opens with a line that is only a client's name, as a letter's address block does. */
function addressedTo(unit: Unit, clientMentionEnds: ReadonlyMap<number, number>): boolean {
  if (unit.type !== 'paragraph') return false;
  let nl = unit.source.indexOf('\n');
  if (nl < 0) return false;
  // "Private & Confidential" / "Mrs Bernadette Foley" / "22 Sexton Street North, …": a mark for the envelope may come first.
  let from = 0;
  if (ENVELOPE_MARK.test(unit.source.slice(0, nl))) {
    from = nl + 1;
    nl = unit.source.indexOf('\n', from);
    if (nl < 0) return false;
  }
  return onlyAClientsName(unit.start + from, unit.source.slice(from, nl), clientMentionEnds);
}
const ENVELOPE_MARK = /^[\s*_]*(?:(?:private|strictly|personal)\s*(?:&|and)?\s*)*(?:confidential|private)[\s*_]*$|^[\s*_]*(?:by (?:e-?mail|hand|post|registered post)|addressee only|to be opened by the addressee only)[\s*_.]*$/i;

/** Whether a one-line paragraph is only a client's name ("Ms. Andrea Kowal"), as a letter's first address line is. */
function nameOnly(unit: Unit, clientMentionEnds: ReadonlyMap<number, number>): boolean {
  return unit.type === 'paragraph' && !unit.source.includes('\n') && onlyAClientsName(unit.start, unit.source, clientMentionEnds);
}

/** Whether `line`, which starts at `start` in the document, holds nothing but a client's name and marks around it. */
function onlyAClientsName(start: number, line: string, clientMentionEnds: ReadonlyMap<number, number>): boolean {
  const end = clientMentionEnds.get(start + line.search(/[^\s*_]/));
  return end !== undefined && /^[\s*_,]*$/.test(line.slice(end - start));
}

// The house number and street of an address ("18 Cromwell Grove" in "18 Cromwell Grove, Levenshulme, Manchester M19 3QT").
const STREET_ONE = new RegExp(STREET.source, 'u');
const NO_HOUSE_NUMBERS: readonly (readonly [number, string])[] = [];
const houseNumberCache = new Map<string, readonly (readonly [number, string])[]>();
/** Where a block's text could open an address, and the word it opens with; cached by the block's text, as the text changes little between edits. */
function houseNumbers(source: string): readonly (readonly [number, string])[] {
  let hit = houseNumberCache.get(source);
  if (!hit) {
    const found = [...source.matchAll(STREET_FIRST)].map((m) => [m.index, m[0]] as const);
    hit = remember(houseNumberCache, source, found.length ? found : NO_HOUSE_NUMBERS);
  }
  return hit;
}
const SA_ID = /(?<![\d-])\d{6}\s?\d{4}\s?\d{2}\s?\d(?![\d-])/g;
/** The first six digits of a South African identity number are a date of birth, YYMMDD. */
function validSaIdDate(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (digits[10] === '0' || digits[10] === '1');
}
// The first word of anything that could open an address, as STREET's first word is cut below.
const STREET_FIRST = /(?<![\p{L}\p{M}\d])(?:(?:Flat|Unit|Suite|Apt|Apartment)\d*|\d[\d/A-Za-z-]*)(?=[\s,])/gu;
// "Dee's address, 14 Harrow Close", "Callum's work mobile", "Helen's mobile, 07700 900876": whose a detail is, by name.
// "Marama's contact for between-session queries: marama.t@… or 027 555 0321": the purpose may come between, and a
// second detail after "or" is the same person's.
// "whānau can call the ward on 07 555 0400": told whom to call, the number is that place's.
const TOLD_TO_CALL = new RegExp(`\\b(?:can|may|should|could|please|to)\\s+(?:call|ring|phone|contact|text)\\s+(?:the|our)\\s+(?:${alternationOf(privacy['places-to-call']!)})\\s+(?:directly\\s+)?(?:on|at)\\s*$`, 'i');
const OWN_ROSTER = /^[\s*_>•-]*(?:supervisees?|trainees?|interns?|present|attendees?|attending|presenting clinician|presenter|students? on placement|placement students?|prepared by|author)\s*[*_]*\s*[:：]/i;
const SERVICE_PHONE_BEFORE = /\b(?:team|service|ward|unit|clinic|office|duty|on-?call|after-?hours|crisis team)\s+(?:mobile|phone|number|line|landline|cell)\b[^.;\n]{0,40}$/i;
const OWNED_CONTACT = /(\p{L}+)['’]s\s+(?:(\p{Ll}+)\s+)?(?:address|phone number|number|mobile|phone|e-?mail|landline|cell|contact(?:\s+details)?)(?:\s+for\s+[^.:;\n]{1,40}?)?[,:]?\s*(?:is\s+)?(?:[^\s@]+@[^\s@]+|\+?[\d(][\d\s().-]{6,}\d)?(?:\s+(?:or|and|\/)\s+)?$/u;

// "- attends Te Kōhanga Reo o Hinetāwhiri, 3 days/wk": a note's bullet about the client's school, with the subject left out.
// "| Setting | lives with guardian; attends Ridgeview High School … |": a case table's cell of the client's facts.
const ATTENDS_NO_SUBJECT = /^[\s*_>|•-]*(?:(?:[\p{L} ]{1,20}\|\s*)?(?:lives with [\p{L} ]{1,25}[;,]\s*)?)(?:attends|attending|goes to|enrolled (?:at|in)|started at|starts at)\s/iu;
// "- 44, bipolar II, works part-time on the tills at …": a case note's clause about the client, with the subject left out.
const NO_SUBJECT = /^[\s*_>|•-]*(?:[^.;:]{0,40}[,;—–]\s*)?(?:works|worked|was|is|employed)\b/i;
const THERAPY_SERVICE = /\b(?:Therapy|Therapies|Counsell?ing|Psychology|Psychological|Mental Health|Behaviou?ral Health|Wellness|Recovery)\s+(?:Center|Centre|Services?|Clinic|Group|Practice|Associates|Collective)\b/;
const WORKER_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s+(?:works|worked|has worked|is employed|was employed)\s+(?:[\p{Ll}-]+\s+){0,3}(?:at|for|by|with|in the)\s+(?:the\s+)?$/u;
const CARE_SERVICE = /\b(?:Disability|Support|Care|Health|Welfare|Counsell?ing|Psychology|Therapy|Family|Social|Community|Addiction|Recovery)\s+(?:Support|Services?|Care|Trust|Centre|Center|Clinic|Agency|Society|Network|Foundation|Association|Team|Collective)\b/;
const PRISON_WORDS = /\b(?:prison|prisoner|HMP|HMYOI|HMPYOI|custody|remand|NOMIS|offender)\b/i;
const PRISON_NUMBER = /\b[A-Z]\d{4}[A-Z]{2}\b/g;
const STAFF_CONTACTABLE = /\s+(?:is\s+)?(?:contactable|available|reachable|can be reached|can be contacted)\s+(?:on|at|by phone on)\s+/y;
const CONTACT_AFTER_NAME = /^(?:['’]s\s+(?:mobile|phone|number|landline|cell)[,:]?\s*(?:is\s+)?|\s+on\s+|\s*[:(]\s*(?:(?:mob(?:ile)?|tel|ph|cell|phone)\.?:?\s*)?)/;
const NAMED_CONTACT = /(\p{Lu}[\p{L}\p{M}'’-]+)\s*(?:[:–]\s*|\s-\s|\s+on\s+|\s*\(\s*)(?:(?:mob(?:ile)?|tel|ph|cell|phone)\.?:?\s*)?$/u;

const PRONOUN_LED = /^[\s*_>|•-]*(?:She|He|Her|His)\b/;

// A form's field for the staff member or the service, which ends a client's fields (clientRecordUnits).
const SERVICE_FIELD = /^[\s*_]*(?:contact (?:for|with) (?:questions|enquiries|queries)|questions|enquiries|queries|policy owner|document owner|approved by|reviewed by|office|service|staff|clinician|worker|witness)\b/i;
// The words before a file or ticket number that make it one of the organisation's own registers (labelled).
const ORGANISATION_REGISTER = /\b(?:complaints?|grievances?|FOI|freedom of information|tickets?|IT|HR|audit|contract|tender|procurement|policy|invoice|purchase order)\s+$/i;
// One line, a short label and a colon, then the value: "Preferred phone for texts: 575-555-0184".
const FORM_FIELD = /^[\s*_]*\p{L}[\p{L}\p{N} '’/&()-]{0,40}[*_]*\s*[:：][*_]*\s+\S[^\n]*$/u;
// "- Service user: Ciarán Cullinane, 24", "| Patient | Gareth Lyle |", "- Deceased: Abigail Tennant": one item of a list or
// one row of a table that names its client.
const CLIENT_ITEM = /^[\s|]*(?:client|patient|service user|consumer|resident|young person|deceased|the deceased|complainant|student|learner|pupil|child)(?:['’]s)?(?:\s+name)?\s*(?::|\s{2,}|\|)/i;

/**
 * The items of a list, or the rows of a table, that give one client's particulars: one of them names the
 * client by a label, so an "Address:" or "Contact:" beside it is the client's too.
 */
function clientRecordUnits(text: string, units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let run: Unit[] = [];
  const close = () => {
    if (run.some((u) => CLIENT_ITEM.test(u.type === 'tableRow' ? u.source : u.prose))) for (const u of run) out.add(u);
    run = [];
  };
  for (const unit of units) {
    const last = run[run.length - 1];
    // Items of one list, rows of one table: nothing but markers and white space between them. "Client name: …", then
    // "Date of birth: …", then "Address: …", each a paragraph of one line: the fields of one filled-in form.
    // A field for the staff member or the service ("Staff witness: …", "Contact for questions: …") ends the client's part.
    const field = unit.type === 'paragraph' && FORM_FIELD.test(unit.source) && !isRosterLine(unit.source) && !ORG_LINE.test(unit.source) && !SERVICE_FIELD.test(unit.source);
    const joins = last && unit.type === last.type && sameSection(last, unit) && /^[\s>*+\-|.)\d]*$/.test(text.slice(last.end, unit.start)) && (unit.type !== 'paragraph' || field);
    if (!joins) close();
    if (unit.type === 'listItem' || unit.type === 'tableRow' || field) run.push(unit);
  }
  close();
  return out;
}

/** Two blocks one after the other under the same heading, with nothing but a blank line between. */
function sameSection(a: Unit, b: Unit): boolean {
  return a.headings.length === b.headings.length && a.headings.every((h, i) => h === b.headings[i]);
}

const PLACEHOLDER_NAME = new RegExp(`\\b(?:${alternationOf((data.names as unknown as Record<string, string[]>)['placeholder-names']!)})\\b`, 'i');

function sentenceIds(text: string, kind: DocumentKind | 'unknown', aboutNamedClient: boolean, quoted: boolean): SentenceIds {
  const ids: Identifier[] = [];
  const taken = (start: number, end: number) => ids.some((o) => o.start < end && start < o.end);
  const add = (id: Identifier) => {
    if (!taken(id.start, id.end)) ids.push(id);
  };
  // "Example entry: Jane Doe, DOB 01/01/1990, (208) 555-0100": particulars written beside a name used for no one are an example's.
  if (PLACEHOLDER_NAME.test(text)) return { ids, clientSentence: false };
  const tokens = tokensOf(text);
  const clientSentence =
    aboutNamedClient || clientNouns.findAll(tokens).length > 0 || /\b[A-Z]\.\s?[A-Z]\./.test(text) || /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+[A-Z]\./.test(text);
  const clinical = clientSentence || CLINICAL.findAll(tokens).length > 0;

  // "From: Carla Jeffries <cjeffries@…>", "**Service:** Corrib Psychology, Unit 3 …, (091) 555 200": a line that lists staff
  // or gives the service's own details holds their contact details, not a client's.
  const serviceLine = (at: number) => {
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
    // "(team base, not a client address)": a line that says the address is no client's.
    return (ORG_LINE.test(line) && !NOT_THE_SERVICE.test(line.replace(NOT_A_CLIENTS, ''))) || isRosterLine(line);
  };
  // Most sentences hold no digit and no "@": the patterns that need one are not run on them.
  const hasDigit = /\d/.test(text);
  if (hasDigit) for (const id of labelled(text, tokens)) add(id);
  if (hasDigit) for (const m of text.matchAll(SSN)) add({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
  if (hasDigit) for (const m of text.matchAll(MBI)) if (/\d/.test(m[0]) && /[A-Za-z]/.test(m[0]) && clinical) add({ kind: 'insurance-id', start: m.index, end: m.index + m[0].length });
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) {
    if (!serviceLine(m.index) && !SHARED_MAILBOX.test(m[0]) && ownerOf(text, tokens, m.index, kind, clinical) === 'client') add({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
  // "Texter using the handle kiwi_moon_07", "app username desert_rose_505": a name a person uses online is theirs
  // alone; a service's own account ("follow us on Instagram @headspace_nz") is not a client's.
  if (HANDLE_WORD.test(text)) for (const m of text.matchAll(HANDLE_AFTER_LABEL)) {
    const value = m[1]!;
    // "gamer tag xXShadowMothXx": a word with a capital inside it is a handle too, but not an ordinary word ("handle Monday").
    if (!/[\d_.]/.test(value) && !/\p{Ll}\p{Lu}/u.test(value)) continue;
    if (text[m.index + m[0].length] === '@') continue;
    if (SERVICE_HANDLE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - value.length))) continue;
    const start = m.index + m[0].length - value.length;
    add({ kind: 'username', start, end: start + value.length });
  }
  if (clinical && text.includes('@')) for (const m of text.matchAll(BARE_HANDLE)) {
    if (SERVICE_HANDLE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    add({ kind: 'username', start: m.index, end: m.index + m[0].length });
  }
  // 'member "Dermo_Cork"', "raised for jessb_2007", "the log for starlight.skye14": a user name typed the way sites
  // make them (letters, then a dot or an underscore, with digits), in a sentence about a client or a member.
  // Every such name holds a digit or an underscore: most sentences have neither, and the pattern is not run on them.
  if ((hasDigit || text.includes('_')) && (clinical || kind === 'supervision' || CLIENT_MEMBER.test(text))) for (const m of text.matchAll(BARE_USERNAME)) {
    if (SERVICE_HANDLE.test(text.slice(Math.max(0, m.index - 40), m.index)) || FILE_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // "Owen's login on the chat console this month was op_counsellor2": a worker's own login.
    if (STAFF_LOGIN.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "LPCC.0081526": a licence number, its letters a credential's.
    if (/^[A-Z]{2,}[._]\d/.test(m[0])) continue;
    // "template_v3", "release_2.4": a version, not a person.
    if (/(?:^|[._])v?\d+(?:\.\d+)+$|(?:^|[._])v\d/i.test(m[0])) continue;
    add({ kind: 'username', start: m.index, end: m.index + m[0].length });
  }
  // A South African identity number (date of birth, sequence, citizenship, check digit) in a sentence about a client.
  if (hasDigit && (clientSentence || /\bID\b/.test(text))) {
    for (const m of text.matchAll(SA_ID)) {
      const digits = m[0].replace(/\s/g, '');
      // Written in its groups after the word "ID", it is one even where the check digit is wrong (a slip in copying).
      if (validSaIdDate(digits) && (validLuhn(digits) || (/\s/.test(m[0]) && /\bID\b/.test(text)))) add({ kind: 'record-number', start: m.index, end: m.index + m[0].length });
    }
  }
  // "A8192FT … prisoner transferred from HMP Lewes": a prison number, in the shape the prison service gives them.
  if (hasDigit && PRISON_WORDS.test(text)) for (const m of text.matchAll(PRISON_NUMBER)) add({ kind: 'record-number', start: m.index, end: m.index + m[0].length });
  // A ten-digit number with a valid NHS or CHI check digit, in a sentence about a client, needs no label.
  if (clientSentence && hasDigit) {
    for (const m of text.matchAll(NHS)) {
      // Written with dashes, or after a word for a line, a ten-digit number is a phone number.
      // "021 555 8812": a trunk zero in groups of three, three and four is a dialled number too.
      if (m[0].includes('-') || /^0\d{2} \d{3} \d{4}$/.test(m[0]) || /\(\s*$/.test(text.slice(0, m.index)) || /\b(?:line|tel|phone|call|ring|mobile|cell|number|contact|EAP|on)\W*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (validNhs(m[0]) && !taken(m.index, m.index + m[0].length)) add({ kind: 'nhs-number', start: m.index, end: m.index + m[0].length });
    }
  }
  const orgBefore = (at: number) =>
    (/(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}\p{Lu}[\p{L}'’&-]*,\s*$/u.test(text.slice(0, at)) && !clientSentence) ||
    /\b(?:Service|Services|Centre|Center|Clinic|Trust|Hospital|Practice|Counsel+ing|Therapies|Health|House|Office|Team|Unit|Ward|Agency|Programme|Program|Council|Board|School|College|University|Ltd|Inc|LLC)\b\s*[,(][^;]{0,70}$/.test(text.slice(Math.max(0, at - 80), at));
  // "ZMK8823 · 03/09/1986 · 14B Tawa Street, Hastings 4120": a record's particulars strung together without labels.
  if (hasDigit) for (const id of strungParticulars(text, (at) => serviceLine(at) || orgBefore(at) || ORG_LETTERHEAD.test(text.slice(Math.max(0, at - 120), at)))) add(id);
  if (hasDigit) for (const m of findPhones(text)) {
    if (ids.some((o) => o.start <= m.start && m.start < o.end)) continue;
    // "031 208 5111 (switchboard)", "0418 663 207 (work mobile)": a word after the number can say whose it is.
    if (/^\s*[(,–-]?\s*(?:switchboard|main|office|reception|work|ext|after[- ]hours|business hours|office hours|weekdays|24\/7|helpline|line|duty|on[- ]call|the service|our)\b/i.test(text.slice(m.end, m.end + 30))) continue;
    // "0491 570 156 — fine to keep, it's her work phone": the sentence says it is a work number.
    if (/^[^.;]{0,40}\b(?:it['’]?s|that['’]?s|is|was)\s+(?:her|his|their|my|our|the)\s+(?:work|office|desk|team|business|agency|service)\s+(?:phone|mobile|number|cell|line)\b/i.test(text.slice(m.end, m.end + 80))) continue;
    // "Ikhaya Lethu Trauma Clinic (NPO 123-456) · 12 Hope Street … · 041 555 0192": a letterhead.
    if (ORG_LETTERHEAD.test(text.slice(Math.max(0, m.start - 120), m.start))) continue;
    if (serviceLine(m.start) || ORG_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) continue;
    if (ownerOf(text, tokens, m.start, kind, clinical, quoted || insideQuotes(text, m.start)) === 'client') add({ kind: 'phone', start: m.start, end: m.end });
  }
  // "She lives alone at 7 Kowhai Crescent", "the home visit will be at …": where someone lives is a client's address
  // in a note about clients; in an organisation's document only when the sentence says whose home it is.
  const home = hasDigit && HOME_OF_SOMEONE.test(text);
  const residence = home || (hasDigit && kind !== 'leadership' && RESIDENCE.test(text));
  // "Located by police at 27 Ashgrove Terrace, Northmoor NM4 7QT (mother's address)": a bracket after it says whose home it is.
  const homeAfter = hasDigit && text.includes('(') && HOME_IN_BRACKET.test(text);
  const homeBefore = (at: number) => (home && HOME_OF_SOMEONE.test(text.slice(0, at))) || (homeAfter && HOME_IN_BRACKET_AFTER.test(text.slice(at, at + 90)));
  // A labelled address first: the whole of it is one finding, not its street and its postcode apart.
  if (hasDigit) for (const m of text.matchAll(ADDRESS_LABEL)) {
    // "**Address:** 27 Gravel Hill Road": the bold label's closing marks are not the address.
    const from = m.index + m[0].length + /^[*_\s]*/.exec(text.slice(m.index + m[0].length))![0].length;
    // The address runs to the end of its clause: a semicolon, a dash, a bracket or a full stop that ends a sentence.
    // A table cell's bar ends it too, and a full stop before the bar is the sentence's.
    const rest = (m[0].trimEnd().endsWith('(') ? /^[^;\n—–()|]{4,110}?(?=\))/u : /^[^;\n—–(|]{4,110}?(?=[;\n—–(|]|\s-\s|\.\s+\p{Lu}|\.\s*\||\.$|$)/u).exec(text.slice(from));
    if (!rest || !/\d/.test(rest[0]) || !/\p{Lu}/u.test(rest[0])) continue;
    // "he moved to problem-solving at minute 3": after a verb of living or moving, an address opens with a number or a name.
    if (/^(?:lives|living|moved|staying|resides|residing)\b/i.test(m[0]) && !/^[\d\p{Lu}]/u.test(rest[0])) continue;
    // "Address on file: …", or "Address:" opening a line or a table cell: the record's subject's address.
    // "the address on the scanned intake form: …": a client record's address, wherever the label stands and whoever finds it.
    const onRecord = /address on (?:the |her |his |their )?(?:[\w-]+ )?(?:intake|referral|admission|registration) (?:form|letter|record|sheet)/i.test(m[0]);
    // "address in file is still the old one (22 Kurrajong St, Parramatta)": the address a record holds, in a bracket.
    const asLabel = onRecord || /address (?:on file|(?:in|on) (?:the )?(?:file|record|system|chart)\b.*\(\s*$)/i.test(m[0]) || (/^(?:(?:home|postal|current|residential|correspondence|mailing|forwarding) )?address\b/i.test(m[0]) && /^[\s*_>|•-]*$/.test(text.slice(0, m.index)));
    // "Home address:", "Address at time of incident:": a label that says the address is where someone lives, in any document.
    // "Marisol got the address (2210 Coronado Ln SW)", "She confirmed the address as 27 Wattle Cres": where a caller is, taken for the police or an ambulance.
    const taken = /^(?:got|confirmed|took|taken|gave|given|obtained|verified|read back)\s/i.test(m[0]);
    // "her hall address, 14 Ferncliffe Road": an address said to be someone's own.
    const theirs = /\b(?:her|his|their)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
    const residential = onRecord || taken || theirs || (asLabel && /^(?:home|residential|forwarding) address|^address at (?:the )?time of/i.test(m[0]));
    // "…, Sheffield S10 2PL, typed into the form": the address ends where the parts in capitals and numbers do.
    const address = rest[0].replace(/(?:,\s*\p{Ll}[^,]*)+$/u, '').trimEnd();
    if (residential || ownerOf(text, tokens, m.index, kind, clientSentence || asLabel) === 'client') add({ kind: 'address', start: from, end: from + address.length });
  }
  if (hasDigit) for (const m of text.matchAll(STREET)) {
    // "… at Riverside Talking Therapies, 22 Canal Wharf": an organisation's address.
    if (orgBefore(m.index) || serviceLine(m.index)) continue;
    // "Ms Paredes did not respond to … a letter to 1180 W Greenleaf Ave": where a named client's post went is where they live.
    const postedTo = clientSentence && /\b(?:letters?|cards?|post|mail|visits?)\s+(?:\w+\s+){0,2}to\s*$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (postedTo || homeBefore(m.index) || ownerOf(text, tokens, m.index, kind, clientSentence || residence, quoted || insideQuotes(text, m.index)) === 'client') add({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (hasDigit) for (const m of text.matchAll(POSTCODE)) {
    const start = m[0].startsWith(',') ? m.index + m[0].indexOf(m[0].replace(/^,\s*/, '')) : m.index;
    if (taken(start, m.index + m[0].length)) continue;
    if (m[0].startsWith(',') && !clientSentence && !residence) continue;
    if (orgBefore(m.index) || serviceLine(m.index)) continue;
    const labelled = /\b(?:eircode|postcode|post code|zip(?: code)?)\s*[:：]?\s*$/i.test(text.slice(Math.max(0, m.index - 15), m.index));
    const owner = homeBefore(m.index) ? 'client' : ownerOf(text, tokens, m.index, kind, clientSentence || labelled || residence);
    if (owner === 'client') add({ kind: 'address', start, end: m.index + m[0].length });
  }
  // "one student (ID 20419877)": a client's number given in brackets after the noun.
  if (hasDigit) for (const m of text.matchAll(/\b(?:client|patient|student|resident|service user|young person|consumer|learner|pupil)s?\s*\(\s*(?:ID|no\.?|#|ref\.?)\s*[:.]?\s*([A-Z]{0,4}-?\d[\dA-Z-]{3,})/gi)) {
    const start = m.index + m[0].length - m[1]!.length;
    add({ kind: 'record-number', start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(/(?:^|\|)\s*\**employer\**\s*(?:[:：]|\|)\s*([^|;\n(]{3,60}?)\s*(?=[|;(\n]|,\s*(?:where|as|since|for)\s|$)/gi)) {
    // In an organisation's document an "Employer:" line is a client's only where it speaks of her or him ("where she works").
    if ((kind === 'leadership' && !THIRD_PERSON.test(text)) || !/\p{Lu}/u.test(m[1]!)) continue;
    // "**Employer:** Golden Hills Family Therapy Center" in a supervision record: the supervisee's own service.
    if (kind !== 'leadership' && THERAPY_SERVICE.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add({ kind: 'school-or-employer', start, end: start + m[1]!.trimEnd().length });
  }
  // "His school, École Sainte-Anne-de-Kent, has asked for a report": a client's school or employer named in apposition.
  for (const m of text.matchAll(/\b(?:his|her|their|the)\s+(?:school|college|employer|workplace|university|kura|high school|primary school)\s*,\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[\s-]+(?:de|du|des|la|le|of|the|and|&|\p{Lu}[\p{L}\p{M}'’.-]*)){0,6})\s*,/giu)) {
    if (kind === 'leadership' && !clientSentence) continue;
    // The pattern ignores case for "His school"; the name itself must be capitalised ("the school, with the family's consent" names none).
    if (!m[1]!.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|la|le|of|the|and|&)$/.test(w))) continue;
    // "the school, …" is a client's in a note about one clinician's work; in an organisation's document it may be a partner's.
    if (/^the\b/i.test(m[0]) && (kind === 'leadership' || !/school|kura/i.test(m[0]))) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf(','));
    add({ kind: 'school-or-employer', start, end: start + m[1]!.length });
  }
  // An age over 89 identifies whoever it belongs to; in these documents that is a client or a relative.
  // Every form of an age over 89 holds a number from 90 to 119: the long pattern runs only where one stands.
  if (hasDigit && AGE_NUMBER.test(text)) {
    for (const m of text.matchAll(OLD_AGE)) {
      // "her grandmother, 93", "Mrs K., 94": the age alone, not the word for whose it is.
      const after = /[,(]\s*(\d+)$/.exec(m[0]);
      const start = after ? m.index + m[0].length - after[1]!.length : m.index;
      add({ kind: 'age', start, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(OLD_AGE_STATED)) {
      const age = /\d+$/.exec(m[0])!;
      add({ kind: 'age', start: m.index + age.index, end: m.index + m[0].length });
    }
  }
  // A client's school or employer: one they attend ("attends Hillcrest High", "a Year 9 at St Mary's College") in a
  // sentence about a client; and, in a note about one clinician's clients, one that acts for someone the sentence
  // calls "her" or "him" ("Westmead Boys High have agreed to a reduced timetable") or that they go to ("hasn't been
  // to Lonsdale Heights Secondary", "start the Certificate III at Granville TAFE").
  const aboutHer = kind !== 'leadership' && (clientSentence || THIRD_PERSON.test(text) || PUPIL_WORDS.test(text));
  const schoolWord = SCHOOL_WORD.test(text);
  const schoolStaff = kind !== 'leadership' && schoolWord && OWN_SCHOOL_STAFF_IN.test(text);
  // "- attends Te Kōhanga Reo o Hinetāwhiri, 3 days/wk": a note's bullet about the client, written without its subject.
  const attendsBullet = kind !== 'leadership' && ATTENDS_NO_SUBJECT.test(text);
  if (clientSentence || aboutHer || schoolStaff || attendsBullet) {
    const schools = schoolWord ? [...text.matchAll(SCHOOL)] : [];
    for (const m of aboutHer && TRADE_WORD.test(text) ? [...schools, ...text.matchAll(BUSINESS)] : schools) {
      const name = m[0].replace(/^(?:The|A|An|At|In|Attends|Attending)\s+/, '');
      // "the WRAP course at Recovery College": a mental-health service's college, open to every client, names no one's school.
      if (name.split(/\s+/).length < 2 || /\bRecovery (?:College|Academy)\b/i.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      const before = (n: number) => text.slice(Math.max(0, start - n), start);
      const attends = (clientSentence || attendsBullet) && schools.includes(m) && ATTENDS.test(before(40));
      const acts = aboutHer && SCHOOL_ACTS.test(text.slice(start + name.length, start + name.length + 40));
      const goes = aboutHer && (GOES_TO.test(before(30)) || STUDIES_AT.test(before(70)));
      // "R's school counselor at Roosevelt High asked Sarah for an update": the school of someone's own school staff.
      const ownSchoolStaff = schoolStaff && OWN_SCHOOL_STAFF.test(before(60));
      if (attends || acts || goes || ownSchoolStaff) add({ kind: 'school-or-employer', start, end: start + name.length });
    }
  }
  if (clientSentence || (kind !== 'leadership' && (THIRD_PERSON.test(text) || NO_SUBJECT.test(text)))) {
    for (const m of text.matchAll(EMPLOYER)) {
      const name = m[1]!.trimEnd();
      // "working for the PO", "works for the DA": a role in capitals, the probation officer's, not a workplace.
      if (/^the [A-Z]{2,3}$/.test(name)) continue;
      // "Ella works for Te Awa Disability Support Trust": in a sentence about no client, a care service is a worker's employer.
      if (!clientSentence && (THERAPY_SERVICE.test(name) || CARE_SERVICE.test(name))) continue;
      const start = m.index + m[0].length - m[1]!.length;
      add({ kind: 'school-or-employer', start, end: start + name.length });
    }
  }
  return { ids, clientSentence };
}

/** Identifiers introduced by a label: "DOB 07/22/1968", "MRN 3307-5521", "NHS no. 999 456 7812", "Medicaid ID (QX40218837)". */
function labelled(text: string, tokens: readonly Token[]): Identifier[] {
  const out: Identifier[] = [];
  for (const [label, matcher] of Object.entries(labels)) {
    for (const m of matcher.findAll(tokens)) {
      const first = tokens[m.from]!;
      // An all-capitals label ("UR", "SIN", "CHI") must be written so; "sin" and "chi" are words.
      if (/^[A-Z]{2,4}$/.test(m.phrase) && first.raw !== m.phrase && tokens[m.to - 1] === first) continue;
      // "Complaint file 2024-117", "IT ticket no. 58812": the organisation's own registers, not a client's record.
      if (label === 'record' && ORGANISATION_REGISTER.test(text.slice(Math.max(0, first.start - 16), first.start))) continue;
      // "Night shift uncovered; agency booked, booking ref AGY-77413": a staffing agency's booking, not a person's.
      if (/^booking/i.test(m.phrase) && /\b(?:agency|locum|bank staff|shifts?|cover|staffing)\b/i.test(text.slice(Math.max(0, first.start - 50), first.start))) continue;
      // "HPCSA numbers on file (OT 0123456 …)": "on file" says where a number is kept, not what it is.
      if (m.phrase.toLowerCase() === 'file' && /\bon\s+$/i.test(text.slice(Math.max(0, first.start - 4), first.start))) continue;
      // "Supervisee: Josh Fenwick, intern psych (…, student ID 300518822)", "Present: Harjit Sandhu (student #51938204)":
      // a trainee's own number, on the line that lists them among the staff.
      if (/\b(?:student|matric|learner|candidate)\b/i.test(m.phrase) && OWN_ROSTER.test(text.slice(Math.max(text.lastIndexOf('|', first.start), text.lastIndexOf('\n', first.start)) + 1, first.start))) continue;
      const after = tokens[m.to - 1]!.end;
      // "Incident ref: CRN-IR-2024-031": letters of a code that happen to spell a label, not a label before a number.
      if (/^[A-Z]{2,5}$/.test(first.raw) && /^-[A-Z]{1,5}-/.test(text.slice(after, after + 7))) continue;
      if (m.info.endsWith(' #') && !/^\s*#/.test(text.slice(after, after + 3))) continue;
      // "Medicare on intake form: 2951 48372 1": a few words and a colon may stand between the label and the number.
      const rest = text
        .slice(after, after + 60)
        // "PPSN (for insurer): 7419265KA", "**IHI (if needed for file linkage):** 7023 …": a note on the label in brackets.
        .replace(/^\s*\([^()\d]{1,30}\)\s*[:：]?(?:[*_]+(?=\s))?|^\s*\(/, (x) => ' '.repeat(x.length))
        .replace(/^\s+(?:on|from|in|per|for)\s+[\p{L} ]{1,20}?[:：]/u, (x) => ' '.repeat(x.length))
        // "his OHIP number typed in the body text (5584 921 337 KN)": a few words on where it was written, then the number in brackets.
        .replace(/^(?:\s*(?:no\.?|number|#))?(?:\s+(?:typed|written|entered|recorded|put|left|pasted|copied|shown|given|listed|appears|is|was|in|into|on|at|the|a|his|her|their|body|text|note|notes|narrative|field|header|form|file|chart|letter|email|e-mail|report)){1,6}\s*\((?=\s*[A-Z]{0,3}[\s-]?\d[\d\s-]{4,}[A-Z]{0,3}\s*\))/, (x) => ' '.repeat(x.length))
        // "Medicare Beneficiary Identifier on file (1EG4-TE5-MK72)".
        .replace(/^(?:\s*(?:no\.?|number|#))?\.?\s+(?:on file|on record|on (?:the|her|his|their) (?:card|intake|intake form|referral|form|chart))(?:\s+(?:was|is)\s+(?:wrong|incorrect|out of date|invalid))?\s*[:(]?/, (x) => ' '.repeat(x.length));
      if (label === 'dob') {
        const date = new RegExp(DATE.source).exec(rest);
        // "The date of birth on the referral (02/09/1989)", "DOB on the draft cover sheet (07/22/1989)": a few words saying
        // where it is written may come between.
        const where = date && /^\s*(?:(?:on|in|from|per|the|a|our|their|his|her|referral|file|form|record|records|system|letter|intake|GP|is|was|given|recorded|listed|written|as|reads|draft|cover|face|front|sheet|page|report|chart|card|summary)\s+)*\(?\s*$/i.test(rest.slice(0, date.index));
        if (date && (date.index <= 6 || where)) out.push({ kind: 'date-of-birth', start: after + date.index, end: after + date.index + date[0].length });
        continue;
      }
      if (label === 'nhs') {
        const nhs = new RegExp(NHS.source).exec(rest);
        // "CHI [0000000000]": a form's placeholder.
        // "the CHI on the referral (I think it was 1204159876?)": a few words with no number or full stop between.
        const near = nhs && (nhs.index <= 10 || (nhs.index <= 45 && !/[\d.;:!?]/.test(rest.slice(0, nhs.index))));
        if (nhs && near && !placeholderNumber(nhs[0])) out.push({ kind: 'nhs-number', start: after + nhs.index, end: after + nhs.index + nhs[0].length });
        continue;
      }
      const id = ID_AFTER_LABEL.exec(rest);
      if (!id || !/\d/.test(id[1]!) || id[1]!.replace(/\D/g, '').length < 3) continue;
      // "The file held 212 client records": a word, not a number's letters, before the digits.
      if (/^(?!(?:is|was|no|nr|as|at)\s)[a-z]{2,4}\s/.test(id[1]!)) continue;
      const value = id[1]!.trimEnd();
      // "000000000", "1234567890": a placeholder in a form or an example, not anyone's number.
      if (placeholderNumber(value)) continue;
      // "| Ward 2 SCN | Sep 2024 |": a month and a year after a label that is also a role (a senior charge nurse) is a date.
      if (MONTH_YEAR.test(value)) continue;
      // A number too short to identify anyone, unless its check digit says it is one.
      if (value.replace(/\W/g, '').length < 5 && !validNhi(value)) continue;
      const start = after + id.index + id[0].length - id[1]!.length;
      out.push({ kind: LABEL_KIND[label]!, start, end: start + value.length });
    }
  }
  // "my ID is 9204115432081", "her ID: 7801015009087": a person's own identity number, whatever its check digit.
  if (/\bID\b/.test(text)) {
    for (const m of text.matchAll(/\b(?:my|her|his|their)\s+ID\s*(?:is|was|[:#]|no\.?)?\s*([A-Z]{0,2}\d[\d\s-]{5,}\d)\b/g)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (!placeholderNumber(m[1]!)) out.push({ kind: 'record-number', start, end: start + m[1]!.length });
    }
  }
  // Numbers whose check digit marks them even without a label, beside a word that says what they are.
  for (const m of text.matchAll(/\b\d{3}[\s-]?\d{3}[\s-]?\d{3}\b|\b\d{10,11}\b|\b\d{13}\b|\b\d{4}[\s-]?\d{5}[\s-]?\d{1,2}\b|\b[A-Z]{3}\d{2}[A-Z\d]{2}\b/g)) {
    const v = m[0];
    const near = text.slice(Math.max(0, m.index - 40), m.index);
    if (/[A-Z]{3}/.test(v) && validNhi(v) && /\b(?:NHI|health|hospital|patient|client|tangata)\b/i.test(near)) out.push({ kind: 'record-number', start: m.index, end: m.index + v.length });
    else if (/\bmedicare\b/i.test(near) && validMedicareAu(v)) out.push({ kind: 'insurance-id', start: m.index, end: m.index + v.length });
    // "his medicare no right on the d/c letter, its 2953 61874 2": a number in a Medicare card's groups, a clause after
    // the word, is the card's whatever its check digit (people mistype them, and examples seldom pass).
    else if (/^\d{4}[\s-]\d{5}[\s-]\d{1,2}$/.test(v) && /\bmedicare\b(?![^.;]*\bprovider\b)[^.;]{0,50}$/i.test(text.slice(Math.max(0, m.index - 70), m.index))) out.push({ kind: 'insurance-id', start: m.index, end: m.index + v.length });
    else if (/\b(?:SIN|social insurance|ID number|identity number|IHI)\b/.test(near) && validLuhn(v)) out.push({ kind: 'ssn', start: m.index, end: m.index + v.length });
    // "my ID is 9204115432081": a South African identity number (a date of birth, then a Luhn check digit) after "ID".
    else if (v.length === 13 && /\b(?:ID|identity)\b/.test(near) && validSaId(v)) out.push({ kind: 'ssn', start: m.index, end: m.index + v.length });
  }
  return out;
}

/**
 * Whose contact detail this is. The nearest telling word before it decides
 * ("our after-hours number", "the supervisor's mobile" against "his sister's
 * apartment at", "it came from"); with none, a sentence about a client makes
 * it the client's in a supervision document, and a leadership document's
 * contact details are taken to be the organisation's.
 */
function ownerOf(text: string, tokens: readonly Token[], at: number, kind: DocumentKind | 'unknown', clientSentence: boolean, quoted = false): 'client' | 'staff' {
  // "never from personal work addresses (e.g. jdoe@…)": an example in a policy is no one's.
  if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return 'staff';
  // "One texter, (859) 555-0164, …": a number in apposition to a client.
  if (CLIENT_THEN_CONTACT.test(text.slice(Math.max(0, at - 30), at))) return 'client';
  // The words of an e-mail address are no one's relation: "patient.safety@…" is a team's.
  const emails = text.includes('@') ? [...text.slice(0, at).matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const before = tokens.filter((t) => t.end <= at && !emails.some(([from, to]) => from <= t.start && t.end <= to));
  const window = before.slice(-8);
  // Capitalised words are names ("Bluebonnet Family Counseling"), not a client's relations.
  const lowerWindow = window.filter((t, i) => i === 0 || !/^\p{Lu}/u.test(t.raw) || t.raw === 'I');
  // In a message quoted from someone else ("> Please just call me back on …"), "me" and "my" are
  // whoever wrote in, not the writer of the document.
  const staffHits = staffContact.findAll(window).filter((h) => !(quoted && FIRST_PERSON.has(h.phrase)));
  const staff = staffHits.length ? window.length - Math.max(...staffHits.map((h) => h.to)) : Infinity;
  const clientHits = clientContact.findAll(lowerWindow);
  let client = clientHits.length ? lowerWindow.length - Math.max(...clientHits.map((h) => h.to)) : Infinity;
  if (quoted) for (const h of staffContact.findAll(window)) if (FIRST_PERSON.has(h.phrase)) client = Math.min(client, window.length - h.to);
  // "His daughter keeps ringing after hours from her own mobile (0491 …)", "mom keeps e-mailing from jb.home@…".
  if (/\b(?:called|rang|phoned|texted|messaged|emailed|e-mailed|wrote|came|calls|rings|phones|texts|messages|emails|e-mails|writes|calling|ringing|phoning|texting|messaging|emailing|e-mailing|writing)\b[^.;]*\bfrom\s+(?:(?:(?:her|his|their|the|an?)\s+)?(?:own\s+)?(?:personal\s+)?(?:mobile|cell|phone|landline|number|e-?mail(?:\s+address)?|account)\s*[(:,]?\s*)?$/i.test(text.slice(0, at)) && (clientSentence || OWN_FAMILY.test(text))) return 'client';
  // "The client's wife rang the clinic on 0491 570 156 to report it": the number a client's family rang in on.
  if (RANG_IN_ON.test(text.slice(Math.max(0, at - 60), at)) && (clientSentence || OWN_FAMILY.test(text))) return 'client';
  if (TOLD_TO_CALL.test(text.slice(Math.max(0, at - 60), at))) return 'staff';
  // "Team mobile for HBT callbacks 087 555 0301": a team's or a service's own phone.
  if (SERVICE_PHONE_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return 'staff';
  // "Dee's address, 14 Harrow Close": a person's address, unless the owner is the organisation.
  const owner = OWNED_CONTACT.exec(text.slice(0, at));
  // "Callum's work mobile": a worker's number.
  if (owner && /^(?:work|office|desk|team|business|professional|service|duty|trust-issued|agency)$/i.test(owner[2] ?? '')) return 'staff';
  if (owner) return /^(?:service|agency|clinic|practice|team|trust|office|organi[sz]ation|program|programme|unit|ward|hospital|centre|center|school|council|board|supervisor|manager)$/i.test(owner[1]!) ? 'staff' : 'client';
  // "the after-hours crisis line for clients is 541-555-0148": a line for clients is the service's.
  if (SERVICE_FOR_CLIENTS.test(text.slice(Math.max(0, at - 80), at))) return 'staff';
  if (client < staff) return 'client';
  if (staff < client) return 'staff';
  // Someone who writes in with an address or a number and says nothing of whose it is gives their own.
  if (quoted && (clientSentence || /\b(?:I|we|me|my|our|us)\b/i.test(text.slice(0, at)))) return 'client';
  return kind !== 'leadership' && clientSentence ? 'client' : 'staff';
}

// "## 2. Client details (for the review file only)", "Patient demographics": the section gives one client's particulars.
// The heading is the section's name itself: "Recording and verifying client contact details" is a policy's title.
const CLIENT_DETAILS = /^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:the|a|this)\s+)?(?:client|patient|service user|young person|consumer|resident|complainant|student|child)['’]?s?\s+(?:(?:contact|personal|identifying|background|basic)\s+)?(?:details|particulars|demographics|information)\b|^\s*(?:\d+\.?\s*)?demographics\b/i;
const ATTENDS = /(?:\b(?:attends|attending|attended|goes to|going to|went to|at|from|enrolled (?:at|in)|student at|pupil at|excluded from|suspended from|expelled from|moved to|started at|starts at)\s+(?:the\s+)?|\b(?:grade|gr\.?|year|yr|form)\s*\d{1,2},?\s*|\bschool\s*[:|]\s*)$/i;
const OWN_SCHOOL_STAFF = /(?:\b(?:his|her|their)|\b\p{Lu}\.?['’]s)\s+(?:school\s+)?(?:counsel+or|guidance counsel+or|nurse|principal|teacher|form teacher|class teacher|year (?:head|coordinator)|psychologist|social worker|wellbeing (?:lead|coordinator))\s+(?:at|from)\s+(?:the\s+)?$/u;
const OWN_SCHOOL_STAFF_IN = new RegExp(OWN_SCHOOL_STAFF.source.replace(/\$$/, ''), 'u');
const MONTH_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{2,4}$/i;
const GOES_TO = /\b(?:been to|back to|return(?:ed|ing)? to|go(?:es|ing)? (?:back )?to|left|leave|leaving|off)\s+(?:the\s+)?$/i;
const STUDIES_AT = /\b(?:start(?:s|ing|ed)?|study(?:ing)?|studies|enrol(?:led|ling|s)?|course|certificate|diploma|apprenticeship)\b[^.;]{0,50}\bat\s+(?:the\s+)?$/i;
const PUPIL_WORDS = /\b(?:timetable|suspension|suspended|exclusion|excluded|expelled|attendance|truancy|truanting)\b/i;
const THIRD_PERSON = /\b(?:she|her|he|him|his)\b/i;
const SCHOOL_ACTS = /^(?:\s+(?:in|at|on)\s+\p{Lu}[\p{L}-]+)?\s+(?:have|has|had|were|was|are|is|will|would)\s+(?:now\s+|also\s+|since\s+|been\s+|just\s+|already\s+)*(?:agreed|given|offered|calling|called|rung|rang|phoned|emailed|excluded|suspended|expelled|asked|raised|reported|put|arranged|referred|reduced|allowed|kept|granted|in touch|contacted|notified)\b/iu;
// "the referral letter has the wrong address (says 22 Kylemore Road …)": an address said to be out of date is someone's home.
const RESIDENCE = /\b(?:lives?|living|lived|stays|staying|resides|residing|home visit|at home|family home|(?:her|his|their) (?:home|house|flat|unit|apartment|place|caravan)|(?:wrong|old|new|previous|former|forwarding) address|family (?:has |have )?(?:just |recently )?moved)\b/i;
const HOME_OF_SOMEONE = /\b(?:she|he|they|the family|the client|the patient|the young person|whose)\s+(?:\w+\s+){0,2}(?:lives?|lived|living|moved|stays|staying|resides|residing)\b|\b(?:said|says|told (?:us|him|her|them))\s+(?:she|he|they)\s+(?:was|is|were)\s+at\b|\bwelfare check\b|\b(?:joint|first|home|initial|follow-up|unannounced)\s+visit\s+to\b|\b(?:her|his|their|the client's|the patient's) (?:home|house|flat|apartment|home address)\b|\bhome visit\b|\bthe family has (?:just |recently )?moved\b/i;
// "(mother's address)", "(her home)", "(sister's)": whose home an address is.
const HOME_IN_BRACKET = new RegExp(`\\(\\s*(?:(?:his|her|their|the client's|the patient's|client's|patient's)\\s+)?(?:(?:(?:${alternationOf(privacy['client-relations']!)})(?:['’]s|s['’])?\\s+)?(?:home|address|house|flat|place|residence)|(?:${alternationOf(privacy['client-relations']!)})['’]s)\\s*\\)`, 'i');
const HOME_IN_BRACKET_AFTER = new RegExp(`^[^()\\n|;]{0,60}${HOME_IN_BRACKET.source}`, 'i');
const ORG_LINE = new RegExp(`^[\\s>*_|-]*(?:${alternationOf(privacy['organisation-line-labels']!)})\\b[^:\\n]{0,20}[:：]`, 'i');
const AGE_NUMBER = /\b(?:9\d|1[01]\d)(?!\d)/;
// "intake@…", "referrals@…": a service's shared mailbox is nobody's own address.
const SHARED_MAILBOX = /^(?:intake|info|admin|reception|referrals?|enquiries|inquiries|office|contact|hello|team|duty|clinic|support|help|bookings?|appointments?|accounts|claims|billing|payments|finance|privacy|complaints|plaintes|volunteers?|volunteering|careers|jobs|recruitment|training|education|events|media|comms|communications|participation|accueil|courrier|feedback|frontdesk|front\.desk|noreply|no-reply|patient\.?relations|patientliaison|pals|quality|governance|safeguarding|records|medical\.?records|hr)@/i;
// The words that label a name someone uses online.
const HANDLE_LABELS = String.raw`handle|user\s?name|screen\s?name|gamertag|gamer tag|display name|account name|profile name|user ID|Discord|Snapchat|Snap|Instagram|Insta|TikTok|Twitter|Reddit|Telegram|Kik`;
const HANDLE_WORD = new RegExp(String.raw`\b(?:${HANDLE_LABELS})\b`, 'i');
// The label, a few linking words, then the handle itself: letters, digits, dots, underscores or dashes, perhaps after an "@".
const HANDLE_AFTER_LABEL = new RegExp(String.raw`\b(?:${HANDLE_LABELS})(?:\s+(?:is|was|of|as|name|account|handle))*\s*[:(–-]?\s*["“'‘]?@?([A-Za-z0-9][A-Za-z0-9._-]{2,39}[A-Za-z0-9])`, 'gi');
// "@moonchild_07" in a note about a client: a handle with a digit or an underscore (a colleague's "@Priya" in a chat has neither).
const BARE_HANDLE = /(?<![\w.@-])@(?=[A-Za-z0-9_.]*[\d_])[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<!\.)(?![\w@-])/g;
// "our Instagram @mindworks_nz", "follow us on TikTok", "the service's Discord": the organisation's own account.
// "the old staff handle ySpace_Kiri", "Ruth's console handle": a worker's own.
const SERVICE_HANDLE = /\b(?:our|us|follow|the service['’]s|the team['’]s|the clinic['’]s|official)\b[^.;]{0,30}$|\b(?:staff|team|coach|counsell?or|moderator|worker|console|admin|service|practitioner|clinician|volunteer|work)\s+(?:(?:account|chat|platform|portal|display)\s+)?(?:handle|user\s?name|screen\s?name|display name|account name|profile name|user ID|account)\s*(?:is|was|:)?\s*["“'‘]?@?\s*$/i;
const STAFF_LOGIN = /\b(?:login|log-in|logon|staff|console|counsell?or['’]s|coach['’]s|moderator['’]s|volunteer['’]s)\b[^.;]{0,35}$/i;
const CLIENT_MEMBER = /\b(?:member|members|user|users|texter|texters|caller|poster|participant)\b/i;
const BARE_USERNAME = /(?<![\w@./#-])(?=[A-Za-z0-9._]*[A-Za-z]{3})(?=[A-Za-z0-9._]*\d)[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+(?![\w@/-]|\.[A-Za-z])|(?<=\b(?:member|user|texter|poster|participant)\s+["“'‘]?)(?=[A-Za-z0-9_]*_)[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/-])/g;
const FILE_NAME_AFTER = /^\.(?:md|pdf|docx?|xlsx?|csv|txt|png|jpe?g|zip)\b/i;
// "(team base, not a client address)": words that say a detail is no client's.
const NOT_A_CLIENTS = /\bnot (?:a |the |any )?(?:client|patient|service user)['’]?s?\s+(?:address|home|number|phone)\b/gi;
// "Family" with a capital is a service's name ("Willamette Family Counseling"), not whose the line is.
const NOT_THE_SERVICE = /\b(?:[Cc]lient|[Pp]atient|[Ss]ervice user|[Yy]oung person|[Hh]ome|[Hh]is|[Hh]er|[Tt]heir|family)\b/;
// "Distress Centre Ottawa 613-238-3311": a number right after an organisation's capitalised name is the organisation's.
const ORG_NAME_BEFORE = /\b\p{Lu}[\p{L}'’&-]*\s+(?:Centre|Center|Clinic|Helpline|Hotline|Society|Association|Foundation)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*[:–-]?\s*$/u;
const ORG_LETTERHEAD = /\b(?:Service|Services|Centre|Center|Clinic|Trust|Hospital|Practice|Counsel+ing|Therapies|Health|Agency|Programme|Program|Council|Board|School|College|University|Group|Ltd|Inc|LLC)\b(?:\s*\([^)]{0,30}\))?\s*[·|][^;]{0,100}$/;

const RANG_IN_ON = /\b(?:rang|called|phoned|rings|calls|phones|has been (?:ringing|calling|phoning))\s+(?:the\s+)?(?:clinic|team|ward|office|service|front desk|reception|duty line|unit|us|(?<!\bIT\s+)support|helpline|text line|crisis line)(?:\s+\w+){0,2}?\s+(?:on|from)\s*$/i;
// "her father, who emails me from …", "the client's wife rang …": someone's family, writing in.
const OWN_FAMILY = /\b(?:her|his|their|(?:the\s+)?(?:client|patient|consumer|service user|resident|young person)['’]s)\s+(?:mother|father|mum|mom|dad|parents?|partner|wife|husband|son|daughter|sister|brother|nan|gran|grandmother|grandfather|carer|guardian|aunt|uncle|girlfriend|boyfriend|fianc[eé]e?|ex|cousin|niece|nephew|grandson|granddaughter|flatmate|roommate|neighbou?r)\b|(?<!\b(?:my|our|your)\s+)\b(?:mum|mom|dad)\s+(?:keeps|has been|is|was|rang|called|phoned|texted|emailed|e-mailed|messaged|wrote)\b/i;
const EXAMPLE_BEFORE = /\b(?:e\.g\.?|eg|for example|for instance|such as|i\.e\.?)\s*[:,(]?\s*$/i;
const CLIENT_THEN_CONTACT = /\b(?:one|a|the)\s+(?:texter|caller|client|patient|user|member|service user|young person)\s*[,:(]\s*$/i;
const SERVICE_FOR_CLIENTS = /\b(?:line|number|helpline|hotline|phone|service|desk)\s+for\s+(?:our\s+|all\s+|current\s+)?(?:clients|patients|families|service users|young people|callers|members|parents|carers)\b(?:\s+(?:is|are|remains|stays))?\s*[:(]?\s*$/i;

const FIRST_PERSON = new Set(['I', 'my', 'me', 'I sent', 'our']);

/** Whether an offset lies in a Markdown heading (not a bold line): a binary search over the headings, in document order. */
function headingLookup(doc: ParsedDocument): (at: number) => boolean {
  const headings = doc.units.filter((u) => u.type === 'heading' && (u.depth ?? 7) <= 6);
  return (at) => {
    let lo = 0;
    let hi = headings.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = headings[mid]!;
      if (at < h.start) hi = mid - 1;
      else if (at >= h.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
