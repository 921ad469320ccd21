/** Small helpers for writing the report's HTML: escaping, tables, links. */

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** How links to documents are written: a relative link in a file, a message to the editor in VS Code. */
export interface LinkStyle {
  href(path: string): string;
}

/** A link that opens a document, at a line when one is given. */
export function docLink(links: LinkStyle, path: string, line?: number, text?: string): string {
  const shown = text ?? (line ? `${path}:${line}` : path);
  return `<a class="doc" href="${esc(links.href(path))}" data-path="${esc(path)}"${line ? ` data-line="${line}"` : ''}>${esc(shown)}</a>`;
}

/** A table; each cell is HTML already escaped. `name` lets tests and readers find it. */
export function table(name: string, caption: string, head: string[], rows: string[][]): string {
  if (!rows.length) return `<p class="empty" data-table="${esc(name)}">${esc(caption)}: none.</p>`;
  return [
    `<table data-table="${esc(name)}"><caption>${esc(caption)}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

/** A chart and the data table behind it, so the figures can be read without seeing the chart. */
export function figure(name: string, svg: string, description: string, dataTable: string): string {
  // Vega's SVG carries no ids today; prefixing any it might carry keeps several charts apart on one page.
  const scoped = svg.replace(/\bid="([^"]+)"/g, `id="${name}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${name}-$1)`);
  const labelled = scoped.replace(/^<svg /, `<svg role="img" aria-label="${esc(description)}" `);
  return `<figure data-chart="${esc(name)}">${labelled}<figcaption>${esc(description)}</figcaption><details class="data" open><summary>Data behind the chart</summary>${dataTable}</details></figure>`;
}

export function num(n: number): string {
  return `<span class="num" data-value="${n}">${esc(Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''))}</span>`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
