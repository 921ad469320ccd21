/**
 * Control characters shown as `\xNN`: text from a document, a file name or a
 * configuration reaches the terminal, and an escape sequence in it must not
 * recolour, move or retitle the user's terminal. Newlines, tabs and CRLF line ends (CSV) stay.
 * (JSON and SARIF already escape them; this changes nothing there.)
 */
export function printable(text: string): string {
  return text.replace(/\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
