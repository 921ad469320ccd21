import type { HoursRequirement } from '../log/requirements';
import type { DocumentKind, Range, Severity } from '../types';

/** A team configuration file's settings, as written (every key optional). */
export interface TeamConfig {
  root?: boolean;
  rules?: Record<string, Severity | 'off'>;
  kinds?: Record<string, DocumentKind>;
  cues?: Record<string, string[]>;
  ignore?: string[];
  organisation?: string[];
  sections?: Record<string, string[]>;
  templates?: string;
  move?: { folder?: string; leavePointer?: boolean };
  sensitivity?: 'low' | 'normal' | 'high';
  suppressions?: { requireReason?: boolean };
  hours?: HoursRequirement[];
}

/** A mistake in a configuration file, at the place to fix. */
export interface ConfigProblem {
  message: string;
  range: Range;
  /** The whole file is ignored, not just this setting. */
  wholeFile?: true;
}

/** A glob of a `kinds:` map, with the folder it is relative to. */
export interface KindGlob {
  glob: string;
  /** The folder of the configuration file that wrote it, with forward slashes. */
  base: string;
  kind: DocumentKind;
  /** The configuration file, for explanations. */
  source: string;
}

/**
 * The configuration in force for one document: defaults, then editor
 * settings, then configuration files from the farthest to the nearest, then
 * command-line flags.
 */
export interface EffectiveConfig {
  severities: Record<string, Severity | 'off'>;
  kindGlobs: KindGlob[];
  cues: Record<string, string[]>;
  ignore: string[];
  organisation: string[];
  sections: Record<string, string[]>;
  templates?: string;
  move: { folder?: string; leavePointer?: boolean };
  sensitivity: 'low' | 'normal' | 'high';
  requireReason: boolean;
  /** Whether comments in the document may suppress findings. */
  inlineConfig: boolean;
  /** What the team requires of each supervisee's supervision. */
  hours: HoursRequirement[];
}

export const DEFAULT_CONFIG: EffectiveConfig = {
  severities: {},
  kindGlobs: [],
  cues: {},
  ignore: [],
  organisation: [],
  sections: {},
  move: {},
  sensitivity: 'normal',
  requireReason: false,
  inlineConfig: true,
  hours: [],
};
