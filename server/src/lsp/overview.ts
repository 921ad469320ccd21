import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyze, buildOverview, overviewInputOf, type EffectiveConfig, type OverviewInput } from '../engine';
import type * as Report from '../report';
import type { ConfigResolver } from './config';
import type { Logger } from './logger';
import type { WorkspaceOverviewParams, WorkspaceOverviewResult } from './protocol';
import type { SettingsCache } from './settings';

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.clinical-scope/templates/**'];

/**
 * The workspace overview: every Markdown document of the workspace folders,
 * open ones as edited, analysed once per text. Only figures and paths are
 * kept between requests, never document text.
 */
export class OverviewService {
  private readonly inputs = new Map<string, { stamp: string; config: EffectiveConfig; input: OverviewInput }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsCache,
    private readonly config: ConfigResolver,
    private readonly logger: Logger,
  ) {}

  async overview(params: WorkspaceOverviewParams): Promise<WorkspaceOverviewResult> {
    const inputs: OverviewInput[] = [];
    const uris: Record<string, string> = {};
    const seen = new Set<string>();
    const multi = params.folders.length > 1;
    for (const folderUri of params.folders) {
      const folder = URI.parse(folderUri).fsPath;
      const files = globSync(['**/*.md', '**/*.markdown'], { cwd: folder, ignore: IGNORE, onlyFiles: true, followSymbolicLinks: false }).sort();
      for (const rel of files) {
        const uri = URI.file(path.join(folder, rel)).toString();
        const shown = multi ? `${path.basename(folder)}/${rel}` : rel;
        seen.add(uri);
        const input = await this.inputFor(uri, shown);
        if (!input) continue;
        inputs.push(input);
        uris[shown] = uri;
        // Let edits and diagnostics through between documents of a large workspace.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    for (const uri of this.inputs.keys()) if (!seen.has(uri)) this.inputs.delete(uri);
    const now = new Date();
    const asOf = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const overview = buildOverview(inputs, { asOf });
    if (params.nonce === undefined) return { overview, uris };
    // The charting library loads with the first report, not with the server.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const report = require('./report.js') as typeof Report;
    const html = await report.renderReport(overview, { links: { href: () => '#' }, webview: { nonce: params.nonce, script: report.WEBVIEW_SCRIPT } });
    return { overview, html, uris };
  }

  private async inputFor(uri: string, shown: string): Promise<OverviewInput | undefined> {
    const open = this.documents.get(uri);
    const file = URI.parse(uri).fsPath;
    const s = await this.settings.get(uri);
    // The resolver hands out the same object until settings or a configuration file change.
    const config = s.enable ? this.config.configFor(uri, s) : undefined;
    let text: string;
    let stamp: string;
    try {
      stamp = open ? `open:${open.version}` : `disk:${fs.statSync(file).mtimeMs}`;
      const hit = this.inputs.get(uri);
      if (hit && hit.stamp === stamp && hit.config === config && hit.input?.path === shown) return hit.input;
      if (!config) return undefined;
      text = open ? open.getText() : fs.readFileSync(file, 'utf8');
    } catch (error) {
      this.logger.info(`workspace overview: cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? (error as Error).name})`);
      return undefined;
    }
    const input = overviewInputOf(shown, analyze(text, { fileName: file, config }), { fileName: file, config });
    this.inputs.set(uri, { stamp, config, input });
    return input;
  }
}
