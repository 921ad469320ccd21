// Lists the client-identifier lines a labelled set expects and the CLI misses, and those it flags wrongly.
// usage: node scripts/dev/phi-misses.mjs <set folder>   (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const dir = path.resolve(process.argv[2]);
const answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')).files;
let out;
try {
  out = execFileSync('node', ['dist/cli.js', 'check', dir, '--format', 'json', '--show-matches'], { encoding: 'utf8', maxBuffer: 1 << 28 });
} catch (e) {
  out = e.stdout;
}
const report = JSON.parse(out);
for (const [name, a] of Object.entries(answers)) {
  const f = report.files.find((x) => path.resolve(dir, x.path) === path.join(dir, name) || x.path.endsWith('/' + name) || x.path === name);
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
  const got = new Map();
  for (const d of f?.diagnostics ?? []) {
    if (!String(d.code).startsWith('privacy/')) continue;
    for (let l = d.range.start.line; l <= d.range.end.line; l++) got.set(l + 1, `${d.data?.identifier ?? ''} ${d.match ?? d.data?.match ?? ''}`);
  }
  const want = new Set(a.phi);
  for (const l of want) if (!got.has(l)) console.log(`MISS ${name}:${l}  ${lines[l - 1].slice(0, 160)}`);
  for (const [l, what] of got) if (!want.has(l)) console.log(`FP   ${name}:${l} [${what}] ${lines[l - 1].slice(0, 160)}`);
}
