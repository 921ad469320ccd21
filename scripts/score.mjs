// Scores every labelled set the project holds with the shared scorer, and prints each beside its
// first (unseen) score. Held-out sets, which the engine was never tuned on, are marked.
// usage: npm run score   (builds first)   [--json]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.join(root, '..', 'shared', 'corpus', 'score.mjs');
const { sets } = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'sets.json'), 'utf8'));
const pr = (x) => (x ? `P ${x[0].toFixed(3)} R ${x[1].toFixed(3)}` : '      –      ');
const rows = [];
for (const set of sets) {
  const dir = path.join(root, set.folder);
  if (!fs.existsSync(path.join(dir, 'answers.json'))) continue;
  const out = execFileSync(process.execPath, [scorer, dir, '--json', '--cli', `node ${path.join(root, 'dist', 'cli.js')}`], { cwd: root, encoding: 'utf8' });
  const s = JSON.parse(out.trim().split('\n').pop());
  rows.push({ set: set.name ?? path.basename(set.folder), heldOut: !set.tuned, files: s.files, kind: s.kindAccuracy, drift: [s.drift.precision, s.drift.recall], phi: [s.phi.precision, s.phi.recall], first: set.firstScore ?? null });
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  console.log('set                 files  kind   drift now            phi now              | first seen: drift      phi');
  for (const r of rows) {
    const name = `${r.set}${r.heldOut ? ' (held out)' : ''}`.padEnd(20);
    console.log(`${name}${String(r.files).padStart(5)}  ${r.kind.toFixed(3)}  ${pr(r.drift)}  ${pr(r.phi)}  | ${pr(r.first?.drift)}  ${pr(r.first?.phi)}`);
  }
}
