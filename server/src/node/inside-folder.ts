import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether `target` lies in `folder` (or is it) once links are resolved, as
 * the file system will see it when the target is written or read. A target
 * that does not exist yet is judged by its nearest existing parent folder.
 * Settings, configuration files and code-action data come from the workspace,
 * which may be untrusted: nothing there may point the server elsewhere.
 */
export function isInsideFolder(folder: string, target: string): boolean {
  const rel = path.relative(realpathOfExisting(path.resolve(folder)), realpathOfExisting(path.resolve(target)));
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** The real path of `p`, or of its nearest existing parent with the rest appended. */
function realpathOfExisting(p: string): string {
  const rest: string[] = [];
  let current = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return p;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
