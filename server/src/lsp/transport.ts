import {
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/**
 * The connection's two ends, as the command line asks (`--node-ipc` from VS
 * Code, `--stdio` from other editors), with two guards the library lacks:
 *
 * - until `initialize` arrives, requests are refused with ServerNotInitialized
 *   and notifications other than `exit` are dropped, as the protocol says;
 * - a stream that cannot be read any more (a wrong Content-Length, a broken
 *   header) ends the process, so the editor sees the server stop and can
 *   start it again, instead of waiting on a server that will never answer.
 */
export function createTransport(onBroken: () => void): [MessageReader, MessageWriter] | undefined {
  const argv = process.argv.slice(2);
  let ends: [MessageReader, MessageWriter] | undefined;
  if (argv.includes('--node-ipc')) ends = [new IPCMessageReader(process), new IPCMessageWriter(process)];
  else if (argv.includes('--stdio')) {
    // The editor closed our input: nothing more can come.
    for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdownReceived ? 0 : 1));
    ends = [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
  }
  if (!ends) return undefined;
  const [reader, writer] = ends;
  reader.onError(onBroken);
  return [new InitializeFirst(reader, writer), writer];
}

let shutdownReceived = false;

class InitializeFirst implements MessageReader {
  private initialized = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (Message.isRequest(message) && message.method === 'shutdown') shutdownReceived = true;
      if (this.initialized || (Message.isRequest(message) && message.method === 'initialize')) {
        this.initialized = true;
        callback(message);
      } else if (Message.isRequest(message)) {
        void this.writer.write({ jsonrpc: '2.0', id: message.id, error: { code: ErrorCodes.ServerNotInitialized, message: 'The server is not initialized yet.' } } as Message);
      } else if (Message.isNotification(message) && message.method === 'exit') {
        callback(message);
      }
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
