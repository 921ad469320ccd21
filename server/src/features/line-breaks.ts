/** The line break a document already uses, so an edit never mixes CRLF and LF. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** What to put before text appended to `text` so that a blank line separates them. */
export function gapBeforeAppend(text: string, eol = eolOf(text)): string {
  if (text.length === 0 || /(\r?\n){2}$/.test(text)) return '';
  return /\r?\n$/.test(text) ? eol : eol + eol;
}
