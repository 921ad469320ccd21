import { parseArgs } from 'node:util';
import { cleanParseError, UsageError } from './args';

/** Options of the commands that look at a whole folder: `hours` and `report`. */
export interface WorkspaceOptions {
  paths: string[];
  from?: string;
  to?: string;
  config?: string;
}

export interface HoursOptions extends WorkspaceOptions {
  format: 'text' | 'json' | 'csv';
}

export interface ReportOptions extends WorkspaceOptions {
  out: string;
}

export type WorkspaceCommand = { name: 'hours'; options: HoursOptions } | { name: 'report'; options: ReportOptions };

const HOURS_FORMATS = ['text', 'json', 'csv'] as const;

/** The command when `argv` names `hours` or `report` first; undefined for any other command. */
export function parseWorkspaceCommand(argv: string[]): WorkspaceCommand | undefined {
  const name = argv.find((a) => !a.startsWith('-'));
  if (name !== 'hours' && name !== 'report') return undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', short: 'f' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string', short: 'o' }, config: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(cleanParseError((error as Error).message));
  }
  const { values, positionals } = parsed;
  const paths = positionals.slice(1);
  if (!paths.length) throw new UsageError(`no paths given; try \`clinical-scope ${name} <folder>\``);
  if (paths.includes('-')) throw new UsageError(`\`${name}\` reads files and folders, not standard input`);
  const from = date('--from', values.from);
  const to = date('--to', values.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (values.config !== undefined && !values.config.trim()) throw new UsageError('--config needs a file');
  const common = { paths, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(values.config !== undefined ? { config: values.config } : {}) };
  if (name === 'hours') {
    if (values.out !== undefined) throw new UsageError('`hours` prints to standard output; --out is for `report`');
    const format = (values.format ?? 'text') as HoursOptions['format'];
    if (!HOURS_FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' for \`hours\`; use one of: ${HOURS_FORMATS.join(', ')}`);
    return { name, options: { ...common, format } };
  }
  if (values.format !== undefined) throw new UsageError('`report` writes HTML; --format is for `hours` and `check`');
  if (!values.out?.trim()) throw new UsageError('`report` needs --out <file.html>, the page to write');
  return { name, options: { ...common, out: values.out } };
}

function date(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const time = m ? Date.parse(`${m[0]}T00:00:00Z`) : NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === m?.[0];
  if (!m || !valid) throw new UsageError(`${flag} needs a date written YYYY-MM-DD, e.g. ${flag} 2025-01-31 (got '${value}')`);
  return m[0];
}
