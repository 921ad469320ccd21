// Developer tool: client-identifier findings of a labelled folder against its answer key.
// usage: npx tsx scripts/dev/phi.ts DIR...
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine';

for (const dir of process.argv.slice(2)) {
  const answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')).files;
  for (const [name, a] of Object.entries<{ phi: number[] }>(answers)) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const r = analyze(text, { fileName: path.join(dir, name) });
    const found = r.diagnostics.filter((d) => d.code.startsWith('privacy/'));
    const lines = new Set(found.map((d) => d.range.start.line + 1));
    const want = new Set(a.phi);
    for (const d of found) {
      const l = d.range.start.line + 1;
      const src = text.split('\n')[d.range.start.line]!;
      console.log(`${want.has(l) ? 'TP' : 'FP'} ${name}:${l} ${(d.data as { identifier: string }).identifier} [${src.slice(d.range.start.character, d.range.end.character)}]`);
    }
    for (const l of want) if (!lines.has(l)) console.log(`FN ${name}:${l} ${text.split('\n')[l - 1]!.slice(0, 150)}`);
  }
}
