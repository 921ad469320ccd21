import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** A document to check, or the reason it could not be read. */
export type Input = { path: string; text: string } | { path: string; error: string };

/** Problems that stop the run before any document is checked. */
export class InputError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Expands the command-line paths to the documents they name, in a stable
 * order. A path that does not exist, or a folder with no Markdown, stops the run.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push('-');
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      throw new InputError(`cannot read '${p}': ${describe(error)}`);
    }
    if (stat.isDirectory()) {
      const found = globSync(['**/*.md', '**/*.markdown'], { cwd: p, ignore: IGNORE, dot: false, onlyFiles: true, followSymbolicLinks: false })
        .sort()
        .map((rel) => joinAsFound(p, rel));
      if (!found.length) throw new InputError(`no Markdown files (*.md) found in '${p}'`);
      out.push(...found);
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}

/** Reads one document as UTF-8. A file that is not UTF-8 is reported, not guessed at. */
export function readInput(file: string, stdinName: string | undefined): Input {
  const shown = file === '-' ? stdinName ?? '<stdin>' : file;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    return { path: shown, error: `cannot read '${shown}': ${describe(error)}` };
  }
  try {
    return { path: shown, text: utf8.decode(bytes) };
  } catch {
    return { path: shown, error: `'${shown}' is not UTF-8 text; save it as UTF-8 and try again` };
  }
}

function joinAsFound(dir: string, rel: string): string {
  const joined = path.join(dir, rel);
  return dir.startsWith('./') && !joined.startsWith('.') ? `./${joined}` : joined;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ?? (error as Error).message;
  }
}
