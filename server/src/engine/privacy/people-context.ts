import data from '../../../generated/lexicon.json';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokenize } from '../lexicon/tokenize';
import { findPeople } from '../nlp/people';
import { alternationOf } from '../text/alternation';
import type { ParsedDocument } from '../parse/document';

const privacy = data.privacy as unknown as Record<string, string[]>;

const matcherOf = (list: string[]) => new PhraseMatcher(list.map((phrase) => ({ phrase, info: phrase })));
export const clientNouns = matcherOf(privacy['client-nouns']!);
export const staffRoles = matcherOf(privacy['staff-roles']!);
const pseudonymMarkers = matcherOf(privacy['pseudonym-markers']!);
const CREDENTIALS = new Set(privacy.credentials!.map((c) => c.toLowerCase()));

// Lines that introduce staff: "Supervisor: …", "Present: …", "Signed: …".
const STAFF_LINE = new RegExp(`^[\\s>*_-]*(?:${alternationOf(privacy['staff-line-labels']!)})\\b[^:\\n]{0,30}[:：]`, 'i');

/** Name tokens, lower case, for comparing one mention with another. */
const nameTokens = (name: string) =>
  name
    .replace(/\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+/g, '')
    .split(/[\s.]+/)
    .filter((t) => /^[A-Z\u00C0-\u024F][\p{L}'’-]+$/u.test(t))
    .map((t) => t.toLowerCase().replace(/['’]s$/, ''));

/**
 * Who the document says its staff are, and which names it declares
 * pseudonyms: names in front matter, on lines such as "Supervisee:" or
 * "Present:", with a credential after them ("Sofia Ramírez, LMSW"), next to a
 * staff role ("counsellor Ms. Ferreira"), or mentioned often (a supervision
 * note names its supervisee throughout; a client's name, if it slips in, once).
 */
export class PeopleContext {
  private readonly staff = new Set<string>();
  private readonly pseudonyms = new Set<string>();

  constructor(doc: ParsedDocument) {
    const addAll = (set: Set<string>, name: string) => nameTokens(name).forEach((t) => set.add(t));
    for (const field of doc.frontMatter?.fields.values() ?? []) {
      const values = Array.isArray(field.value) ? field.value : [field.value];
      for (const v of values) if (typeof v === 'string') for (const m of v.matchAll(/[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu)) addAll(this.staff, m[0]);
    }
    const counts = new Map<string, number>();
    for (const unit of doc.units) {
      const lineText = doc.lines.lineText(doc.lines.positionAt(unit.start).line);
      const onStaffLine = STAFF_LINE.test(lineText) || STAFF_LINE.test(unit.prose);
      for (const s of unit.sentences) {
        const text = doc.text.slice(s.start, s.end);
        const people = findPeople(text);
        for (const p of people) {
          for (const t of nameTokens(p.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
          const doctor = p.titled && /\b(?:Dr|Prof)\b/.test(p.text);
          if (onStaffLine || doctor || this.hasCredential(text, p.end) || PeopleContext.nextToRole(text, p.start, p.end)) addAll(this.staff, p.text);
          if (this.declaredPseudonym(text, p.start, p.end)) addAll(this.pseudonyms, p.text);
        }
      }
    }
    for (const [t, n] of counts) if (n >= 3) this.staff.add(t);
  }

  isStaff(name: string): boolean {
    return nameTokens(name).some((t) => this.staff.has(t));
  }

  isPseudonym(name: string): boolean {
    return nameTokens(name).some((t) => this.pseudonyms.has(t));
  }

  /** A credential right after the name: "Ramírez, LMSW", "Okoye LPC-S". */
  private hasCredential(text: string, end: number): boolean {
    const after = /^[\s,(]+([A-Za-z][\w-]*(?:\s[A-Z][\w-]*)?)/.exec(text.slice(end, end + 30));
    if (!after) return false;
    return CREDENTIALS.has(after[1]!.toLowerCase()) || CREDENTIALS.has(after[1]!.split(/\s/)[0]!.toLowerCase());
  }

  /** A staff role within a few words of the name, before or after it. */
  static nextToRole(text: string, start: number, end: number): boolean {
    const from = Math.max(0, start - 60);
    const window = tokenize(text.slice(from, start));
    const before = window.slice(-3);
    const after = tokenize(text.slice(end, end + 40)).slice(0, 4);
    if (staffRoles.findAll(before).some((m) => m.to === before.length) || staffRoles.findAll(after).length > 0) return true;
    // An apposition: "the charge nurse on Ward 7, Ms Pike," or "our liaison worker, Dean,".
    if (!/,\s*$/.test(text.slice(from, start))) return false;
    const near = window.slice(-5);
    const role = staffRoles.findAll(near).pop();
    if (!role) return false;
    const between = text.slice(from + near[role.to - 1]!.end, start);
    return !/\b(?:had|has|have|is|was|were|told|said|gave|sent|wrote|with|about)\b/i.test(between);
  }

  private declaredPseudonym(text: string, start: number, end: number): boolean {
    const around = tokenize(text.slice(Math.max(0, start - 50), Math.min(text.length, end + 60)));
    return pseudonymMarkers.findAll(around).length > 0;
  }
}

/** Whether a client noun comes right before a position ("client Derrick…", "the patient is …"). */
export function clientNounBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  const before = tokenize(text.slice(from, start)).slice(-3);
  const hit = clientNouns.findAll(before).find((m) => m.to === before.length);
  // Only words between them: "client Derrick", "the patient is Gerald", not "an older client; Obi".
  return hit !== undefined && /^[\s:]*(?:is\s+|was\s+|named\s+|called\s+)?$/i.test(text.slice(from + before[before.length - 1]!.end, start));
}
