import data from '../../../generated/lexicon.json';
import { supervisedHeaderUnits } from '../kind/header';
import { dateWord, findPeople, findPeopleInPersonField, LINE_START, LOCALITY_AFTER, ordinaryWord, recaseNames, SAINT_OR_PLACE, type PersonMention } from '../nlp/people';
import { alternationOf } from '../text/alternation';
import { remember } from '../cache-limit';
import type { ParsedDocument } from '../parse/document';
import { unitAt } from '../parse/unit-at';
import { sectionKey, type Unit } from '../parse/units';
import type { DocumentKind } from '../types';
import { placeCells, placeWords } from './place-words';
import { agedRows, clientCells, staffCells } from './table-columns';
import { traineeUnits } from './trainee-lines';
import {
  AGE_AFTER,
  AGE_WORDS,
  BREAK,
  CASE_HEADING,
  cited,
  CLIENT_BETWEEN,
  CLIENT_FIELDS,
  COMMON,
  declaredPseudonym,
  FIRST_NAMES,
  GIVEN_INITIAL,
  hasCredential,
  INITIAL_AND_SURNAME,
  initialAfter,
  type MentionEvidence,
  nextToRole,
  NO_RELATION,
  OWN_LIFE_LABEL,
  PSEUDONYM_WORD,
  RELATION_LAST_WORDS,
  rosterLinesWithin,
  rosterUnit,
  sentenceEvidence,
  SUPERVISION_PAIR_TITLE,
  SUPERVISION_TITLE,
  TITLE,
  TITLE_BEFORE_NAME,
  titleKind,
  WHOLE_NAME_WORD,
  WRITERS_FAMILY,
} from './mention-evidence';

/**
 * Who is who in one document. Every mention of a person (full name, first
 * name, surname, titled surname, possessive) is resolved into people, and the
 * evidence of all their mentions decides whether each is a client or a
 * client's relative (an identifier), staff, or a declared pseudonym.
 * How often a name appears says nothing about who it is: a client discussed
 * at length is named often too.
 */
export type Role = 'client' | 'relative' | 'staff' | 'pseudonym' | 'unknown';

export interface Mention extends PersonMention {
  /** Document offsets. */
  docStart: number;
  docEnd: number;
  person: number;
}

interface Person {
  id: number;
  /** The kinds of title the person is named with: a doctor's, a man's, a woman's. */
  titles?: Set<string>;
  /** The initials of a surname written after the first name ("Fatima E."), lower case. */
  surnameInitials?: Set<string>;
  tokens: Set<string>;
  client: number;
  relative: number;
  staff: number;
  /** Staff evidence that only a roster gives: front matter, a roster line, a credential, a doctor's title. */
  roster: number;
  /** Client evidence that only a client has: a client label, an age or date of birth beside the name. */
  clientStrong: number;
  /** Given with an age somewhere: "The 14-year-old, Ffion". */
  aged?: boolean;
  /** The words that came first in the person's full name: their given names. */
  given: Set<string>;
  /** Every mention opens its sentence or cell, where any word is capitalised. */
  initialOnly: boolean;
  pseudonym: boolean;
  /** Mentioned in a sentence about a client. */
  clinical: boolean;
  /** Mentioned in a sentence about someone's own family. */
  ownFamily?: boolean;
  /** Named in full somewhere other than where a pseudonym is declared. */
  namedInFull?: boolean;
  /** Where each mention starts and the headings above it, in the order read: which of two people sharing a first name a bare one means. */
  seen: { at: number; section: string }[];
  /** Said to do for someone what a relative or carer does ("collecting her", "does her shopping"). */
  carer?: boolean;
  /** Described as working for another organisation ("Farah Siddiqui — employee at Bow River Energy"), as an EAP's clients are. */
  employedElsewhere?: boolean;
  /** Cited as an author: "read Marshall on therapist features". */
  cited?: boolean;
  /** Whose relative the document says the person is, where it names them ("Hannah's partner, Tom"): lower case. */
  relativeOf?: Set<string>;
  /** Relative evidence that names no one ("his mother, Gail"). */
  relativeOfSomeone?: boolean;
  /** Mentioned in a section whose heading says it discusses cases. */
  caseSection?: boolean;
  /** Named somewhere other than a section or list item about a case ("Jordan Reyes, LMHC-A" over "## Cases"). */
  outsideCases?: boolean;
  /** Named where the document lists who it is by or about: front matter, a roster line ("Supervisee: …", "Present: …"). */
  listed?: boolean;
  titled: boolean;
  full: boolean;
  role: Role;
}

export class WhoIsWho {
  readonly mentions: Mention[] = [];
  private readonly people: Person[] = [];
  private readonly byToken = new Map<string, Person[]>();
  private readonly aliases: { person: Person; alias: string }[] = [];
  /** How many words of the mention being read each known person shares (personFor). */
  private readonly candidates = new Map<Person, number>();
  private noRelation: Set<string> | undefined;
  /** The initials of people the document's first line names by initial and surname ("R. Okafor"). */
  private titleInitials: Set<string> | undefined;
  /** The document's name words, as one pattern (see holdsNameWord). */
  private nameWords: RegExp | undefined;
  /** The headings above the block being read. */
  private section = '';

