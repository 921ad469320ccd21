import type { WorkspaceOverview } from '../engine';
import { hoursSection } from './hours-section';
import { esc, type LinkStyle } from './html-kit';
import { driftSection, identifierSection, pillarSection, suppressionSection, summarySection } from './sections';
import { STYLES } from './styles';

export interface RenderOptions {
  /** How document links are written. */
  links: LinkStyle;
  /** For VS Code's webview: the nonce its content security policy allows, and a script that sends clicks to the editor. */
  webview?: { nonce: string; script: string };
}

/**
 * The workspace report as one self-contained HTML page: inline CSS and SVG,
 * no fonts, scripts or images fetched, which its content security policy enforces.
 */
export async function renderReport(o: WorkspaceOverview, options: RenderOptions): Promise<string> {
  const { links, webview } = options;
  const csp = webview
    ? `default-src 'none'; img-src data:; style-src 'nonce-${webview.nonce}'; script-src 'nonce-${webview.nonce}';`
    : "default-src 'none'; img-src data:; style-src 'unsafe-inline';";
  const nonce = webview ? ` nonce="${esc(webview.nonce)}"` : '';
  const body = [
    await summarySection(o),
    await pillarSection(o, links),
    await driftSection(o, links),
    await hoursSection(o, links),
    suppressionSection(o, links),
    identifierSection(o, links),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clinical Scope — workspace report</title>
<style${nonce}>${STYLES}</style></head>
<body${webview ? ' class="vscode"' : ''}>
<header><h1>Clinical Scope — workspace report</h1><p class="lede">${o.documents.total} documents, as of ${esc(o.asOf)}.</p>
<nav aria-label="Sections"><ul><li><a href="#summary">Summary</a></li><li><a href="#pillars">Pillar coverage</a></li><li><a href="#drift">Drift</a></li><li><a href="#hours">Supervision log</a></li><li><a href="#suppressions">Suppressions</a></li><li><a href="#identifiers">Client identifiers</a></li></ul></nav></header>
<main>
${body.join('\n')}
</main>
${webview ? `<script${nonce}>${webview.script}</script>` : ''}
</body></html>
`;
}
