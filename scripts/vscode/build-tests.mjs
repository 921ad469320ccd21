// Bundles the VS Code integration tests (test/vscode/suite/*.ts) to CommonJS in
// dist/test/vscode/, where VS Code's extension host can require them.
// usage: node scripts/vscode/build-tests.mjs
//
// `vscode` is external: the extension host provides it at run time.
// `mocha` is external too: it is required from the repo's node_modules (found by
// walking up from dist/test/vscode), which exists in every run, including the
// VSIX one, and bundling it would break its own require() of the test files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'test/vscode/suite');
const outDir = path.join(root, 'dist/test/vscode');

// Each file is its own entry point, so index.js finds the *.test.js files beside it;
// helpers (poll, screenshot) are bundled into each test that imports them.
const entryPoints = fs
  .readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => path.join(srcDir, f));

// Stale bundles of deleted tests would still run: start clean.
fs.rmSync(outDir, { recursive: true, force: true });

const started = Date.now();
await esbuild.build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline', // stack traces in failures point at the .ts lines
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
  absWorkingDir: root,
});
console.log(`built ${entryPoints.length} files into ${path.relative(root, outDir)}/ in ${Date.now() - started} ms`);
