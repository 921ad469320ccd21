// Developer tool: the kind inferred for every document of a labelled folder, against its answer.
// usage: npx tsx scripts/dev/kinds.ts DIR...
import fs from 'node:fs';
import path from 'node:path';
import { sharedCache } from '../../server/src/engine';
import { kindEvidenceFor } from '../../server/src/engine/kind/detect';
import { inferKind } from '../../server/src/engine/kind/infer';
import { parseDocument } from '../../server/src/engine/parse/document';

for (const dir of process.argv.slice(2)) {
  const answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')).files;
  let ok = 0;
  for (const [name, a] of Object.entries<{ kind: string }>(answers)) {
    const doc = parseDocument(fs.readFileSync(path.join(dir, name), 'utf8'));
    const ev = kindEvidenceFor(doc.frontMatter, name.replace(/\.(supervision|leadership|policy)\.md$/, '.md'), doc.units, sharedCache());
    const r = inferKind(ev);
    if (r.kind === a.kind) ok++;
    console.log(`${r.kind === a.kind ? 'ok ' : 'BAD'} ${name.padEnd(46)} ${a.kind.padEnd(11)} score ${r.score.toFixed(2)} conf ${r.confidence} title ${ev.titleType?.id ?? '-'} file ${ev.fileType?.id ?? '-'}`);
  }
  console.log(`${dir}: ${ok}/${Object.keys(answers).length}`);
}
