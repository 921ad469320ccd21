import { analyze } from '../engine';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText, summarize } from './format/text';
import { expandPaths, InputError, readInput } from './inputs';
import type { FileReport } from './report';

declare const CLINICAL_SCOPE_VERSION: string;
const VERSION = typeof CLINICAL_SCOPE_VERSION === 'string' ? CLINICAL_SCOPE_VERSION : '0.0.0-dev';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 error findings, 2 usage or file problems. */
export function run(argv: string[], io: Io): number {
  try {
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
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`clinical-scope: ${error.message}\n`);
      return 2;
    }
    // An internal fault: say so in one line, without the document text or a stack trace.
    io.stderr(`clinical-scope: internal error (${(error as Error).name}); please report it with the command you ran\n`);
    return 2;
  }
}

function check(options: CheckOptions, io: Io): number {
  const files = expandPaths(options.paths);
  const reports: FileReport[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const input = readInput(file, options.stdinFilename);
    if ('error' in input) {
      problems.push(input.error);
      continue;
    }
    const result = analyze(input.text, { fileName: file === '-' ? options.stdinFilename : file, severities: options.severities });
    reports.push({ path: input.path, kind: result.kind.kind, kindSource: result.kind.source, diagnostics: result.diagnostics, pillars: result.pillars });
  }
  if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, VERSION));
  else {
    io.stdout(formatText(reports));
    io.stderr(summarize(reports) + '\n');
  }
  for (const p of problems) io.stderr(`clinical-scope: ${p}\n`);
  if (problems.length) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
