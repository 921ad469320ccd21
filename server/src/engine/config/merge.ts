import { usableRequirements } from '../log/requirement-config';
import type { DocumentKind } from '../types';
import { DEFAULT_CONFIG, type EffectiveConfig, type KindGlob, type TeamConfig } from './types';

/** One configuration file, with the folder its globs are relative to. */
export interface ConfigLayer {
  config: TeamConfig;
  /** The file's folder, forward slashes. */
  base: string;
  /** The file, for explanations. */
  source: string;
}

/**
 * The configuration in force: defaults, then `settings` (the editor's), then
 * the files from the farthest to the nearest, each overriding the previous
 * key by key (maps merge, lists and values replace), then `overrides`
 * (command-line flags).
 */
export function mergeConfig(layers: readonly ConfigLayer[], settings: Partial<EffectiveConfig> = {}, overrides: Partial<EffectiveConfig> = {}): EffectiveConfig {
  const out: EffectiveConfig = structuredClone({ ...DEFAULT_CONFIG, ...strip(settings) });
  out.severities = { ...DEFAULT_CONFIG.severities, ...(settings.severities ?? {}) };
  out.move = { ...(settings.move ?? {}) };
  for (const { config, base, source } of layers) {
    if (config.rules) out.severities = { ...out.severities, ...config.rules };
    if (config.kinds) {
      // A nearer file's globs are tried first.
      const globs: KindGlob[] = Object.entries(config.kinds).map(([glob, kind]) => ({ glob, base, kind: kind as DocumentKind, source }));
      out.kindGlobs = [...globs, ...out.kindGlobs];
    }
    if (config.cues) out.cues = { ...out.cues, ...config.cues };
    if (config.ignore) out.ignore = [...config.ignore];
    if (config.organisation) out.organisation = [...config.organisation];
    if (config.sections) out.sections = { ...out.sections, ...config.sections };
    if (config.templates !== undefined) out.templates = config.templates;
    if (config.move) out.move = { ...out.move, ...config.move, ...(config.move.folder !== undefined ? { folder: joinPath(base, config.move.folder) } : {}) };
    if (config.sensitivity) out.sensitivity = config.sensitivity;
    if (config.suppressions?.requireReason !== undefined) out.requireReason = config.suppressions.requireReason;
    if (config.hours) out.hours = usableRequirements(config.hours);
  }
  const o = strip(overrides);
  return { ...out, ...o, severities: { ...out.severities, ...(overrides.severities ?? {}) }, move: { ...out.move, ...(overrides.move ?? {}) } };
}

function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `base` joined with a relative folder, forward slashes; an absolute folder stays as it is. */
export function joinPath(base: string, rel: string): string {
  if (/^([A-Za-z]:)?[\\/]/.test(rel)) return rel.replace(/\\/g, '/');
  const parts = base.replace(/\\/g, '/').split('/');
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
