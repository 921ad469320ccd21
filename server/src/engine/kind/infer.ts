import { categoryWeight, signalWeight, type Evidence } from '../drift/evidence';
import { categories } from '../lexicon/lexicon';
import type { DocumentKind } from '../types';
import type { DocumentType } from './title';

export interface InferredKind {
  kind: DocumentKind | 'unknown';
  /** 0..1 */
  confidence: number;
  /** Positive leans supervision, negative leadership. */
  score: number;
}

export interface KindEvidence {
  /** Evidence of each prose block. */
  blocks: Evidence[];
  /** Evidence of each heading. */
  headings: Evidence[];
  /** The document type the title names (first heading, opening line or front matter `title:`). */
  titleType?: DocumentType;
  /** The document type the file name names ("minutes-oct.md"). */
  fileType?: DocumentType;
  /** What the opening lines' labels say: +1 a supervision record's header, -1 a leadership document's (see header.ts). */
  header?: number;
}

/** Below this lean the kind is reported as unknown rather than guessed. */
const UNKNOWN_BELOW = 0.1;
/** A lean this strong or stronger is reported with full confidence. */
const CERTAIN_AT = 0.6;
/** Below this much evidence, in cue weight, a document says too little to be classified. */
const MIN_EVIDENCE = 12;
/** From this much evidence on, the amount no longer lowers the confidence. */
const FULL_EVIDENCE = 40;
const TITLE_VOTE = 1.0;
/** How much the document-wide marks of each kind count, and the difference at which they count in full. */
const IDENTITY_VOTE = 0.4;
const IDENTITY_SCALE = 12;
const FILE_NAME_VOTE = 0.15;
/** A header that names a supervisor and a supervisee, or a policy's approval and review, says more than any passage. */
const HEADER_VOTE = 0.6;
const HEADING_SHARE = 0.5;

const CAP = 6;
const topical = (ev: Evidence, kind: DocumentKind) =>
  categories.filter((c) => c.belongs === kind).reduce((n, c) => n + Math.min(CAP, categoryWeight(ev, c.id)), 0);

/**
 * How far one block leans to supervision (toward +1) or leadership (toward -1).
 * Each block votes once, whatever its length, so a few long drifting
 * paragraphs cannot outvote the rest of the document.
 */
function blockLean(ev: Evidence): { lean: number; amount: number } {
  const s =
    topical(ev, 'supervision') +
    signalWeight(ev, 'supervision-document') +
    0.5 * signalWeight(ev, 'supervisee-focus') +
    0.5 * signalWeight(ev, 'supervision-logistics') +
    0.5 * signalWeight(ev, 'policy-application') +
    3 * ev.initials;
  const l =
    topical(ev, 'leadership') +
    signalWeight(ev, 'leadership-document') +
    0.5 * signalWeight(ev, 'organisation-actor') +
    signalWeight(ev, 'organisation-scope') +
    0.5 * signalWeight(ev, 'aggregate');
  return { lean: Math.tanh((s - l) / 4), amount: s + l };
}

const vote = (t: DocumentType | undefined) => (t ? (t.kind === 'supervision' ? 1 : -1) : 0);

/**
 * Infers the kind of a document that does not declare it: the mean lean of its
 * blocks (headings count half), moved by the type of document its title and
 * file name name.
 */
export function inferKind(ev: KindEvidence): InferredKind {
  let body = 0;
  let amount = 0;
  for (const b of ev.blocks.map(blockLean)) {
    body += b.lean;
    amount += b.amount;
  }
  for (const h of ev.headings.map(blockLean)) {
    body += HEADING_SHARE * h.lean;
    amount += HEADING_SHARE * h.amount;
  }
  const mean = ev.blocks.length ? body / ev.blocks.length : 0;
  // Marks of the document's identity ("supervisee", "hours logged"; "policy statement", "attendees"),
  // summed over the whole document: drifting passages rarely carry them.
  let identity = 0;
  for (const b of [...ev.blocks, ...ev.headings]) identity += signalWeight(b, 'supervision-identity') + 3 * b.initials - signalWeight(b, 'leadership-identity');
  const header = ev.header ?? 0;
  // "Clinical Supervision Plan 2025" over "Owner: … · Approved by …": a title naming one kind above the other
  // kind's header is the service's plan for supervision, not one person's; the header and the body decide.
  const titleVote = vote(ev.titleType) * header < 0 ? 0 : vote(ev.titleType);
  const score = mean + TITLE_VOTE * titleVote + FILE_NAME_VOTE * vote(ev.fileType) + IDENTITY_VOTE * Math.tanh(identity / IDENTITY_SCALE) + HEADER_VOTE * header;
  const confidence = +(Math.min(1, Math.abs(score) / CERTAIN_AT) * Math.min(1, Math.max(amount, header ? FULL_EVIDENCE / 2 : 0) / FULL_EVIDENCE)).toFixed(2);
  // A labelled header settles a short document that says too little otherwise.
  if (Math.abs(score) < UNKNOWN_BELOW || (amount < MIN_EVIDENCE && !header)) return { kind: 'unknown', confidence, score };
  return { kind: score > 0 ? 'supervision' : 'leadership', confidence, score };
}