  constructor(private readonly doc: ParsedDocument, private readonly kind: DocumentKind | 'unknown') {
    this.readFrontMatter();
    const supervised = supervisedHeaderUnits(doc.units);
    for (const unit of traineeUnits(doc.units)) supervised.add(unit);
    // "tues sup — 10/21 — Dev P. w/ Angela (1:1, 45 min)": a first line naming who met for supervision lists staff.
    const first = doc.units[0];
    // It may run on to a line or two more, with the date and time ("tues sup — Jess M. w/ Brian (…)\noct 22, 1:30-2:30").
    const firstLines = first?.source.split('\n');
    if (first && (first.type === 'paragraph' || first.type === 'heading') && firstLines!.length <= 3 && (SUPERVISION_TITLE.test(firstLines![0]!) || SUPERVISION_PAIR_TITLE.test(firstLines![0]!))) supervised.add(first);
    for (const unit of doc.units) {
      // Most blocks name no one: whether they sit on a roster line is asked only of those that do.
      let found = unitEvidence(unit, false);
      if (!found.length) continue;
      this.section = sectionKey(unit.headings);
      const lineText = doc.lines.lineText(doc.lines.positionAt(unit.start).line);
      const heading = unit.headings[unit.headings.length - 1] ?? '';
      const staffUnit = supervised.has(unit) || rosterUnit(unit, lineText, unit.type === 'listItem' ? heading : undefined);
      if (staffUnit) found = unitEvidence(unit, true);
      // A quoted message's "From:" is whoever wrote in (rosterLine): its lines are not read one by one as rosters.
      const rosterLines = staffUnit || unit.type === 'blockquote' ? undefined : rosterLinesWithin(unit);
      if (rosterLines) {
        // "Facilitating: Niamh Cullinane" over "Present: Declan Moriarty, Paula Kinsella" with no blank line between:
        // one paragraph, and each of its lines says whom it lists.
        const asStaff = unitEvidence(unit, true);
        found.forEach(({ at, evidence }, i) =>
          evidence.forEach((e, k) => {
            const onRoster = rosterLines.some(([from, to]) => from <= at + e.mention.start && at + e.mention.start < to);
            this.observe(unit.start + at, onRoster ? asStaff[i]!.evidence[k]! : e, onRoster);
          }),
        );
        continue;
      }
      // "> My son Thabo was admitted on 6 January": in a letter quoted in an organisation's document, the writer is a
      // client's family, and the family they name is the client's.
      const letter = unit.type === 'blockquote' && this.kind === 'leadership';
      for (const { at, evidence } of found) {
        for (const e of evidence) {
          const ownFamily = letter && e.relative === 0 && WRITERS_FAMILY.test(unit.source.slice(Math.max(0, at + e.mention.start - 40), at + e.mention.start));
          this.observe(unit.start + at, ownFamily ? { ...e, relative: 3 } : e, staffUnit);
        }
      }
    }
    this.readClientColumns();
    this.joinAliases();
    this.joinShortForms();
    this.findLaterMentions();
    this.findLowerCaseMentions();
    this.dropPlaces();
    if (this.kind !== 'leadership') this.markCaseSections();
    for (const p of this.people) p.role = this.decide(p);
    // "Hannah's partner, Tom, has been unwell": the family of someone the document shows to be staff is not a client's.
    for (const p of this.people) if (p.role === 'relative' && !p.relativeOfSomeone && p.relativeOf && [...p.relativeOf].every((t) => this.staffOnly(t))) p.role = 'unknown';
    // "Home: her partner Jules just started nights": in a note's part about the worker's own life, the family is the worker's.
    if (this.kind !== 'leadership') for (const p of this.people) if (p.role === 'relative' && p.relativeOfSomeone && !p.relativeOf && p.clientStrong === 0 && this.familyOfWorker(p)) p.role = 'unknown';
    // "Ms Rebecca Karalis … on behalf of her mother, Mrs Eleni Karalis": once every client is known, a full name
    // that shares a client's family name is a relative, whichever of the two the document named first.
    // "your brother Stuart" copied in as "cc: … Stuart Laidlaw": a relation word and a client's family name outweigh a roster line.
    // The words of every client's and relative's full name, gathered once (and added to as relatives are found):
    // a long document names hundreds of people, and comparing each with all the others costs more than the rest.
    const familyWords = new Set<string>();
    for (const q of this.people) if ((q.role === 'client' || q.role === 'relative') && q.full) for (const t of q.tokens) familyWords.add(t);
    for (const p of this.people) {
      if (!(p.role === 'unknown' || (p.role === 'staff' && p.relative > 0 && !p.titles?.has('doctor'))) || !this.sharesClientFamilyName(p, familyWords)) continue;
      p.role = 'relative';
      if (p.full) for (const t of p.tokens) familyWords.add(t);
    }
  }

  /**
   * "Ettrick Ward" then "two wards (Ettrick, 12 male; …)": a word the document names a place by is the place's
   * where it stands alone, unless someone is named in full by it; under a "Location" column, any name is a place's.
   */
  private dropPlaces() {
    // A name that stands alone: one word, no title, not in the possessive, and no one named in full by it.
    const alone = (m: Mention) => m.tokens.length === 1 && !m.titled && !m.possessive && !this.people[m.person]!.full;
    const candidates = new Set<string>();
    for (const m of this.mentions) if (alone(m)) candidates.add(m.tokens[0]!);
    const words = placeWords(this.doc, candidates);
    const cells = this.mentions.length ? placeCells(this.doc) : [];
    if (!words.size && !cells.length) return;
    const place = (m: Mention) => (alone(m) && words.has(m.tokens[0]!)) || (!m.titled && !m.possessive && !!unitAt(cells, m.docStart));
    let kept = 0;
    for (const m of this.mentions) if (!place(m)) this.mentions[kept++] = m;
    this.mentions.length = kept;
  }

  /** Whether everyone the document calls by the words of this mention is staff it lists as such. */
  onlyListedStaff(mention: Mention): boolean {
    return mention.tokens.every((t) => this.staffOnly(t));
  }

  /**
   * Whether every mention of `p` is in a block or section about the worker's own life ("Home:", "Wellbeing:",
   * "Personal stuff –", "## Check-in"), with no client told of before it there. Nearness to a worker's name is not
   * enough: in "Dana noted that his mum, Sharon, rang" the "his" is a client's.
   */
  private familyOfWorker(p: Person): boolean {
    const text = this.doc.text;
    let any = false;
    for (const m of this.mentions) {
      if (m.person !== p.id) continue;
      const unit = unitAt(this.doc.units, m.docStart);
      if (!unit || !(OWN_LIFE_LABEL.test(unit.source) || OWN_LIFE_LABEL.test(unit.headings[unit.headings.length - 1] ?? ''))) return false;
      if (CLIENT_BETWEEN.test(text.slice(unit.start, m.docStart))) return false;
      any = true;
    }
    return any;
  }

  /** Whether everyone the document calls by this word is staff that it lists as such (a roster line, front matter, a role or credential). */
  private staffOnly(token: string): boolean {
    const people = this.byToken.get(token);
    return !!people?.length && people.every((q) => q.role === 'staff' && q.roster > 0);
  }

  /** Whether the person named is a worker the document does not list as one of its own people: a colleague it talks about. */
  isUnlistedWorker(mention: Mention): boolean {
    const person = this.people[mention.person]!;
    return person.role === 'staff' && !person.listed;
  }

  roleOf(mention: Mention): Role {
    return this.people[mention.person]!.role;
  }

  /** All mentions of the same person as `mention`, in document order. */
  mentionsOf(person: number): Mention[] {
    return this.mentions.filter((m) => m.person === person);
  }

