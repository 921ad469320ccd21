// Prints speed and memory figures for the analysis engine. Compare the ratios
// within one run; absolute times vary with the machine and its load.
// usage: npm run bench   (builds first)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = require(path.join(root, 'dist', 'engine.js'));

const folders = [path.join(root, 'examples'), path.join(root, 'test', 'fixtures', 'holdout'), path.join(root, '..', 'shared', 'corpus')].filter((d) => fs.existsSync(d));
const docs = folders.flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(d, f), 'utf8') })),
);
const totalLines = docs.reduce((n, d) => n + d.text.split('\n').length, 0);

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs = 5) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(ms(t));
  }
  return median(out);
}
const lexicon = new engine.Lexicon();
const fresh = () => new engine.EvidenceCache(lexicon);

// Warm up the JIT and the lazily loaded name model.
for (const d of docs) engine.analyze(d.text, { fileName: d.name, cache: fresh() });

const heapBefore = process.memoryUsage().heapUsed;
const cold = time(() => {
  for (const d of docs) engine.analyze(d.text, { fileName: d.name, cache: fresh() });
});
const sharedCache = fresh();
for (const d of docs) engine.analyze(d.text, { fileName: d.name, cache: sharedCache });
const warm = time(() => {
  for (const d of docs) engine.analyze(d.text, { fileName: d.name, cache: sharedCache });
});
const heapAfter = process.memoryUsage().heapUsed;

// One edit in a long document: re-analysis with the unit cache vs from scratch.
const longest = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
const editCache = fresh();
engine.analyze(longest.text, { fileName: longest.name, cache: editCache });
const edited = (i) => longest.text.replace(/\n\n/, `\n\nA new sentence typed by the user, number ${i}.\n\n`);
const editWarm = time((i) => engine.analyze(edited(i), { fileName: longest.name, cache: editCache }), 9);
const editCold = time((i) => engine.analyze(edited(i), { fileName: longest.name, cache: fresh() }), 9);

// Scaling: the same text repeated 1x and 8x, analysed cold.
const base = docs.map((d) => d.text.replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
const x1 = time(() => engine.analyze(base, { fileName: 'big.supervision.md', cache: fresh() }), 3);
const x8 = time(() => engine.analyze(Array(8).fill(base).join('\n\n'), { fileName: 'big.supervision.md', cache: fresh() }), 3);

const f = (n) => n.toFixed(1);
console.log(`documents: ${docs.length} (${totalLines} lines) from ${folders.map((d) => path.relative(root, d)).join(', ')}`);
console.log(`cold analysis, all documents:      ${f(cold)} ms  (${f((cold / totalLines) * 1000)} ms per 1000 lines)`);
console.log(`warm analysis (unit cache), all:   ${f(warm)} ms  (cold/warm ${f(cold / warm)}x)`);
console.log(`one edit in ${longest.name} (${longest.text.split('\n').length} lines): cached ${f(editWarm)} ms, from scratch ${f(editCold)} ms (${f(editCold / editWarm)}x)`);
console.log(`scaling: 1x ${f(x1)} ms, 8x ${f(x8)} ms (ratio ${f(x8 / x1)}, 8.0 is linear)`);
console.log(`heap growth over the runs: ${f((heapAfter - heapBefore) / 1024 / 1024)} MiB; heap now ${f(process.memoryUsage().heapUsed / 1024 / 1024)} MiB; rss ${f(process.memoryUsage().rss / 1024 / 1024)} MiB`);

// `hours` and `report` against `check` on the same generated documents (`--docs N`, default 500).
{
  const { benchWorkspaceCommands, workspaceDocuments } = await import('./bench/workspace.mjs');
  const docsArg = process.argv.indexOf('--docs');
  const count = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 500;
  const folder = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'clinical-scope-workspace-'));
  for (const d of workspaceDocuments(docs, count)) fs.writeFileSync(path.join(folder, d.name), d.text);
  try {
    benchWorkspaceCommands({ cli: path.join(root, 'dist', 'cli.js'), folder });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
