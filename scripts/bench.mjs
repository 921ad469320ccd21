// Prints speed and memory figures for the CLI, the engine and the language
// server, side by side in one run with remark-parse and markdownlint-cli2 on
// the same documents. Compare the ratios: absolute times vary with the machine
// and its load.
// usage: npm run bench [-- --quick] [-- --docs N] [-- --rounds N] [-- --only cli,single,shapes,lsp,workspace]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generate, longDocument, pathological, readSources } from './bench/corpus.mjs';
import { editLatency, responsiveness } from './bench/lsp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};

// A child run of this script that only parses: `--parse plain|engine <folder>`.
if (argv[0] === '--parse') {
  const files = fs.readdirSync(argv[2]).map((f) => path.join(argv[2], f));
  let parse;
  if (argv[1] === 'plain') {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse).freeze();
    parse = (t) => processor.parse(t);
  } else {
    parse = require(path.join(root, 'dist', 'engine.js')).parseMarkdown;
    if (!parse) {
      console.error('this build does not export its parser');
      process.exit(2);
    }
  }
  for (const f of files) parse(fs.readFileSync(f, 'utf8'));
  process.exit(0);
}

const quick = argv.includes('--quick');
const only = new Set((option('--only', 'cli,single,shapes,lsp,workspace') ?? '').split(','));
const docCount = Number(option('--docs', quick ? 60 : 500));
const rounds = Number(option('--rounds', quick ? 1 : 3));
const cli = path.join(root, 'dist', 'cli.js');
const server = path.join(root, 'dist', 'server.js');
const markdownlint = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-scope-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

const sources = readSources([path.join(root, '..', 'shared', 'corpus'), path.join(root, 'examples'), path.join(root, 'test', 'fixtures', 'holdout')]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mb = (bytes) => bytes / 1024 / 1024;

/** Runs a command under /usr/bin/time: wall and CPU seconds, peak RSS in MiB. */
function measure(cmd, args, { cwd = work, timeoutS = 600 } = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', cmd, ...args], { cwd, encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 30 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (!m) return { wall: NaN, cpu: NaN, rss: NaN, failed: r.error ? 'timed out' : (r.stderr ?? '').split('\n')[0] };
  if (r.status === 2) return { failed: (r.stderr ?? '').split('\n')[0] };
  return { wall: +m[1], cpu: +m[2] + +m[3], rss: +m[4] / 1024, status: r.status, stdout: r.stdout };
}

/** The median of `n` runs, each figure separately. */
function repeat(n, fn) {
  const runs = Array.from({ length: n }, fn);
  if (runs.some((r) => r.failed)) return runs.find((r) => r.failed);
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) };
}

function writeAll(folder, docs) {
  fs.mkdirSync(folder, { recursive: true });
  for (const d of docs) fs.writeFileSync(path.join(folder, d.name), d.text);
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
}

function table(rows, base) {
  console.log(`  ${'tool'.padEnd(44)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(6)} ${'RSS MiB'.padStart(8)}  CPU vs ${base.label}`);
  for (const r of rows) {
    if (r.failed) {
      console.log(`  ${r.label.padEnd(44)} failed: ${r.failed}`);
      continue;
    }
    console.log(`  ${r.label.padEnd(44)} ${f1(r.wall).padStart(7)} ${f1(r.cpu).padStart(7)} ${f1(r.mbps).padStart(6)} ${f1(r.rss).padStart(8)}  ${f1(r.cpu / base.cpu)}x`);
  }
}

console.log(`Clinical Scope benchmark (${quick ? 'quick' : 'full'}): node ${process.version}, ${os.cpus().length} cores, medians of ${rounds} round(s)\n`);

