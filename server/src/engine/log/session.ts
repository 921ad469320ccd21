import data from '../../../generated/lexicon.json';
import type { ParsedDocument } from '../parse/document';
import { documentTypeOf } from '../structure/sections';
import { dateFromFileName, parseDate } from './dates';
import { parseDuration } from './duration';

/** A session detail the supervision log needs. */
export type LogField = 'date' | 'duration' | 'supervisee';
type Field = LogField | 'supervisor' | 'format';

/** One supervision session as its record states it. */
export interface SessionRecord {
  /** `YYYY-MM-DD`. */
  date?: string;
  minutes?: number;
  supervisees: string[];
  supervisor?: string;
  /** A format id from server/data/supervision-log.yaml, or `unspecified`. */
  format: string;
  /** What the log needs and the record does not say, in a stable order. */
  missing: LogField[];
  /** 1-based line to look at for what is missing: the unreadable value, or the top. */
  line: number;
}

const LABELS = new Map<string, Field>(Object.entries(data.supervisionLog.labels).flatMap(([field, words]) => words.map((w) => [w, field as Field] as const)));
const FORMATS = data.supervisionLog.formats.map((f) => ({ id: f.id, re: new RegExp(`(?<![\\w-])(?:${f.words.map(escape).join('|')})(?![\\w-])`, 'i') }));
/** Supervision documents of these types are not records of a session. */
const NOT_SESSIONS = new Set(['supervision-plan', 'supervision-agreement', 'evaluation', 'hours-log']);

// A label opens a line ("- **Date and duration:** value") or follows a full stop or a
// middle dot ("Facilitator: Dr Yusuf. Trainees: …"); a colon needs a space after it, so 10:00 is no label.
const LABEL = /(?:^\s{0,3}(?:[-*+]\s+|>\s*)?|[.·;]\s+)(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z &/]{0,40}?)\s*(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?\s+/g;
const TABLE_ROW = /^\s*\|\s*(?:\*\*)?([A-Za-z][A-Za-z &/]{0,40}?)(?:\*\*)?\s*:?\s*\|\s*([^|]*\S)\s*\|\s*$/;
/** The header of a record ends at its first section heading after the title, or after this many lines. */
const SECTION = /^\s{0,3}#{2,6}\s/;
const HEADER_LINES = 12;

interface Found {
  value: unknown;
  line: number;
}

/**
 * The session a supervision document records: front matter first, then a
 * labelled line in the body, then the date in the file name. Returns undefined
 * for documents that are not session records (plans, agreements, evaluations).
 */
export function readSession(doc: ParsedDocument, fileName: string | undefined): SessionRecord | undefined {
  const found = new Map<Field, Found>();
  const fm = doc.frontMatter;
  for (const [key, entry] of fm?.fields ?? []) {
    const field = LABELS.get(key);
    if (field && !found.has(field) && entry.value !== null && entry.value !== '') found.set(field, { value: entry.value, line: doc.lines.positionAt(entry.valueStart).line + 1 });
  }
  const bodyStart = fm ? doc.lines.positionAt(fm.block.end).line + 1 : 0;
  const lines = doc.text.split(/\r\n|\n|\r/);
  let headerEnd = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    if (headerEnd === lines.length && SECTION.test(lines[i]!)) headerEnd = i;
    for (const { fields, value } of labelled(lines[i]!)) {
      for (const field of fields) if (!found.has(field)) found.set(field, { value, line: i + 1 });
    }
  }
  // What the labels leave unsaid may be in the record's header: "Individual, 60 min, in person."
  const header = lines.slice(bodyStart, Math.min(headerEnd, bodyStart + HEADER_LINES)).join('\n');
  // Plans and agreements name the supervisee and dates too; only a duration in front matter makes one a session record.
  const type = documentTypeOf(fm, doc.units)?.type.id;
  if (type && NOT_SESSIONS.has(type) && !fm?.fields.has('duration')) return undefined;

  const dateAt = found.get('date');
  const date = parseDate(dateAt?.value) ?? dateFromFileName(fileName);
  const durationAt = found.get('duration');
  // "Date: 8 April 2025, 2:00 to 3:30 pm" states the length too.
  const minutes = durationAt ? parseDuration(durationAt.value) : parseDuration(header, false);
  const supervisor = names(found.get('supervisor')?.value)[0];
  const supervisees = names(found.get('supervisee')?.value).filter((n) => n !== supervisor);
  const title = fm?.fields.get('title')?.value ?? doc.units.find((u) => u.type === 'heading')?.prose;
  const format = formatOf(found.get('format')?.value) ?? formatOf(title) ?? formatOf(header) ?? 'unspecified';
  const missing: LogField[] = [];
  if (!date) missing.push('date');
  if (minutes === undefined) missing.push('duration');
  if (!supervisees.length) missing.push('supervisee');
  const at = missing.map((f) => found.get(f === 'duration' && !durationAt ? 'date' : f)?.line).find((l) => l !== undefined);
  return {
    ...(date ? { date } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    supervisees,
    ...(supervisor ? { supervisor } : {}),
    format,
    missing,
    line: at ?? 1,
  };
}

/** The labelled values of a line: each runs to the next known label. */
function labelled(line: string): { fields: Field[]; value: string }[] {
  const row = TABLE_ROW.exec(line);
  if (row) return [{ fields: fieldsOf(row[1]!), value: row[2]! }];
  const marks = [...line.matchAll(LABEL)].map((m) => ({ fields: fieldsOf(m[1]!), start: m.index, valueStart: m.index + m[0].length })).filter((m) => m.fields.length);
  return marks.map((m, i) => ({ fields: m.fields, value: line.slice(m.valueStart, marks[i + 1]?.start ?? line.length).replace(/\s*(?:\*\*|__)\s*$/, '').trim() }));
}

/** The fields a label names: "Date", "Format and modality", "Date and duration". */
function fieldsOf(label: string): Field[] {
  const l = label.trim().toLowerCase().replace(/\s+/g, ' ');
  const whole = LABELS.get(l);
  if (whole) return [whole];
  const parts = l.split(/\s*(?:\band\b|&|\/)\s*/).filter(Boolean);
  const fields = parts.map((p) => LABELS.get(p));
  return parts.length > 1 && fields.every((f) => f !== undefined) ? (fields as Field[]) : [];
}

function formatOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let best: { id: string; index: number } | undefined;
  for (const f of FORMATS) {
    const m = f.re.exec(value);
    if (m && (!best || m.index < best.index)) best = { id: f.id, index: m.index };
  }
  return best?.id;
}

/**
 * The people a value names: a list in front matter, or "Liam Tran, Aisha
 * Karimi and Ben Hollis, provisional psychologists" in a line. Credentials
 * (LMSW), roles in lower case and remarks in brackets are left out.
 */
export function names(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  const out: string[] = [];
  for (const part of parts) {
    for (const piece of part.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/\s*(?:[,;+]|\band\b|&|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof))\.\s)\s*/)) {
      // Credentials in capitals (RMN, CADC-T) are not part of a name.
      const name = piece.trim().replace(/[.:]+$/, '').split(/\s+/).filter((w) => !isCredential(w)).join(' ');
      // "Harpreet Kaur, RMN, Band 6 care coordinator, Eastfield CMHT": the names come first.
      if (!isName(name)) {
        if (out.length || piece.trim()) break;
        continue;
      }
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

function isName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return false;
  // Every word capitalised: "Priya", "O'Neil", "Smith-Jones", "Dr.".
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

function isCredential(word: string): boolean {
  return word.length > 1 && /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
}
