import fs from 'node:fs';
import path from 'node:path';
import { mergeConfig, type EffectiveConfig } from '../engine';
import { ConfigFiles } from '../node/config-files';
import { InputError } from './inputs';
import type { Io } from './main';

/**
 * The configuration for each document of a run: the file given with --config,
 * or the team files found from the document's folder upward. Each file's
 * mistakes are told once on standard error, however many documents it governs.
 */
export function configResolver(configFile: string | undefined, io: Io): (absolute: string) => EffectiveConfig {
  const configs = new ConfigFiles();
  const warned = new Set<string>();
  let explicit: { config: ReturnType<ConfigFiles['read']>['config']; base: string; source: string } | undefined;
  if (configFile !== undefined) {
    const absolute = path.resolve(configFile);
    if (!fs.existsSync(absolute)) throw new InputError(`cannot read the configuration '${configFile}': no such file`);
    explicit = { config: configs.read(absolute).config, base: path.dirname(absolute).split(path.sep).join('/'), source: absolute };
  }
  return (absolute) => {
    for (const source of explicit ? [explicit.source] : configs.find(absolute)) {
      if (warned.has(source)) continue;
      warned.add(source);
      for (const p of configs.read(source).problems) {
        io.stderr(`clinical-scope: ${path.relative(process.cwd(), source) || source}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message} (ignored; the rest of the file applies)\n`);
      }
    }
    return explicit ? mergeConfig([explicit]) : configs.resolve(absolute);
  };
}