if (only.has('cli')) {
  const docs = generate(sources, { count: docCount, bytesEach: 28_000, seed: 1 });
  const folder = path.join(work, 'corpus');
  const bytes = writeAll(folder, docs);
  const lines = docs.reduce((n, d) => n + d.text.split('\n').length, 0);
  console.log(`Corpus: ${docs.length} generated documents, ${f1(mb(bytes))} MiB, ${lines} lines (shared corpus sentences recombined)`);
  const run = (label, cmd, args) => ({ label, ...repeat(rounds, () => measure(cmd, args)) });
  const rows = [
    run('remark-parse alone', process.execPath, [fileURLToPath(import.meta.url), '--parse', 'plain', folder]),
    run("the engine's parse stack", process.execPath, [fileURLToPath(import.meta.url), '--parse', 'engine', folder]),
    run('markdownlint-cli2 (default rules)', process.execPath, [markdownlint, `${folder}/*.md`]),
    run('clinical-scope check', process.execPath, [cli, 'check', '--format', 'json', folder]),
  ];
  for (const r of rows) r.mbps = mb(bytes) / r.cpu;
  table(rows, rows[0]);
  const [plain, stack, lint, ours] = rows;
  const cacheFile = path.join(work, 'cache.json');
  measure(process.execPath, [cli, 'check', '--format', 'json', '--cache', '--cache-location', cacheFile, folder]);
  const cached = repeat(rounds, () => measure(process.execPath, [cli, 'check', '--format', 'json', '--cache', '--cache-location', cacheFile, folder]));
  console.log(cached.failed ? `  repeat run with --cache: failed: ${cached.failed}` : `  repeat run with --cache: wall ${f1(cached.wall)} s, CPU ${f1(cached.cpu)} s, RSS ${f1(cached.rss)} MiB`);
  console.log('Ratios (goal in brackets):');
  console.log(`  throughput vs markdownlint-cli2 (wall): ${f1(lint.wall / ours.wall)}x  [>= 2x]`);
  console.log(`  CPU vs the parse stack:                 ${f1(ours.cpu / stack.cpu)}x  [<= 1.3x]; vs remark-parse ${f1(ours.cpu / plain.cpu)}x; parse stack vs remark-parse ${f1(stack.cpu / plain.cpu)}x`);
  console.log(`  CPU vs markdownlint-cli2:               ${f1(ours.cpu / lint.cpu)}x`);
  console.log(`  peak RSS:                               ${f1(ours.rss)} MiB  [<= 300 MiB]`);
  if (!cached.failed) console.log(`  repeat run with --cache, wall:          ${f1(ours.wall / cached.wall)}x faster  [>= 10x]`);

  const note = path.join(work, 'note.supervision.md');
  fs.writeFileSync(note, longDocument(sources, 40, 3));
  const startRounds = quick ? 3 : 5;
  const start = repeat(startRounds, () => measure(process.execPath, [cli, 'check', note]));
  const version = repeat(startRounds, () => measure(process.execPath, [cli, '--version']));
  const lintStart = repeat(startRounds, () => measure(process.execPath, [markdownlint, note]));
  console.log(`Start-up, a 40-line note: ${f1(start.wall)} s wall [<= 0.3 s], ${f1(start.cpu)} s CPU; --version ${f1(version.wall)} s; markdownlint-cli2 ${f1(lintStart.wall)} s\n`);
}

if (only.has('single')) {
  const sizes = quick ? [1000, 4000] : [1000, 10000];
  const results = sizes.map((n) => {
    const file = path.join(work, `long-${n}.supervision.md`);
    fs.writeFileSync(file, longDocument(sources, n, n));
    const ours = repeat(rounds, () => measure(process.execPath, [cli, 'check', '--format', 'json', file]));
    return { n, ours };
  });
  console.log('Single documents (CLI):');
  for (const { n, ours } of results) console.log(`  ${String(n).padStart(6)} lines: wall ${f1(ours.wall)} s, CPU ${f1(ours.cpu)} s, RSS ${f1(ours.rss)} MiB`);
  const [a, b] = results;
  const startUp = measure(process.execPath, [cli, '--version']).cpu;
  const growth = (b.ours.cpu - startUp) / (a.ours.cpu - startUp) / (b.n / a.n);
  console.log(`  growth: ${f1(b.n / a.n)}x the lines cost ${f1((b.ours.cpu - startUp) / (a.ours.cpu - startUp))}x the CPU after start-up (per line ${f1(growth)}x; 1.0 is linear)`);
  // 8x the text in one process, start-up excluded.
  const engine = require(path.join(root, 'dist', 'engine.js'));
  // Every text is new to the engine (its text caches would make a repeat nearly free): one to warm up, three
  // of the small size and one eight times larger, each from its own seed.
  const lines = quick ? 500 : 1000;
  const timeOf = (text) => {
    const cache = new engine.EvidenceCache(new engine.Lexicon());
    const t = performance.now();
    engine.analyze(text, { fileName: 'big.supervision.md', cache });
    return performance.now() - t;
  };
  timeOf(longDocument(sources, lines, 10));
  const base = longDocument(sources, lines, 11);
  const x1 = median([11, 12, 13].map((seed) => timeOf(longDocument(sources, lines, seed))));
  const big = longDocument(sources, lines * 8, 14);
  const x8 = timeOf(big);
  console.log(`  in one process: ${base.split('\n').length} lines ${f1(x1)} ms, 8x the text ${f1(x8)} ms: ${f1(x8 / x1)}x  [<= 8.5x]\n`);
}

