// Editor latency measured over the protocol: spawns the real language server,
// types one character at a time and times how long fresh diagnostics take, and
// how long hover and completion take while a long document is being analysed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

const now = () => performance.now();

class Client {
  constructor(server, pull) {
    this.proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout), new rpc.StreamMessageWriter(this.proc.stdin));
    this.waiters = [];
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      for (const w of [...this.waiters]) if (w.uri === p.uri && p.version >= w.version) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.conn.onNotification(() => {});
    this.conn.listen();
    this.pull = pull;
    this.version = 1;
  }

  async initialize() {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, ...(this.pull ? { diagnostics: { refreshSupport: true } } : {}) },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...(this.pull ? { diagnostic: {} } : {}) },
      },
    });
    await this.conn.sendNotification('initialized', {});
  }

  published(uri, version) {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  open(uri, text) {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  type(uri, line, character, text) {
    this.version++;
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    return this.version;
  }

  /** Pulls a document's diagnostics as VS Code does: with the id of the last report, so an unchanged one can say so. */
  async diagnostics(uri) {
    this.resultIds ??= new Map();
    const previousResultId = this.resultIds.get(uri);
    const report = await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
    if (report?.resultId) this.resultIds.set(uri, report.resultId);
    return report;
  }

  async close() {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    this.conn.dispose();
    this.proc.kill();
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
};

/** Lines with prose to type into: the middle of a paragraph or list item. */
function typingSpots(text, n) {
  const lines = text.split('\n');
  const prose = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^(- )?[A-Z][a-z]+ [a-z]/.test(l) && l.length > 30);
  return Array.from({ length: n }, (_, k) => {
    const { l, i } = prose[Math.floor(((k * 7919) % prose.length))];
    return { line: i, character: Math.floor(l.length / 2) };
  });
}

/**
 * One-character edits, each followed by a diagnostics pull (or a wait for the push), timed from didChange.
 * The first `warmup` edits are made the same way but not timed: they measure the compiler warming up
 * (the first keystrokes after opening), not typing.
 */
export async function editLatency(server, text, { edits, pull, warmup = 0 }) {
  const client = new Client(server, pull);
  await client.initialize();
  const uri = pathToFileURL('/tmp/bench-long.supervision.md').href;
  const first = now();
  client.open(uri, text);
  if (pull) await client.diagnostics(uri);
  else await client.published(uri, 1);
  const firstMs = now() - first;
  const times = [];
  for (const [k, spot] of typingSpots(text, warmup + edits).entries()) {
    const t = now();
    const version = client.type(uri, spot.line, spot.character, 'x');
    if (pull) await client.diagnostics(uri);
    else await client.published(uri, version);
    if (k >= warmup) times.push(now() - t);
  }
  await client.close();
  return { first: firstMs, ...stats(times) };
}

/**
 * Hover and completion sent right after an edit of a long document, while it
 * is being analysed: how long they wait, and how long the fresh diagnostics take.
 */
export async function responsiveness(server, text, rounds) {
  const client = new Client(server, true);
  await client.initialize();
  const uri = pathToFileURL('/tmp/bench-responsive.supervision.md').href;
  const lines = text.split('\n').length;
  client.open(uri, text);
  await client.diagnostics(uri);
  const hover = [];
  const completion = [];
  const diagnostics = [];
  for (const spot of typingSpots(text, rounds)) {
    const t = now();
    client.type(uri, spot.line, spot.character, 'x');
    const pulled = client.diagnostics(uri).then(() => diagnostics.push(now() - t));
    // Hover well away from the edit, as when reading one part of a document while typing in another.
    const h = now();
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: (spot.line + 200) % lines, character: 2 } });
    hover.push(now() - h);
    const c = now();
    await client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
    completion.push(now() - c);
    await pulled;
  }
  await client.close();
  return { hover: stats(hover), completion: stats(completion), diagnostics: stats(diagnostics) };
}
