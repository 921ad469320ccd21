import { parseArgs } from 'node:util';
import { closest } from 'fastest-levenshtein';
import { RULES, type Severity } from '../engine';
import { WORKSPACE_HELP, WORKSPACE_USAGE_LINES } from './workspace-usage';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  paths: string[];
  format: OutputFormat;
  stdinFilename?: string;
  /** Severity overrides from --rule id=severity. */
  severities: Record<string, Severity | 'off'>;
  /** A configuration file to use instead of looking for .clinical-scope.yaml files. */
  config?: string;
  /** Ignore clinical-scope-disable comments. */
  inlineConfig: boolean;
  /** Print the suppression comments instead of the findings. */
  listSuppressions: boolean;
  /** Put the matched text of privacy findings in the output (off by default: identifiers are never printed). */
  showMatches: boolean;
  /** The results file of --cache, when results of unchanged documents are reused. */
  cacheLocation?: string;
  /** How many documents are checked at once; 1 checks them one after another in this thread. */
  jobs?: number;
}

export type Command = { name: 'help' } | { name: 'version' } | { name: 'check'; options: CheckOptions };

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: clinical-scope check [options] <path...>
${WORKSPACE_USAGE_LINES}

Checks Markdown supervision and leadership documents for content outside their scope.

Paths are files or folders (folders are searched for *.md, skipping node_modules and .git).
Use - to read one document from standard input.

Options:
  --format <text|json|sarif>   output format (default: text)
  --stdin-filename <name>      file name for the document read from standard input
                               (its suffix can declare the kind: notes.supervision.md)
  --rule <id>=<severity>       set a rule's severity: error, warning, information, hint
                               or off (repeatable), e.g. --rule scope/leadership-in-supervision=error
  --config <file>              use this configuration file instead of the .clinical-scope.yaml
                               (or .json) files found from each document's folder upward
  --no-inline-config           ignore <!-- clinical-scope-disable ... --> comments
  --list-suppressions          list every suppression comment (file, line, rules, reason and
                               what it silenced) instead of the findings, for audits
  --cache                      reuse the results of documents unchanged since the last run with
                               the same configuration (stored in .clinical-scope-cache, which holds
                               no document text)
  --cache-location <file>      where --cache keeps its results
  --jobs <n>                   how many documents to check at once (default: one per processor core)
  --show-matches               include the text a privacy finding matched (client identifiers are
                               otherwise never printed: use only on a screen you control)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no errors found, 1 at least one error-level finding, 2 usage or file problem.

${WORKSPACE_HELP}`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'stdin-filename': { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string' },
        'no-inline-config': { type: 'boolean' },
        'list-suppressions': { type: 'boolean' },
        'show-matches': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(cleanParseError((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...paths] = positionals;
  if (!command) throw new UsageError('no command given; try `clinical-scope check <path>` or `clinical-scope --help`');
  if (command !== 'check') throw new UsageError(`unknown command '${command}'; the commands are \`check\`, \`hours\` and \`report\` (see --help)`);
  if (!paths.length) throw new UsageError('no paths given; try `clinical-scope check <file-or-folder>`');
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; use one of: ${FORMATS.join(', ')}`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (values['stdin-filename'] !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename needs - among the paths');
  if (values['list-suppressions'] && format === 'sarif') throw new UsageError('--list-suppressions prints text or JSON, not SARIF');
  if (values.config !== undefined && !values.config.trim()) throw new UsageError('--config needs a file');
  if (values['cache-location'] !== undefined && !values['cache-location'].trim()) throw new UsageError('--cache-location needs a file');
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location is used with --cache');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs needs a whole number of at least 1 (got '${values.jobs}')`);
  return {
    name: 'check',
    options: {
      paths,
      format,
      stdinFilename: values['stdin-filename'],
      severities: parseRuleOptions(values.rule ?? []),
      ...(values.config !== undefined ? { config: values.config } : {}),
      inlineConfig: values['no-inline-config'] !== true,
      listSuppressions: values['list-suppressions'] === true,
      showMatches: values['show-matches'] === true,
      ...(values.cache ? { cacheLocation: values['cache-location'] ?? '.clinical-scope-cache' } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
    },
  };
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;

function parseRuleOptions(specs: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    const id = eq > 0 ? spec.slice(0, eq).trim() : '';
    const severity = eq > 0 ? spec.slice(eq + 1).trim().toLowerCase() : '';
    if (!id || !severity) throw new UsageError(`--rule needs <id>=<severity>, e.g. --rule scope/unknown-kind=off (got '${spec}')`);
    if (!RULES.some((r) => r.id === id)) {
      const guess = closest(id, RULES.map((r) => r.id));
      throw new UsageError(`unknown rule '${id}'; did you mean '${guess}'?`);
    }
    if (!(SEVERITIES as readonly string[]).includes(severity)) throw new UsageError(`unknown severity '${severity}' for ${id}; use one of: ${SEVERITIES.join(', ')}`);
    out[id] = severity as Severity | 'off';
  }
  return out;
}

/** Node's parseArgs message, in the CLI's words. */
export function cleanParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}' (see --help)`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `option '${missing[1]?.replace(/^-\w, /, '')}' needs a value`;
  return message.split('\n')[0]!.replace(/\. To specify .*$/, '');
}
