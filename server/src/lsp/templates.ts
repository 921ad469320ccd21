import fs from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { parseTemplate, type Template } from '../engine';
import { isInsideFolder } from '../node/inside-folder';
import type { Logger } from './logger';

/** Where a workspace keeps its team templates, unless configured otherwise. */
export const DEFAULT_TEMPLATES_FOLDER = '.clinical-scope/templates';

/**
 * The team templates of each workspace folder: Markdown files in the folder's
 * templates folder, read from disk and read again when one is added, changed
 * or deleted. A template with problems is left out (its file gets a
 * diagnostic through the regular checks) and never affects the others.
 */
export class TemplateStore {
  private readonly roots = new Set<string>();
  private readonly folders = new Map<string, string>();
  private readonly templates = new Map<string, { stamp: string; list: Template[] }>();

  constructor(private readonly logger: Logger) {}

  setRoots(roots: string[]): void {
    this.roots.clear();
    for (const r of roots) this.roots.add(r);
    this.templates.clear();
  }

  /**
   * The templates folder of a workspace root, relative or absolute, from
   * settings or the team configuration. A folder outside the workspace folder
   * (`../secret`, `/usr/lib`, a link out) is not read: the default is used.
   */
  setFolder(root: string, folder: string): void {
    const inside = isInsideFolder(root, path.resolve(root, folder)) ? folder : DEFAULT_TEMPLATES_FOLDER;
    if (inside !== folder) this.logger.info('The templates folder setting points outside the workspace folder; the default templates folder is used instead.');
    if (this.folders.get(root) === inside) return;
    this.folders.set(root, inside);
    this.templates.delete(root);
  }

  /** The templates folder (absolute path) for a workspace root. */
  folderOf(root: string): string {
    const folder = this.folders.get(root) ?? DEFAULT_TEMPLATES_FOLDER;
    return path.resolve(root, folder);
  }

  /** The workspace root that holds a document, if any. */
  rootOf(uri: string): string | undefined {
    const p = URI.parse(uri).fsPath;
    return [...this.roots].filter((r) => p === r || p.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  rootsList(): string[] {
    return [...this.roots];
  }

  /** Whether a path is a templates folder or lies in one (a folder event as well as a file's). */
  isInTemplatesFolder(uri: string): boolean {
    const root = this.rootOf(uri);
    if (!root) return false;
    const p = URI.parse(uri).fsPath;
    const dir = this.folderOf(root);
    return p === dir || p.startsWith(dir + path.sep);
  }

  isTemplateFile(uri: string): boolean {
    const root = this.rootOf(uri);
    if (!root) return false;
    const p = URI.parse(uri).fsPath;
    return p.startsWith(this.folderOf(root) + path.sep) && /\.md$/i.test(p);
  }

  /** The templates offered to a document: those of its workspace folder, or of every folder when it is outside them. */
  templatesFor(uri: string): Template[] {
    const root = this.rootOf(uri);
    return root ? this.load(root) : [...this.roots].flatMap((r) => this.load(r));
  }

  /** A file under a templates folder was added, changed or deleted. */
  changed(uri: string): void {
    const root = this.rootOf(uri);
    if (root) this.templates.delete(root);
  }

  /** The template files of a workspace root's templates folder, sorted; none when it has no such folder. */
  templateFiles(root: string): string[] {
    const dir = this.folderOf(root);
    try {
      return fs
        .readdirSync(dir)
        .filter((n) => /\.md$/i.test(n))
        .sort()
        .map((n) => path.join(dir, n));
    } catch {
      return [];
    }
  }

  private load(root: string): Template[] {
    const files = this.templateFiles(root);
    // What is on disk, cheaply: a template added, edited or removed shows even if a file event was missed.
    const stamp = files
      .map((file) => {
        try {
          const st = fs.statSync(file);
          return `${file}:${st.mtimeMs}:${st.size}`;
        } catch {
          return file;
        }
      })
      .join('|');
    const hit = this.templates.get(root);
    if (hit && hit.stamp === stamp) return hit.list;
    const found: Template[] = [];
    const prefixes = new Set<string>();
    for (const file of files) {
      try {
        const parsed = parseTemplate(fs.readFileSync(file, 'utf8'), path.relative(root, file));
        if (parsed.template && !prefixes.has(parsed.template.prefix)) {
          prefixes.add(parsed.template.prefix);
          found.push(parsed.template);
        }
      } catch (error) {
        this.logger.error('reading a team template', error);
      }
    }
    this.logger.debug(`team templates: ${found.length} of ${files.length} usable in a workspace folder`);
    this.templates.set(root, { stamp, list: found });
    return found;
  }
}
