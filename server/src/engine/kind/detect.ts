import type { EvidenceCache } from '../drift/passages';
import type { FrontMatter } from '../parse/front-matter';
import type { Unit } from '../parse/units';
import type { KindResult } from '../types';
import type { KindGlob } from '../config/types';
import { kindFromFileName, kindFromFrontMatter, kindFromGlobs, type DeclaredKind } from './declared';
import { headerVote } from './header';
import { inferKind, type KindEvidence } from './infer';
import { typeFromTitle } from './title';

export interface KindDetection {
  result: KindResult;
  declared: DeclaredKind;
}

/** An opening line this short reads as a title even when it is not a heading. */
const TITLE_MAX_WORDS = 12;

/** The document's kind, by the first rule that applies: front matter, then file name, then content. */
export function detectKind(
  frontMatter: FrontMatter | undefined,
  fileName: string | undefined,
  units: readonly Unit[],
  cache: EvidenceCache,
  kindGlobs: readonly KindGlob[] = [],
): KindDetection {
  const declared = kindFromFrontMatter(frontMatter);
  if (declared.status === 'valid') {
    return { declared, result: { kind: declared.kind, source: 'frontmatter', confidence: 1, reason: `front matter \`scope: ${declared.kind}\`` } };
  }
  const byName = kindFromFileName(fileName);
  if (byName) {
    return { declared, result: { kind: byName.kind, source: 'filename', confidence: 1, reason: `file name ends in \`${byName.suffix}\`` } };
  }
  const byGlob = fileName ? kindFromGlobs(fileName, kindGlobs) : undefined;
  if (byGlob) {
    return { declared, result: { kind: byGlob.kind, source: 'filename', confidence: 1, reason: `the team config maps \`${byGlob.glob}\` to ${byGlob.kind}` } };
  }
  const inferred = inferKind(kindEvidenceFor(frontMatter, fileName, units, cache));
  if (inferred.kind === 'unknown') {
    return { declared, result: { kind: 'unknown', source: 'none', confidence: inferred.confidence, reason: 'not declared, and the content does not settle it' } };
  }
  const percent = Math.round(inferred.confidence * 100);
  return { declared, result: { kind: inferred.kind, source: 'inferred', confidence: inferred.confidence, reason: `inferred from the content (confidence ${percent}%)` } };
}

export function kindEvidenceFor(frontMatter: FrontMatter | undefined, fileName: string | undefined, units: readonly Unit[], cache: EvidenceCache): KindEvidence {
  const ev: KindEvidence = { blocks: [], headings: [] };
  for (const unit of units) {
    const block = cache.forUnit(unit).block;
    if (unit.type === 'heading' || unit.type === 'tableHeader') ev.headings.push(block);
    else ev.blocks.push(block);
  }
  const fmTitle = frontMatter?.fields.get('title')?.value;
  const first = units[0];
  // "inquest prep — touching the death of … — internal": a first line's title is the part before a dash or a colon.
  const titlePart = first?.prose.trim().split(/\s[—–-]\s|:/)[0] ?? '';
  const opening = first && (first.type === 'heading' || titlePart.split(/\s+/).length <= TITLE_MAX_WORDS) ? first.prose.trim() : undefined;
  ev.titleType = (typeof fmTitle === 'string' ? typeFromTitle(fmTitle) : undefined) ?? (opening ? typeFromTitle(opening) : undefined);
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.(md|markdown)$/i, '');
  ev.fileType = base ? typeFromTitle(base) : undefined;
  ev.header = headerVote(units);
  return ev;
}
