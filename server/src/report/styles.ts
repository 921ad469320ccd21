/** The report's only style sheet, inline: no fonts or files are fetched. Readable printed. */
export const STYLES = `
:root { color-scheme: light; --ink: #1d2a33; --muted: #5a6b76; --line: #d5dde2; --accent: #2d6a8a; --warn: #b03030; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 20px 0 6px; }
.lede { color: var(--muted); margin: 0 0 16px; }
nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 0; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #f1f5f7; }
td .num, td.num { font-variant-numeric: tabular-nums; }
.yes { color: #1f6b3a; font-weight: 600; } .no { color: var(--warn); }
.empty { color: var(--muted); font-style: italic; }
figure { margin: 12px 0 24px; } figcaption { color: var(--muted); font-size: 12px; }
details.data summary { cursor: pointer; color: var(--muted); font-size: 12px; }
.short { color: var(--warn); }
a.doc { color: var(--accent); text-decoration: none; } a.doc:hover { text-decoration: underline; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; } .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.card b { display: block; font-size: 22px; }
@media print { body { max-width: none; padding: 0; } nav { display: none; } details.data > summary { display: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
body.vscode { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); --line: var(--vscode-panel-border, #8884); --muted: var(--vscode-descriptionForeground); --accent: var(--vscode-textLink-foreground); }
body.vscode thead th { background: transparent; } body.vscode figure svg { background: #fff; border-radius: 4px; }
`;
