import fs from 'node:fs';
import path from 'node:path';

/** A document to check, or the reason it could not be read. */
export type Input = { path: string; text: string } | { path: string; error: string };

/** Problems that stop the run before any document is checked. */
export class InputError extends Error {}

/** Folders never searched for documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;
/** Bytes read from one input at most: well over the engine's document size limit, so such a file is still reported as too long. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Expands the command-line paths to the documents they name, in a stable
 * order. A path that does not exist, a folder with no Markdown, or a folder
 * that cannot be read stops the run.
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
      const found = markdownIn(p)
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

/**
 * The Markdown files under a folder, as paths relative to it. Hidden files and
 * folders are skipped. A link to a Markdown file counts as one; a link to a
 * folder is not followed, so a loop or a link out of the folder cannot be walked.
 */
function markdownIn(root: string): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length) {
    const rel = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      throw new InputError(`cannot read the folder '${path.join(root, rel)}': ${describe(error)}`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(child);
      } else if (MARKDOWN.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(root, child))))) {
        found.push(child);
      }
    }
  }
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Reads one document as UTF-8. A file that is not UTF-8, not a regular file, or far too long is reported, not guessed at. */
export function readInput(file: string, stdinName: string | undefined): Input {
  const shown = file === '-' ? stdinName ?? '<stdin>' : file;
  let bytes: Buffer;
  try {
    if (file !== '-' && !fs.statSync(file).isFile()) return { path: shown, error: `cannot read '${shown}': it is not a file` };
    bytes = readBounded(file === '-' ? 0 : file);
  } catch (error) {
    return { path: shown, error: `cannot read '${shown}': ${describe(error)}` };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { path: shown, error: `'${shown}' is too long to be a document (more than ${MAX_INPUT_BYTES / 1024 / 1024} MB)` };
  try {
    return { path: shown, text: utf8.decode(bytes) };
  } catch {
    return { path: shown, error: `'${shown}' is not UTF-8 text; save it as UTF-8 and try again` };
  }
}

/** At most MAX_INPUT_BYTES + 1 bytes of a file or of standard input, so an endless input ends. */
function readBounded(source: string | 0): Buffer {
  const fd = source === 0 ? 0 : fs.openSync(source, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    while (total <= MAX_INPUT_BYTES) {
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          // A non-blocking pipe with nothing in it yet: wait a moment rather than spin.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
    }
    return Buffer.concat(chunks);
  } finally {
    if (source !== 0) fs.closeSync(fd);
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
