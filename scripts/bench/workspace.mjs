// The workspace commands against `check` on the same documents: `hours` and
// `report` must take no longer than `check`. Each command runs as a user runs
// it, in its own process, timed by /usr/bin/time (CPU = user + sys).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs one command: wall and CPU seconds, peak RSS in MiB. */
function timed(args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (!m || r.status === 2) throw new Error(`${args.slice(1).join(' ')} failed: ${(r.stderr ?? '').split('\n')[0]}`);
  return { wall: +m[1], cpu: +m[2] + +m[3], rss: +m[4] / 1024 };
}

/**
 * Prints `check`, `hours` and `report` over the documents in `folder`, each
 * the median of `rounds` runs, with their CPU time relative to `check`.
 */
export function benchWorkspaceCommands({ cli, folder, rounds = 1 }) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-scope-report-'));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const run = (args) => {
    const runs = Array.from({ length: rounds }, () => timed([cli, ...args], folder));
    return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) };
  };
  const count = fs.readdirSync(folder).filter((f) => f.endsWith('.md')).length;
  const rows = [
    ['check --format json', run(['check', '.', '--format', 'json'])],
    ['hours --format json', run(['hours', '.', '--format', 'json'])],
    ['report --out report.html', run(['report', '.', '--out', path.join(out, 'report.html')])],
  ];
  fs.rmSync(out, { recursive: true, force: true });
  const check = rows[0][1];
  console.log(`\nworkspace commands on ${count} documents (median of ${rounds}; CPU relative to check, at most 1.00 is the target):`);
  for (const [label, r] of rows) {
    console.log(`  ${label.padEnd(26)} wall ${r.wall.toFixed(1).padStart(6)} s  CPU ${r.cpu.toFixed(1).padStart(6)} s  RSS ${r.rss.toFixed(0).padStart(5)} MiB  CPU/check ${(r.cpu / check.cpu).toFixed(2)}`);
  }
  return rows;
}

/**
 * `n` documents made from `sources` ({name, text}): each a source with its
 * numbers and dates shifted, so no two are the same text, and kinds and
 * supervision records keep their shape.
 */
export function workspaceDocuments(sources, n) {
  return Array.from({ length: n }, (_, i) => {
    const s = sources[i % sources.length];
    const round = Math.floor(i / sources.length);
    const text = s.text.replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, (_m, y, mo, d) => `${y}-${mo}-${String(((+d + round) % 28) + 1).padStart(2, '0')}`).replace(/\b([1-9]\d?)\b(?![-/:.]\d)/g, (m) => String(+m + (round % 7)));
    return { name: `${String(i).padStart(3, '0')}-${s.name}`, text };
  });
}
