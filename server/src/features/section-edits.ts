import type { AnalysisResult } from '../engine';
import { headingStandsFor } from '../engine/structure/sections';
import type { TextEdit } from './types';
import { eolOf, gapBeforeAppend } from './line-breaks';

/**
 * Inserts the missing section headings of a document in their usual order:
 * each before the first present section that follows it in that order, or at
 * the end; at the level the document's other sections use.
 */
export function insertMissingSections(result: AnalysisResult, type: string, order: string[], missing: string[]): TextEdit[] {
  const { units, lines, text } = result.document;
  const eol = eolOf(text);
  const title = units.find((u) => u.type === 'heading' && u.depth === 1);
  const headings = units.filter((u) => u.type === 'heading' && u !== title && (u.depth ?? 7) <= 6);
  const depth = mode(headings.map((h) => h.depth!)) ?? 2;
  const marks = '#'.repeat(depth);
  const unitOf = (heading: string) => headings.find((h) => headingStandsFor(type, heading, h.prose));

  const edits: TextEdit[] = [];
  const end = lines.positionAt(text.length);
  for (const heading of missing) {
    const later = order.slice(order.indexOf(heading) + 1).map(unitOf).find((u) => u !== undefined);
    if (later) {
      const line = lines.positionAt(later.start).line;
      edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${marks} ${heading}${eol}${eol}` });
    } else {
      edits.push({ range: { start: end, end }, newText: `${gapBeforeAppend(text, eol)}${marks} ${heading}${eol}` });
    }
  }
  // Headings that go to the end go in order, each after the one before.
  const atEnd = edits.filter((e) => e.range.start.line === end.line && e.range.start.character === end.character);
  if (atEnd.length > 1) {
    const merged = atEnd.map((e, i) => (i === 0 ? e.newText : e.newText.replace(/^(\r?\n)+/, eol))).join('');
    return [...edits.filter((e) => !atEnd.includes(e)), { range: { start: end, end }, newText: merged }];
  }
  return edits;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
