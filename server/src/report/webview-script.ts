/**
 * The only script of the overview webview: a click on a document or a
 * finding asks the editor to open it at its line. It sends no text.
 */
export const WEBVIEW_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-path]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', path: link.dataset.path, line: Number(link.dataset.line || 1) });
  });
})();`;
