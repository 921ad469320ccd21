import data from '../../../generated/lexicon.json';
import type { ParsedDocument } from '../parse/document';
import type { Unit } from '../parse/units';
import type { Identifier, IdentifierKind } from './detect';
import { placeholderNumber } from './patterns';
import { placementHeader } from './trainee-lines';

const labels = (data.privacy as unknown as { labels: Record<string, string[]> }).labels;
// "Client(s) discussed" is "clients discussed".
const norm = (s: string) => s.toLowerCase().replace(/[*_`.]/g, '').replace(/\(s\)/g, 's').replace(/\s+/g, ' ').trim();
const RECORD = new Set([...labels.record!, ...labels.nhs!, ...labels.ssn!, ...labels.insurance!, 'case ref', 'case reference', 'case no', 'case #', 'client ref', 'client reference'].map(norm));
const DOB = new Set(labels.dob!.map(norm));
// A column headed by a client label holds clients' names ("| Client | Age | Plan |", "| Student | Year |"): the labels
// that introduce a client in prose ("Student: …"), in the singular or plural, less those a log's columns use for other things.
const NOT_A_NAME_COLUMN = new Set(['subject', 'intake', 'new intake', 'referral', 'new referral', 'pt']);
const clientLabels = (data.privacy as unknown as { 'client-labels': string[] })['client-labels'].filter((l) => !NOT_A_NAME_COLUMN.has(l));
const CLIENT = new Set([
  ...clientLabels.flatMap((l) => [norm(l), norm(l) + 's']),
  ...['name of client', 'student name', "child's name", 'children', 'young people', 'case discussed', 'cases discussed', 'clients discussed', 'client discussed', 'case name', 'family', 'family name'],
  // A housing or placement service's register: who a unit or a place was matched or offered to.
  ...['matched to', 'offered to', 'tenant', 'tenants', 'tenant name', 'placed', 'young person placed'],
  // A parenting group's or a family service's list of the parents who attend: a client, or a client's family.
  ...['parent', 'parents', 'parent name', 'parent/carer', 'parent / carer', 'parent/caregiver', 'parent / caregiver', 'parent or carer', 'parent/guardian', 'parent / guardian', 'caregiver', 'caregivers', 'guardian', 'guardians'],
  // A column meant for a code or initials: the codes are no one's name, but a name written there by mistake is ("| Mia T. |").
  ...['client code', 'client codes', 'client initials', 'client code/initials', 'client initials/code', 'client (code)', 'client (initials)', 'client code / initials', 'student code', 'young person code', 'case code'],
]);
const PLAIN_NAME = new Set(['name', 'full name', 'names', 'surname', 'last name', 'first name', 'given name', 'name (surname, first)']);
const AGE = new Set(['age', 'age (years)', 'age (yrs)', 'aged']);
const KIND_OF: [Set<string>, IdentifierKind][] = [
  [AGE, 'age'],
  [DOB, 'date-of-birth'],
  [RECORD, 'record-number'],
  [CLIENT, 'full-name'],
];
// A cell that is a person's name: capitalised words, not initials, a code or a placeholder.
// A nickname may sit in the middle ('Robert ("Bobby") Tuhiwai'), a couple may share a surname ("Danielle and Scott
// Fairweather"), a surname may be an initial ("Hazel C."),
// and a place may follow in brackets ("Hazel C. (Rowan Court)") or more particulars after a comma ("Elijah Okoro, 2nd gr,
// Palo Alto Elem"): the name is the first group.
// A title is never the name itself: "Mr T." is initials, and "Dr Lena Fairbrother (GP)" a doctor.
const TITLE = String.raw`(?:Mr|Mrs|Ms|Mx|Miss|Mdm|Mme)\.?\s+`;
// A name word may carry one more capital: "McAllister", "O'Brien", "Griffiths-Evans".
export const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?`;
const NAME_CELL = new RegExp(
  String.raw`^((?:${TITLE})?(?!(?:Mr|Mrs|Ms|Mx|Miss|Mdm|Mme|Dr|Prof|Sr|Rev)\b)${NAME_WORD}(?:\s+(?:and|&)\s+${NAME_WORD})?(?:\s+\(?["“'‘]${NAME_WORD}["”'’]\)?)?(?:\s+${NAME_WORD}){0,2}(?:\s+\p{Lu}\.)?)(?:\s+\([^()]{1,40}\))?(?:,\s.*)?$`,
  'u',
);
const TITLED = new RegExp(`^${TITLE}`);
// "HARGROVE, ELI", "LOPEZ, DANIELA (DOB 1991-08-30)": a records system's export writes the surname first, in capitals.
const UPPER_NAME_CELL = /^(\p{Lu}{2}[\p{Lu}'’-]*,\s*\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}\.?)?)(?:\s+\([^()]{1,40}\))?$/u;
// What a form writes where no name is given.
const NO_NAME = /^(?:self|anonymous|anon|unknown|withheld|redacted|declined|not (?:given|known|stated|recorded)|none|n\/a|tbc|tba|various|multiple|group|pseudonym|staff|internal|external|other|public|family|carer|parent|unnamed|visitor|contractor|member of (?:the )?public|staff member)$/i;

const NO_NAME_FIRST = /^(?:family|families|group|couple|couples|client|clients|team|parents?|carers?|siblings|household|whānau|whanau|intake|session)\b/i;

/** The cells of a table row, with their offsets in the document. */
function cells(unit: Unit): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = unit.source.indexOf('|') === unit.source.search(/\S/) ? unit.source.indexOf('|') + 1 : 0;
  for (const part of unit.source.slice(at).split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, start: unit.start + at + lead, end: unit.start + at + lead + text.length });
    at += part.length + 1;
  }
  return out;
}

type LabelledCell = { kind: IdentifierKind; text: string; start: number; end: number };
// The privacy rule and who-is-who both read a document's labelled cells: they are found once per parse.
const cellsOf = new WeakMap<ParsedDocument, LabelledCell[]>();

/** Each cell of a table that sits under a column whose header names an identifier, with that kind. */
function labelledCells(doc: ParsedDocument): LabelledCell[] {
  let out = cellsOf.get(doc);
  if (!out) cellsOf.set(doc, (out = [...findLabelledCells(doc)]));
  return out;
}

function* findLabelledCells(doc: ParsedDocument): Generator<LabelledCell> {
  let columns: (IdentifierKind | undefined)[] = [];
  for (const unit of doc.units) {
    if (unit.type === 'tableHeader') {
      const header = cells(unit).map((c) => norm(c.text));
      // "| Agency | Students | Onsite supervisor |": a placement list's students are trainees.
      const placements = placementHeader(header);
      // Their numbers ("| Student no. |") are the trainees' own.
      columns = header.map((h) => (placements && /^(?:students?|trainees?|interns?|learners?)$|^(?:student|matric|learner)\b/.test(h) ? undefined : KIND_OF.find(([set]) => set.has(h))?.[1]));
      // "| MRN | Name | DOB |", "| Pt | CHI | DOB |": beside a record number or a date of birth, a plain "Name" column
      // or one headed by a label a log uses for other things holds the record's subject.
      if (columns.some((k) => k === 'record-number' || k === 'date-of-birth')) columns = columns.map((k, i) => k ?? (PLAIN_NAME.has(header[i]!) || NOT_A_NAME_COLUMN.has(header[i]!) ? 'full-name' : undefined));
      continue;
    }
    if (unit.type !== 'tableRow') {
      columns = [];
      continue;
    }
    if (!columns.some(Boolean)) continue;
    const row = cells(unit);
    for (let i = 0; i < row.length; i++) if (columns[i]) yield { kind: columns[i]!, ...row[i]! };
  }
}

/**
 * The table rows whose "Age" column gives a person's age ("| C3, Imogen Salter | 35 | postnatal anxiety |"):
 * a caseload is listed by age, a staff list is not, so a name in such a row is a client's.
 */
export function agedRows(doc: ParsedDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const ages = labelledCells(doc).filter((c) => c.kind === 'age' && /^\d{1,3}$/.test(c.text) && Number(c.text) <= 120);
  if (!ages.length) return out;
  for (const c of ages) {
    const start = doc.text.lastIndexOf('\n', c.start) + 1;
    const newline = doc.text.indexOf('\n', c.end);
    out.push({ start, end: newline < 0 ? doc.text.length : newline });
  }
  return out;
}

/** The name a cell under a client column gives, if it holds one ("Keegan Adams", "Mrs Jacobs"; not "Anonymous"). */
function clientName(text: string): string | undefined {
  const name = NAME_CELL.exec(text)?.[1] ?? UPPER_NAME_CELL.exec(text)?.[1];
  // "Family W.", "Group (3 RPQs)": a kind of session and an initial, not a name.
  return name && !NO_NAME.test(name) && !NO_NAME_FIRST.test(name) && !/\b(?:pseudonym|TBC|N\/A)\b/i.test(text) ? name : undefined;
}

/**
 * Identifiers a table's header names: under "Case ref", "MRN" or "DOB" every
 * cell holds one, though no row repeats the label ("| BFS-2291 | A.M. | … |");
 * under "Age", an age over 89.
 */
export function tableColumnIds(doc: ParsedDocument): Identifier[] {
  const out: Identifier[] = [];
  for (const c of labelledCells(doc)) {
    // A value with at least three digits: "BFS-2291", "12/03/1988"; not "TBC", "–" or initials.
    // An age over 89 identifies its owner (HIPAA's Safe Harbor); younger ages do not.
    if (c.kind === 'age') {
      if (/^(?:9\d|1[01]\d)$/.test(c.text)) out.push({ kind: c.kind, start: c.start, end: c.end });
    } else if (c.kind === 'full-name') {
      const name = clientName(c.text);
      if (name) {
        // "Hazel C." is a first name: the initial does not make it a full name.
        const full = TITLED.test(name) || (name.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).length > 1 || UPPER_NAME_CELL.test(name);
        out.push({ kind: full ? 'full-name' : 'first-name', start: c.start, end: c.start + name.length });
      }
    } else if ((c.text.match(/\d/g) ?? []).length >= 3 && !placeholderNumber(c.text)) out.push({ kind: c.kind, start: c.start, end: c.end });
  }
  return out;
}

// A column of the staff who bring or hold each row ("| Presenter | Client | Age |", "| Worker |"): the labels that
// introduce staff on a line, less those that head other columns ("To", "Team") or name clients ("Student", "Resident"),
// and the presenter's (a "Presenter:" line may go on to name the family the presenter will bring).
const NOT_A_STAFF_COLUMN = /^(?:from|to|cc|signed|signature|minutes|team|owner|author|resident|student|date and signature|apologies|present|attendance|attendees|in attendance)$/;
const STAFF_COLUMN = new Set(
  [...(data.privacy as unknown as { 'staff-line-labels': string[] })['staff-line-labels'].filter((l) => !NOT_A_STAFF_COLUMN.test(l)), 'presenter', 'presented by'].flatMap((l) => [norm(l), norm(l) + 's']),
);

/** The cells `keep` accepts under every table column whose header `isColumn` picks out, with their offsets in the document. */
export function cellsUnder(doc: ParsedDocument, isColumn: (header: string, table: readonly string[]) => boolean, keep: (text: string) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let columns: boolean[] = [];
  for (const unit of doc.units) {
    if (unit.type === 'tableHeader') {
      // Each column's header, and the whole header row normalised (what else the table lists says what it is).
      const header = cells(unit);
      const table = header.map((c) => norm(c.text));
      columns = header.map((c) => isColumn(c.text, table));
    } else if (unit.type !== 'tableRow') columns = [];
    else if (columns.some(Boolean)) {
      const row = cells(unit);
      for (let i = 0; i < row.length; i++) if (columns[i] && keep(row[i]!.text)) out.push({ start: row[i]!.start, end: row[i]!.end });
    }
  }
  return out;
}

/** The cells under a column of staff ("| Presenter |", "| Key worker |"). */
export function staffCells(doc: ParsedDocument): { start: number; end: number }[] {
  return cellsUnder(doc, (h) => STAFF_COLUMN.has(norm(h)), (text) => text.length > 0);
}

// "| Rendering NPI |", "| Claim # |", "| CPT |": columns of a clinician's, a payer's or a billing system's numbers.
const OTHER_NUMBER_COLUMN = /\b(?:NPI|DEA|CAQH|licen[cs]e|claim|provider|rendering|CPT|ICD(?:-?10)?|payer|billing code|registration)\b/i;

/** The cells under a column of numbers that are no client's (a clinician's NPI, a claim's number, a billing code). */
export function otherNumberCells(doc: ParsedDocument): { start: number; end: number }[] {
  return cellsUnder(doc, (h) => OTHER_NUMBER_COLUMN.test(h), (text) => /\d/.test(text));
}

// "| Name | Role | Mobile (on-call) | Present |": a list of workers by their role, and their own numbers.
const ROLE_COLUMN = /^(?:roles?|positions?|job titles?|titles?|designations?|posts?|grades?|disciplines?|professions?)$/;
const CONTACT_COLUMN = /\b(?:mobile|phone|tel|telephone|cell|contact|e-?mail|ext(?:ension)?)\b/i;

/** The cells of contact columns in a table of workers (one with a role column and no client column): the workers' own numbers. */
export function staffContactCells(doc: ParsedDocument): { start: number; end: number }[] {
  const workers = (table: readonly string[]) => table.some((h) => ROLE_COLUMN.test(h)) && !table.some((h) => KIND_OF.some(([set]) => set.has(h)));
  return cellsUnder(doc, (h, table) => CONTACT_COLUMN.test(h) && workers(table), (text) => text.length > 0);
}

/** Where the names under a client column ("| Young person |", "| Cases discussed |") sit in the document. */
export function clientCells(doc: ParsedDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const c of labelledCells(doc)) {
    const name = c.kind === 'full-name' ? clientName(c.text) : undefined;
    if (name) out.push({ start: c.start, end: c.start + name.length });
  }
  return out;
}
