import fs from 'node:fs';
import path from 'node:path';
import { analyze, mergeConfig, type Diagnostic, type EffectiveConfig } from '../engine';
import { ConfigFiles } from '../node/config-files';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText, summarize } from './format/text';
import { expandPaths, InputError, readInput } from './inputs';
import { formatSuppressionsJson, formatSuppressionsText } from './format/suppressions';
import type { FileReport, SuppressionReport } from './report';
import { runWorkspaceCommand } from './workspace';
import { parseWorkspaceCommand } from './workspace-args';

declare const CLINICAL_SCOPE_VERSION: string;
const VERSION = typeof CLINICAL_SCOPE_VERSION === 'string' ? CLINICAL_SCOPE_VERSION : '0.0.0-dev';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 error findings, 2 usage or file problems. */
export function run(argv: string[], io: Io): number | Promise<number> {
  try {
    const workspace = parseWorkspaceCommand(argv);
    if (workspace) return runWorkspaceCommand(workspace, io).catch((error: unknown) => fail(error, io));
    const command = parseCommand(argv);
    if (command.name === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (command.name === 'version') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    return check(command.options, io);
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

function check(options: CheckOptions, io: Io): number {
  const files = expandPaths(options.paths);
  const configs = new ConfigFiles();
  const explicit = options.config !== undefined ? explicitConfig(options.config, configs) : undefined;
  const overrides: Partial<EffectiveConfig> = { severities: options.severities, inlineConfig: options.inlineConfig };
  const warned = new Set<string>();
  const reports: FileReport[] = [];
  const suppressions: SuppressionReport[] = [];
  const problems: string[] = [];
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
    const result = analyze(input.text, { fileName: name === undefined ? undefined : absolute, config });
    const diagnostics = options.showMatches ? withMatches(result.diagnostics, result.document) : result.diagnostics;
    reports.push({ path: input.path, kind: result.kind.kind, kindSource: result.kind.source, diagnostics, pillars: result.pillars });
    for (const s of result.suppressions) {
      const at = result.document.lines.positionAt(s.directive.start);
      suppressions.push({
        path: input.path,
        line: at.line + 1,
        column: at.character + 1,
        directive: `clinical-scope-${s.directive.kind}`,
        rules: s.directive.rules,
        reason: s.directive.reason ?? null,
        silenced: s.silenced.map((d) => ({ code: d.code, line: d.range.start.line + 1 })),
      });
    }
  }
  if (options.listSuppressions) io.stdout(options.format === 'json' ? formatSuppressionsJson(suppressions) : formatSuppressionsText(suppressions));
  else if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, VERSION));
  else {
    io.stdout(formatText(reports));
    io.stderr(summarize(reports) + '\n');
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
function withMatches(diagnostics: Diagnostic[], doc: { text: string; lines: { offsetAt(p: Diagnostic['range']['start']): number } }): Diagnostic[] {
  return diagnostics.map((d) => {
    if (!d.code.startsWith('privacy/')) return d;
    const match = doc.text.slice(doc.lines.offsetAt(d.range.start), doc.lines.offsetAt(d.range.end));
    return { ...d, message: `${d.message} Matched: "${match}".`, data: { ...d.data, match } };
  });
}
