import fs from 'node:fs';
import path from 'node:path';
import { analyze, buildHoursLog, buildOverview, findShortfalls, overviewInputOf, readSessionRecord, sessionsBySupervisee, type HoursRequirement, type LoggedSession, type OverviewInput } from '../engine';
import type * as Report from '../report';
import { configResolver } from './config-for';
import { formatHoursCsv, formatHoursText, type HoursResult } from './format/hours';
import { expandPaths, readInput } from './inputs';
import type { Io } from './main';
import type { HoursOptions, ReportOptions, WorkspaceCommand } from './workspace-args';

/** Runs `hours` or `report`; the exit code is 2 when a file could not be read, else 0. */
export async function runWorkspaceCommand(command: WorkspaceCommand, io: Io): Promise<number> {
  const problems = command.name === 'hours' ? hours(command.options, io) : await report(command.options, io);
  for (const p of problems) io.stderr(`clinical-scope: ${p}\n`);
  return problems.length ? 2 : 0;
}

/** Each readable document with its absolute path; unreadable files go to `problems`. */
function* documents(paths: string[], problems: string[]): Generator<{ shown: string; absolute: string; text: string }> {
  for (const file of expandPaths(paths)) {
    const input = readInput(file, undefined);
    if ('error' in input) problems.push(input.error);
    else yield { shown: input.path.split(path.sep).join('/'), absolute: path.resolve(file), text: input.text };
  }
}

function hours(options: HoursOptions, io: Io): string[] {
  const problems: string[] = [];
  const configFor = configResolver(options.config, io);
  const sessions: LoggedSession[] = [];
  const requirements = new Map<string, HoursRequirement[]>();
  for (const doc of documents(options.paths, problems)) {
    const config = configFor(doc.absolute);
    const { session } = readSessionRecord(doc.text, { fileName: doc.absolute, config });
    if (!session) continue;
    sessions.push({ path: doc.shown, session });
    requirements.set(doc.shown, config.hours);
  }
  const range = { from: options.from, to: options.to };
  const log = buildHoursLog(sessions, range);
  const per = sessionsBySupervisee(sessions, range);
  const shortfalls = findShortfalls(per, (name) => requirements.get(per.get(name)?.at(-1)?.path ?? '') ?? [], asOf(options.to));
  const result: HoursResult = { log, shortfalls, range };
  if (options.format === 'json') {
    // The JSON contract: version, supervisees, unreadable {path, missing}.
    io.stdout(JSON.stringify({ version: 1, supervisees: log.supervisees, unreadable: log.unreadable.map(({ path: p, missing }) => ({ path: p, missing })) }, null, 2) + '\n');
  } else if (options.format === 'csv') {
    io.stdout(formatHoursCsv(log));
    for (const u of log.unreadable) io.stderr(`clinical-scope: ${u.path}:${u.line}: not in the log: no ${u.missing.join(', no ')} could be read\n`);
  } else {
    io.stdout(formatHoursText(result));
  }
  return problems;
}

async function report(options: ReportOptions, io: Io): Promise<string[]> {
  const out = path.resolve(options.out);
  // Said before the documents are read, not after.
  if (!fs.existsSync(path.dirname(out))) return [`cannot write the report to '${options.out}': its folder does not exist`];
  const problems: string[] = [];
  const configFor = configResolver(options.config, io);
  const inputs: OverviewInput[] = [];
  for (const doc of documents(options.paths, problems)) {
    const config = configFor(doc.absolute);
    const result = analyze(doc.text, { fileName: doc.absolute, config });
    inputs.push(overviewInputOf(doc.shown, result, { fileName: doc.absolute, config }));
  }
  const overview = buildOverview(inputs, { from: options.from, to: options.to, asOf: asOf(undefined) });
  const folder = path.dirname(out);
  // The charting library is bundled apart and loaded only here, so other commands start as fast as before.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderReport } = require('./report.js') as typeof Report;
  const html = await renderReport(overview, { links: { href: (p) => encodeURI(path.relative(folder, path.resolve(p)).split(path.sep).join('/')) } });
  try {
    fs.writeFileSync(out, html);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown error');
    return [...problems, `cannot write the report to '${options.out}': ${why}`];
  }
  const h = overview.hours;
  io.stderr(`Wrote ${options.out}: ${overview.documents.total} documents, ${h.supervisees.length} supervisees in the log${h.unreadable.length ? `, ${h.unreadable.length} record${h.unreadable.length === 1 ? '' : 's'} it could not read` : ''}.\n`);
  return problems;
}

/** Today's date where the user is, or the end of the range asked for if that is earlier. */
function asOf(to: string | undefined): string {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return to && to < today ? to : today;
}
