import * as vscode from 'vscode';
import type { WorkspaceOverviewResult } from '../../server/src/lsp/protocol';
import type { OverviewSource } from './overview-source';

type Group = { kind: 'group'; id: 'supervisees' | 'pillars'; label: string };
type Node = Group | { kind: 'item'; group: Group; key: string; label: string; description: string; tooltip: string; uri?: string; line?: number };

const GROUPS: readonly Group[] = [
  { kind: 'group', id: 'supervisees', label: 'Supervisees' },
  { kind: 'group', id: 'pillars', label: 'Documents missing a pillar' },
];

/**
 * The *Clinical Scope* view (in its own place in the activity bar): supervisees with their hours and last
 * session, and the documents that miss a pillar. Clicking a line opens the document.
 */
export class OverviewTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewId = 'clinicalScope.overviewTree';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: Promise<WorkspaceOverviewResult | undefined> | undefined;
  /** The lines of each group, kept until the next refresh so VS Code can reveal them. */
  private readonly lines = new Map<string, Promise<Node[]>>();
  private readonly subscription: vscode.Disposable;
  /** How many times each group's lines were handed out since the last refresh; tests wait on it. */
  readonly served = new Map<string, number>();

  constructor(private readonly source: OverviewSource) {
    this.subscription = source.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.result = undefined;
    this.lines.clear();
    this.served.clear();
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.group.id}/${node.key}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.uri) item.command = { command: 'clinicalScope.openAt', title: 'Open', arguments: [node.uri, node.line ?? 1] };
    return item;
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'item' ? node.group : undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return [...GROUPS];
    if (node.kind !== 'group') return [];
    let lines = this.lines.get(node.id);
    if (!lines) {
      lines = this.linesOf(node);
      this.lines.set(node.id, lines);
    }
    return lines;
  }

  private async linesOf(node: Group): Promise<Node[]> {
    this.result ??= this.source.fetch(false).catch(() => undefined);
    const result = await this.result;
    if (!result) return [];
    this.served.set(node.id, (this.served.get(node.id) ?? 0) + 1);
    const { overview, uris } = result;
    if (node.id === 'supervisees') {
      return overview.hours.supervisees.map((s) => ({
        kind: 'item',
        group: node,
        key: s.name,
        label: s.name,
        description: `${s.hours} h, last ${s.last}`,
        tooltip: `${s.sessions} session${s.sessions === 1 ? '' : 's'}, ${s.hours} hours from ${s.first} to ${s.last}; longest gap ${s.longestGapDays} days`,
        uri: uris[s.documents[s.documents.length - 1] ?? ''],
      }));
    }
    const labels = new Map(overview.pillars.list.map((p) => [p.id, p.short || p.label]));
    return overview.pillars.matrix
      .filter((m) => m.kind !== 'unknown' && m.missing.length)
      .map((m) => {
        const slash = m.path.lastIndexOf('/');
        return {
          kind: 'item',
          group: node,
          key: m.path,
          label: m.path.slice(slash + 1),
          description: `${m.missing.length} missing${slash > 0 ? ` · ${m.path.slice(0, slash)}` : ''}`,
          tooltip: `${m.path}\nMissing: ${m.missing.map((p) => labels.get(p) ?? p).join(', ')}`,
          uri: uris[m.path],
          line: 1,
        };
      });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
