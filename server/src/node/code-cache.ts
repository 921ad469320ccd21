import fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Runs a CommonJS bundle as `require` would, with V8's code cache: the first
 * run compiles the bundle and saves the compiled code; later runs load it
 * instead of compiling the bundle's megabytes again, which is most of a short
 * check's start-up. The cache holds compiled code only, never a document's
 * text, and lives in the system's temporary folder, keyed by the bundle's
 * size and time and the Node.js version that compiled it. Any failure to read
 * or write it only costs the time it would have saved.
 */
export function runWithCodeCache(file: string): void {
  const source = fs.readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const stat = fs.statSync(file);
  const cacheFile = path.join(os.tmpdir(), 'clinical-scope-code-cache', `${path.basename(file)}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Saved on the way out, so that the code the run compiled lazily is in the cache too.
    process.once('exit', () => saveCache(script, cacheFile));
  }
  const module = { exports: {}, filename: file, id: file, loaded: false };
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
}

function saveCache(script: vm.Script, cacheFile: string): void {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written whole under another name first: two runs at once never read half a cache.
    const partial = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
  } catch {
    // A read-only or full temporary folder: the next run compiles the bundle again.
  }
}
