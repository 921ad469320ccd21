import type { CodeLens } from 'vscode-languageserver/node';
import { pillars, type AnalysisResult } from '../engine';
import { pillarSnippet } from '../features/snippet-library';
import { ClientCommands } from './protocol';

/**
 * The pillar coverage lens at the top of a document: "Pillars 4/6: missing …",
 * and one "Add …" lens per missing pillar that inserts its snippet in this
 * document's kind of phrasing.
 */
export function pillarLenses(uri: string, result: AnalysisResult): CodeLens[] {
  const { covered, missing } = result.pillars;
  const label = (id: string) => pillars.find((p) => p.id === id)?.short ?? id;
  const firstHeading = result.document.units.find((u) => u.type === 'heading');
  const line = firstHeading ? result.document.lines.positionAt(firstHeading.start).line : 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const total = covered.length + missing.length;
  const summary = missing.length ? `Pillars ${covered.length}/${total}: missing ${missing.map(label).join(', ')}` : `Pillars ${total}/${total}: every overlap pillar addressed`;
  const kind = result.kind.kind;
  const inserts = missing.flatMap((id) => {
    const snippet = kind === 'unknown' ? undefined : pillarSnippet(id, kind);
    return snippet ? [{ id, body: snippet.body }] : [];
  });
  const lenses: CodeLens[] = [
    { range, command: { title: summary, command: ClientCommands.pickPillar, arguments: [uri, inserts.map((i) => ({ label: label(i.id), body: i.body }))] } },
  ];
  for (const i of inserts) lenses.push({ range, command: { title: `+ ${label(i.id)}`, command: ClientCommands.insertPillar, arguments: [uri, i.body] } });
  return lenses;
}
