import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../engine';

/** The `clinicalScope.*` settings, per resource. */
export interface Settings {
  enable: boolean;
  /** When to check: as you type, or when the document is saved. */
  run: 'onType' | 'onSave';
  /** Severity per rule id; `off` turns a rule off. */
  rules: Record<string, Severity | 'off'>;
  move: {
    /** Leave a one-line pointer where a moved block was. */
    leavePointer: boolean;
  };
  templates: {
    /** The team templates folder, relative to the workspace folder. */
    folder: string;
  };
  pillars: {
    /** Show pillar coverage as a code lens at the top of the document. */
    codeLens: boolean;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  rules: {},
  move: { leavePointer: true },
  templates: { folder: '.clinical-scope/templates' },
  pillars: { codeLens: true },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads settings with defaults for anything missing or mistyped: a bad setting never stops checking. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Settings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as Severity | 'off';
    }
  }
  const sub = (key: string) => (r[key] && typeof r[key] === 'object' ? r[key] : {}) as Record<string, unknown>;
  const move = sub('move');
  const templates = sub('templates');
  const pillars = sub('pillars');
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    move: { leavePointer: typeof move.leavePointer === 'boolean' ? move.leavePointer : DEFAULT_SETTINGS.move.leavePointer },
    templates: { folder: typeof templates.folder === 'string' && templates.folder.trim() ? templates.folder.trim() : DEFAULT_SETTINGS.templates.folder },
    pillars: { codeLens: typeof pillars.codeLens === 'boolean' ? pillars.codeLens : DEFAULT_SETTINGS.pillars.codeLens },
  };
}

/**
 * Settings pulled from the client per document and cached until the client
 * says they changed. Clients without workspace/configuration get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'clinicalScope' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  forget(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}
