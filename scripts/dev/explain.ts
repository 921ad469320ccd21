// Developer tool: shows, line by line, how the drift score of a document comes
// about, next to an answer key when one is given.
// usage: npx tsx scripts/dev/explain.ts FILE [--answers answers.json] [--all]
import fs from 'node:fs';
import path from 'node:path';
import { analyze, sharedCache } from '../../server/src/engine';
import { categoryWeight, sumEvidence, pillarTotal, type Evidence } from '../../server/src/engine/drift/evidence';
import { scoreDrift } from '../../server/src/engine/drift/score';

const args = process.argv.slice(2);
const file = args[0]!;
const answersPath = args.includes('--answers') ? args[args.indexOf('--answers') + 1] : undefined;
const all = args.includes('--all');
const text = fs.readFileSync(file, 'utf8');
const res = analyze(text, { fileName: file });
const key = answersPath ? JSON.parse(fs.readFileSync(answersPath, 'utf8')).files[path.basename(file)] : undefined;
const want = new Set<number>(key?.drift ?? []);
const flagged = new Set<number>();
for (const d of res.diagnostics) if (d.code.startsWith('scope/') && !d.code.endsWith('kind')) for (let l = d.range.start.line; l <= d.range.end.line; l++) flagged.add(l + 1);
console.log(`${file}: kind ${res.kind.kind} (${res.kind.reason})${key ? `, answer ${key.kind}` : ''}`);
if (res.kind.kind === 'unknown') process.exit(0);
const cache = sharedCache();
const fmt = (ev: Evidence) => {
  const parts: string[] = [];
  for (const [id, hits] of ev.category) parts.push(`${id}=${categoryWeight(ev, id)}[${hits.map((h) => h.text).join('|')}]`);
  for (const [id, w] of ev.signal) parts.push(`~${id}=${w}`);
  if (pillarTotal(ev)) parts.push(`pillars=${pillarTotal(ev)}`);
  if (ev.people) parts.push(`people=${ev.people}`);
  if (ev.money) parts.push(`money=${ev.money}`);
  return parts.join(' ');
};
for (const unit of res.document.units) {
  const line = res.document.lines.positionAt(unit.start).line + 1;
  const w = want.has(line);
  const g = flagged.has(line);
  const tag = w && g ? 'TP' : w ? 'FN' : g ? 'FP' : '  ';
  if (!all && tag === '  ') continue;
  const { sentences } = cache.forUnit(unit);
  const context = cache.forHeadings(unit.headings);
  console.log(`\n${tag} ${line}: ${unit.source.slice(0, 160).replace(/\n/g, ' ')}`);
  sentences.forEach((ev, i) => {
    const s = scoreDrift(res.kind.kind as 'supervision' | 'leadership', ev, context);
    const whole = scoreDrift(res.kind.kind as 'supervision' | 'leadership', sumEvidence([ev]), context);
    console.log(`   s${i} score=${s.score.toFixed(2)} topical=${whole.topical} ${fmt(ev)}`);
  });
}
