/** The workspace report, bundled apart (dist/report.js) so the charting library loads only when a report is made. */
export { renderReport, type RenderOptions } from './html';
export type { LinkStyle } from './html-kit';
export { WEBVIEW_SCRIPT } from './webview-script';
