import { parentPort } from 'node:worker_threads';
import { analyze } from '../engine';
import type { AnalysisJob, AnalysisReply } from './analysis-runner';

// The language server's analysis thread: the engine runs here, so that a long
// document never keeps the server from answering hover, completion or code
// actions. Errors go back by name only, never with document text.
parentPort!.on('message', ({ id, job }: { id: number; job: AnalysisJob }) => {
  let reply: AnalysisReply;
  try {
    reply = { id, result: analyze(job.text, { fileName: job.fileName, config: job.config, as: job.as }) };
  } catch (error) {
    reply = { id, error: (error as Error).name ?? 'Error' };
  }
  parentPort!.postMessage(reply);
});
