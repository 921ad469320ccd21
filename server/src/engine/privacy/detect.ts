import data from '../../../generated/lexicon.json';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokenize, type Token } from '../lexicon/tokenize';
import { findPeople } from '../nlp/people';
import { alternationOf } from '../text/alternation';
import type { ParsedDocument } from '../parse/document';
import type { DocumentKind } from '../types';
import { clientNounBefore, clientNouns, PeopleContext } from './people-context';
import { DATE, EMAIL, ID_AFTER_LABEL, NHS, PHONE, SSN, STREET, TITLED_NAME } from './patterns';

export type IdentifierKind =
  | 'full-name'
  | 'titled-name'
  | 'first-name'
  | 'date-of-birth'
  | 'phone'
  | 'email'
  | 'address'
  | 'record-number'
  | 'nhs-number'
  | 'ssn'
  | 'insurance-id';

/** A client identifier found in a document; its text is never put in a finding. */
export interface Identifier {
  kind: IdentifierKind;
  start: number;
  end: number;
}

const privacy = data.privacy as unknown as Record<string, string[]> & { labels: Record<string, string[]> };
const phrases = (list: string[]) => new PhraseMatcher(list.map((phrase) => ({ phrase, info: phrase })));
const staffContact = phrases(privacy['staff-contact']!);
const clientContact = phrases(privacy['client-contact']!);
const labels = Object.fromEntries(Object.entries(privacy.labels).map(([k, v]) => [k, phrases(v)])) as Record<'dob' | 'record' | 'nhs' | 'ssn' | 'insurance', PhraseMatcher<string>>;

const CLINICAL = phrases(privacy['clinical-words']!);

// A relation of a client right after a name: "Aroha Ngata's mum", "Sam's nan".
const RELATION_AFTER = new RegExp(`^['’]s\\s+(?:${alternationOf(privacy['client-relations']!)})\\b`, 'i');

const LABEL_KIND: Record<string, IdentifierKind> = { record: 'record-number', nhs: 'nhs-number', ssn: 'ssn', insurance: 'insurance-id' };

/** What one sentence holds, before the document says who its staff are. Offsets are relative to the sentence. */
interface SentenceCandidates {
  /** Identifiers that need nothing more: numbers, dates of birth, contact details. */
  ids: Identifier[];
  /** Names that are a client's unless the document says they are staff or a pseudonym. */
  names: (Identifier & { name: string })[];
}

const candidateCache = new Map<string, SentenceCandidates>();

/**
 * Finds client identifiers in a document's prose: names, dates of birth,
 * phone numbers, e-mail and street addresses, record, NHS, social security
 * and insurance numbers. Names of staff, initials, declared pseudonyms,
 * session dates and the agency's own contact details are left alone.
 * The work per sentence is cached by its text; only the document's roster of
 * staff is worked out again.
 */
