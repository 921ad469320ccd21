import type { Connection } from 'vscode-languageserver/node';

/**
 * The server's log. Document text, and file names (which can carry a client's
 * name), never reach it: documents are named by a number given when first
 * seen, and messages are composed by the server from counts and timings.
 */
export class Logger {
  private readonly ids = new Map<string, number>();
  verbose = false;

  constructor(private readonly connection: Connection) {}

  /** A name for a document that says nothing about it. */
  doc(uri: string): string {
    let id = this.ids.get(uri);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(uri, id);
    }
    return `document #${id}`;
  }

  info(message: string): void {
    this.connection.console.info(message);
  }

  debug(message: string): void {
    if (this.verbose) this.connection.console.log(message);
  }

  /** Reports an internal error by its kind and where it happened; its message may quote a document, so it is left out. */
  error(where: string, error: unknown): void {
    const e = error as Error;
    const frames = (e?.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 6)
      .join('\n');
    this.connection.console.error(`${where}: ${e?.name ?? 'Error'}\n${frames}`);
  }
}
