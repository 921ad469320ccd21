import { parentPort } from 'node:worker_threads';
import { analyze, IncrementalParser } from '../engine';
import type { Diagnostic } from '../engine';
import type { AnalysisJob, AnalysisReply } from './analysis-runner';
import { deltaOf } from './delta';
import { splitMentions } from './finding-transfer';
import { sameFinding } from './same-findings';
import { packUnits } from './unit-transfer';

// The language server's analysis thread: the engine runs here, so that a long
// document never keeps the server from answering hover, completion or code
// actions. Errors go back by name only, never with document text.

/** Each open text's parser, which re-parses only the blocks an edit touched; the least recently used go first. */
const parsers = new Map<string, IncrementalParser>();
const MAX_PARSERS = 64;

function parserFor(key: string): IncrementalParser {
  let parser = parsers.get(key);
  if (parser) parsers.delete(key);
  else parser = new IncrementalParser();
  parsers.set(key, parser);
  if (parsers.size > MAX_PARSERS) parsers.delete(parsers.keys().next().value as string);
  return parser;
}

/** What was last sent for each open text: the next reply sends only how its findings and blocks differ (delta.ts). */
const sent = new Map<string, { plain: Diagnostic[]; prose: string[] }>();

parentPort!.on('message', (message: { id: number; job: AnalysisJob } | { forget: string }) => {
  if ('forget' in message) {
    parsers.delete(message.forget);
    sent.delete(message.forget);
    return;
  }
  const { id, job } = message;
  let reply: AnalysisReply;
  try {
    const result = analyze(job.text, { fileName: job.fileName, config: job.config, as: job.as, parser: parserFor(job.key) });
    // The server has the text and rebuilds the line index from it; the units travel in columns (unit-transfer.ts),
    // and the findings and the blocks' prose as they differ from what was sent last for the same text.
    const packed = packUnits(result.document.units);
    const before = sent.get(job.key);
    const { plain, mentions } = splitMentions(result.diagnostics);
    const diagnostics = deltaOf(before?.plain, plain, sameFinding);
    const prose = deltaOf(before?.prose, packed.prose, (a, b) => a === b);
    sent.set(job.key, { plain, prose: packed.prose });
    reply = { id, result: { ...result, diagnostics: [], document: { ...result.document, units: [], text: '', lines: undefined as never } }, diagnostics, mentions, units: { ...packed, prose } };
  } catch (error) {
    parsers.delete(job.key);
    sent.delete(job.key);
    reply = { id, error: (error as Error).name ?? 'Error' };
  }
  parentPort!.postMessage(reply);
});
