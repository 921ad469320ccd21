import fs from 'node:fs'; import path from 'node:path';
import { analyze } from '../../server/src/engine';
const dir = process.argv[2]!;
const ans = JSON.parse(fs.readFileSync(path.join(dir,'answers.json'),'utf8')).files;
for (const [f, key] of Object.entries<any>(ans)) {
  const text = fs.readFileSync(path.join(dir,f),'utf8'); const ls = text.split('\n');
  const r = analyze(text, { fileName: f });
  const got = new Set<number>();
  for (const d of r.diagnostics) if (d.code.startsWith('scope/') && !d.code.endsWith('kind')) for (let l=d.range.start.line;l<=d.range.end.line;l++) got.add(l+1);
  const want = new Set<number>(key.drift);
  if (r.kind.kind !== key.kind) console.log(`KIND ${f}: got ${r.kind.kind} want ${key.kind}`);
  for (const l of want) if (!got.has(l)) console.log(`FN ${f}:${l} ${ls[l-1]!.slice(0,140)}`);
  for (const l of got) if (!want.has(l) && ls[l-1]!.trim() && !/^#/.test(ls[l-1]!)) console.log(`FP ${f}:${l} ${ls[l-1]!.slice(0,140)}`);
}