  private readFrontMatter() {
    for (const field of this.doc.frontMatter?.fields.values() ?? []) {
      const values = Array.isArray(field.value) ? field.value : [field.value];
      const client = CLIENT_FIELDS.has(field.key.toLowerCase());
      for (const v of values) {
        if (typeof v !== 'string') continue;
        // "supervisee: kyle (MSW, LSW)": a field typed without capitals names people in lower case.
        const value = /^[\s"'(]*\p{Ll}/u.test(v) ? recaseNames(v, true) : v;
        for (const p of PERSON_FIELDS.has(field.key.toLowerCase()) ? findPeopleInPersonField(value) : findPeople(value)) {
          const person = this.personFor(p);
          // "supervisor: Mark Ellery" is a full name: the client "Mark Delaney" in the notes is someone else.
          if (p.tokens.length > 1) person.full = person.namedInFull = true;
          if (client) {
            person.client += 4;
            person.clientStrong += 4;
          } else {
            person.staff += 3;
            person.roster += 3;
            person.listed = true;
          }
          if (client && typeof field.value === 'string') {
            const found = this.doc.text.slice(field.valueStart, field.valueEnd + 1).toLowerCase().indexOf(p.text.toLowerCase());
            const at = found < 0 ? -1 : field.valueStart + found;
            if (at >= 0) this.mentions.push({ ...p, text: this.doc.text.slice(at, at + p.text.length), docStart: at, docEnd: at + p.text.length, person: person.id });
          }
        }
      }
    }
  }

  /** A name under a client column ("| Young person |", "| Cases discussed |") is a client's, wherever else the document names them. */
  private readClientColumns() {
    const rows = agedRows(this.doc);
    if (rows.length) {
      // The presenter's or worker's own cell in a caseload row is theirs, not the client's.
      const staff = staffCells(this.doc);
      for (const m of this.mentions) {
        if (!unitAt(rows, m.docStart) || (staff.length && unitAt(staff, m.docStart))) continue;
        const person = this.people[m.person]!;
        person.client += 3;
        person.clientStrong += 3;
        person.aged = true;
      }
    }
    const cells = clientCells(this.doc);
    if (!cells.length) return;
    // Cells come in document order: each mention is looked up, not compared with every cell of a long table.
    const named = new Set<{ start: number; end: number }>();
    for (const m of this.mentions) {
      const cell = unitAt(cells, m.docStart);
      if (!cell) continue;
      named.add(cell);
      const person = this.people[m.person]!;
      person.client += 4;
      person.clientStrong += 4;
    }
    // "| Sawyer Pettibone (ID 2240316) |": a name in a client column is a person even where the name finder,
    // reading words that are also ordinary ones, saw none; later mentions ("Sawyer's mom") are then found.
    let added = false;
    for (const cell of cells) {
      if (named.has(cell)) continue;
      const text = this.doc.text.slice(cell.start, cell.end);
      const titled = TITLE_BEFORE_NAME.test(text);
      const tokens = text.replace(TITLE_BEFORE_NAME, '').split(/\s+/).filter((w) => WHOLE_NAME_WORD.test(w)).map((w) => w.toLowerCase());
      if (!tokens.length) continue;
      const mention = { start: 0, end: cell.end - cell.start, text, titled, tokens, possessive: false };
      this.observe(cell.start, { mention, clinical: true, pseudonym: false, initial: true, staff: 0, roster: 0, client: 4, clientStrong: 4, relative: 0 });
      added = true;
    }
    if (added) this.mentions.sort((a, b) => a.docStart - b.docStart);
  }

  private observe(base: number, e: MentionEvidence, listed = false) {
    const p = e.mention;
    const person = this.personFor(p, e);
    person.seen.push({ at: base + p.start, section: this.section });
    if (listed) person.listed = true;
    // Written out rather than spread: this runs for every name in the document at every keystroke.
    this.mentions.push({ start: p.start, end: p.end, text: p.text, titled: p.titled, tokens: p.tokens, possessive: p.possessive, family: p.family, docStart: base + p.start, docEnd: base + p.end, person: person.id });
    if (p.tokens.length > 1) person.full = true;
    if (p.titled && TITLE.test(p.text)) person.titled = true;
    if (e.clinical) person.clinical = true;
    if (e.pseudonym) person.pseudonym = true;
    else if (p.tokens.length > 1) person.namedInFull = true;
    if (!e.initial) person.initialOnly = false;
    person.staff += e.staff;
    person.roster += e.roster;
    person.client += e.client;
    person.clientStrong += e.clientStrong;
    person.relative += e.relative;
    if (e.relative > 0) {
      if (e.relativeOf) (person.relativeOf ??= new Set()).add(e.relativeOf);
      else person.relativeOfSomeone = true;
    }
    if (e.aged) person.aged = true;
    if (e.ownFamily) person.ownFamily = true;
    if (e.carer) person.carer = true;
    if (e.employedElsewhere) person.employedElsewhere = true;
    if (e.cited) person.cited = true;
    if (e.alias) this.aliases.push({ person, alias: e.alias });
  }

  /**
   * A short name given after a full name ("Katarzyna Zielińska (Kasia)") is
   * the same person, wherever "Kasia" appears, before or after: a person
   * known only by that word is joined to the full name's.
   */
  private joinAliases() {
    for (const { person, alias } of this.aliases) {
      // "2. meet Mrs Cullinane (Cormac)": the first name of a worker on the document's roster, in brackets after a
      // task, says who does it; it is not another name of the person the task is about.
      if ((this.byToken.get(alias) ?? []).some((o) => o !== person && o.full && o.roster > 0 && o.client === 0)) continue;
      for (const other of [...(this.byToken.get(alias) ?? [])]) {
        if (other === person || other.tokens.size !== 1) continue;
        this.merge(person, other);
      }
      if (!person.tokens.has(alias)) {
        person.tokens.add(alias);
        const list = this.byToken.get(alias) ?? [];
        list.unshift(person);
        this.byToken.set(alias, list);
      }
    }
  }

  /** Marks the people named in a section whose heading says it discusses cases ("Case discussion 2"). */
  private markCaseSections() {
    const caseItems = caseListItems(this.doc.units);
    for (const m of this.mentions) {
      const person = this.people[m.person]!;
      if (person.caseSection && person.outsideCases) continue;
      const unit = unitAt(this.doc.units, m.docStart);
      if (unit && unit.type !== 'heading' && (caseSection(unit.headings) || caseItems.has(unit))) person.caseSection = true;
      else person.outsideCases = true;
    }
  }

  /**
   * "Alex" for "Alexandra Novak", "Seun" for "Oluwaseun Adeyemi": a name known
   * only by one word of three letters or more that starts or ends
   * the given name of exactly one person named in full is that person
   * ("Jo" for "Joanne": two letters, where they are a first name and start it).
   */
  private joinShortForms() {
    const named = this.people.filter((p) => p.full && p.given.size > 0);
    if (!named.length) return;
    for (const short of this.people) {
      if (short.full || short.tokens.size !== 1) continue;
      const [t] = short.tokens as Set<string>;
      // "Jo" for "Joanne Mbeki": a two-letter short form only where it is a first name and opens the given name.
      const two = t!.length === 2 && FIRST_NAMES.has(t!);
      if ((t!.length < 3 && !two) || COMMON.has(t!)) continue;
      const owners = named.filter((p) => p !== short && [...p.given].some((g) => g.length > t!.length && (g.startsWith(t!) || (!two && g.endsWith(t!)))));
      // "Iona" on a roster line is not "Mrs Catriona Bain", whom the note calls a client's daughter: evidence that
      // disagrees about who a person is keeps the two apart.
      if (owners.length === 1 && !disagree(owners[0]!, short)) this.merge(owners[0]!, short);
    }
  }

  private merge(into: Person, from: Person) {
    into.client += from.client;
    into.relative += from.relative;
    into.staff += from.staff;
    into.roster += from.roster;
    into.clientStrong += from.clientStrong;
    into.aged ||= from.aged;
    into.initialOnly &&= from.initialOnly;
    into.pseudonym ||= from.pseudonym;
    into.clinical ||= from.clinical;
    into.ownFamily ||= from.ownFamily;
    into.namedInFull ||= from.namedInFull;
    into.carer ||= from.carer;
    into.employedElsewhere ||= from.employedElsewhere;
    into.cited ||= from.cited;
    into.listed ||= from.listed;
    into.titled ||= from.titled;
    into.seen = [...into.seen, ...from.seen].sort((a, b) => a.at - b.at);
    for (const m of this.mentions) if (m.person === from.id) m.person = into.id;
    for (const t of from.tokens) {
      const list = (this.byToken.get(t) ?? []).filter((p) => p !== from);
      if (!list.includes(into)) list.unshift(into);
      this.byToken.set(t, list);
      into.tokens.add(t);
    }
    from.tokens.clear();
  }

  /** The person a mention stands for: one already known by a shared name word, or a new one. */
  private personFor(p: PersonMention, e?: MentionEvidence): Person {
    // One tally for every mention read: a long document has thousands.
    const candidates = this.candidates;
    candidates.clear();
    for (const t of p.tokens) for (const person of this.byToken.get(t) ?? []) candidates.set(person, (candidates.get(person) ?? 0) + 1);
    let best: Person | undefined;
    // A first name alone goes to the person known by that first name alone, if a client and a
    // member of staff have been told apart (below); otherwise to the person sharing the most words.
    // "Dr Hunter" is the full name's bearer "Dr Amelia Hunter", not the client called Hunter: a titled surname goes to the person whose surname it is.
    const surnameOf = (q: Person) => p.titled && p.tokens.length === 1 && q.full && !q.given.has(p.tokens[0]!);
    // "Mr Nguyen the client" is not "Dr Thi Hong Nguyen", nor "Mrs Grant" "Dr Hamish Grant": another kind of title, another person.
    const title = p.titled ? titleKind(p.text) : undefined;
    // "Mrs Okafor" beside the supervisee Adaeze Okafor and the client Mrs Comfort Okafor: the one already called Mrs.
    const sameTitle = (q: Person) => title !== undefined && q.titles?.has(title) === true;
    // "Mark" in the case of the client Mark Dhillon, with the supervisor Mark Ellery named in another section: the one
    // named last under the same heading.
    const last = (q: Person) => q.seen.at(-1);
    const nearer = (q: Person, than: Person) =>
      p.tokens.length === 1 && !p.titled && q.given.has(p.tokens[0]!) && than.given.has(p.tokens[0]!) && last(q)?.section === this.section && (last(than)?.section !== this.section || last(q)!.at > last(than)!.at);
    // "Declan F." beside the client's father Declan Mulcahy and the worker Declan Foley: the one whose surname starts with F.
    const initial = p.tokens.length === 1 && !p.titled ? e?.initialAfter : undefined;
    // "Marcus R." beside the peer worker Marcus Bell and no other Marcus: someone else, whose surname starts with R.
    if (initial) {
      const some = [...candidates.keys()].some((q) => surnameStarts(q, initial));
      for (const q of [...candidates.keys()]) if (!surnameStarts(q, initial) && (some || (q.full && hasSurname(q)))) candidates.delete(q);
    }
    // "Mr I. Khan (Head of Year, no relation)" beside the pupil Zain Khan: a given name's initial that is not the full name's.
    const givenInitial = p.titled && p.tokens.length === 1 ? GIVEN_INITIAL.exec(p.text)?.[1]?.toLowerCase() : undefined;
    for (const [person, n] of candidates) {
      if (title && person.titles?.size && !person.titles.has(title)) continue;
      // "young Ben, 11" beside "Present: … Ben Kerr": a first name with an age beside it is not the worker named in full on the roster.
      if (e?.aged && p.tokens.length === 1 && person.full && person.roster > 0 && person.clientStrong === 0) continue;
      if (givenInitial && person.given.size && ![...person.given].some((g) => g.startsWith(givenInitial))) continue;
      if (best && surnameOf(best) && !surnameOf(person)) continue;
      if (best && sameTitle(best) && !sameTitle(person)) continue;
      if (!best || (sameTitle(person) && !sameTitle(best)) || n > candidates.get(best)! || (p.tokens.length === 1 && !person.full && best.full) || (surnameOf(person) && !surnameOf(best)) || (n === candidates.get(best)! && nearer(person, best))) best = person;
    }
    // "Marcus Ruiz" after "Marcus R." (and the peer worker Marcus Bell): the full name of the one known by its initial.
    if (p.tokens.length > 1 && !(best && !best.full && best.surnameInitials)) {
      const surname = p.tokens.at(-1)!;
      for (const q of candidates.keys()) if (!q.full && q.surnameInitials && [...q.surnameInitials].some((i) => surname.startsWith(i))) best = q;
    }
    // "Fatima E." (the supervisor) and the client "Fatima Adams": a surname's initial that the full name's surname does not start with.
    if (best && p.tokens.length > 1 && best.surnameInitials && ![...best.surnameInitials].some((i) => p.tokens.slice(1).some((t) => t.startsWith(i)))) best = undefined;
    // "Fatima's son" after "Fatima Adams, 58," in a note by "Fatima E.": a first name alone shared by two people told
    // apart by their surnames goes to the one named last.
    if (best && p.tokens.length === 1 && !p.titled && !initial && candidates.size > 1 && [...candidates.keys()].some((q) => q.surnameInitials)) {
      best = [...candidates.keys()].reduce((a, b) => ((last(b)?.at ?? -1) > (last(a)?.at ?? -1) ? b : a));
    }
    // "Aaron Beck's cognitive model" in a note about the client Beck: the author is not the client.
    if (best && e?.cited && p.tokens.length > 1 && !best.full) best = undefined;
    // Two full names that share one word ("Dana Lee", "Dana Whitfield") are two people.
    if (best && p.tokens.length > 1 && best.full && !p.tokens.every((t) => best!.tokens.has(t))) best = undefined;
    // A client and a member of staff may share a first name ("The 14-year-old, Ffion, …" and "Ffion
    // Jenkins, our family therapist"): a name given with a role does not join a first name given as a
    // client's, nor a first name given with a client's age a member of staff's full name.
    if (best && e && p.tokens.length > 1 && !best.full && best.aged && best.roster === 0 && e.roster > 0 && e.clientStrong === 0) best = undefined;
    if (best && e && p.tokens.length === 1 && best.full && best.roster > 0 && best.clientStrong === 0 && e.aged && e.roster === 0) best = undefined;
    // "Name: Sipho Ndlovu …" then "Next of kin: mother, Mrs Ndlovu": a relation named by the family's surname is
    // another member of the family, not the person already named in full.
    if (best && e && e.relative > 0 && p.titled && p.tokens.length === 1 && best.full && best.relative <= best.client && !best.titles?.has(title ?? '')) best = undefined;
    // "Kesslers asked about a session time" after "Jennifer Kessler" and "Robert Kessler": a surname in the plural is
    // the family's, and goes to the one of them named last.
    if (!best && p.tokens.length === 1 && !p.titled && /^\p{L}{4,}s$/u.test(p.tokens[0]!)) {
      const stem = p.tokens[0]!.slice(0, -1);
      best = (this.byToken.get(stem) ?? []).filter((q) => q.full && !q.given.has(stem)).at(-1);
    }
    if (!best) {
      best = { id: this.people.length, tokens: new Set(), given: new Set(), client: 0, relative: 0, staff: 0, roster: 0, clientStrong: 0, initialOnly: true, pseudonym: false, clinical: false, titled: false, full: false, role: 'unknown', seen: [] };
      this.people.push(best);
    }
    if (p.tokens.length > 1) best.given.add(p.tokens[0]!);
    if (initial) (best.surnameInitials ??= new Set()).add(initial);
    if (title) (best.titles ??= new Set()).add(title);
    for (const t of p.tokens) {
      if (best.tokens.has(t)) continue;
      best.tokens.add(t);
      const list = this.byToken.get(t) ?? [];
      list.push(best);
      this.byToken.set(t, list);
    }
    return best;
  }

  /**
   * Once a word is known as a person's name, each of its capitalised uses is
   * a mention, even where the sentence alone would not show it ("call Tamati
   * at home"). Ordinary words ("Hope", "Will") are left alone unless the
   * dictionaries found them.
   */
  private findLaterMentions() {
    if (![...this.byToken.keys()].some((t) => t.length >= 3)) return;
    const byStart = (a: Mention, b: Mention) => a.docStart - b.docStart;
    if (!sortedByStart(this.mentions)) this.mentions.sort(byStart);
    const earlier = this.mentions.length;
    // Whether a place is inside a mention already found: the words are read in document order, so the
    // mentions are walked once, keeping the furthest end of those that start at or before the place.
    let next = 0;
    let reach = -1;
    const covered = (at: number) => {
      while (next < earlier && this.mentions[next]!.docStart <= at) reach = Math.max(reach, this.mentions[next++]!.docEnd);
      return reach > at;
    };
    // Which words of a block are known names depends only on the block's text and the document's name words:
    // while neither changes (most keystrokes), a block's known words are looked up, not found again word by word.
    // The same string object as last time when the words are the same: each block's entry is then checked by identity, not read through.
    let names = [...this.byToken.keys()].sort().join('\u0000');
    if (names === lastNames) names = lastNames;
    else lastNames = names;
    for (const unit of this.doc.units) {
      let known = knownWordCache.get(unit.source);
      if (!known || known.names !== names) known = remember(knownWordCache, unit.source, { names, words: this.knownWords(unit) });
      if (!known.words.length) continue;
      const section = sectionKey(unit.headings);
      for (const k of known.words) {
        const start = unit.start + k.at;
        const end = start + k.token.length;
        if (covered(start) || covered(end - 1)) continue;
        const list = this.byToken.get(k.key)!;
        if (k.family && !list.some((p) => p.full && !p.given.has(k.key))) continue;
        // "the Lincoln CPD day", "Rowan Court": the name word opens another proper noun, a place's or an event's.
        if (k.following !== undefined && !list.some((p) => p.tokens.has(k.following!))) continue;
        // "the Iona residential", "the Rowan Court staff room": after "the", a first name names a place or an
        // event; a surname there is still the family's ("the Okafor family", "the Paewai consent issue").
        if (k.afterThe && list.every((p) => p.given.has(k.key))) continue;
        // "Declan F." beside the client's father Declan Mulcahy: a surname's initial that no one known by the name has is someone else.
        if (k.initialAfter && list.every((p) => p.full && !surnameStarts(p, k.initialAfter!))) continue;
        const person = list.length > 1 ? this.oneOf(list, k.key, start, k.initialAfter, section) : list[0]!;
        person.seen.push({ at: start, section });
        // 'the young person we agreed to call "Taz"': declared where the dictionaries did not see a name.
        if (k.pseudonym) person.pseudonym = true;
        this.mentions.push({ start: k.index, end: k.index + k.token.length, text: k.token, titled: false, tokens: [k.key], possessive: k.possessive, ...(k.family ? { family: true } : {}), docStart: start, docEnd: end, person: person.id });
        // "Tama, now 17, has finished school": an age beside a later mention says who the person is as much as beside the first.
        if (k.aged) {
          person.client += 3;
          person.clientStrong += 3;
          person.aged = true;
        }
        // "supervision notes — KB / Thandi (intern clinical psychologist)": a role beside a later mention, where
        // the sentence alone did not show a name, says who the person is as much as beside the first.
        if (k.role) {
          person.staff += 2;
          person.roster += 2;
        }
      }
    }
    // Both the earlier mentions and the later ones are in document order: merged, not sorted again.
    if (this.mentions.length > earlier) {
      const merged = mergeInOrder(this.mentions.slice(0, earlier), this.mentions.slice(earlier), byStart);
      for (let i = 0; i < merged.length; i++) this.mentions[i] = merged[i]!;
    }
  }

  /**
   * "mhairi lives w/ partner Stuart" then "with mhairi's hopelessness": a name the writer types in lower case is
   * found in lower case wherever it stands again, when it is no word of the language.
   */
  private findLowerCaseMentions() {
    const lower = new Set<string>();
    for (const m of this.mentions) {
      const person = this.people[m.person]!;
      // Only a person named in full: a lone word in lower case may be a word of another language ("koro", "gogo").
      if (!person.full) continue;
      const usable = (t: string) => t.length >= 4 && !COMMON.has(t) && !ordinaryWord(t) && !RELATION_LAST_WORDS.has(t) && this.byToken.has(t);
      if (/^\p{Ll}/u.test(this.doc.text.slice(m.docStart, m.docEnd))) {
        for (const t of m.tokens) if (usable(t)) lower.add(t);
        continue;
      }
      // "Janelle Kostas, DOB 03/07/1971" then "after the kostas job": the surname of a client named in full with a
      // record's particulars, typed in lower case later; a given name in lower case may be a word ("grace", "aroha").
      const surname = m.tokens.at(-1)!;
      if (person.clientStrong > 0 && person.roster === 0 && m.tokens.length > 1 && usable(surname) && !FIRST_NAMES.has(surname)) lower.add(surname);
    }
    if (!lower.size) return;
    const taken = (from: number, to: number) => this.mentions.some((m) => m.docStart < to && from < m.docEnd);
    const words = [...lower];
    // Not inside an e-mail or a web address ("yasmin.alhassan@…").
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’@._/-])(${alternationOf(words)})(?![\\p{L}\\p{M}@-]|[._][\\p{L}\\p{N}])`, 'gu');
    let added = false;
    for (const unit of this.doc.units) {
      if (!words.some((t) => unit.prose.includes(t))) continue;
      for (const hit of unit.prose.matchAll(pattern)) {
        const docStart = unit.start + hit.index;
        const docEnd = docStart + hit[1]!.length;
        if (taken(docStart, docEnd)) continue;
        const list = this.byToken.get(hit[1]!)!;
        const section = sectionKey(unit.headings);
        const person = list.length > 1 ? this.oneOf(list, hit[1]!, docStart, undefined, section) : list[0]!;
        person.seen.push({ at: docStart, section });
        const possessive = /^['’]s\b/.test(unit.prose.slice(hit.index + hit[1]!.length));
        this.mentions.push({ start: hit.index, end: hit.index + hit[1]!.length, text: hit[1]!, titled: false, tokens: [hit[1]!], possessive, docStart, docEnd, person: person.id });
        added = true;
      }
    }
    if (added) this.mentions.sort((a, b) => a.docStart - b.docStart);
  }

  /**
   * The capitalised words of a unit that start with a known name word and could be a mention of it, with
   * what their sentence says around them. Only what depends on the text is decided here; what depends on
   * the document's people (findLaterMentions) is decided there.
   */
  private knownWords(unit: Unit): KnownWord[] {
    const out: KnownWord[] = [];
    // Most blocks hold none of the document's name words, in any case: those are not read word by word.
    if (!this.holdsNameWord(unit.source)) return out;
    for (const sentence of unitWords(unit)) {
      let text: string | undefined;
      for (const w of sentence.words) {
        let token = this.knownPrefix(w.word, w.lower);
        // "Kesslers asked about a session time": a family called by its surname in the plural.
        const family = !token && w.word.length >= 5 && /^\p{Lu}\p{Ll}+s$/u.test(w.word) && this.byToken.has(w.lower.slice(0, -1));
        if (family) token = w.word;
        if (!token) continue;
        // "10:00 CST", "the EAP": a short word in capitals is an abbreviation, whatever name shares its letters.
        if (token.length <= 4 && w.word === w.word.toUpperCase() && token.toLowerCase() !== token) continue;
        text ??= unit.source.slice(sentence.at, sentence.end);
        if (dateWord(text, w.index, w.index + token.length)) continue;
        const key = family ? w.lower.slice(0, -1) : token.toLowerCase();
        const rest = text.slice(w.index + token.length);
        const whole = token.length === w.word.length;
        const following = whole ? /^\s(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(rest)?.[1]?.toLowerCase() : undefined;
        // An ordinary word that is also this person's name ("Mere", "Hope") counts only where a
        // capital cannot come from its place: not at the start of a sentence, line or cell, unless a verb follows.
        if (COMMON.has(key) && LINE_START.test(text.slice(0, w.index)) && !(/^['’]s\b/.test(rest) || PERSON_VERB_AFTER.test(rest) || /^\s*[—–:]\s|^\s-\s/.test(rest))) continue;
        // "St Declan's acute unit", "Mt Eden": a saint's name is a hospital's, a school's or a parish's, and a mount's a place's.
        const wordBefore = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, w.index - 8), w.index));
        if (wordBefore && SAINT_OR_PLACE.test(wordBefore[1]!)) continue;
        // "a conference in Florence", "the Isle of Skye", "Florence conference travel": a client's name is also a place's.
        // "can see herself in Kayla": after "herself in", a person.
        const lead = text.slice(Math.max(0, w.index - 16), w.index);
        const placeBefore = /\b(?:in|near|outside|around)\s+$/.test(lead) && !/\b(?:her|him|them|my|your|our)sel(?:f|ves)\s+in\s+$/i.test(lead);
        if (!/^['’]s\b/.test(rest) && (/\b(?:Isle of|City of)\s+$/.test(lead) || placeBefore || /^\s+(?:conference|trip|travel|airport|campus)\b/i.test(rest))) continue;
        // "… outpatient track, Austin, TX": a town, whoever else the document calls by the word.
        if (LOCALITY_AFTER.test(rest.slice(0, 16))) continue;
        out.push({
          at: sentence.at + w.index,
          index: w.index,
          token,
          key,
          following,
          afterThe: whole && /\bthe\s+$/i.test(text.slice(Math.max(0, w.index - 5), w.index)),
          initialAfter: initialAfter(rest),
          pseudonym: declaredPseudonym(text, w.index, w.index + token.length),
          possessive: /^['’]s\b/.test(rest),
          aged: AGE_AFTER.test(rest) || AGE_WORDS.test(rest),
          // Asked only where a bracket or a comma follows: the first mention of a name carries the rest.
          role: /^\s*[,(]/.test(rest) && (nextToRole(text, w.index, w.index + token.length) || hasCredential(text, w.index + token.length)),
          ...(family ? { family } : {}),
        });
      }
    }
    return out;
  }

  /** Whether `text` holds, in any case, a name word of three letters or more that the document knows (see knownPrefix). */
  private holdsNameWord(text: string): boolean {
    this.nameWords ??= new RegExp(alternationOf([...this.byToken.keys()].filter((t) => t.length >= 3)) || '(?!)');
    return this.nameWords.test(text.toLowerCase());
  }

  /**
   * Which of the people who share a first name a bare mention of it means: "Mark D." the one whose
   * surname starts with D; otherwise the one named last before it under the same heading (the client
   * "Mark Dhillon, 15" in his case section, not the supervisor Mark Ellery named in another); failing
   * both, one never named in full, then the first named.
   */
  private oneOf(list: Person[], token: string, at: number, initial: string | undefined, section: string): Person {
    if (initial) {
      const byInitial = list.filter((p) => surnameStarts(p, initial));
      if (byInitial.length === 1) return byInitial[0]!;
    }
    // Only a first name: a family name two people share ("Ds. de Klerk", "Mrs de Klerk") says nothing of which.
    let best: { person: Person; at: number } | undefined;
    if (list.every((p) => p.given.has(token))) {
      for (const p of list) {
        for (const m of p.seen) if (m.at < at && m.section === section && (!best || m.at > best.at)) best = { person: p, at: m.at };
      }
    }
    return best?.person ?? list.find((q) => !q.full) ?? list[0]!;
  }

  /**
   * The longest start of `word` that is a known name word of three letters or
   * more and ends where the word does or before an apostrophe or hyphen
   * ("Tyler" in "Tyler's", "Marc" in "Marc-André" when only "Marc" is known).
   */
  private knownPrefix(word: string, lower: string): string | undefined {
    if (word.length >= 3 && this.byToken.has(lower)) return word;
    // Most words hold no apostrophe or hyphen: one lookup each.
    if (word.indexOf("'") < 0 && word.indexOf('’') < 0 && word.indexOf('-') < 0) return undefined;
    for (let end = word.length - 1; end >= 3; end--) {
      if (!BREAK.test(word[end]!)) continue;
      const candidate = word.slice(0, end);
      if (this.byToken.has(candidate.toLowerCase())) return candidate;
    }
    return undefined;
  }

  private decide(p: Person): Role {
    // "Sue Johnson is explicit that EFT …", "Linehan's levels 1–3": the author of a model the note cites.
    if (p.clientStrong === 0 && p.roster === 0 && (p.cited || cited(p.tokens))) return 'unknown';
    // "Samantha Reilly, 27, …", then "the group agreed to call the client "Samantha"": a name chosen from the real one is still hers.
    if (p.pseudonym && !(p.namedInFull && p.clientStrong > 0)) return 'pseudonym';
    // A roster (front matter, "Supervisee:", a credential) outweighs what a clinician's work looks like, unless the name is labelled as a client's.
    if (p.roster > 0 && p.clientStrong === 0) return 'staff';
    // "Present: … Leon Marsh" over "## Case 3 – Leon": someone the document lists among its own people, whose only
    // client sign is a label of that kind, is the person presenting the case.
    if (p.listed && p.roster > 0 && !p.aged && p.relative === 0 && p.client === p.clientStrong && p.clientStrong <= 4) return 'staff';
    if (p.clientStrong > 0 && p.roster === 0) return p.relative > p.client ? 'relative' : 'client';
    const client = p.client + p.relative;
    if (client >= 3 && client >= p.staff) return p.client >= p.relative ? 'client' : 'relative';
    if (p.staff > 0) return 'staff';
    if (client > 0) return p.client >= p.relative ? 'client' : 'relative';
    // No evidence either way: a titled surname or a full name in a sentence about a client, outside an organisational document.
    if (this.kind !== 'leadership' && (p.titled || (p.clinical && p.full && !p.initialOnly))) return 'client';
    // In a supervision note, someone nobody calls staff, told of with their family ("her husband Lionel's death"), is a client.
    if (this.kind !== 'leadership' && p.ownFamily) return 'client';
    // ...and someone nobody calls staff who collects, drives or shops for "her" is her relative or carer.
    if (this.kind !== 'leadership' && p.carer && !p.listed) return 'relative';
    // ...and so is someone told of by the other organisation they work for, as an employee assistance programme's clients are.
    if (this.kind !== 'leadership' && p.employedElsewhere && !p.listed) return 'client';
    // ...and so is someone known by a first name, discussed under a heading about cases ("Case discussion 2: Tomasz"),
    // or named in full only there ("## Case 4 — Ben" over "ruby wihongi at Wigram Park High").
    // "# Supervision – R. Okafor, LPC-A" over "Rhiannon says he has missed two groups": not the first name of the
    // clinician the note is about.
    if (this.kind !== 'leadership' && p.caseSection && ((p.full && !p.outsideCases) || [...p.tokens].some((t) => FIRST_NAMES.has(t))) && !this.initialInTitle(p)) return 'client';
    return 'unknown';
  }

  /** Whether `p`, known by one name only, has the initial of someone the document's title names by initial and surname. */
  private initialInTitle(p: Person): boolean {
    if (p.full || p.tokens.size !== 1) return false;
    if (this.titleInitials === undefined) {
      const first = this.doc.units[0];
      const title = first && (first.type === 'heading' || first.type === 'paragraph') ? first.source.split('\n')[0]! : '';
      this.titleInitials = new Set([...title.matchAll(INITIAL_AND_SURNAME)].map((m) => m[1]!.toLowerCase()));
    }
    return this.titleInitials.has([...p.tokens][0]![0]!);
  }

  /**
   * "Denise Harte" beside the client "Colin Harte": a full name that shares a word with a client's or a relative's
   * full name (`familyWords`, the words of those names; `p` is neither, so a shared word is someone else's).
   */
  private sharesClientFamilyName(p: Person, familyWords: ReadonlySet<string>): boolean {
    if (!p.full || ![...p.tokens].some((t) => familyWords.has(t))) return false;
    return ![...p.tokens].some((t) => this.unrelated().has(t));
  }

  /** "Mr Alun Jenkins (no relation to Naomi)": the names the document says are no relation of someone, lower case. */
  private unrelated(): Set<string> {
    if (!this.noRelation) {
      this.noRelation = new Set();
      // Only the blocks that hold the word are searched: the pattern opens with a word boundary, which a whole long
      // document would be scanned for at every place, at every keystroke.
      for (const unit of this.doc.units) {
        if (unit.source.includes('relat')) for (const m of unit.source.matchAll(NO_RELATION)) this.noRelation.add(m[1]!.toLowerCase());
      }
    }
    return this.noRelation;
  }
}

/**
 * What each sentence of a unit says about the people in it, offsets relative
 * to the unit. Cached by the unit's source: an edit changes few units, and
 * the source of every other one is the same string as before, so looking it
 * up costs no more than a pointer.
 */
// Front matter keys that name a person, from the labels that head supervision records ("supervisee:", "facilitator:").
const headerLabels = data.headerLabels as { supervisor: string[]; supervised: string[] };
const PERSON_FIELDS = new Set([...headerLabels.supervisor, ...headerLabels.supervised, ...CLIENT_FIELDS].map((k) => k.toLowerCase()));
const unitCaches = [new Map<string, { at: number; evidence: MentionEvidence[] }[]>(), new Map<string, { at: number; evidence: MentionEvidence[] }[]>()] as const;

function unitEvidence(unit: Unit, staffUnit: boolean): { at: number; evidence: MentionEvidence[] }[] {
  const cache = unitCaches[staffUnit ? 1 : 0];
  const hit = cache.get(unit.source);
  if (hit) return hit;
  const sentences = unit.sentences.map((s) => unit.source.slice(s.start - unit.start, s.end - unit.start));
  const out = sentences.map((text, i) => ({ at: unit.sentences[i]!.start - unit.start, evidence: sentenceEvidence(text, staffUnit) }));
  // "He asked to present under a pseudonym. "Sipho", a nine-year-old …": a quoted name right after the sentence that announces it.
  for (let i = 1; i < out.length; i++) {
    const first = out[i]!.evidence[0];
    if (first && PSEUDONYM_WORD.test(sentences[i - 1]!) && /^[\s*_>-]*["“'‘]$/.test(sentences[i]!.slice(0, first.mention.start))) first.pseudonym = true;
  }
  return remember(
    cache,
    unit.source,
    out.filter((x) => x.evidence.length),
  );
}

/** Whether a person is known by a surname (a name word other than a given name) that starts with `initial`. */
function surnameStarts(p: Person, initial: string): boolean {
  for (const t of p.tokens) if (!p.given.has(t) && t.startsWith(initial)) return true;
  return false;
}

function hasSurname(p: Person): boolean {
  for (const t of p.tokens) if (!p.given.has(t)) return true;
  return false;
}

/** Whether mentions are in document order. */
function sortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1]!.docStart > mentions[i]!.docStart) return false;
  return true;
}

/** Two lists each in order, as one list in order. */
function mergeInOrder<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

const caseSections = new WeakMap<readonly string[], boolean>();
/** Whether a heading over a unit says its section discusses cases; asked once per heading path, which its units share. */
function caseSection(headings: readonly string[]): boolean {
  let hit = caseSections.get(headings);
  if (hit === undefined) caseSections.set(headings, (hit = headings.some((h) => CASE_HEADING.test(h))));
  return hit;
}

// "Brianna brought three students:", "Cases discussed:": a line that introduces a list of cases.
const CASE_LIST_LEAD = /\b(?:cases?|clients?|students?|patients?|young people|families|referrals|service users|residents|pupils)\b[^.]{0,40}:\s*$/i;

/** The items of lists introduced by a line that says they are cases: each is about one client, as under a heading that says so. */
function caseListItems(units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let inCaseList = false;
  for (const unit of units) {
    if (unit.type === 'listItem') {
      if (inCaseList) out.add(unit);
    } else inCaseList = unit.type === 'paragraph' && unit.prose.trimEnd().endsWith(':') && CASE_LIST_LEAD.test(unit.prose);
  }
  return out;
}

type SentenceWords = { at: number; end: number; words: { index: number; word: string; lower: string }[] };
const unitWordCache = new Map<string, SentenceWords[]>();
/** A capitalised word of a unit that may be a later mention of a known name (see knownWords). */
interface KnownWord {
  /** Where the word starts in the unit, and in its sentence. */
  at: number;
  index: number;
  /** The name word as written, and in lower case. */
  token: string;
  key: string;
  /** The capitalised word right after it, lower case: "Court" in "Rowan Court". */
  following?: string;
  /** Written right after "the". */
  afterThe: boolean;
  /** The initial after it, lower case: "d" in "Mark D.". */
  initialAfter?: string;
  pseudonym: boolean;
  possessive: boolean;
  /** An age follows: "Tama, now 17". */
  aged: boolean;
  /** A staff role or a credential beside it: "KB / Thandi (intern clinical psychologist)". */
  role: boolean;
  /** The plural of a surname, naming the family: "the Kesslers". */
  family?: boolean;
}
/** Each block's known name words (see knownWords), with the document's name words they were found with. */
const knownWordCache = new Map<string, { names: string; words: KnownWord[] }>();
let lastNames = '';

/** The capitalised words of each sentence of a unit, offsets relative to the unit; cached like unitEvidence. */
function unitWords(unit: Unit): SentenceWords[] {
  const hit = unitWordCache.get(unit.source);
  if (hit) return hit;
  const out = unit.sentences
    .map((s) => ({ at: s.start - unit.start, end: s.end - unit.start, words: capitalisedWords(recaseNames(unit.source.slice(s.start - unit.start, s.end - unit.start), true)) }))
    .filter((x) => x.words.length);
  return remember(unitWordCache, unit.source, out);
}

// "Sky has", "Florence is fronting": at a sentence's start a word that is also a name is the name when a verb follows.
const PERSON_VERB_AFTER = new RegExp(`^\\s+(?:${alternationOf((data.names as unknown as Record<string, string[]>)['person-verbs']!)})\\b`, 'i');
const WORD_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** The words of a sentence that open with a capital, each with where it starts and its lower case. */
function capitalisedWords(text: string): { index: number; word: string; lower: string }[] {
  return [...text.matchAll(WORD_RUN)].map((m) => ({ index: m.index, word: m[0], lower: m[0].toLowerCase() }));
}

/** One person listed as staff and the other told of as a client or a relative, with nothing of the other kind. */
function disagree(a: Person, b: Person): boolean {
  const staffOnly = (p: Person) => p.roster > 0 && p.client + p.relative === 0;
  const clientOnly = (p: Person) => p.roster === 0 && p.staff === 0 && p.client + p.relative > 0;
  return (staffOnly(a) && clientOnly(b)) || (clientOnly(a) && staffOnly(b));
}
