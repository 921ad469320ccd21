import type { HoursRequirement, Shortfall } from '../log/requirements';
import { buildHoursLog, round, sessionsBySupervisee, type DateRange, type HoursLog } from '../log/hours';
import { describeRequirement, findShortfalls } from '../log/requirements';
import type { SessionRecord } from '../log/session';
import { pillars as PILLARS } from '../lexicon/lexicon';
import type { Diagnostic, DocumentKind, KindSource } from '../types';

/** What the overview needs of one analysed document. */
export interface OverviewInput {
  /** The path as the reader should see it (relative to the workspace), forward slashes. */
  path: string;
  kind: DocumentKind | 'unknown';
  kindSource: KindSource;
  diagnostics: readonly Diagnostic[];
  pillars: { covered: readonly string[]; missing: readonly string[] };
  suppressions: readonly { line: number; directive: string; rules: readonly string[]; reason: string | null; silenced: number }[];
  session?: SessionRecord;
  /** The team's `hours:` requirements in force for this document. */
  requirements: readonly HoursRequirement[];
}

/** A finding a reader can open: its line (1-based) and what it is, never the text it matched. */
export interface OverviewFinding {
  line: number;
  label: string;
}

/**
 * The whole folder at a glance: the figures the workspace report and the
 * editor's overview show. Client identifiers appear only as counts per document.
 */
export interface WorkspaceOverview {
  version: 1;
  asOf: string;
  documents: { total: number; byKind: Record<string, number>; byKindSource: { kind: string; source: KindSource; count: number }[] };
  findingsByRule: { rule: string; count: number }[];
  pillars: {
    list: { id: string; label: string; short: string }[];
    matrix: { path: string; kind: string; covered: string[]; missing: string[] }[];
    share: { kind: string; pillar: string; covered: number; of: number; percent: number }[];
  };
  drift: {
    byCategory: { category: string; label: string; count: number }[];
    byFolder: { folder: string; count: number }[];
    top: { path: string; count: number; findings: OverviewFinding[] }[];
  };
  hours: HoursLog & {
    /** Each session per supervisee with the running total, for the chart. */
    series: { name: string; date: string; hours: number; total: number; path: string }[];
    requirements: { name: string; requirement: string; rule: HoursRequirement }[];
    shortfalls: Shortfall[];
  };
  suppressions: { path: string; line: number; directive: string; rules: string[]; reason: string | null; silenced: number }[];
  clientIdentifiers: { path: string; count: number }[];
}

const DRIFT_RULES = new Set(['scope/leadership-in-supervision', 'scope/supervision-in-leadership', 'structure/section-out-of-scope']);
const PRIVACY_RULE = 'privacy/client-identifier';
const TOP = 10;

/** Builds the overview from each document's analysis. Pure: `asOf` is today's date as the caller knows it. */
export function buildOverview(inputs: readonly OverviewInput[], options: DateRange & { asOf: string }): WorkspaceOverview {
  const docs = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const byKind = count(docs.map((d) => d.kind));
  const bySource = count(docs.map((d) => `${d.kind}\u0000${d.kindSource}`));
  const findings = docs.flatMap((d) => d.diagnostics);
  const drifting = docs.map((d) => ({ doc: d, drift: d.diagnostics.filter((x) => DRIFT_RULES.has(x.code)) }));
  const driftFindings = drifting.flatMap((d) => d.drift.map((x) => ({ path: d.doc.path, x })));
  const categoryLabels = new Map(driftFindings.map(({ x }) => [String(x.data?.category ?? 'other'), String(x.data?.categoryLabel ?? 'other')]));

  const logged = docs.filter((d) => d.session).map((d) => ({ path: d.path, session: d.session! }));
  const range = { from: options.from, to: options.to };
  const log = buildHoursLog(logged, range);
  const per = sessionsBySupervisee(logged, range);
  // A supervisee's requirements are those in force where their latest record is kept.
  const requirementsOf = (name: string) => docs.find((d) => d.path === per.get(name)?.at(-1)?.path)?.requirements ?? [];
  const asOf = options.to && options.to < options.asOf ? options.to : options.asOf;
  const series = [...per].flatMap(([name, points]) => {
    let total = 0;
    return points.map((p) => ({ name, date: p.date, hours: round(p.hours), total: round((total += p.hours)), path: p.path }));
  });

  const kinds = [...new Set(docs.map((d) => d.kind))].filter((k) => k !== 'unknown').sort();
  return {
    version: 1,
    asOf: options.asOf,
    documents: {
      total: docs.length,
      byKind: Object.fromEntries(['supervision', 'leadership', 'unknown'].map((k) => [k, byKind.get(k as DocumentKind) ?? 0])),
      byKindSource: [...bySource].map(([key, n]) => ({ kind: key.split('\u0000')[0]!, source: key.split('\u0000')[1] as KindSource, count: n })).sort((a, b) => (a.kind + a.source < b.kind + b.source ? -1 : 1)),
    },
    findingsByRule: sortedCounts(count(findings.map((f) => f.code))).map(([rule, n]) => ({ rule, count: n })),
    pillars: {
      list: PILLARS.map((p) => ({ id: p.id, label: p.label, short: p.label })),
      matrix: docs.map((d) => ({ path: d.path, kind: d.kind, covered: [...d.pillars.covered], missing: [...d.pillars.missing] })),
      share: kinds.flatMap((kind) => {
        const of = docs.filter((d) => d.kind === kind);
        return PILLARS.map((p) => {
          const covered = of.filter((d) => d.pillars.covered.includes(p.id)).length;
          return { kind, pillar: p.id, covered, of: of.length, percent: of.length ? Math.round((covered / of.length) * 100) : 0 };
        });
      }),
    },
    drift: {
      byCategory: sortedCounts(count(driftFindings.map(({ x }) => String(x.data?.category ?? 'other')))).map(([category, n]) => ({ category, label: categoryLabels.get(category)!, count: n })),
      byFolder: sortedCounts(count(driftFindings.map(({ path }) => folderOf(path)))).map(([folder, n]) => ({ folder, count: n })),
      top: drifting
        .filter((d) => d.drift.length)
        .sort((a, b) => b.drift.length - a.drift.length || (a.doc.path < b.doc.path ? -1 : 1))
        .slice(0, TOP)
        .map((d) => ({ path: d.doc.path, count: d.drift.length, findings: d.drift.map((x) => ({ line: x.range.start.line + 1, label: String(x.data?.categoryLabel ?? x.code) })) })),
    },
    hours: {
      ...log,
      series,
      requirements: [...per.keys()].flatMap((name) => requirementsOf(name).map((r) => ({ name, requirement: describeRequirement(r), rule: { ...r } }))),
      shortfalls: findShortfalls(per, requirementsOf, asOf),
    },
    suppressions: docs.flatMap((d) => d.suppressions.map((s) => ({ path: d.path, line: s.line, directive: s.directive, rules: [...s.rules], reason: s.reason, silenced: s.silenced }))),
    clientIdentifiers: docs.map((d) => ({ path: d.path, count: d.diagnostics.filter((x) => x.code === PRIVACY_RULE).length })).filter((c) => c.count > 0),
  };
}

function sortedCounts<K>(m: Map<K, number>): [K, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}
