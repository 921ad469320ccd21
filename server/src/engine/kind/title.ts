import data from '../../../generated/lexicon.json';
import { PhraseMatcher } from '../lexicon/matcher';
import { tokenize } from '../lexicon/tokenize';
import type { DocumentKind } from '../types';

export interface DocumentType {
  id: string;
  kind: DocumentKind;
  label: string;
}

export const documentTypes: readonly DocumentType[] = data.documentTypes.map(({ id, kind, label }) => ({ id, kind: kind as DocumentKind, label }));

const matcher = new PhraseMatcher<DocumentType>(
  data.documentTypes.flatMap((t) => t.titles.map((phrase) => ({ phrase, info: { id: t.id, kind: t.kind as DocumentKind, label: t.label } }))),
);

/**
 * The type of document a title names. English titles put their head noun
 * last ("Clinical Supervision Policy" is a policy), so the match that ends
 * last wins, then the longer one. Only the part before a dash, colon or
 * bracket counts: "Minutes — supervision compliance" is minutes. A head
 * noun before "for", "on", "of" or "in" comes first ("Best Practice Standards
 * in Social Work Supervision" are standards): "Policy and Procedures for
 * Supervision in Nursing" is a policy, "Record of supervision" (no type
 * before "of") a supervision record.
 */
export function typeFromTitle(title: string): DocumentType | undefined {
  // "Team Leader 1:1", "1-1 with Callum": a one-to-one meeting, whose colon is no subtitle's.
  title = title.replace(ONE_TO_ONE, 'one to one');
  const [main = title, subtitle] = title.split(/\s[—–-]\s|[:(|]|\s\/\s/);
  // "Supervision of Associates — Practice Rules": a short subtitle naming a policy or procedure says the document sets
  // rules. Other subtitles name a format ("Peer group supervision — minutes" is still a supervision record).
  const named = subtitle !== undefined && subtitle.trim().split(/\s+/).length <= 3 ? lastType(subtitle, true) : undefined;
  if (named && (named.id === 'policy' || named.id === 'procedure')) return named;
  // "Notes of the meeting held on 23rd April", "Record of the council meeting": a meeting's notes are its minutes,
  // unless the meeting is a supervision.
  if (MEETING_NOTES.test(main) && !/supervis|\bsup\b/i.test(main)) return MINUTES;
  const head = main.split(HEAD_ENDS)[0]!;
  // "Supervision & Support of Foster Carers Policy": a title that ends by naming a leadership document is one, whatever
  // comes before "of". Supervision titles end in their topic instead ("Record of supervision"), which the head decides.
  const closing = head !== main ? lastType(main, true) : undefined;
  if (closing?.kind === 'leadership') return closing;
  const found = (head !== main ? lastType(head) : undefined) ?? lastType(main);
  // "9.2 Supervision and Management of Staff", "PG41. Supervision": a numbered section of a procedures manual names
  // its topic, not a record of one supervision.
  if (found?.id === 'session-note' && SECTION_NUMBER.test(title)) return PROCEDURE;
  // "Acute Crisis & Home Treatment – Tuesday group supervision": where the part before the dash names only a team or a
  // service, the part after it names the document.
  if (!found && subtitle !== undefined && subtitle.trim().split(/\s+/).length <= 6) return lastType(subtitle);
  return found;
}

const ONE_TO_ONE = /(?<![\d:])\b1\s?[:\-–]\s?1\b(?![\d:])/g;
const MEETING_NOTES = /^\s*(?:notes|record|minutes)\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:[\p{L}'’&-]+\s+){0,4}?(?:meeting|council|committee|board|forum|huddle)\b/iu;
const MINUTES = documentTypes.find((t) => t.id === 'minutes')!;
const SECTION_NUMBER = /^\s*(?:\d+\.\d+(?:\.\d+)*\.?|[A-Z]{1,4}\d+\.)\s+\p{L}/u;
const PROCEDURE = documentTypes.find((t) => t.id === 'procedure')!;

const HEAD_ENDS = /\s(?:for|on|of|in|about|regarding|concerning|within|across)\s/i;

function lastType(text: string, atEnd = false): DocumentType | undefined {
  const tokens = tokenize(text.replace(/[_.]+/g, ' '));
  let best: { to: number; len: number; info: DocumentType } | undefined;
  for (const m of matcher.findAll(tokens)) {
    if (atEnd && m.to !== tokens.length) continue;
    const len = m.to - m.from;
    if (!best || m.to > best.to || (m.to === best.to && len > best.len)) best = { to: m.to, len, info: m.info };
  }
  return best?.info;
}
