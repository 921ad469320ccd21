import path from 'node:path';
import { URI } from 'vscode-uri';
import { mergeConfig, type EffectiveConfig } from '../engine';
import { ConfigFiles, isConfigFile } from '../node/config-files';
import type { Settings } from './settings';

/**
 * The configuration in force for each open document: defaults, the editor's
 * settings, then the team's configuration files from the workspace root down
 * to the document's folder. Resolved once per document and settings, until a
 * configuration file changes.
 */
export class ConfigResolver {
  readonly files = new ConfigFiles();
  private readonly memo = new Map<string, { settings: Settings; config: EffectiveConfig }>();

  constructor(private readonly rootOf: (uri: string) => string | undefined) {}

  configFor(uri: string, settings: Settings): EffectiveConfig {
    // Settings objects are cached per document until they change, so identity says "unchanged".
    const hit = this.memo.get(uri);
    if (hit && hit.settings === settings) return hit.config;
    const layer: Partial<EffectiveConfig> = { severities: settings.rules, move: { leavePointer: settings.move.leavePointer }, templates: settings.templates.folder };
    const parsed = URI.parse(uri);
    const config = parsed.scheme === 'file' ? this.files.resolve(parsed.fsPath, { stopAt: this.rootOf(uri), settings: layer }) : mergeConfig([], layer);
    this.memo.set(uri, { settings, config });
    return config;
  }

  /** The configuration files that govern a document, nearest first. */
  filesFor(uri: string): string[] {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? this.files.find(parsed.fsPath, this.rootOf(uri)) : [];
  }

  /** A configuration file changed (on disk, or in the editor): everything is resolved again. */
  changed(file: string, openText?: string | null): void {
    if (openText !== undefined) this.files.setOpenText(file, openText ?? undefined);
    this.files.forget(file);
    this.memo.clear();
  }

  isConfig(uri: string): boolean {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' && isConfigFile(parsed.fsPath);
  }

  /** The team's templates folder for a workspace root, if its configuration names one. */
  templatesFolder(root: string, fallback: string): string {
    return this.files.resolve(path.join(root, '.clinical-scope-probe.md'), { stopAt: root }).templates ?? fallback;
  }
}
