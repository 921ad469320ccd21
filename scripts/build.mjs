// Builds the word lists, then bundles the CLI, the language server and the
// VS Code client to CommonJS (unified and remark are ESM-only; VS Code loads CommonJS).
// usage: node scripts/build.mjs [--watch] [--minify]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'compile-data.mjs')], { stdio: 'inherit' });
} catch {
  process.exit(1); // compile-data has already said what is wrong, with file and line
}

const entries = [
  // The command is a small launcher that runs the tool's bundle from V8's code cache (server/src/node/code-cache.ts).
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/index.ts', out: 'dist/cli-main.js', external: ['./report.js'] },
  // The workspace report and its charting library, loaded by the CLI and the server only when a report is made.
  // Minified always: it is mostly the charting library, and half the size loads faster.
  { in: 'server/src/report/index.ts', out: 'dist/report.js', alias: { 'vega-canvas': './server/src/report/no-canvas.ts' }, minify: true },
  { in: 'server/src/engine/index.ts', out: 'dist/engine.js' },
  { in: 'server/src/server.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', external: ['./report.js'] },
  { in: 'server/src/lsp/analysis-worker.ts', out: 'dist/analysis-worker.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
].filter((e) => fs.existsSync(path.join(root, e.in)));

// A fingerprint of everything that decides a result (code, word lists, schema), so that
// the CLI's --cache never reuses results of another build.
const build = (() => {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['server/src', 'server/data', 'server/generated', 'schemas']) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  hash.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
})();

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Node 20 reads Unicode property escapes (\p{L}) in regular expressions; left to itself, esbuild rewrites
  // each such literal as `new RegExp(…)`, which builds a fresh expression every time a function runs.
  supported: { 'regexp-unicode-property-escapes': true },
  // A development build links source maps for debugging; a release build (--minify: the VSIX)
  // has none, and so no sourceMappingURL comment pointing at a map that is not shipped.
  sourcemap: minify ? false : 'linked',
  minify,
  logLevel: 'warning',
  absWorkingDir: root,
  // Some ESM dependencies read import.meta.url, which CommonJS lacks: give them this file's URL.
  define: { CLINICAL_SCOPE_VERSION: JSON.stringify(pkg.version), CLINICAL_SCOPE_BUILD: JSON.stringify(build), 'import.meta.url': '__importMetaUrl' },
};
const shim = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      ...common,
      entryPoints: [e.in],
      outfile: e.out,
      external: e.external ?? [],
      alias: e.alias ?? {},
      minify: e.minify ?? minify,
      banner: { js: e.banner ? `${e.banner}\n${shim}` : shim },
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) if (e.banner) fs.chmodSync(path.join(root, e.out), 0o755);
  // Maps left from an earlier development build would no longer match the bundles.
  if (minify) for (const e of entries) fs.rmSync(path.join(root, `${e.out}.map`), { force: true });
  console.log(`built ${entries.map((e) => e.out).join(', ')}`);
}