export function findIdentifiers(doc: ParsedDocument, kind: DocumentKind | 'unknown'): Identifier[] {
  let people: PeopleContext | undefined;
  const out: Identifier[] = [];
  const add = (id: Identifier) => {
    if (!out.some((o) => o.start < id.end && id.start < o.end)) out.push(id);
  };
  for (const unit of doc.units) {
    for (const s of unit.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const key = `${kind}\u0000${text}`;
      let c = candidateCache.get(key);
      if (!c) {
        c = sentenceCandidates(text, kind);
        if (candidateCache.size > 20_000) candidateCache.clear();
        candidateCache.set(key, c);
      }
      for (const id of c.ids) add({ kind: id.kind, start: s.start + id.start, end: s.start + id.end });
      if (!c.names.length) continue;
      people ??= new PeopleContext(doc);
      for (const n of c.names) {
        if (people.isStaff(n.name) || people.isPseudonym(n.name)) continue;
        add({ kind: n.kind, start: s.start + n.start, end: s.start + n.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentenceCandidates(text: string, kind: DocumentKind | 'unknown'): SentenceCandidates {
  const ids: Identifier[] = [];
  const names: SentenceCandidates['names'] = [];
  const taken = (start: number, end: number) => ids.some((o) => o.start < end && start < o.end);
  const add = (id: Identifier) => {
    if (!taken(id.start, id.end)) ids.push(id);
  };
  const tokens = tokenize(text);
  // A client noun, a client's initials or a client's surname with a title make the sentence about a client.
  const clientSentence =
    clientNouns.findAll(tokens).length > 0 || /\b[A-Z]\.\s?[A-Z]\./.test(text) || /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+[A-Z]\./.test(text) || new RegExp(TITLED_NAME.source).test(text);
  const clinical = clientSentence || CLINICAL.findAll(tokens).length > 0;

  for (const id of labelled(text, tokens)) add(id);
  for (const m of text.matchAll(SSN)) add({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(EMAIL)) {
    if (ownerOf(text, tokens, m.index, kind, clinical) === 'client') add({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PHONE)) {
    if (/^\d{4}[\s.-]\d{3}[\s.-]\d{3}$/.test(m[0]) && !/^0/.test(m[0])) continue; // a count or year range, not a phone
    if (ids.some((o) => o.start <= m.index && m.index < o.end)) continue;
    if (ownerOf(text, tokens, m.index, kind, clinical) === 'client') add({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STREET)) {
    // "… at Riverside Talking Therapies, 22 Canal Wharf": an organisation's address.
    if (/(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}\p{Lu}[\p{L}'’&-]*,\s*$/u.test(text.slice(0, m.index))) continue;
    if (ownerOf(text, tokens, m.index, kind, clientSentence) === 'client') add({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }

  if (!clinical && !/\b(?:Mr|Mrs|Ms|Mx|Miss)\b/.test(text)) return { ids, names };
  const nextToRole = (start: number, end: number) => PeopleContext.nextToRole(text, start, end);
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = m[0];
    if (/\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+[A-Z]\.?$/.test(name)) continue; // "Mrs P": an initial
    if (nextToRole(m.index, m.index + name.length)) continue;
    names.push({ kind: 'titled-name', start: m.index, end: m.index + name.length, name });
  }
  if (!clinical) return { ids, names };
  for (const p of findPeople(text)) {
    if (p.titled && /\b(?:Dr|Prof)\b/.test(p.text)) continue;
    if (nextToRole(p.start, p.end) || names.some((n) => n.start < p.end && p.start < n.end)) continue;
    const words = p.text.replace(/\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+/g, '').split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !/^[A-Z]\.?$/.test(w));
    // "the kid's full name, Jayden …", "full name and mobile (Kiri …)": the sentence says it is a client's name.
    const afterClientNoun = clientNounBefore(text, p.start) || /\bfull names?\b/i.test(text.slice(0, p.start));
    const withAge = /^\s*(?:\(|,)\s*(?:DOB|\d{1,2}\b)/.test(text.slice(p.end, p.end + 8));
    // In a leadership document full names are usually staff: a client's comes with a client noun, an age or a relation.
    const relation = RELATION_AFTER.test(text.slice(p.end, p.end + 20));
    const fullName = afterClientNoun || withAge || relation || (kind !== 'leadership' && clientSentence);
    if (words.length >= 2 && fullName) names.push({ kind: 'full-name', start: p.start, end: p.end, name: p.text });
    else if (words.length === 1 && (afterClientNoun || withAge)) names.push({ kind: 'first-name', start: p.start, end: p.end, name: p.text });
  }
  return { ids, names };
}

/** Identifiers introduced by a label: "DOB 07/22/1968", "MRN 3307-5521", "NHS no. 999 456 7812", "Medicaid ID (QX40218837)". */
function labelled(text: string, tokens: Token[]): Identifier[] {
  const out: Identifier[] = [];
  for (const [label, matcher] of Object.entries(labels)) {
    for (const m of matcher.findAll(tokens)) {
      const after = tokens[m.to - 1]!.end;
      const rest = text.slice(after, after + 40).replace(/^\s*\(/, (x) => ' '.repeat(x.length));
      if (label === 'dob') {
        const date = new RegExp(DATE.source).exec(rest);
        if (date && date.index <= 6) out.push({ kind: 'date-of-birth', start: after + date.index, end: after + date.index + date[0].length });
        continue;
      }
      if (label === 'nhs') {
        const nhs = new RegExp(NHS.source).exec(rest);
        if (nhs && nhs.index <= 10) out.push({ kind: 'nhs-number', start: after + nhs.index, end: after + nhs.index + nhs[0].length });
        continue;
      }
      const id = ID_AFTER_LABEL.exec(rest);
      if (!id || !/\d/.test(id[1]!) || id[1]!.replace(/\D/g, '').length < 4) continue;
      const start = after + id.index + id[0].length - id[1]!.length;
      out.push({ kind: LABEL_KIND[label]!, start, end: start + id[1]!.trimEnd().length });
    }
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
function ownerOf(text: string, tokens: Token[], at: number, kind: DocumentKind | 'unknown', clientSentence: boolean): 'client' | 'staff' {
  const before = tokens.filter((t) => t.end <= at);
  const window = before.slice(-8);
  // Capitalised words are names ("Bluebonnet Family Counseling"), not a client's relations.
  const lowerWindow = window.filter((t, i) => i === 0 || !/^\p{Lu}/u.test(t.raw) || t.raw === 'I');
  const nearest = (m: PhraseMatcher<string>) => {
    const hits = m.findAll(window);
    return hits.length ? window.length - Math.max(...hits.map((h) => h.to)) : Infinity;
  };
  const staff = nearest(staffContact);
  const clientHits = clientContact.findAll(lowerWindow);
  const client = clientHits.length ? lowerWindow.length - Math.max(...clientHits.map((h) => h.to)) : Infinity;
  if (/\b(?:called|rang|phoned|texted|messaged|emailed|wrote|came)\b[^.;]*\bfrom\s*$/i.test(text.slice(0, at)) && clientSentence) return 'client';
  // "Dee's address, 14 Harrow Close": a person's address, unless the owner is the organisation.
  const owner = /(\p{L}+)['’]s\s+(?:\p{Ll}+\s+)?(?:address|phone number|number|mobile|email)[,:]?\s*(?:is\s+)?$/u.exec(text.slice(0, at));
  if (owner) return /^(?:service|agency|clinic|practice|team|trust|office|organi[sz]ation|program|programme|unit|ward|hospital|centre|center|school|council|board|supervisor|manager)$/i.test(owner[1]!) ? 'staff' : 'client';
  if (client < staff) return 'client';
  if (staff < client) return 'staff';
  return kind === 'supervision' && clientSentence ? 'client' : 'staff';
}
