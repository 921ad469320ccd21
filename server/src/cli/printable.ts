/**
 * Control characters shown as `\xNN`: text from a document, a file name or a
 * configuration reaches the terminal, and an escape sequence in it must not
 * recolour, move or retitle the user's terminal. Newlines and tabs stay.
 * (JSON and SARIF already escape them; this changes nothing there.)
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