if (only.has('shapes')) {
  console.log('Input shapes (CLI, one document each; goal: <= 2 s per MB):');
  for (const shape of pathological(sources, quick ? 0.25 : 1)) {
    const file = path.join(work, 'shape.supervision.md');
    fs.writeFileSync(file, shape.text);
    const size = mb(Buffer.byteLength(shape.text));
    const r = measure(process.execPath, [cli, 'check', '--format', 'json', file], { timeoutS: quick ? 60 : 180 });
    const parse = measure(process.execPath, [fileURLToPath(import.meta.url), '--parse', 'plain', writeOne(shape.text)], { timeoutS: quick ? 60 : 180 });
    // A document past the engine's limits gets one finding instead of a check: its time is not a checking speed.
    const refused = r.failed ? undefined : refusal(r.stdout);
    const figures = r.failed ? r.failed : refused ? `refused in ${f1(r.wall)} s wall (${refused})` : `wall ${f1(r.wall)} s, ${f1(r.wall / size)} s per MiB, RSS ${f1(r.rss)} MiB`;
    console.log(`  ${shape.name.padEnd(26)} ${f1(size).padStart(5)} MiB: ${figures}; remark-parse alone ${parse.failed ? parse.failed : `${f1(parse.cpu)} s`}`);
  }
  console.log('');
}

/** The limit a document was refused for, from the CLI's JSON report; undefined when it was checked. */
function refusal(json) {
  const found = JSON.parse(json).files[0]?.diagnostics.find((d) => d.code === 'structure/document-too-large');
  return found && found.message.replace(/ \(.*$|, too deep.*$/, '').replace(/^This document is |^A line here is |^A paragraph here is /, '');
}

function writeOne(text) {
  const dir = fs.mkdtempSync(path.join(work, 'one-'));
  fs.writeFileSync(path.join(dir, 'doc.md'), text);
  return dir;
}

if (only.has('lsp')) {
  console.log('Editor, over the protocol (spawned server; one-character edits):');
  const sizes = quick ? [1000] : [1000, 10000];
  for (const n of sizes) {
    const text = longDocument(sources, n, n + 1);
    const edits = n >= 10000 ? (quick ? 10 : 30) : quick ? 30 : 100;
    const warmup = 5;
    const pulled = await editLatency(server, text, { edits, pull: true, warmup });
    const pushed = await editLatency(server, text, { edits: Math.ceil(edits / 3), pull: false, warmup });
    const goal = n >= 10000 ? 50 : 20;
    console.log(`  ${String(n).padStart(6)} lines: first diagnostics ${f1(pulled.first)} ms; after ${warmup} untimed edits, edit -> pulled diagnostics median ${f1(pulled.median)} ms, p95 ${f1(pulled.p95)} ms [<= ${goal}, p95 <= ${2 * goal}]; -> pushed median ${f1(pushed.median)} ms, p95 ${f1(pushed.p95)} ms (push waits for a pause in typing)`);
  }
  const long = longDocument(sources, quick ? 4000 : 10000, 5);
  const r = await responsiveness(server, long, quick ? 5 : 15);
  console.log(`  during analysis of a ${long.split('\n').length}-line document: hover median ${f1(r.hover.median)} ms (p95 ${f1(r.hover.p95)}), completion median ${f1(r.completion.median)} ms (p95 ${f1(r.completion.p95)}) [<= 50 ms]; the diagnostics took ${f1(r.diagnostics.median)} ms`);
}

// `hours` and `report` against `check` on the same documents.
if (only.has('workspace')) {
  const { benchWorkspaceCommands, workspaceDocuments } = await import('./bench/workspace.mjs');
  const folder = path.join(work, 'workspace');
  writeAll(folder, workspaceDocuments(sources, docCount));
  benchWorkspaceCommands({ cli, folder });
}
