import assert from 'node:assert/strict';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { useTempFolder } from '../temp-folder';
import { TestClient } from './lsp-client';

// A short supervision note with one drifting list item (line 7).
const NOTE = [
  '# Supervision session, 4 March',
  '',
  'Supervisor: R. Okoye. Supervisee: T. Hale. Individual, 60 minutes.',
  '',
  'We discussed Client D.M., 27, and practised the exposure rationale in role-play.',
  '',
  '- She will bring a recording next week.',
  '- The board has approved a hiring freeze, and the two vacant therapist posts will not be filled this year.',
  '',
].join('\n');
const DRIFT_LINE = 7;

/** A long note: many distinct paragraphs, so that analysing it takes far longer than answering a request. */
function longNote(paragraphs: number): string {
  const out = [NOTE];
  for (let i = 0; i < paragraphs; i++) out.push(`We reflected on session ${i} with client ${i % 97}, and on how the formulation changed after week ${i % 13}.`, '');
  return out.join('\n');
}

const at = (line: number, character: number) => ({ line, character });

describe('language server responsiveness', function () {
  this.timeout(120_000);
  let client: TestClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });
  const folder = useTempFolder('cs-lsp-busy-');
  const fileUri = (name: string) => URI.file(path.join(folder.root, name)).toString();
  const hover = (uri: string, line: number, character: number) => client!.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(line, character) });
  const complete = (uri: string, line: number, character: number) => client!.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(line, character) });

  it('answers hover and completion about one document while another, long one is being analysed', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const small = fileUri('small.supervision.md');
    const long = fileUri('long.supervision.md');
    client.open(small, NOTE);
    await client.pullDiagnostics(small);
    client.open(long, longNote(3000));
    const order: string[] = [];
    const pulled = client.pullDiagnostics(long).then(() => order.push('long document analysed'));
    const h = await hover(small, DRIFT_LINE, 10);
    order.push('hover');
    const c = await complete(small, 9, 0);
    order.push('completion');
    await pulled;
    assert.deepEqual(order, ['hover', 'completion', 'long document analysed']);
    assert.match((h!.contents as { value: string }).value, /leadership/i);
    assert.ok(c.length > 0);
  });

  it('answers hover from the previous analysis while an edit elsewhere in the same document is analysed', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('long.supervision.md');
    const text = longNote(3000);
    client.open(uri, text);
    const first = await client.pullDiagnostics(uri);
    const drift = first.items!.find((d: Diagnostic) => d.range.start.line === DRIFT_LINE)!;
    assert.ok(drift, 'the drifting item is found');
    // Type at the end of the document, far below the finding.
    const last = text.split('\n').length - 1;
    const order: string[] = [];
    const version = client.change(uri, [{ range: { start: at(last, 0), end: at(last, 0) }, text: 'More notes.' }]);
    const pulled = client.pullDiagnostics(uri).then((r) => {
      order.push('analysed');
      return r;
    });
    const h = await hover(uri, DRIFT_LINE, 10);
    order.push('hover');
    const after = await pulled;
    assert.deepEqual(order, ['hover', 'analysed']);
    assert.deepEqual(h!.range, drift.range);
    assert.match((h!.contents as { value: string }).value, /leadership/i);
    assert.ok(after.resultId!.includes(`:${version}:`), `the pull answers for the newest version (${after.resultId})`);
  });

  it('waits for the fresh analysis to hover in the block being edited, and never answers from a stale one there', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const uri = fileUri('long.supervision.md');
    client.open(uri, longNote(1500));
    await client.pullDiagnostics(uri);
    assert.ok(await hover(uri, DRIFT_LINE, 10), 'a hover on the finding before the edit');
    // Rewrite the drifting item into an in-scope one: the finding, and its hover, must go.
    const line = NOTE.split('\n')[DRIFT_LINE]!;
    client.change(uri, [{ range: { start: at(DRIFT_LINE, 2), end: at(DRIFT_LINE, line.length) }, text: 'We practised the exposure rationale again.' }]);
    assert.equal(await hover(uri, DRIFT_LINE, 10), null);
    const pulled = await client.pullDiagnostics(uri);
    assert.ok(!pulled.items!.some((d: Diagnostic) => d.range.start.line === DRIFT_LINE));
  });

  it('publishes only the newest version when edits arrive faster than a long document is analysed', async () => {
    client = new TestClient({ pull: false });
    await client.initialize();
    const uri = fileUri('long.supervision.md');
    client.open(uri, longNote(2000));
    await client.waitForPublished(uri, 1, 60_000);
    let version = 1;
    const lines = [DRIFT_LINE, 100, 2000, 3000, DRIFT_LINE];
    for (const line of lines) {
      version = client.change(uri, [{ range: { start: at(line, 0), end: at(line, 0) }, text: 'x' }]);
      // Pushes are debounced; pause past the debounce now and then so that analyses overlap edits.
      if (line === 2000) await client.waitForPublished(uri, version, 60_000);
    }
    await client.waitForPublished(uri, version, 60_000);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published out of order: ${versions}`);
    assert.equal(versions[versions.length - 1], version);
    assert.ok(versions.length <= 3, `stale versions were published: ${versions}`);
  });
});
