import type { WorkspaceOverview } from '../engine';
import { barSpec, pillarShareSpec, toSvg } from './charts';
import { docLink, esc, figure, num, plural, table, type LinkStyle } from './html-kit';

const SOURCES: Record<string, string> = { frontmatter: 'declared in front matter', filename: 'from the file name or the team’s folders', inferred: 'inferred from the content', none: 'could not be decided' };

/** Documents by kind and how the kind was decided; findings by rule. */
export async function summarySection(o: WorkspaceOverview): Promise<string> {
  const d = o.documents;
  const cards = ['supervision', 'leadership', 'unknown'].map((k) => `<div class="card" data-kind="${k}"><b>${num(d.byKind[k] ?? 0)}</b>${k === 'unknown' ? 'kind unknown' : `${k} documents`}</div>`);
  const kinds = table('kinds', 'How each document’s kind was decided', ['Kind', 'How', 'Documents'], d.byKindSource.map((r) => [esc(r.kind), esc(SOURCES[r.source] ?? r.source), num(r.count)]));
  const rules = o.findingsByRule;
  const rulesTable = table('findings-by-rule', 'Findings by rule', ['Rule', 'Findings'], rules.map((r) => [esc(r.rule), num(r.count)]));
  const chart = rules.length ? figure('findings', await toSvg(barSpec(rules, 'rule', 'count', { label: 'rule', value: 'findings' })), 'Findings by rule across all documents.', rulesTable) : rulesTable;
  return `<section id="summary"><h2>Summary</h2><div class="cards"><div class="card" data-kind="total"><b>${num(d.total)}</b>documents</div>${cards.join('')}</div>${kinds}${chart}</section>`;
}

/** The matrix of documents × pillars and the share of each kind covering each pillar. */
export async function pillarSection(o: WorkspaceOverview, links: LinkStyle): Promise<string> {
  const p = o.pillars;
  const label = new Map(p.list.map((x) => [x.id, x.short || x.label]));
  const shareRows = p.share.map((s) => ({ kind: s.kind, pillar: label.get(s.pillar) ?? s.pillar, percent: s.percent }));
  const shareTable = table('pillar-share', 'Share of documents of each kind covering each pillar', ['Pillar', 'Kind', 'Covered', 'Of', '%'], p.share.map((s) => [esc(label.get(s.pillar)), esc(s.kind), num(s.covered), num(s.of), num(s.percent)]));
  const chart = shareRows.length ? figure('pillar-share', await toSvg(pillarShareSpec(shareRows)), 'Share of supervision and leadership documents that cover each of the six pillars.', shareTable) : shareTable;
  const matrix = table(
    'pillar-matrix',
    'Pillars each document covers',
    ['Document', 'Kind', ...p.list.map((x) => x.short || x.label)],
    p.matrix.map((m) => [docLink(links, m.path, 1, m.path), esc(m.kind), ...p.list.map((x) => (m.covered.includes(x.id) ? '<span class="yes" title="covered">✓</span>' : '<span class="no" title="missing">–</span>'))]),
  );
  return `<section id="pillars"><h2>Pillar coverage</h2>${chart}${matrix}</section>`;
}

/** Drift by category and folder, and the documents that drift most with their findings. */
export async function driftSection(o: WorkspaceOverview, links: LinkStyle): Promise<string> {
  const d = o.drift;
  const catTable = table('drift-by-category', 'Drifting passages by category', ['Category', 'Passages'], d.byCategory.map((c) => [esc(c.label), num(c.count)]));
  const folderTable = table('drift-by-folder', 'Drifting passages by folder', ['Folder', 'Passages'], d.byFolder.map((f) => [esc(f.folder), num(f.count)]));
  const byCategory = d.byCategory.length ? figure('drift-category', await toSvg(barSpec(d.byCategory, 'label', 'count', { label: 'category', value: 'passages' })), 'Passages out of scope, by what they are about.', catTable) : catTable;
  const byFolder = d.byFolder.length ? figure('drift-folder', await toSvg(barSpec(d.byFolder, 'folder', 'count', { label: 'folder', value: 'passages' })), 'Passages out of scope, by folder.', folderTable) : folderTable;
  const top = d.top.length
    ? `<ol data-table="drift-top">${d.top.map((t) => `<li>${docLink(links, t.path, t.findings[0]?.line, t.path)} — ${plural(t.count, 'passage')}<ul>${t.findings.map((f) => `<li>${docLink(links, t.path, f.line, `line ${f.line}`)}: ${esc(f.label)}</li>`).join('')}</ul></li>`).join('\n')}</ol>`
    : '<p class="empty">No document drifts out of its scope.</p>';
  return `<section id="drift"><h2>Drift</h2>${byCategory}${byFolder}<h3>The documents that drift most</h3>${top}</section>`;
}

/** Every suppression comment with its reason: the audit list. */
export function suppressionSection(o: WorkspaceOverview, links: LinkStyle): string {
  return `<section id="suppressions"><h2>Suppressions</h2>${table(
    'suppressions',
    'Every suppression comment, with its reason',
    ['Where', 'Comment', 'Rules', 'Reason', 'Findings silenced'],
    o.suppressions.map((s) => [docLink(links, s.path, s.line), esc(s.directive), esc(s.rules.length ? s.rules.join(', ') : 'all rules'), s.reason ? esc(s.reason) : '<span class="no">no reason given</span>', num(s.silenced)]),
  )}</section>`;
}

/** Client identifiers, as counts per document only: never the identifiers themselves. */
export function identifierSection(o: WorkspaceOverview, links: LinkStyle): string {
  return `<section id="identifiers"><h2>Client identifiers</h2><p class="lede">Possible client identifiers found, counted per document. The identifiers themselves are never shown here; open the document to see and fix them.</p>${table(
    'client-identifiers',
    'Possible client identifiers per document',
    ['Document', 'Count'],
    o.clientIdentifiers.map((c) => [docLink(links, c.path, undefined, c.path), num(c.count)]),
  )}</section>`;
}
