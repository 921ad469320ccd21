import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LineIndex, mergeConfig, setCacheLimit, type Diagnostic, type EffectiveConfig } from '../engine';
import { ConfigFiles } from '../node/config-files';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './args';
import { ResultCache } from './cache';
import { BATCH_CACHE_LIMIT, checkOne, type Checked } from './check-one';
import { formatJson } from './format/json';
import { checkInWorkers } from './pool';
import { formatSarif } from './format/sarif';
import { formatText, summarize } from './format/text';
import { expandPaths, InputError, readInput } from './inputs';
import { formatSuppressionsJson, formatSuppressionsText } from './format/suppressions';
import type { FileReport, SuppressionReport } from './report';
import { runWorkspaceCommand } from './workspace';
import { parseWorkspaceCommand } from './workspace-args';

declare const CLINICAL_SCOPE_VERSION: string;
declare const CLINICAL_SCOPE_BUILD: string;
const VERSION = typeof CLINICAL_SCOPE_VERSION === 'string' ? CLINICAL_SCOPE_VERSION : '0.0.0-dev';
/** A fingerprint of the engine's code and word lists: cached results of another build are not reused. */
const BUILD = typeof CLINICAL_SCOPE_BUILD === 'string' ? CLINICAL_SCOPE_BUILD : 'dev';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 error findings, 2 usage or file problems. */
export async function run(argv: string[], io: Io): Promise<number> {
  // A run over many documents gains little from sentences of documents already done: fewer kept, less memory.
  setCacheLimit(BATCH_CACHE_LIMIT);
  try {
    const workspace = parseWorkspaceCommand(argv);
    if (workspace) return await runWorkspaceCommand(workspace, io);
    const command = parseCommand(argv);
    if (command.name === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (command.name === 'version') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    return await check(command.options, io);
  } catch (error) {
    return fail(error, io);
  }
}

function fail(error: unknown, io: Io): number {
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr(`clinical-scope: ${error.message}\n`);
    return 2;
  }
  // An internal fault: say so in one line, without the document text or a stack trace.
  io.stderr(`clinical-scope: internal error (${(error as Error).name}); please report it with the command you ran\n`);
  return 2;
}

/** Below this much text to check, starting worker threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 1024 * 1024;

async function check(options: CheckOptions, io: Io): Promise<number> {
  const files = expandPaths(options.paths);
  const configs = new ConfigFiles();
  const explicit = options.config !== undefined ? explicitConfig(options.config, configs) : undefined;
  const overrides: Partial<EffectiveConfig> = { severities: options.severities, inlineConfig: options.inlineConfig };
  const cache = options.cacheLocation !== undefined ? new ResultCache(options.cacheLocation, `${VERSION}+${BUILD}`) : undefined;
  const warned = new Set<string>();
  const problems: string[] = [];
  const docs: { file: string; path: string; text: string; fileName: string | undefined; config: EffectiveConfig; checked?: Checked }[] = [];
  for (const file of files) {
    const input = readInput(file, options.stdinFilename);
    if ('error' in input) {
      problems.push(input.error);
      continue;
    }
    const name = file === '-' ? options.stdinFilename : file;
    const absolute = path.resolve(name ?? 'stdin.md');
    const config = explicit ? mergeConfig([explicit], {}, overrides) : configs.resolve(absolute, { overrides });
    // Each configuration file's mistakes are told once, however many documents it governs.
    for (const source of explicit ? [explicit.source] : configs.find(absolute)) {
      if (warned.has(source)) continue;
      warned.add(source);
      for (const p of configs.read(source).problems) {
        io.stderr(`clinical-scope: ${path.relative(process.cwd(), source) || source}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}${p.wholeFile ? '' : ' (ignored; the rest of the file applies)'}\n`);
      }
    }
    const fileName = name === undefined ? undefined : absolute;
    docs.push({ file, path: input.path, text: input.text, fileName, config, checked: file === '-' ? undefined : cache?.get(file, input.text, config) });
  }
  const todo = docs.filter((d) => !d.checked);
  const threads = options.jobs ?? os.availableParallelism();
  const bytes = todo.reduce((n, d) => n + d.text.length, 0);
  if (threads > 1 && todo.length > 1 && (options.jobs !== undefined || bytes >= PARALLEL_MIN_BYTES)) {
    const checked = await checkInWorkers(todo, threads, __filename);
    todo.forEach((d, i) => (d.checked = checked[i]));
  } else {
    for (const d of todo) d.checked = checkOne(d.text, d.fileName, d.config);
  }
  if (cache) {
    for (const d of todo) if (d.file !== '-') cache.set(d.file, d.text, d.config, d.checked!);
    const trouble = cache.save();
    if (trouble) io.stderr(`clinical-scope: ${trouble}\n`);
  }
  const reports: FileReport[] = [];
  const suppressions: SuppressionReport[] = [];
  for (const d of docs) {
    const { report, suppressions: found } = d.checked!;
    const diagnostics = options.showMatches ? withMatches(report.diagnostics, d.text) : report.diagnostics;
    reports.push({ path: d.path, ...report, diagnostics });
    for (const s of found) suppressions.push({ path: d.path, ...s });
  }
  if (options.listSuppressions) io.stdout(options.format === 'json' ? formatSuppressionsJson(suppressions) : formatSuppressionsText(suppressions));
  else if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, VERSION));
  else {
    io.stdout(formatText(reports));
    io.stderr(summarize(reports, docs.length - todo.length) + '\n');
  }
  for (const p of problems) io.stderr(`clinical-scope: ${p}\n`);
  if (problems.length) return 2;
  if (options.listSuppressions) return 0;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** The file named by --config, read once; a file that cannot be found stops the run. */
function explicitConfig(file: string, configs: ConfigFiles) {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new InputError(`cannot read the configuration '${file}': no such file`);
  return { config: configs.read(absolute).config, base: path.dirname(absolute).split(path.sep).join('/'), source: absolute };
}

/** Privacy findings with the text they matched, for --show-matches only. */
function withMatches(diagnostics: Diagnostic[], text: string): Diagnostic[] {
  const lines = new LineIndex(text);
  return diagnostics.map((d) => {
    if (!d.code.startsWith('privacy/')) return d;
    const match = text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end));
    return { ...d, message: `${d.message} Matched: "${match}".`, data: { ...d.data, match } };
  });
}
