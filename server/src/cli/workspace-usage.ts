// The help of the commands that look at a whole folder, kept apart so that
// args.ts and workspace-args.ts do not import each other.

export const WORKSPACE_USAGE_LINES = `       clinical-scope hours [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json|csv] <path...>
       clinical-scope report --out report.html [--from YYYY-MM-DD] [--to YYYY-MM-DD] <path...>`;

export const WORKSPACE_HELP = `hours prints the supervision log: per supervisee, the sessions, hours in total and by
format, first and last session and the longest gap; who falls short of the team's
\`hours:\` requirement; and the supervision records it could not read.
report writes one self-contained HTML page on the whole folder: kinds, findings,
pillar coverage, drift, the supervision log, suppressions, client identifier counts.

  --from, --to <YYYY-MM-DD>    only sessions on or between these dates
  --format <text|json|csv>     hours output format (default: text)
  --out <file.html>            the page report writes
  --config <file>              as for check

hours and report exit with 0, or 2 for a usage or file problem.`;
