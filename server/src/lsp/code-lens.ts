import type { CodeLens } from 'vscode-languageserver/node';
import { pillars, type AnalysisResult } from '../engine';
import { pillarSnippet } from '../features/snippet-library';
import { ClientCommands } from './protocol';

/**
 * Coverage means something once a document has some body: two headings
 * (a document with sections), or a few paragraphs of prose. Below that (an
 * empty file, a companion holding one moved passage) the lens would only nag.
 */
const MIN_HEADINGS = 2;
const MIN_WORDS = 150;

function substantial(result: AnalysisResult): boolean {
  const units = result.document.units;
  if (units.filter((u) => u.type === 'heading').length >= MIN_HEADINGS) return true;
  let words = 0;
  for (const u of units) words += u.prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= MIN_WORDS;
}

/**
 * The pillar coverage lens at the top of a document: one short lens,
 * "Pillars 4/6 · add missing…", that asks which missing pillar to add and
 * inserts its section in this document's kind of phrasing. Short, so it never
 * runs off the edge of the editor.
 */
export function pillarLenses(uri: string, result: AnalysisResult): CodeLens[] {
  // A document that silences every rule for the whole file (such as the rules page) is not checked, so not scored.
  const unchecked = result.suppressions.some((s) => s.directive.kind === 'disable-file' && s.directive.rules.length === 0);
  if (unchecked || !substantial(result)) return [];
  const { covered, missing } = result.pillars;
  const label = (id: string) => pillars.find((p) => p.id === id)?.label ?? id;
  const firstHeading = result.document.units.find((u) => u.type === 'heading');
  const line = firstHeading ? result.document.lines.positionAt(firstHeading.start).line : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const total = covered.length + missing.length;
  const kind = result.kind.kind;
  const choices = missing.flatMap((id) => {
    const snippet = kind === 'unknown' ? undefined : pillarSnippet(id, kind);
    return snippet ? [{ label: label(id), body: snippet.body }] : [];
  });
  const title = `Pillars ${covered.length}/${total}${choices.length ? ' · add missing…' : ''}`;
  return [{ range, command: { title, command: ClientCommands.pickPillar, arguments: [uri, choices] } }];
}
