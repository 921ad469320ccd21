import fs from 'node:fs';
import path from 'node:path';
import { mergeConfig, parseConfig, type ConfigLayer, type EffectiveConfig, type ParsedConfig } from '../engine';

/** The names a team configuration file may have, in the order they are looked for in one folder. */
export const CONFIG_NAMES = ['.clinical-scope.yaml', '.clinical-scope.yml', '.clinical-scope.json'];

export function isConfigFile(file: string): boolean {
  return CONFIG_NAMES.includes(path.basename(file));
}

/**
 * Finds and reads team configuration files for documents on disk. A file is
 * read once and read again when it changes (or from the editor's unsaved
 * text, when one is given).
 */
export class ConfigFiles {
  private readonly parsed = new Map<string, { stamp: string; result: ParsedConfig }>();
  private readonly openTexts = new Map<string, string>();

  /** The configuration files that apply to a document, nearest first, up to `stopAt` or the first `root: true`. */
  find(docPath: string, stopAt?: string): string[] {
    const found: string[] = [];
    let dir = path.dirname(path.resolve(docPath));
    const stop = stopAt ? path.resolve(stopAt) : undefined;
    for (;;) {
      const file = CONFIG_NAMES.map((n) => path.join(dir, n)).find((f) => this.openTexts.has(f) || exists(f));
      if (file) {
        found.push(file);
        if (this.read(file).config.root === true) break;
      }
      if ((stop && dir === stop) || (!stop && exists(path.join(dir, '.git')))) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return found;
  }

  /** A configuration file's settings and problems. */
  read(file: string): ParsedConfig {
    const open = this.openTexts.get(file);
    let stamp: string;
    let text: string | undefined = open;
    if (open !== undefined) stamp = `open:${open}`;
    else {
      try {
        const st = fs.statSync(file);
        stamp = `${st.mtimeMs}:${st.size}`;
      } catch {
        return { config: {}, problems: [] };
      }
    }
    const hit = this.parsed.get(file);
    if (hit && hit.stamp === stamp) return hit.result;
    try {
      text ??= fs.readFileSync(file, 'utf8');
    } catch (error) {
      const result = { config: {}, problems: [{ message: `The file could not be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] };
      this.parsed.set(file, { stamp, result });
      return result;
    }
    const result = parseConfig(text);
    this.parsed.set(file, { stamp, result });
    return result;
  }

  /** The layers for mergeConfig, farthest first. */
  layers(docPath: string, stopAt?: string): ConfigLayer[] {
    return this.find(docPath, stopAt)
      .reverse()
      .map((file) => ({ config: this.read(file).config, base: path.dirname(file).split(path.sep).join('/'), source: file }));
  }

  /** The configuration in force for a document on disk. */
  resolve(docPath: string, options: { stopAt?: string; settings?: Partial<EffectiveConfig>; overrides?: Partial<EffectiveConfig> } = {}): EffectiveConfig {
    return mergeConfig(this.layers(docPath, options.stopAt), options.settings, options.overrides);
  }

  /** The editor's text of an open configuration file, or undefined when it is closed. */
  setOpenText(file: string, text: string | undefined): void {
    if (text === undefined) this.openTexts.delete(file);
    else this.openTexts.set(file, text);
  }

  forget(file?: string): void {
    if (file) this.parsed.delete(file);
    else this.parsed.clear();
  }
}

function exists(file: string): boolean {
  try {
    fs.accessSync(file);
    return true;
  } catch {
    return false;
  }
}
