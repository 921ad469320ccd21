// Developer tool: a labelled folder's drift findings against its answer key, line by line: the kind
// when it is wrong, each drift line missed (FN) and each line flagged that the key does not list (FP).
// usage: npx tsx scripts/dev/drift-diff.ts DIR...
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine';

interface Answer {
  kind: string;
  drift: number[];
}

for (const dir of process.argv.slice(2)) {
  const answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')).files as Record<string, Answer>;
  for (const [name, answer] of Object.entries(answers)) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const lines = text.split('\n');
    const result = analyze(text, { fileName: name });
    const flagged = new Set<number>();
    for (const d of result.diagnostics) {
      if (!(d.code.startsWith('scope/') && !d.code.endsWith('kind')) && d.code !== 'structure/section-out-of-scope') continue;
      // A section finding sits on the heading and covers its section (data.section), as the scorer reads it.
      const section = (d.data as { section?: typeof d.range } | undefined)?.section;
      for (const r of section ? [d.range, section] : [d.range]) for (let line = r.start.line; line <= r.end.line; line++) flagged.add(line + 1);
    }
    const wanted = new Set(answer.drift);
    const shown = (line: number) => `${name}:${line} ${lines[line - 1]!.slice(0, 140)}`;
    if (result.kind.kind !== answer.kind) console.log(`KIND ${name}: got ${result.kind.kind}, the key says ${answer.kind}`);
    for (const line of wanted) if (!flagged.has(line)) console.log(`FN ${shown(line)}`);
    // Headings and blank lines inside a flagged stretch are not lines the key could list.
    for (const line of flagged) if (!wanted.has(line) && lines[line - 1]!.trim() && !lines[line - 1]!.startsWith('#')) console.log(`FP ${shown(line)}`);
  }
}
